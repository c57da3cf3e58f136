/// Two value columns under each period, as statements print them: the item's amount and, on a
/// group's last line, the group's subtotal (DOMAIN.md, "two per year"), or a budget and a
/// second budget figure under each heading. Written one cell per line (PyMuPDF's `get_text()`),
/// a full row holds 2 × p values and a row with only the item amounts p; the text does not keep
/// the empty cells' places, and the common row is the item row, whose amounts stand in the first
/// column of each pair. Proved on kauhava-tilinpaatos-2024 p. 120 (investments: 8 columns, rows
/// of 4 values fill columns 1, 3, 5, 7: "ATK-ohjelmistot" / "150 000" / "150 000" / "73 218,28"
/// / "48,8 %") and on the balance sheets of the synthetic statements (synth kuusiselka p. 3,
/// tamminiemi p. 3, kivimaki p. 3, kurkivirta p. 4: "1. Myyntisaamiset" with 2 values fills
/// columns 1 and 3 of 4). A group's or the sheet's total ("II Rahat ja pankkisaamiset",
/// "VASTAAVAA YHTEENSÄ") holds p values too but in the second column of each pair, so the text
/// alone does not decide a short row: it is placed in the first columns and every cell flagged.
enum PairedValueColumns {
    /// The columns a row of `count` values fills in a table of `columns` columns when the table's
    /// columns come in pairs (columns = 2 × count): the first of each pair; nil otherwise.
    static func positions(count: Int, columns: Int) -> [Int]? {
        guard count >= 1, columns == 2 * count else { return nil }
        return (0..<count).map { 2 * $0 }
    }
}
