/// A column header stacked one word per line whose cells open with the measure each column holds:
/// the Excel export's header cells ("Menot TA 2026", wrapped or turned in their cell) written word
/// by word by `pdftotext -raw`: "Menot" / "TA" / "2026" / "Tulot" / "TA" / "2026" / "Netto" / "TA"
/// / "2026" / "Menot" / "TS" / "2027" / … over "Hallintopalvelut -2 662 625 - -2 662 625 …"
/// (hold-out set 2 doc 05, käyttötalous palvelualueittain, Menot / Tulot / Netto × TA 2026 / TS 2027).
/// DOMAIN.md: a käyttötalous group is MENOT, TULOT and the net ("NETTOMENO", "Nettomenot",
/// "Netto"), and a table sets them against periods; printed over a period they name the column's
/// measure, the kind and year under them its period. The band words are no column words, so the
/// stacked header stopped at "Menot": its kind and year lines were read as rows of the table above
/// ("TA" with the cell "2026") and the six-figure rows under it were squeezed into that table's
/// five columns (7 wrong cells, 26 missing).
///
/// A band word counts only alone on its line with a kind opening the next line, so a group line
/// "Menot" over a row, or a "MENOT" row with its figures, is never one; and the header is read
/// only when every column opens with a band word, each right before the column's kind, and the
/// rest of the words read as a plain header. The column keeps the band word in its header, as
/// printed top to bottom ("Menot TA 2026"), and the kind and year of the words under it.
enum BandWordOverStackedKind {
    /// The measures of a käyttötalous or operating-budget table, upper-cased.
    static let bandWords: Set<String> = [
        "MENOT", "TULOT", "NETTO", "NETTOMENO", "NETTOMENOT", "TOIMINTATUOTOT", "TOIMINTAKULUT", "TOIMINTAKATE",
    ]

    static func isBandWord(_ w: String) -> Bool {
        bandWords.contains(w.uppercased())
    }

    /// Line `k` is a band word alone, flush left, and line `k + 1` on the same page opens with a
    /// column kind ("TA", "TS", "Talousarvio"): the first word of a stacked header cell.
    static func opensCell(_ lines: [TextLine], at k: Int) -> Bool {
        let line = lines[k]
        guard line.words.count == 1, isBandWord(line.words[0].text), line.indent < 2, line.box == nil,
              line.tabCells == nil, line.markdownLevel == nil, k + 1 < lines.count, lines[k + 1].page == line.page,
              let next = lines[k + 1].words.first?.text else { return false }
        return ColumnHeader.classify(next).kind != nil && PlainHeader.isKind(next)
    }

    /// The header of stacked words with band words among them: the band words taken out, the rest
    /// read as a plain header, and each band word set before the column that opens right after it.
    /// Nil unless every column opens with exactly one band word.
    static func header(_ line: TextLine) -> PlainHeader? {
        var rest: [Word] = []
        var bandAt: [Int: String] = [:]  // index into `rest` of the word the band word stands before
        for word in line.words {
            if isBandWord(word.text) {
                guard bandAt[rest.count] == nil else { return nil }
                bandAt[rest.count] = word.text
            } else {
                rest.append(word)
            }
        }
        guard !bandAt.isEmpty, var header = PlainHeader(TextLine(page: line.page, words: rest)),
              header.caption == nil else { return nil }
        var start = 0
        for c in header.columns.indices {
            guard let band = bandAt[start] else { return nil }
            header.columns[c].header = band + " " + header.columns[c].header
            start += header.columns[c].header.split(separator: " ").count - 1
        }
        guard start == rest.count, bandAt.count == header.columns.count else { return nil }
        header.text = line.text
        return header
    }
}
