/// A project or account item whose name a converter wrote over two pipe rows, the code and the
/// name's first line in a row of its own with empty value cells, the rest of the name on the row
/// with the figures: `|4030 Päiväkoti|||||` / `|Tuulenpesän uudisrakennus|−3.414.000|…|` (synth
/// saarnijoki p. 7 in pymupdf4llm, also "4060 Katuvalaistuksen" / "LED-saneeraus", "4280
/// Kiinteistö Oy" / "Teollisuustalon osakkeet"), `|4142 Katuvalaistuksen|||||||` /
/// `|LED-saneeraus|35 070|0|…|` (hold-out 10 pp. 1–2 in pymupdf4llm: 4142, 4184, 4289). The PDF
/// path reads these lines by `CodeLedItemLabel`; read row by row, the first row is a sub-heading
/// and the item loses its code and name. The same test as that rule's, on cells: the first row's
/// label is a code of three to six digits and a capitalised name, neither row is bold (group
/// headings are), the second row's label has no code or outline marker of its own and is printed
/// once in the table (repeats led by another code line are other items of the same name), and
/// the row after it is no further row of the same item (a new code, a total, a label-only row or
/// the table's end). A code heading over its own rows (`|7250 Keskustan katujen saneeraus|||||`
/// / `|Menot|…|` / `|Tulot|…|`, synth kuusiselka p. 7; vaahterajoki p. 8) stays a heading.
enum CodeLedPipeLabel {
    /// The rows with each such pair joined into one row; `joined` pairs the old data row with
    /// the new one (for rows whose flags are keyed by their cells).
    static func join(_ rows: [[String]], bold: [Bool]) -> (rows: [[String]], joined: [(old: [String], new: [String])]) {
        guard rows.count == bold.count, rows.count >= 2 else { return (rows, []) }
        let labelOnly = rows.map { $0.dropFirst().allSatisfy(\.isEmpty) }
        var out: [[String]] = []
        var joined: [(old: [String], new: [String])] = []
        var i = 0
        while i < rows.count {
            let d = i + 1
            if d < rows.count, labelOnly[i], !labelOnly[d], !bold[i], !bold[d],
               CodeLedItemLabel.startsWithCode(rows[i][0]), isName(rows[d][0]),
               !repeated(rows[d][0], at: d, in: rows, labelOnly: labelOnly),
               endsItem(after: d, rows: rows, labelOnly: labelOnly) {
                var row = rows[d]
                row[0] = TextJoiner.join([rows[i][0], rows[d][0]])
                joined.append((rows[d], row))
                out.append(row)
                i += 2
                continue
            }
            out.append(rows[i])
            i += 1
        }
        return (out, joined)
    }

    /// A capitalised name with no code or outline marker of its own.
    private static func isName(_ label: String) -> Bool {
        !label.isEmpty && WordTraits.startsUppercase(label) && !WordTraits.startsWithOutlineMarker(label)
            && !CodeLedItemLabel.startsWithCode(label) && label.first?.isNumber != true
    }

    /// The label names another row of the table, not one led by a code row of its own.
    private static func repeated(_ label: String, at d: Int, in rows: [[String]], labelOnly: [Bool]) -> Bool {
        rows.indices.contains { m in
            guard m != d, !labelOnly[m], rows[m][0] == label else { return false }
            return !(m > 0 && labelOnly[m - 1] && CodeLedItemLabel.startsWithCode(rows[m - 1][0]))
        }
    }

    /// What follows row `d` is no further row of its item.
    private static func endsItem(after d: Int, rows: [[String]], labelOnly: [Bool]) -> Bool {
        let n = d + 1
        guard n < rows.count, !labelOnly[n] else { return true }
        let next = rows[n][0]
        return next.lowercased().contains("yhteensä") || CodeLedItemLabel.startsWithCode(next)
    }
}
