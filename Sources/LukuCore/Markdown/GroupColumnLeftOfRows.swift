/// A report whose group is printed in a column left of its rows, on the group's first row only:
/// an ERP account report ("tiliraportti") prints the cost centre ("110 Hallinto") with "print
/// repeated values" off, so the centre's code and name stand beside its first account and the
/// column is empty under it; the account's code and name follow in columns of their own, then the
/// figures. pymupdf4llm writes hold-out hold6-12 (iText 5) as
/// "|**110 Hallinto**|3000|Myyntituotot|485 552,48|465 644,83|95,9|" /
/// "||3200|Maksutuotot|234 757,13|…|" / "||**Yhteen**|**sä**|**-677 927,41**|…|" under
/// "|**Kustannuspaikka**|**Tili**|**Tilin nimi**|**TA 2025**|**Toteutuma**|**Käyttö-%**|". Read as
/// drawn, the cost centre is the label of one row and the label of every other row is empty, the
/// account's code and name are two value columns of text, and no row is found (171 figures
/// missing). DOMAIN.md: a group name labels the rows under it; the PDF path reads the same page
/// as groups "110 Hallinto" … of rows "3000 Myyntituotot" ….
///
/// A pipe table (header, alignment row, body rows of one width) qualifies when, after its first
/// column, one or more columns hold only text (words, or an account code of three to six digits)
/// and then at least two value columns follow; every body row has a figure in the value columns
/// and a label in the text columns; and the first column is filled on at least two rows, fewer than
/// half of them, each time beside a labelled row (a group's first row, not a heading row of its
/// own: that layout is `IndentedLabelCell`'s). Each group name then becomes a label-only row over
/// its rows, and the text columns one label cell: "3000 Myyntituotot", the cut total word
/// "Yhteen" + "sä" closed up to "Yhteensä" (`totalWords`). The value cells are kept as drawn.
enum GroupColumnLeftOfRows {
    /// Words a column edge may cut (the converter's grid splits the bold "Yhteensä" at the code
    /// column's edge); pieces that close up to one of these are one word.
    static let totalWords: Set<String> = ["yhteensä"]

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let cells = lines.map(SideBySidePipeTables.rawCells)
        // Each such table's lines and their rewrite; replaced from the last up.
        var found: [(range: Range<Int>, rows: [String])] = []
        var i = 0
        while i + 2 < lines.count {
            if let head = cells[i], let rule = cells[i + 1], rule.count == head.count, head.count >= 4,
               FigureInLabelCell.isAlignment(rule) {
                var end = i + 2
                while end < lines.count, cells[end]?.count == head.count { end += 1 }
                let body = (i + 2..<end).compactMap { cells[$0] }
                if let k = labelColumns(head: head, body: body) {
                    found.append((i..<end, rewrite(head: head, body: body, textColumns: k)))
                    i = end
                    continue
                }
            }
            i += 1
        }
        guard !found.isEmpty else { return text }
        for table in found.reversed() { lines.replaceSubrange(table.range, with: table.rows) }
        return lines.joined(separator: "\n")
    }

    /// The count of text columns after the first when the table is laid out so, else nil.
    static func labelColumns(head: [String], body: [[String]]) -> Int? {
        let width = head.count
        guard body.count >= 3, plain(head[0]).contains(where: \.isLetter) else { return nil }
        var k = 0
        for c in 1..<(width - 2) {
            let column = body.map { plain($0[c]) }
            guard column.allSatisfy({ $0.isEmpty || isCode($0) || isWords($0) }), column.contains(where: isWords) else { break }
            k = c
        }
        guard k >= 1 else { return nil }
        let hasFigure = { (row: [String]) in row[(k + 1)...].contains(where: FigureInLabelCell.isFigure) }
        let hasLabel = { (row: [String]) in row[1...k].contains { !plain($0).isEmpty } }
        guard body.allSatisfy({ hasFigure($0) && hasLabel($0) }) else { return nil }
        let grouped = body.filter { !plain($0[0]).isEmpty }
        guard grouped.count >= 2, 2 * grouped.count < body.count,
              grouped.allSatisfy({ isWords(plain($0[0])) }) else { return nil }
        return k
    }

    private static func rewrite(head: [String], body: [[String]], textColumns k: Int) -> [String] {
        let row = { (cells: [String]) in "|" + cells.joined(separator: "|") + "|" }
        var out = [row([label(Array(head[1...k]))] + head[(k + 1)...]),
                   row(Array(repeating: "---", count: head.count - k))]
        for cells in body {
            if !plain(cells[0]).isEmpty {
                out.append(row([cells[0]] + Array(repeating: "", count: head.count - k - 1)))
            }
            out.append(row([label(Array(cells[1...k]))] + cells[(k + 1)...]))
        }
        return out
    }

    /// The text cells as one label cell, bold when any piece was.
    static func label(_ pieces: [String]) -> String {
        let bold = pieces.contains { $0.contains("**") }
        var text = ""
        for piece in pieces.map(plain) where !piece.isEmpty {
            if text.isEmpty { text = piece; continue }
            let lastWord = text.split(separator: " ").last.map(String.init) ?? ""
            let firstWord = piece.split(separator: " ").first.map(String.init) ?? ""
            let cut = firstWord.first?.isLowercase == true && totalWords.contains((lastWord + firstWord).lowercased())
            text += (cut ? "" : " ") + piece
        }
        return bold && !text.isEmpty ? "**" + text + "**" : text
    }

    /// The cell without bold marks and outer spaces.
    static func plain(_ cell: String) -> String {
        cell.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
    }

    /// An account or cost-centre code alone: three to six digits.
    static func isCode(_ text: String) -> Bool {
        (3...6).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
    }

    /// Words, no figure: letters in it and not a number.
    static func isWords(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && !FigureInLabelCell.isFigure(text)
    }
}
