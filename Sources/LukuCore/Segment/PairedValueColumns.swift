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
///
/// A percent column says where a short row's figures are not: a row whose percent would land
/// in a column of amounts keeps the last columns (synth louhivirta p. 9, PyMuPDF: a few rows of
/// four figures over rows of "Poikkeama €" / "Käyttö-%" pairs, "+245" / "103,7 %", that belong
/// to the last two of four columns).
enum PairedValueColumns {
    /// The columns a row of `values` fills in a table of `columns` columns whose columns come in
    /// pairs (columns = 2 × values): the first of each pair, when every percent figure lands in a
    /// column of percents and every other figure outside one; nil otherwise. `percentColumns`
    /// says which columns hold percents in the table's full rows.
    static func positions(_ values: [String], columns: Int, percentColumns: [Bool]) -> [Int]? {
        guard !values.isEmpty, columns == 2 * values.count, percentColumns.count == columns else { return nil }
        let places = values.indices.map { 2 * $0 }
        guard zip(places, values).allSatisfy({ percentColumns[$0] == isPercent($1) }) else { return nil }
        return places
    }

    /// The columns in which most of `fullRows` (rows of `columns` figures) hold a percent.
    static func percentColumns(_ fullRows: [[String]], columns: Int) -> [Bool] {
        (0..<columns).map { c in
            2 * fullRows.filter { $0.count == columns && isPercent($0[c]) }.count > fullRows.count
        }
    }

    static func isPercent(_ text: String) -> Bool { text.contains("%") }

    /// Header periods printed once over each column of its pair ("31.12.2025" / "31.12.2025" /
    /// "31.12.2024" / "31.12.2024", hold-09 in PyMuPDF): the same period twice in a row, pair by
    /// pair, and the pairs differ. Budget tables print a year twice too ("TA+MUUTOS" / "TPE" over
    /// "2025" / "2025", kemijarvi-konserni-elinvoima-ta2026 p. 7), so this alone proves nothing:
    /// the caller also needs rows of p and of 2p figures.
    static func periodsInPairs(_ periods: [String]) -> Bool {
        guard periods.count >= 4, periods.count % 2 == 0 else { return false }
        let pairs = stride(from: 0, to: periods.count, by: 2).map { (periods[$0], periods[$0 + 1]) }
        return pairs.allSatisfy { $0.0 == $0.1 } && Set(pairs.map(\.0)).count == pairs.count
    }
}
