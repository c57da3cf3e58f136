/// A page number printed as "page (pages)" that PyMuPDF's `get_text()` writes over three lines,
/// one per text span, the total after the closing parenthesis: "18 (" / ")" / "29"
/// (lapua-sivla-poytakirja-2024-11-21, in the running head of each of its 29 pages). It is page
/// debris like "18 (29)" on one line (`PageOfPagesNumber`), but inside the running head's block
/// it is no page's first or last line, and its digits change from page to page, so
/// `PageDebrisFilter.removeRunning` never takes it: left in, it went into a table that crosses
/// the page ("Lukio 19 (" as the row's label, ")" / "29" as a row of its own, p. 18–19's
/// investment table). The three lines are taken only as their own page's number: n is the page
/// the text's form feeds give the lines, and 1 ≤ n ≤ N ≤ `PageDebrisFilter.maxPageNumber`. A
/// table's cells cannot take this shape: a lone "(" or ")" is no cell, and n is the page itself.
enum SplitPageOfPagesNumber {
    /// The index after the three lines when they start at `i` and are their page's number, else nil.
    static func end(_ lines: [TextLine], at i: Int) -> Int? {
        guard i + 2 < lines.count else { return nil }
        let three = lines[i...(i + 2)]
        guard three.allSatisfy({ $0.page == lines[i].page && $0.tabCells == nil }) else { return nil }
        let first = lines[i].words.map(\.text), second = lines[i + 1].words.map(\.text), third = lines[i + 2].words.map(\.text)
        guard first.count == 2, first[1] == "(", second == [")"], third.count == 1,
              let n = number(first[0]), let m = number(third[0]) else { return nil }
        return n == lines[i].page && n <= m && m <= PageDebrisFilter.maxPageNumber ? i + 3 : nil
    }

    private static func number(_ s: String) -> Int? {
        guard (1...4).contains(s.count), s.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(s)
    }
}
