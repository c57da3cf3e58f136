import Foundation

/// Reads a raw-text document into lines: UTF-8 with or without BOM (UTF-16 with a BOM and
/// Finnish Windows-1252 text are converted), CRLF and lone CR as line ends, form feed as a page break. Markdown-like markup
/// seen in extracted budgets is understood: `#` heading marks, `<b>…</b>` and `***…***`
/// emphasis (kept as boldness, removed from the text), tab-separated cells, GitHub pipe tables and
/// HTML `<table>` blocks (`HTMLTableRows`).
public enum TextFileReader {
    public struct Result: Sendable {
        public var lines: [TextLine]
        public var pages: Int
    }

    public static func read(path: String) throws -> Result {
        guard FileManager.default.fileExists(atPath: path) else { throw ReadError.fileNotFound(path: path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReadError.unreadable(path: path, reason: error.localizedDescription)
        }
        return parse(try decode(data, path: path))
    }

    /// Bytes → text; see `decodeDetecting`.
    public static func decode(_ data: Data, path: String) throws -> String {
        try decodeDetecting(data, path: path).text
    }

    /// Bytes → text and how they were decoded (nil for plain UTF-8; "utf-8-bom", "utf-16le",
    /// "utf-16be", "windows-1252" otherwise, for `source.encoding`). Bytes that are not UTF-8 are
    /// read as Windows-1252 only when they are Finnish text in it (`Windows1252`); anything else
    /// is refused rather than guessed.
    public static func decodeDetecting(_ data: Data, path: String) throws -> (text: String, encoding: String?) {
        if data.isEmpty { throw ReadError.emptyFile(path: path) }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: data.dropFirst(2), encoding: encoding) else {
                throw ReadError.unreadable(path: path, reason: "invalid UTF-16; convert it to UTF-8 first")
            }
            if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.emptyFile(path: path) }
            return (text, bytes[0] == 0xFF ? "utf-16le" : "utf-16be")
        }
        if let encoding = utf16WithoutBOM(bytes) {
            throw ReadError.unreadable(path: path, reason: "it looks like \(encoding) text without a byte-order mark "
                + "(every other byte is NUL); convert it to UTF-8 first, e.g. iconv -f \(encoding) -t UTF-8")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let skipped = body.count == bytes.count ? 0 : 3
        if let offset = firstInvalidUTF8Offset(body) {
            // A UTF-8 byte-order mark says UTF-8: broken bytes after it are not another code page.
            if skipped == 0, let text = Windows1252.decode(body) {
                if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.emptyFile(path: path) }
                return (text, "windows-1252")
            }
            throw ReadError.notUTF8(path: path, offset: offset + skipped, byte: body[offset])
        }
        // NUL is valid UTF-8 but never in a text document: UTF-16 without a byte-order mark, or binary.
        if let nul = body.firstIndex(of: 0) {
            throw ReadError.unreadable(path: path, reason: "a NUL byte at offset \(nul + skipped): UTF-16 without a "
                + "byte-order mark, or not a text file; convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8")
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.emptyFile(path: path) }
        return (text, skipped == 0 ? nil : "utf-8-bom")
    }

    /// Lines that mark a page break in published or converted text.
    static let pageMarkers: Set<String> = ["=== PAGE ===", "<!-- PageBreak -->", "<!-- pagebreak -->", "\\newpage"]

    /// Splits text into pages and lines and parses each line's markup.
    public static func parse(_ text: String) -> Result {
        // Tabs that stand for word gaps (pdfminer's text of wkhtmltopdf's PDFs, `TabWordGaps`) are
        // put back as spaces first. HTML tables inside Markdown are read as the pipe tables they stand for; tables printed
        // side by side (`pdftotext -layout`, or halves of one pipe table) are read one after the other.
        // A pipe table's missing cell bounds (`FigureInLabelCell`, `TwoFigureCells`) and headers
        // written into its first row (`HeaderInFirstRow`) are put right before its cells are read,
        // and a group's heading line taken out of its only item's label cell (`GroupHeadingLineInLabelCell`);
        // figures the converter joined to the label (`FiguresFusedToPipeLabel`) or a placeholder
        // dash joined to the next figure (`DashPlaceholderBesideFigure`) before the grid is read, and
        // a unit alone heading an empty column beside the labels (`UnitHeadedEmptyPipeColumn`) first,
        // after a table written column by column from a turned page is put back (`TurnedPipeTable`) and
        // prose cut into a table's last rows taken out of it (`ProseRowsUnderPipeTable`) and a row's label
        // left under the grid put back in its label cell (`LabelLineUnderFigureRow`);
        // an item label indented into a pipe column of its own is put back in the label cell
        // (`IndentedLabelCell`). Grids whose fullest rows disagree about the columns
        // (`FullRowsOnOtherColumns`) or whose lone figure row stands off its headers
        // (`LoneFigureRowOffHeaders`) are read in doubt, and so is a balance sheet's item printed
        // under two groups in blocks of their own (`ItemRepeatedUnderAnotherGroup`) and a table's last
        // rows drawn on a grid of their own after a blank line, read on its columns
        // (`OtherGridBlockUnderTable`). Group names and
        // rows left as text between a grid's blocks are put back as its rows
        // (`TextLinesBetweenPipeBlocks`), and so are a page's last rows left as text after its last block
        // (`TextRowsEndingPage`), and a first value column cut into the label cell is
        // taken out of it (`FirstFigureInLabelCell`).
        let pipes = GroupHeadingLineInLabelCell.reorder(HeaderInFirstRow.reorder(TwoFigureCells.reorder(FigureInLabelCell.reorder(LeaderFusedLabelColumn.reorder(
            TextRowsEndingPage.reorder(TextLinesBetweenPipeBlocks.reorder(
            ColumnOfTwoFigureCells.mark(TwoPeriodsInOneHeaderCell.mark(ItemRepeatedUnderAnotherGroup.mark(OtherGridBlockUnderTable.reorder(LoneFigureRowOffHeaders.mark(
                FullRowsOnOtherColumns.mark(SpacerPipeColumns.reorder(IndentedLabelCell.reorder(
                DashPlaceholderBesideFigure.mark(FirstFigureInLabelCell.reorder(FiguresFusedToPipeLabel.reorder(UnitHeadedEmptyPipeColumn.reorder(LabelLineUnderFigureRow.reorder(ProseRowsUnderPipeTable.reorder(
                GroupColumnLeftOfRows.reorder(TurnedPipeTable.reorder(ContinuationNoteBetweenPipeTables.reorder(HTMLTableRows.pipeText(ThousandsGroupCellColumn.reorder(CodeSpanCells.reorder(TabWordGaps.reorder(SpacingDiaeresisAccent.compose(SecondProducerScalars.repair(text:
                text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")))))))))))))))))))))))))))))))
        // A re-written PDF's misnamed scalars are read again (`SecondProducerScalars`: ligatures as
        // byte-swapped ideographs, a minus as a soft hyphen, a zero-width space as a plus). An OT1
        // "¨" before its vowel is the accented letter (`SpacingDiaeresisAccent`); a
        // "jatkuu seuraavalla sivulla" note between two parts of a pipe table goes
        // (`ContinuationNoteBetweenPipeTables`); a group printed in a column left of its first row
        // becomes a row over its rows (`GroupColumnLeftOfRows`). Pipe cells written as code spans lose
        // their backticks and typed rules (`CodeSpanCells`), and a column of cut-off thousands groups
        // joins the figures before it (`ThousandsGroupCellColumn`).
        // A table beside running prose (`TextProseBesideTable`) is split off first, on pages that
        // hold no two tables side by side.
        let normalised = TextGutterSplitter.reorder(TextProseBesideTable.reorder(SideBySidePipeTables.reorder(pipes)))
        let rawLines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        // A text without page breaks of its own may still print its page numbers (`PageNumberLines`).
        let hasBreaks = normalised.contains("\u{0C}")
            || rawLines.contains { pageMarkers.contains($0.trimmingCharacters(in: .whitespaces)) }
        let printed = hasBreaks ? nil : PageNumberLines.breaks(rawLines)
        var lines: [TextLine] = []
        var page = printed?.first ?? 1
        for (index, raw) in rawLines.enumerated() {
            // Page markers some extracts write between pages, read like a form feed.
            if pageMarkers.contains(raw.trimmingCharacters(in: .whitespaces)) {
                page += 1
                continue
            }
            // A footer number stays on the page it closes, as pdftotext leaves it.
            if let opened = printed?.starts[index] { page = opened }
            var rest = Substring(raw)
            while let ff = rest.firstIndex(of: "\u{0C}") {
                let before = rest[..<ff]
                if !before.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(line(before, page: page)) }
                page += 1
                rest = rest[rest.index(after: ff)...]
            }
            switch PipeTableRow.parse(rest) {
            case .stacked(let rows, let bold)?:
                lines += rows.map { cellLine($0, bold: bold, page: page) }
            case .headed(let row, let heading)?:
                lines += [cellLine(row, bold: false, page: page, doubtful: true), cellLine(heading, bold: true, page: page, doubtful: true)]
            default:
                lines.append(line(rest, page: page))
            }
        }
        // pdftotext ends every page with a form feed: one after the last page opens no new page.
        if page > 1, !lines.contains(where: { $0.page == page && !$0.isEmpty }) {
            page -= 1
            lines = lines.map { var l = $0; l.page = min(l.page, page); return l }
        }
        // A head glued to the month and year before it ("09/2024Tot-%", `MonthYearGluedToHead`), in
        // text without pipe tables: a Markdown converter's header line over its own pipe tables stays.
        if !rawLines.contains(where: { $0.hasPrefix("|") }) {
            lines = lines.map { var l = $0; l.words = MonthYearGluedToHead.split(l.words); return l }
        }
        // A negative figure's minus set after its first word by the extractor (`MinusAfterFirstGroup`).
        return Result(lines: MinusAfterFirstGroup.rejoined(lines), pages: page)
    }

    static func line(_ raw: Substring, page: Int) -> TextLine {
        switch PipeTableRow.parse(raw) {
        case .alignment?:
            return TextLine(page: page, words: [])
        case .cells(let cells, let bold)?:
            return cellLine(cells, bold: bold, page: page)
        case .readFromMarks(let cells, let bold)?:
            return cellLine(cells, bold: bold, page: page, doubtful: true)
        case .stacked(let rows, let bold)?:
            return cellLine(rows[0], bold: bold, page: page)  // `parse` reads every row
        case .headed(let row, _)?:
            return cellLine(row, bold: false, page: page, doubtful: true)  // `parse` reads both rows
        case nil:
            break
        }
        var text = String(raw)
        var bold = false
        for tag in ["<b>", "</b>", "<strong>", "</strong>"] where text.contains(tag) {
            bold = true
            text = text.replacingOccurrences(of: tag, with: "")
        }
        for mark in ["***", "**"] where text.contains(mark) {
            bold = true
            text = text.replacingOccurrences(of: mark, with: "")
        }
        text = LeaderRun.blank(text)
        let indent = Double(text.prefix { $0 == " " }.count)
        var markdownLevel: Int?
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var content = trimmed
        if trimmed.hasPrefix("#") {
            let hashes = trimmed.prefix { $0 == "#" }.count
            let after = trimmed.dropFirst(hashes)
            if after.first == " " {
                markdownLevel = hashes
                content = after.trimmingCharacters(in: .whitespaces)
            }
        }
        var tabCells: [String]?
        if text.contains("\t") {
            tabCells = text.split(separator: "\t", omittingEmptySubsequences: false)
                .map { fold($0) }
            while tabCells?.last == "" { tabCells?.removeLast() }
            // A label-only row keeps its tabs' meaning ("Vaalit\t\t\t" is a sub-heading row).
            if tabCells?.isEmpty ?? true { tabCells = nil }
        }
        let isGap = { (c: Character) in c == " " || c == "\t" || c == "\u{00A0}" || c == "\u{202F}" || c == "\u{2009}" }
        var words: [Word] = []
        // Plain lines keep each word's column (the printed x in `pdftotext -layout` text).
        let positioned = !bold && markdownLevel == nil && tabCells == nil
        var column = Int(indent)
        var current = ""
        var startColumn = column
        for c in content {
            if isGap(c) {
                if !current.isEmpty { words.append(Word(text: current, column: positioned ? startColumn : nil)); current = "" }
            } else {
                if current.isEmpty { startColumn = column }
                current.append(c)
            }
            column += 1
        }
        if !current.isEmpty { words.append(Word(text: current, column: positioned ? startColumn : nil)) }
        // A figure's minus glued to the word before it (pdfplumber's text of Lapua's minutes) is
        // cut off while the font's zero-width space still marks it (`GluedMinusBeforeFigure`).
        words = GluedMinusBeforeFigure.split(words)
        words = words.map { var w = $0; w.text = TextFileReader.visible(w.text); w.isBold = bold; return w }
            .filter { !$0.text.isEmpty }
        return TextLine(page: page, words: words, isBold: bold, indent: indent, tabCells: tabCells,
                        markdownLevel: markdownLevel)
    }

    /// The word without the characters that print nothing and are never part of a value or a label
    /// (zero-width space and joiners, word joiner, byte-order mark: "79,\u{200B}5" in text made
    /// from Lapua's HTML-exported minutes); a soft hyphen stays, it marks a line-end break.
    static func visible(_ word: String) -> String {
        guard word.unicodeScalars.contains(where: { FinnishNumber.isInvisible($0.value) && $0.value != 0xAD }) else { return word }
        var out = String.UnicodeScalarView()
        for u in word.unicodeScalars where !(FinnishNumber.isInvisible(u.value) && u.value != 0xAD) { out.append(u) }
        return String(out)
    }

    /// A pipe-table row as the tab reader takes its cells; the label cell may be empty (a header row).
    /// `doubtful`: the row was read from the converter's marks, not drawn (`doubtfulJoin` on its words).
    static func cellLine(_ cells: [String], bold: Bool, page: Int, doubtful: Bool = false) -> TextLine {
        let folded = cells.map { fold($0) }
        let words = folded.flatMap { $0.split(separator: " ") }.map { text -> Word in
            var word = Word(text: String(text), isBold: bold)
            word.doubtfulJoin = doubtful
            return word
        }
        return TextLine(page: page, words: words, isBold: bold, tabCells: folded.allSatisfy(\.isEmpty) ? nil : folded)
    }

    /// Folds runs of whitespace to one space and trims.
    static func fold<S: StringProtocol>(_ s: S) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// "UTF-16LE" or "UTF-16BE" when the bytes look like UTF-16 without a BOM: Latin text in
    /// UTF-16 has a NUL as every other byte. Checked before UTF-8 validity, whose error would
    /// otherwise blame the first non-ASCII letter and suggest a Windows code page.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 4 else { return nil }
        var zeros = [0, 0]
        for (i, b) in sample.enumerated() where b == 0 { zeros[i % 2] += 1 }
        let half = sample.count / 2
        // Most of one parity NUL, almost none of the other.
        if zeros[1] * 10 >= half * 7, zeros[0] * 10 <= half { return "UTF-16LE" }
        if zeros[0] * 10 >= half * 7, zeros[1] * 10 <= half { return "UTF-16BE" }
        return nil
    }

    /// Index of the first byte that breaks UTF-8, or nil when the bytes are valid.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            switch b {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return i
            }
            guard i + length <= bytes.count else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
