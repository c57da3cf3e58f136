import Foundation

/// The cash-flow statement ends where the balance sheet does: "Rahavarat 31.12." of the
/// rahoituslaskelma = "Rahat ja pankkisaamiset" + "Rahoitusarvopaperit" of the tase, year by
/// year (the Kirjanpitolautakunta's rahavarat are exactly those two balance-sheet items).
/// Proved on Kauhava TP 2024 (p128-p129 rahoituslaskelma = p130 tase in euros: 18 895 179,29;
/// p33 = p35 in 1 000 €) and the synthetic statements (synth 00, 03, 06, 07, 08, 10, 11, 12, 13,
/// 15, 18, 19, 20, 21, 22, 23: with and without Rahoitusarvopaperit, in 1 000 € and in euros).
///
/// Columns pair by the year their headers end in ("2024" and "31.12.2024"); a statement in
/// 1 000 € against a balance sheet in euros compares the euros / 1000 within the rounding.
/// Some documents print a cash flow that does not meet their balance sheet (synthetic statements
/// with figures from other years), so only agreement is reported: a pair that differs gives no
/// check and never a flag, as in SameItemRule.
struct CashBalanceRule: DocumentIdentity {
    static let rule = "Rahavarat 31.12. = Rahat ja pankkisaamiset + Rahoitusarvopaperit of the balance sheet"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var cash: [(table: Int, row: Int)] = []
        var sheets: [(table: Int, bank: Int, securities: Int?)] = []
        for (t, table) in tables.enumerated() {
            let keys = table.rows.map { StatementVocabulary.key($0.label) }
            for r in keys.indices where (keys[r].hasPrefix("RAHAVARAT 31.12") || keys[r] == "RAHAVARAT TILIKAUDEN LOPUSSA")
                && IdentitySupport.hasValues(table.rows[r]) {
                cash.append((t, r))
            }
            if let bank = keys.indices.last(where: { keys[$0] == "RAHAT JA PANKKISAAMISET" && IdentitySupport.hasValues(table.rows[$0]) }) {
                sheets.append((t, bank, keys.indices.last { keys[$0] == "RAHOITUSARVOPAPERIT" && IdentitySupport.hasValues(table.rows[$0]) }))
            }
        }
        guard !cash.isEmpty, !sheets.isEmpty else { return [] }
        var out: [(Int, Check)] = []
        for (t, r) in cash {
            let table = tables[t]
            for c in table.columns.indices {
                guard let total = IdentitySupport.cell(table, r, c), let actual = total.value, total.unit != "%",
                      let year = Self.year(table.columns[c].header) else { continue }
                for s in sheets where s.table != t {
                    guard let check = Self.check(table, r, c, actual: actual, wanted: year, sheet: tables[s.table],
                                                 bank: s.bank, securities: s.securities) else { continue }
                    out.append((t, check))
                    break
                }
            }
        }
        return out
    }

    /// The agreeing check against one balance sheet, or nil.
    static func check(_ table: Table, _ r: Int, _ c: Int, actual: Decimal, wanted: String, sheet: Table,
                      bank: Int, securities: Int?) -> Check? {
        let scale: Decimal = thousands(table.unit) && !thousands(sheet.unit) ? 1000 : 1
        guard !thousands(sheet.unit) || thousands(table.unit) else { return nil }
        for k in sheet.columns.indices where year(sheet.columns[k].header) == wanted {
            guard let b = IdentitySupport.cell(sheet, bank, k), let bv = b.value, b.unit != "%" else { continue }
            var terms = [b]
            var sum = bv
            var operands = [Check.Cell(row: bank, column: k, table: sheet.id)]
            if let securities, let sc = IdentitySupport.cell(sheet, securities, k), let sv = sc.value {
                sum += sv
                terms.append(sc)
                operands.append(.init(row: securities, column: k, table: sheet.id))
            }
            let expected = scale == 1 ? sum : VarianceRule.rounded(sum / scale, decimals: 0)
            let tolerance = scale == 1 ? RoundingTolerance.sum(total: IdentitySupport.cell(table, r, c), terms: terms) : 1
            let check = Check(rule: rule, column: c, row: r, table: sheet.id, operands: operands,
                              expected: expected, actual: actual, tolerance: tolerance)
            if check.outcome != .mismatch { return check }
        }
        return nil
    }

    /// The year a period header ends in: "2024", "TP 2024", "31.12.2024", "1.1.-31.12.2024".
    static func year(_ header: String) -> String? {
        let digits = header.unicodeScalars.reversed().prefix { $0.properties.numericType != nil }
        guard digits.count == 4 else { return nil }
        return String(String.UnicodeScalarView(digits.reversed()))
    }

    /// Whether a unit line says thousands ("1 000 €", "1000 €", "t€", "1 000 euroa").
    static func thousands(_ unit: String?) -> Bool {
        let k = IdentitySupport.key(unit).replacingOccurrences(of: " ", with: "")
        return k.contains("1000") || k.hasPrefix("T€") || k == "TEUR"
    }
}
