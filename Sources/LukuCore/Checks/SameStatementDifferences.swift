import Foundation

/// Where two tables print one statement twice — in euros with cents and in 1 000 € (Kauhava TP
/// 2024: tuloslaskelma p30 / p127, rahoituslaskelma p33 / p128, tase p35 / p130-p131), or a
/// statement and the note that repeats it — `SameItemRule` reports each item on which they agree.
/// Agreement alone says nothing when they differ, since a label is no proof that two rows are one
/// item. Once most of the two tables' shared items agree, though, the tables are the same
/// statement, and an item of both that does not agree is a difference to report, like any other
/// identity that fails:
/// - `sign` where it agrees under the other sign (a copy that prints costs and outflows unsigned:
///   Kauhava's 1 000 € statements, "Toimintakulut 46 217" against −46 216 …,… €), when the document
///   does so at least twice (`IdentityChecker.decideSigns`);
/// - `mismatch` where it differs by more than one unit of the rounded copy, which flags the cell.
/// A difference of up to one unit is left unreported: a 1 000 € statement may round an item so
/// that its totals foot (Kauhava p30 "Tilinpäätössiirrot" 2023 145 against 144 386,28 €), which
/// is no error of the printed number.
///
/// The pair is proven when at least `minimumAgreeing` cells agree (or agree up to sign) and the
/// cells that differ are at most a quarter of those (as `TableSumRule` proves its parts).
enum SameStatementDifferences {
    static let minimumAgreeing = 8
    static let convention = "a statement printed twice, amounts unsigned in one copy"

    struct Pair: Hashable { var holder: Int; var other: Int }

    /// The differences between proven pairs, given the agreeing checks `SameItemRule` found and its
    /// label index.
    static func checks(agreeing: [(Int, Check)], index: [LabelKey: [(table: Int, row: Int)]], tables: [Table],
                       infos: [Int: SameItemRule.Info]) -> [(Int, Check)] {
        var ids: [String: Int] = [:]
        for (t, table) in tables.enumerated() where ids[table.id] == nil { ids[table.id] = t }
        var agree: [Pair: Int] = [:]
        for (t, check) in agreeing {
            guard let u = check.table.flatMap({ ids[$0] }) else { continue }
            agree[Pair(holder: t, other: u), default: 0] += 1
        }
        guard !agree.isEmpty else { return [] }
        var signed: [Pair: [(Int, Check)]] = [:], differing: [Pair: [(Int, Check)]] = [:]
        for key in index.keys.sorted() {
            let places = index[key]!
            guard places.count >= 2, places.count <= SameItemRule.occurrenceLimit else { continue }
            for a in places {
                for b in places where agree[Pair(holder: a.table, other: b.table)] != nil {
                    guard let ia = infos[a.table], let ib = infos[b.table] else { continue }
                    for (t, check) in differences(holder: a, other: b, tables: tables, infos: (ia, ib)) {
                        let pair = Pair(holder: a.table, other: b.table)
                        if let alternative = check.alternative, Check.compare(alternative, check.actual, tolerance: check.tolerance) != .mismatch {
                            signed[pair, default: []].append((t, check))
                        } else {
                            differing[pair, default: []].append((t, check))
                        }
                    }
                }
            }
        }
        var out: [(Int, Check)] = []
        for pair in agree.keys.sorted(by: { ($0.holder, $0.other) < ($1.holder, $1.other) }) {
            let alike = agree[pair, default: 0] + (signed[pair]?.count ?? 0)
            let differ = differing[pair] ?? []
            guard alike >= minimumAgreeing, differ.count * 4 <= alike else { continue }
            out += (signed[pair] ?? []) + differ
        }
        return out
    }

    /// The cells of the two rows (paired as `SameItemRule` pairs them) that disagree by more than
    /// one unit of the rounded copy, each a check that fails, with the other sign as its alternative.
    static func differences(holder: (table: Int, row: Int), other: (table: Int, row: Int), tables: [Table],
                            infos: (holder: SameItemRule.Info, other: SameItemRule.Info)) -> [(Int, Check)] {
        let a = tables[holder.table], b = tables[other.table]
        guard holder.table != other.table, a.id != b.id, infos.holder.scale >= infos.other.scale else { return [] }
        let scaleA = infos.holder.scale, scaleB = infos.other.scale
        let tolerance: Decimal = scaleA > scaleB ? SameItemRule.halfUnit : 0
        let unit: Decimal = scaleA > scaleB ? 1 : 0
        var out: [(Int, Check)] = []
        for ca in infos.holder.additive {
            guard let cb = SameItemRule.column(ca, of: a, header: infos.holder.headers[ca], in: b, headers: infos.other.headers),
                  let cellA = IdentitySupport.cell(a, holder.row, ca), let printed = cellA.value, printed != 0,
                  let cellB = IdentitySupport.cell(b, other.row, cb), let value = cellB.value, value != 0,
                  cellA.unit != "%", cellB.unit != "%" else { continue }
            let expected = SameItemRule.scaled(value, by: scaleB, over: scaleA)
            guard (expected - printed).magnitude > tolerance else { continue }
            let otherSign = (expected + printed).magnitude <= tolerance
            guard otherSign || (expected - printed).magnitude > unit else { continue }
            var check = Check(rule: SameItemRule.rule, column: ca, row: holder.row, table: b.id,
                              operands: [.init(row: other.row, column: cb)],
                              expected: expected, actual: printed, tolerance: tolerance)
            check.alternative = -expected
            check.convention = convention
            out.append((holder.table, check))
        }
        return out
    }
}
