/// A column header stacked one or a few words per line in one-row-per-line text (`pdftotext
/// -raw`, pypdf): each header cell's words stand on lines of their own ("Tilinpäätös" / "2020" /
/// "Tilinpäätös" / "2019", synth kivimaki pp. 1–4, katajaselka pp. 1–3; "TP" / "2020" / "TP" /
/// "2019", synth pihlajaniemi p. 1, saarnisaari pp. 1–2; "Tilinpäätös" / "2021" / "Tilinpäätös" /
/// "2020" / "Muutos" / "%", synth varpuvirta p. 1), and the rows under it keep label and figures
/// on one line ("Myyntituotot 13 854 14 427"). Without this each header word read as a row of
/// its own ("Tilinpäätös" with the cell "2020") and the table under it had no column names, so
/// two-columns-per-year statements were never recognised.
///
/// Budget outturns stack longer headers the same way: "Alkuperäinen" / "TA" / "TA" / "muutokset"
/// / "TA" / "muutosten" / "jälkeen Toteutuma Poikkeama" (kauhava-tilinpaatos-2024 in `-raw`,
/// synth koivukyla p. 5, honkakoski p. 6), with words broken at the line's end ("Talousarvio-" /
/// "muutokset", "Käyttö-" / "%", "TA +" / "muutokset": synth kivimaki pp. 5–8, kuusiselka p. 6),
/// which are joined back into one word; so is a kind with its plus at the line's end ("TA+" /
/// "muutokset", hold-out set 2 doc 09: `KindPlusAtLineEnd`).
///
/// The lines are joined and read as one header line when every line holds one to three column
/// words only (kinds, periods, units), the run starts here (the line above is no such line),
/// together they name two or more columns, and a row with its label and figures on one line
/// follows within a few lines. The last condition keeps the header of a table written one cell
/// per line (PyMuPDF's "TP" / "TA+MUUTOS" / … / "2024" / "2025" over "Toimintatuotot" /
/// "1 462 370" / …) and of a page in column blocks (bare figure lines after the header, synth
/// petajalampi p. 5) to their readers.
enum StackedHeaderLines {
    /// Lines joined at most (six columns of a kind and a year each).
    static let maxLines = 12
    /// Words on one stacked header line at most ("jälkeen Toteutuma Poikkeama").
    static let maxWords = 3
    /// Non-empty lines after the header searched for the first row (a unit line and a group
    /// name such as "Toimintatuotot" may come between).
    static let rowWithin = 3

    /// The header starting at line `i` and the index of its last line, when `i` opens a header
    /// stacked over lines and a label-and-figures row follows it.
    static func header(_ lines: [TextLine], at i: Int) -> (header: PlainHeader, last: Int)? {
        // The run starts here: the line above is no stack line, or a unit line apart from it (UnitAboveStackedHeader),
        // and this line is no such unit line itself.
        guard isStacked(lines, i), !UnitAboveStackedHeader.standsApart(lines, i),
              !(i > 0 && lines[i - 1].page == lines[i].page && isStacked(lines, i - 1)
                && !UnitAboveStackedHeader.standsApart(lines, i - 1)) else { return nil }
        var words = lines[i].words
        // Lines holding a column's measure alone ("Menot" / "TA" / "2026", `BandWordOverStackedKind`).
        var bands = BandWordOverStackedKind.opensCell(lines, at: i) ? 1 : 0
        var j = i
        var found: (header: PlainHeader, last: Int)?
        while j + 1 < lines.count, j - i + 1 - bands < maxLines, lines[j + 1].page == lines[i].page, isStacked(lines, j + 1) {
            j += 1
            if BandWordOverStackedKind.opensCell(lines, at: j) { bands += 1 }
            words = joined(words, lines[j].words)
            let line = TextLine(page: lines[i].page, words: words)
            if let header = bands > 0 ? BandWordOverStackedKind.header(line) : PlainHeader(line), header.columns.count >= 2 { found = (header, j) }
        }
        // A shorter run is only the start of the header: the whole run is read or none.
        guard let found, found.last == j, rowFollows(lines, after: j) else { return nil }
        return found
    }

