/// HTML `<table>` blocks inside Markdown, as converters write tables that pipe syntax cannot
/// hold (Docling and markitdown pass HTML tables through; merged header cells become `colspan`):
/// each `<tr>` becomes one GitHub pipe-table row, so the pipe-table reader reads them like any
/// other (`PipeTableRow`, `PipeCellBreaks`). Cells keep their text with tags removed, entities
/// decoded (`&nbsp;` in "-6&nbsp;649&nbsp;150" is the grouping space, read as a space), `<br>` kept as a line
/// break inside the cell, pipes escaped; a cell over `colspan` columns fills the first and
/// leaves the others empty, and a cell over `rowspan` rows leaves the same column empty in the
/// rows below, so every row keeps its columns in place. A `<caption>` becomes a line above the
/// rows. Proved on the budget table of kemijarvi-hallintopalvelut-tp2024 page 4 ("Määrärahat")
/// written as such HTML (Tests/…/HTMLTableRowsTests).
enum HTMLTableRows {
    /// The text with every `<table>…</table>` replaced by pipe-table lines; text without tables
    /// comes back unchanged.
    static func pipeText(_ text: String) -> String {
        guard text.range(of: "<table", options: .caseInsensitive) != nil else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<table", options: .caseInsensitive),
              let close = rest[open.upperBound...].range(of: "</table>", options: .caseInsensitive) {
            out += rest[..<open.lowerBound]
            out += "\n" + pipeLines(rest[open.lowerBound..<close.upperBound]).joined(separator: "\n") + "\n"
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }

    /// One table's markup → its caption line (if any) and one pipe row per `<tr>`.
    static func pipeLines(_ html: Substring) -> [String] {
        var rows: [[String]] = []
        var caption: String?
        var row: [String]?
        var cell: String?
        var captionText: String?
        var spanned: [Int: Int] = [:]  // column → rows below still covered by a rowspan
        var colspan = 1, rowspan = 1

        func padSpanned() {
            guard var r = row else { return }
            while let left = spanned[r.count], left > 0 {
                spanned[r.count] = left - 1
                r.append("")
            }
            row = r
        }
        func endCell() {
            guard let c = cell, row != nil else { cell = nil; return }
            padSpanned()
            let column = row!.count
            row!.append(fold(c))
            if rowspan > 1 { spanned[column] = rowspan - 1 }
            for _ in 1..<max(colspan, 1) { row!.append("") }
            cell = nil
        }
        func endRow() {
            endCell()
            padSpanned()
            if let r = row, r.contains(where: { !$0.isEmpty }) { rows.append(r) }
            row = nil
        }

        var i = html.startIndex
        while i < html.endIndex {
            if html[i] == "<", let end = html[i...].firstIndex(of: ">") {
                let tag = html[html.index(after: i)..<end]
                let name = tag.prefix { $0.isLetter || $0.isNumber || $0 == "/" }.lowercased()
                switch name {
                case "tr": endRow(); row = []
                case "/tr": endRow()
                case "td", "th":
                    if row == nil { row = [] }
                    endCell()
                    cell = ""
                    colspan = attribute("colspan", in: tag) ?? 1
                    rowspan = attribute("rowspan", in: tag) ?? 1
                case "/td", "/th": endCell()
                case "br", "br/": cell? += "<br>"; captionText? += " "
                case "caption": captionText = ""
                case "/caption": caption = captionText.map(fold); captionText = nil
                case "/table": endRow()
                default: break  // thead, tbody, b, strong, span, p…: their text is the cell's
                }
                i = html.index(after: end)
                continue
            }
            var text = ""
            while i < html.endIndex, html[i] != "<" { text.append(html[i]); i = html.index(after: i) }
            let decoded = decodeEntities(text)
            if cell != nil { cell! += decoded } else if captionText != nil { captionText! += decoded }
        }
        endRow()
        let width = rows.map(\.count).max() ?? 0
        var lines = caption.map { [$0] } ?? []
        for r in rows {
            let cells = r + Array(repeating: "", count: width - r.count)
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// A numeric attribute (`colspan="2"`, `rowspan=3`), nil when absent or not a small number.
    static func attribute(_ name: String, in tag: Substring) -> Int? {
        guard let r = tag.range(of: name, options: .caseInsensitive) else { return nil }
        let after = tag[r.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
        guard let n = Int(after.prefix { $0.isASCIIDigit }), (1...100).contains(n) else { return nil }
        return n
    }

    /// Named entities the converters write and every numeric one (`&#160;`, `&#x2212;`).
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "#39": "'",
                                       "nbsp": " ", "minus": "\u{2212}", "ndash": "\u{2013}", "euro": "€",
                                       "shy": "\u{00AD}"]
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let entity = String(after[..<semi])
                var replacement: String? = named[entity.lowercased()]
                if replacement == nil, entity.hasPrefix("#") {
                    let body = entity.dropFirst()
                    let code = body.first == "x" || body.first == "X" ? UInt32(body.dropFirst(), radix: 16) : UInt32(body)
                    replacement = code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
                }
                if let replacement {
                    out += replacement == "\u{00A0}" ? " " : replacement  // `&#160;` as `&nbsp;`
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        return out + rest
    }

    /// Runs of whitespace (line breaks of the markup included) to one space, trimmed. `&nbsp;`
    /// was decoded to a space: cell text is whitespace-folded, as on the PDF path.
    private static func fold(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }
}
