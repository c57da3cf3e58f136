import Foundation

/// A table printed without its column headers, beside a table that prints the same row labels
/// under the same number of columns with headers, is read with that neighbour's headers when the
/// tables are summed (`TableSumRule`). Lapua sivistyslautakunta minutes 21.11.2024 p17-18: the
/// opetustoiminta table's "TA 2024 Tot. 09/2024 Tot-%" stands at the foot of p17 and its rows on
/// p18, so its columns have no header, while oppilashuolto, varhaiskasvatus, sisäinen hallinto
/// and sivistyslautakunta hallinto below it print Toimintatuotot / Toimintakulut *) / Toimintakate
/// under "TA 2024 | Tot. 09/2024 | Tot-%"; the lautakunta total (TA 2024, Tot. 09/2024) is the sum
/// of all five (truth), which no column of the headerless table could pair into before. In the
/// PDF and its Docling Markdown. Only for pairing: the table's own columns in the output keep
/// what was printed (nothing), and a table with any header of its own is left alone.
enum BorrowedHeaders {
    /// `tables` with the headerless ones given their next neighbour's columns (the one after,
    /// else the one before) where that neighbour prints headers over the same rows (`keys`, at
    /// least `TableSumRule.minimumRows`) and the same column count.
    static func tables(_ tables: [Table], keys: [[LabelKey: Int]]) -> [Table] {
        var out = tables
        for t in tables.indices where headerless(tables[t]) && keys[t].count >= TableSumRule.minimumRows {
            for u in [t + 1, t - 1] where tables.indices.contains(u) {
                let n = tables[u]
                guard n.columns.count == tables[t].columns.count, !headerless(n),
                      n.columns.allSatisfy({ !$0.header.trimmingCharacters(in: .whitespaces).isEmpty }),
                      Set(keys[u].keys) == Set(keys[t].keys) else { continue }
                out[t].columns = n.columns
                break
            }
        }
        return out
    }

    /// Whether no column of the table has a header.
    static func headerless(_ table: Table) -> Bool {
        !table.columns.isEmpty && table.columns.allSatisfy { $0.header.trimmingCharacters(in: .whitespaces).isEmpty }
    }
}