    /// The words of the lines so far and of the next line; a word broken at the line's end
    /// ("Talousarvio-" / "muutokset", "Käyttö-" / "%") is one word again: "Talousarviomuutokset"
    /// before a lowercase letter, "Käyttö-%" before anything else.
    static func joined(_ words: [Word], _ next: [Word]) -> [Word] {
        guard let last = words.last, let first = next.first else { return words + next }
        var word = last
        if let whole = KindPlusAtLineEnd.joined(last.text, first.text) {
            // "TA+" / "muutokset" (hold-out set 2 doc 09) is "TA+muutokset".
            word.text = whole
        } else if isBroken(last.text) {
            word.text = first.text.first?.isLowercase == true ? String(last.text.dropLast()) + first.text : last.text + first.text
        } else if words.count >= 2, last.text == "+", ColumnHeader.isHeaderToken(words[words.count - 2].text + "+" + first.text) {
            // "TA +" / "muutokset" (synth kivimaki pp. 5–6) is "TA+muutokset".
            word = words[words.count - 2]
            word.text += "+" + first.text
            return words.dropLast(2) + [word] + next.dropFirst()
        } else {
            return words + next
        }
        return words.dropLast() + [word] + next.dropFirst()
    }

    /// A header word broken with a hyphen at the line's end: "Talousarvio-", "Käyttö-".
    private static func isBroken(_ w: String) -> Bool {
        w.count > 1 && w.hasSuffix("-") && isColumnWord(String(w.dropLast()))
    }

    private static func isColumnWord(_ w: String) -> Bool {
        ColumnHeader.isHeaderToken(w) || PlainHeader.isPeriod(w) || PlainHeader.isKind(w)
    }

    /// Line `k` is a line of a stacked header: column words, or a column's measure over its kind.
    static func isStacked(_ lines: [TextLine], _ k: Int) -> Bool {
        isHeaderWords(lines[k]) || BandWordOverStackedKind.opensCell(lines, at: k)
    }

    /// A short flush-left line of column words only (a word broken at its end counts).
    private static func isHeaderWords(_ line: TextLine) -> Bool {
        let words = line.words.map(\.text)
        guard !words.isEmpty, words.count <= maxWords, line.indent < 2, line.box == nil, line.tabCells == nil,
              line.markdownLevel == nil else { return false }
        // A unit under each column ("t€ t€ t€", synth kuusiselka p. 8) is the table's unit line, no header cell.
        if words.count >= 2, words.allSatisfy({ TableUnit.isUnitCell($0) }) { return false }
        // A "+" after a kind ends a line broken inside "TA+muutokset".
        return words.indices.allSatisfy { k in
            isColumnWord(words[k]) || isBroken(words[k]) || words[k] == "+" && k == words.count - 1 && k > 0 && PlainHeader.isKind(words[k - 1])
                || KindPlusAtLineEnd.isBroken(words[k]) && k == words.count - 1
                || CodeLedRowsUnderStackedHeader.isFormula(words[k])
        }
    }

    /// One of the next `rowWithin` non-empty lines on the page is a row: label words, then figures.
    private static func rowFollows(_ lines: [TextLine], after j: Int) -> Bool {
        var seen = 0
        var k = j + 1
        while k < lines.count, lines[k].page == lines[j].page, seen < rowWithin {
            defer { k += 1 }
            guard !lines[k].isEmpty else { continue }
            let words = lines[k].words.map(\.text)
            // The unit line under the stack ("€ € €", synth kivimaki p. 9) is not counted.
            if words.count >= 2, words.allSatisfy({ TableUnit.isUnitCell($0) }) { continue }
            seen += 1
            let split = TextTableBuilder.tailStart(words)
            let code = CodeLedRowsUnderStackedHeader.startsWithCode(words)
            if split > (code ? 1 : 0), split < words.count, words[0].first?.isLetter == true || code,
               words[split...].contains(where: { $0.contains(where: \.isNumber) }) { return true }
        }
        return false
    }
}
