import Foundation

/// A balance carried through a year in a note: the closing line = the opening line + the lines
/// printed between them. Koha-Suomi Oy TP 2024 p5 (sidottu oma pääoma: "Tilikauden lopussa" =
/// "Tilikauden alussa" + "Osakepääoman korotus maksullisella osakeannilla"; vapaa oma pääoma:
/// "Kertyneet voittovarat (tappio)" = "Edellisten tilikausien voitto (tappio)" + "Tilikauden voitto
/// (tappio)") and p6 ("Jakokelpoinen vapaa oma pääoma" = the same two lines).
///
/// The opening is the nearest line above the closing that the vocabulary names an opening; the
/// terms are it and every line between. Labels fix the structure, so a column that fails is a
/// real mismatch (Koha p5 2023: 200 204,62 + 21 451,95 = 221 656,57, printed 229 908,22, which the
/// truth's notes name: the comparative repeats the 2022 increase). A chain that holds in no
/// column is not reported (the lines found are then not the movement).
struct BalanceMovementRule: TableIdentity {
    static let rule = "closing balance = opening balance + the movements between"
    static let openings = ["TILIKAUDEN ALUSSA", "EDELLISTEN TILIKAUSIEN VOITTO"]
    static let closings = ["TILIKAUDEN LOPUSSA", "KERTYNEET VOITTOVARAT", "JAKOKELPOINEN VAPAA OMA PÄÄOMA"]

    func checks(in table: Table) -> [Check] {
        let keys = table.rows.map { IdentitySupport.key($0.label) }
        let columns = IdentitySupport.summingColumns(table)
        var out: [Check] = []
        for close in keys.indices where Self.closings.contains(where: { keys[close].hasPrefix($0) }) {
            guard let open = keys[..<close].lastIndex(where: { k in Self.openings.contains { k.hasPrefix($0) } }) else { continue }
            let terms = (open..<close).filter { IdentitySupport.hasValues(table.rows[$0]) }
            let checks = columns.compactMap {
                c in IdentitySupport.sumCheck(table, rule: Self.rule, row: close, column: c,
                                              operands: terms.map { .init(row: $0, column: c) }, emptyIsZero: true)
            }
            if checks.contains(where: { $0.outcome != .mismatch && $0.actual != 0 }) { out += checks }
        }
        return IdentitySupport.ordered(out)
    }
}
