import Foundation

/// A movement note's closing line is the item of the balance sheet the note is about: the notes
/// on equity ("Oman pääoman muutokset") print each item as its own small table, captioned with the
/// item's name, "Tilikauden alussa" … "Tilikauden lopussa", and the closing line of each year is
/// what the balance sheet prints for that item at that year's end (Koha-Suomi Oy TP 2024 p5: the
/// note captioned "Osakepääoma" closes at 229 908,22 in 2024 and 2023, the tase p4 "Osakepääoma").
///
/// The note is a table with a caption and one closing line (`BalanceMovementRule.closings` reads
/// "TILIKAUDEN LOPUSSA"); its partner is every other table printing the caption's words
/// (`SameItemRule.wordKey`) as the label of exactly one row with values. Columns and units pair as
/// in `SameItemRule` (header, else year; 1 000 € against euros within the half unit). A caption
/// is no proof that the rows are the same item, so only agreement is reported, and no cell is
/// ever flagged.
struct MovementNoteClosingRule: DocumentIdentity {
    static let rule = "closing balance = the item in the balance sheet"
    static let closing = "TILIKAUDEN LOPUSSA"

    func checks(in tables: [Table]) -> [(Int, Check)] {
        var out: [(Int, Check)] = []
        for (t, note) in tables.enumerated() {
            guard let caption = note.caption else { continue }
            let item = SameItemRule.wordKey(caption)
            guard item.count > 4 else { continue }
            let closes = note.rows.indices.filter {
                IdentitySupport.key(note.rows[$0].label).hasPrefix(Self.closing) && IdentitySupport.hasValues(note.rows[$0])
            }
            guard closes.count == 1 else { continue }
            for (u, other) in tables.enumerated() where u != t && other.id != note.id {
                let rows = other.rows.indices.filter {
                    IdentitySupport.hasValues(other.rows[$0]) && SameItemRule.wordKey(other.rows[$0].label) == item
                }
                guard rows.count == 1 else { continue }
                out += SameItemRule.checks(holder: (t, closes[0]), other: (u, rows[0]), tables: tables,
                                           infos: (SameItemRule.Info(note), SameItemRule.Info(other)), rule: Self.rule)
            }
        }
        return out
    }
}
