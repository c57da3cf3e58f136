import Foundation

/// What a year opens with is what the year before closed with, printed side by side in one table:
/// "Rahavarat 1.1." of 2024 = "Rahavarat 31.12." of 2023 (Kauhava TP 2024 p33, and p128-p129 in
/// euros), "Tilikauden alussa" 2024 = "Tilikauden lopussa" 2023 and "Edellisten tilikausien voitto
/// (tappio)" 2024 = "Kertyneet voittovarat (tappio)" 2023 (Koha-Suomi Oy TP 2024 p5, p6 with
/// "Jakokelpoinen vapaa oma pääoma").
///
/// The columns are paired by their years (a column of year Y with the one of Y − 1, neither a
/// budget or change column); the lines by the label pairs below. The same amount is printed
/// twice, so the check is exact. It is reported only where it holds: a group statement's opening
/// cash differs from last year's closing when the group's companies changed (Kauhava p49 and p133,
/// konserni: Rahavarat 1.1. 2024 27 678 against 31.12. 2023 33 188, both printed right), so a
/// difference proves nothing wrong.
struct CarryOverRule: TableIdentity {
    static let rule = "opening balance = the previous year's closing balance"
    static let pairs: [(opening: String, closing: [String])] = [
        ("RAHAVARAT 1.1.", ["RAHAVARAT 31.12."]),
        ("TILIKAUDEN ALUSSA", ["TILIKAUDEN LOPUSSA"]),
        ("EDELLISTEN TILIKAUSIEN VOITTO", ["KERTYNEET VOITTOVARAT", "JAKOKELPOINEN VAPAA OMA PÄÄOMA"]),
    ]

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { IdentitySupport.key($0.label) }
        let years = table.columns.map { $0.kind == nil || $0.kind == .tp ? $0.year : nil }
        var out: [Check] = []
        for (opening, closing) in Self.pairs {
            guard let o = keys.firstIndex(where: { $0.hasPrefix(opening) }),
                  let c = keys.indices.filter({ i in closing.contains { keys[i].hasPrefix($0) } }).min(by: { abs($0 - o) < abs($1 - o) })
            else { continue }
            for now in years.indices {
                guard let y = years[now], let before = years.firstIndex(where: { $0 == y - 1 }),
                      let printed = IdentitySupport.value(table, o, now), let closed = IdentitySupport.value(table, c, before)
                else { continue }
                // The same amount printed twice: exact, whatever the precision. An opening that
                // differs is no error of either number (below), so only a holding one is reported.
                guard printed == closed else { continue }
                out.append(Check(rule: Self.rule, column: now, row: o, operands: [.init(row: c, column: before)],
                                 expected: closed, actual: printed))
            }
        }
        return IdentitySupport.ordered(out)
    }
}
