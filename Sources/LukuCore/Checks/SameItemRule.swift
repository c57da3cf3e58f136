import Foundation

/// The same item printed in two tables of a document agrees: a statement in euros and again in
/// 1 000 € (Kauhava TP 2024: the p30 tuloslaskelma in 1 000 € and p127 in euros, the p33 and p128
/// rahoituslaskelma, the p35 and p130-p131 tase), a result carried into the balance sheet (Koha-
/// Suomi Oy TP 2024: "Tilikauden voitto (tappio)" of the tase p4 and the notes p5, p6; "Oma pääoma
/// yhteensä" p5 = "OMA PÄÄOMA YHTEENSÄ" p4).
///
/// Items pair by label words (`wordKey`: punctuation aside) and group (so that MENOT of one unit
/// pairs only with MENOT of the same unit), and a label printed once in its table also by its label alone; among the rows whose key
/// is unique in their table; columns pair by header, else by
/// year (a plain year or TP column with one of the same year: "2024" and "31.12.2024"). Units:
/// a table in 1 000 € against one in euros compares the euros / 1000 within the half unit the
/// rounding allows (0,5).
///
/// A label is no proof that two rows mean the same thing (a board's "Toimintatuotot" and the
/// city's, both under "TA 2024"), so a pair that differs gives no check on its own; only where two
/// tables are proven to print the same statement are their differences reported
/// (`SameStatementDifferences`). Zeros prove nothing and are skipped. Cost: one pass
/// to index the labels; pairs only among the tables that share a label, at most
/// `occurrenceLimit` of them per label, and each occurrence keeps the checks of one partner.
struct SameItemRule: DocumentIdentity {
    static let rule = "same item as in another table"
    static let occurrenceLimit = 16

    func checks(in tables: [Table]) -> [(Int, Check)] {
        // Keyed by `LabelKey`: the same entries as `String` keys, without normalising each
        // Finnish label for every lookup (LabelKey.swift).
        var index: [LabelKey: [(table: Int, row: Int)]] = [:]
        for (t, table) in tables.enumerated() {
            var seen: [LabelKey: Int] = [:]
            let labels = Self.labelCounts(table)
            for (r, row) in table.rows.enumerated() where IdentitySupport.hasValues(row) {
                let label = Self.wordKey(row.label)
                // The group tells apart a label printed more than once (each unit's MENOT); a label
                // printed once is that item whatever sub-heading it sits under (Kauhava p128
                // "Vuosikate" under "Toiminnan rahavirta" is p127's Vuosikate; p131 "Tilikauden
                // yli-/alijäämä" under "Oma pääoma" is the income statement's last line).
                let grouped = LabelKey(label + "|" + IdentitySupport.key(row.group))
                let keys = labels[LabelKey(label)] == 1 && row.group != nil ? [grouped, LabelKey(label + "|")] : [grouped]
                for key in keys where key.characterCount > 4 {
                    seen[key] = seen[key] == nil ? r : -1
                }
            }
            for (key, r) in seen where r >= 0 { index[key, default: []].append((t, r)) }
        }
        // Read once per table, not per pair: the additive columns look at every cell (a per-pair
        // reading cost 1.5 G instructions, 20 % of Kauhava's run under callgrind).
        var infos: [Int: Info] = [:]
        for places in index.values where places.count >= 2 && places.count <= Self.occurrenceLimit {
            for p in places where infos[p.table] == nil { infos[p.table] = Info(tables[p.table]) }
        }
        var out: [(Int, Check)] = []
        for key in index.keys.sorted() {
            let places = index[key]!
            guard places.count >= 2, places.count <= Self.occurrenceLimit else { continue }
            for j in places.indices {
                // Each occurrence is proved by the nearest earlier one it agrees with: equality
                // carries over, and checks stay linear in the occurrences (every pair of a label
                // printed ten times held 170 MB of checks for a 1 580-page report, 100 without).
                for i in places.indices.reversed() where i < j {
                    // The check sits in the later table, or in the one in 1 000 €: its printed
                    // number is the one the other's euros round to.
                    let (early, late) = (places[i], places[j])
                    guard let ie = infos[early.table], let il = infos[late.table] else { continue }
                    let swap = ie.scale > il.scale
                    let found = Self.checks(holder: swap ? early : late, other: swap ? late : early, tables: tables,
                                            infos: swap ? (ie, il) : (il, ie))
                    out += found
                    if !found.isEmpty { break }
                }
            }
        }
        // Tables proven to print one statement twice report the items on which they differ too.
        out += SameStatementDifferences.checks(agreeing: out, index: index, tables: tables, infos: infos)
        return out.sorted { ($0.0, $0.1.row, $0.1.column) < ($1.0, $1.1.row, $1.1.column) }
    }

    /// How many rows with values print each label key.
    static func labelCounts(_ table: Table) -> [LabelKey: Int] {
        var counts: [LabelKey: Int] = [:]
        for row in table.rows where IdentitySupport.hasValues(row) { counts[LabelKey(wordKey(row.label)), default: 0] += 1 }
        return counts
    }

