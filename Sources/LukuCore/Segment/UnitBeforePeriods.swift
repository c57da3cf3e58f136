/// A statement's header row whose label cell holds the table's unit: "1 000 € 31.12.2024
/// 31.12.2023" (synth honkaniemi pp. 2–3 and 8–9, the balance sheets, and kivimaki pp. 3–4, word
/// producer, in `pdftotext -raw` and pypdf: a Word table with "1 000 €" in its top-left cell).
/// The periods head the columns as on a line of their own; the words before them are no figure
/// of a row but the unit, kept as the header's caption (so the table's `unit`). Without this the
/// "1" and "000" before the dates made the line no header, and the balance sheet under it was
/// read as prose and headerless fragments.
enum UnitBeforePeriods {
    /// The words before the periods are one unit cell ("1 000 €", "1000 €", "t€", "€").
    static func isUnit(_ words: [String]) -> Bool {
        !words.isEmpty && TableUnit.isUnitCell(words.joined(separator: " "))
    }
}