    /// A label's words: `IdentitySupport.key` with every character that is not a letter or a
    /// digit read as a space. The statements and their notes write one item with other
    /// punctuation (Koha-Suomi Oy TP 2024: "TILIKAUDEN VOITTO / TAPPIO" p3, "Tilikauden voitto
    /// (-tappio)" p4, "Tilikauden voitto (tappio)" p5-p6).
    static func wordKey(_ label: String) -> String {
        memo.key(label, makeWordKey)
    }

    /// Word keys already built (KeyMemo.swift): every row's key is read twice per table, and
    /// labels repeat across tables (valtion: 0.12 G instructions building them again).
    static let memo = KeyMemo()

    /// `wordKey` of a label, built.
    static func makeWordKey(_ label: String) -> String {
        let key = IdentitySupport.key(label)
        return WordKeyBytes.wordKey(ofKey: key) ?? makeWordKeyByCharacters(key)
    }

    /// `makeWordKey` of a key, by Characters: the reading `WordKeyBytes` gives byte by byte
    /// wherever each scalar is a Character of its own (the one it leaves to this).
    static func makeWordKeyByCharacters(_ key: String) -> String {
        guard key.unicodeScalars.contains(where: { !($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == " ") }) else {
            return key
        }
        return String(String.UnicodeScalarView(key.unicodeScalars.map {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) ? $0 : " "
        })).split(separator: " ").joined(separator: " ")
    }

    /// What the pairing reads of a table, once.
    struct Info {
        var additive: [Int]
        var headers: [String]
        var scale: Decimal
        init(_ table: Table) {
            additive = IdentitySupport.additiveColumns(table)
            headers = table.columns.map { IdentitySupport.key($0.header) }
            scale = SameItemRule.scale(table)
        }
    }

    static func checks(holder: (table: Int, row: Int), other: (table: Int, row: Int), tables: [Table],
                       infos: (holder: Info, other: Info), rule: String = SameItemRule.rule) -> [(Int, Check)] {
        let a = tables[holder.table], b = tables[other.table]
        guard holder.table != other.table, a.id != b.id else { return [] }
        let scaleA = infos.holder.scale, scaleB = infos.other.scale
        var out: [(Int, Check)] = []
        for ca in infos.holder.additive {
            guard let cb = column(ca, of: a, header: infos.holder.headers[ca], in: b, headers: infos.other.headers),
                  let cellA = IdentitySupport.cell(a, holder.row, ca), let printed = cellA.value, printed != 0,
                  let cellB = IdentitySupport.cell(b, other.row, cb), let value = cellB.value,
                  cellA.unit != "%", cellB.unit != "%" else { continue }
            let expected = scaled(value, by: scaleB, over: scaleA)
            let tolerance: Decimal = scaleA > scaleB ? halfUnit : 0
            guard (expected - printed).magnitude <= tolerance else { continue }
            out.append((holder.table, Check(rule: rule, column: ca, row: holder.row, table: b.id,
                                            operands: [.init(row: other.row, column: cb)],
                                            expected: expected, actual: printed, tolerance: tolerance)))
        }
        return out
    }

    /// The column of `table` with the same header, else the one plain-year or TP column of the same year.
    static func column(_ index: Int, of source: Table, header: String, in table: Table, headers: [String]) -> Int? {
        let column = source.columns[index]
        if !header.isEmpty, let same = headers.firstIndex(of: header) {
            return same
        }
        guard let year = column.year, column.kind == nil || column.kind == .tp else { return nil }
        let candidates = table.columns.indices.filter {
            table.columns[$0].year == year && (table.columns[$0].kind == nil || table.columns[$0].kind == .tp)
        }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// The rounding a table in 1 000 € allows against euros: 0,5.
    static let halfUnit = Decimal(sign: .plus, exponent: -1, significand: 5)

    /// `value × numerator / denominator`, the same number Decimal's arithmetic gives, without its
    /// long division where the scales make it a no-op or a shift: × 1 and / 1 leave the value,
    /// / 1000 moves its exponent by three (Decimal's `/` took 50 000 instructions a call, 112 M of
    /// Kauhava's run under callgrind). Far-off exponents and other scales divide as before.
    static func scaled(_ value: Decimal, by numerator: Decimal, over denominator: Decimal) -> Decimal {
        let product = numerator == 1 ? value : value * numerator
        if denominator == 1 { return product }
        if denominator == 1000, !product.isNaN, product.exponent > -90, product.exponent < 90 {
            return Decimal(sign: product.sign, exponent: product.exponent - 3, significand: product.significand)
        }
        return product / denominator
    }

    /// 1000 for a table in thousands of euros, else 1.
    static func scale(_ table: Table) -> Decimal {
        PerResidentRule.inThousands(IdentitySupport.key(table.unit)) ? 1000 : 1
    }
}
