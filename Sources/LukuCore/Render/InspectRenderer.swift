/// Renders a whole `Document` for reading on a terminal (`luku inspect`).
///
/// ```
/// hallintopalvelut-tp2024.pdf · pdf · 7 pages · 2 sections · 1 table · 8 numeric cells · 6 verified (75.0 %) · 1 issue
///
/// HALLINTOPALVELUT TOIMIALA
///
/// 8  Määrärahat  (p. 5)
///   (2 paragraphs, 1 list)
///
///   Table p5-t1 (page 5) · Hallintopalvelut · €
///   …
///
///   8.1  Joukkoliikenne  (p. 6)
///     (1 paragraph)
///
/// Issues (1)
///   warnings (1)
///     p. 9  identity-mismatch: …
/// ```
/// - Header line: file, format and counts of pages, sections, tables, numeric cells, verified
///   cells (the verified share), issues.
/// - The title, then content before the first heading, then the section tree: each heading as
///   `number  text  (p. N)`, sub-sections indented two spaces per level of nesting, a section's
///   blocks two spaces deeper than its heading.
/// - Paragraphs and lists are summarised as a count per run between tables
///   (`(3 paragraphs, 1 list)`), or with `showParagraphs` shown as one line each
///   (`¶ first ~80 characters…`, `• item…`). Tables are rendered in full by `TableRenderer`.
/// - Issues last, grouped by severity (errors, warnings, info), each group ordered by page.
///
/// Lines carry no trailing spaces; the output ends with a newline and depends only on the
/// document and the settings.
public struct InspectRenderer: Equatable, Sendable {
    /// Maximum line width in terminal cells.
    public var width: Int = 120
    /// Show one line per paragraph and list item instead of counts.
    public var showParagraphs: Bool = false

    /// Characters of a paragraph shown with `showParagraphs`.
    static let excerptWidth = 80
    /// The narrowest a nested table is rendered, however deep its section.
    static let minimumTableWidth = 40

    public init(width: Int = 120, showParagraphs: Bool = false) {
        self.width = width
        self.showParagraphs = showParagraphs
    }

    /// The document as terminal text, each line ended by `\n`.
    public func render(_ doc: Document) -> String {
        var out: [String] = []
        out += headerLines(doc)
        out.append("")
        if let title = doc.title, !title.isEmpty {
            out += wrapped(title, indent: 0, hanging: 0)
            out.append("")
        }
        out += blockLines(doc.blocks, indent: 0)
        for section in doc.sections {
            out.append("")
            out += sectionLines(section, depth: 0)
        }
        out.append("")
        out += issueLines(doc.issues)
        return tidy(out).map { $0 + "\n" }.joined()
    }

    // MARK: - Parts

    /// `file · format · N pages · N sections · N tables · N numeric cells · V verified (P %) ·
    /// N issues`, broken
    /// between parts (continuation indented two spaces) when wider than the width.
    private func headerLines(_ doc: Document) -> [String] {
        let numeric = doc.allTables.reduce(0) { $0 + $1.numericCellCount }
        let parts = [
            doc.source.file,
            doc.source.format.rawValue,
            count(doc.source.pages, "page"),
            count(doc.allSections.count, "section"),
            count(doc.allTables.count, "table"),
            count(numeric, "numeric cell"),
            "\(doc.verifiedCellCount) verified (\(DocumentSummary.percent(doc.verifiedCellCount, of: numeric)))",
            count(doc.issues.count, "issue"),
        ]
        return TerminalText.join(parts, separator: " · ", width: width, continuation: "  · ")
    }

    /// The heading line, the section's blocks and its sub-sections.
    private func sectionLines(_ section: Section, depth: Int) -> [String] {
        let indent = 2 * depth
        let heading = section.heading
        let suffix = "  (p. \(heading.page))"
        let prefix = heading.number.map { $0 + "  " } ?? ""
        let room = width - indent - TerminalText.width(suffix)
        var out = [pad(indent) + TerminalText.truncate(prefix + heading.text, to: max(room, 1)) + suffix]
        out += blockLines(section.blocks, indent: indent + 2)
        for sub in section.sections {
            out.append("")
            out += sectionLines(sub, depth: depth + 1)
        }
        return out
    }

    /// Runs of paragraphs and lists (summarised or excerpted) and full tables.
    private func blockLines(_ blocks: [Block], indent: Int) -> [String] {
        var out: [String] = []
        var paragraphs = 0, lists = 0
        func flush() {
            if showParagraphs || paragraphs + lists == 0 { return }
            var parts: [String] = []
            if paragraphs > 0 { parts.append(count(paragraphs, "paragraph")) }
            if lists > 0 { parts.append(count(lists, "list")) }
            out.append(pad(indent) + "(" + parts.joined(separator: ", ") + ")")
            paragraphs = 0
            lists = 0
        }
        for block in blocks {
            switch block {
            case .paragraph(let paragraph):
                paragraphs += 1
                if showParagraphs { out.append(pad(indent) + "¶ " + excerpt(paragraph.text, indent: indent + 2)) }
            case .list(let list):
                lists += 1
                if showParagraphs {
                    out += list.items.map { pad(indent) + "• " + excerpt($0, indent: indent + 2) }
                }
            case .table(let table):
                flush()
                let renderer = TableRenderer(width: max(width - indent, Self.minimumTableWidth))
                out.append("")
                out += renderer.lines(table).map { $0.isEmpty ? "" : pad(indent) + $0 }
                out.append("")
            }
        }
        flush()
        return out
    }

    /// The first ~80 cells of `text`, cut at a word boundary and ended with `…` when cut.
    private func excerpt(_ text: String, indent: Int) -> String {
        let limit = max(min(Self.excerptWidth, width - indent), 2)
        let line = TerminalText.wrap(text, width: limit - 1)
        let first = line[0]
        return line.count > 1 ? first + "…" : first
    }

    /// `Issues (N)`, then per severity a group line and the issues ordered by page
    /// (document-wide issues first), messages wrapped under themselves.
    private func issueLines(_ issues: [Issue]) -> [String] {
        guard !issues.isEmpty else { return ["Issues: none"] }
        var out = ["Issues (\(issues.count))"]
        let groups: [(Issue.Severity, String)] = [(.error, "errors"), (.warning, "warnings"), (.info, "info")]
        for (severity, name) in groups {
            let group = issues.enumerated().filter { $0.element.severity == severity }
                .sorted { a, b in
                    let pa = a.element.page ?? 0, pb = b.element.page ?? 0
                    return pa != pb ? pa < pb : a.offset < b.offset
                }
                .map(\.element)
            guard !group.isEmpty else { continue }
            out.append("  \(name) (\(group.count))")
            let labels = group.map { $0.page.map { "p. \($0)" } ?? "–" }
            let labelWidth = labels.map { TerminalText.width($0) }.max() ?? 0
            for (issue, label) in zip(group, labels) {
                let prefix = "    " + TerminalText.padRight(label, to: labelWidth) + "  "
                let hanging = TerminalText.width(prefix)
                let lines = TerminalText.wrap(issue.code + ": " + issue.message, width: max(width - hanging, 10))
                out.append(prefix + lines[0])
                out += lines.dropFirst().map { pad(hanging) + $0 }
            }
        }
        return out
    }

    // MARK: - Helpers

    /// `text` wrapped to the width, continuation lines indented by `hanging` more.
    private func wrapped(_ text: String, indent: Int, hanging: Int) -> [String] {
        let first = TerminalText.wrap(text, width: max(width - indent, 1))
        guard first.count > 1 else { return first.map { pad(indent) + $0 } }
        let rest = TerminalText.wrap(first.dropFirst().joined(separator: " "),
                                     width: max(width - indent - hanging, 1))
        return [pad(indent) + first[0]] + rest.map { pad(indent + hanging) + $0 }
    }

    /// `1 page`, `7 pages`.
    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    private func pad(_ n: Int) -> String { String(repeating: " ", count: max(n, 0)) }

    /// No trailing spaces, no leading, trailing or repeated blank lines.
    private func tidy(_ lines: [String]) -> [String] {
        var out: [String] = []
        for var line in lines {
            while line.last == " " { line.removeLast() }
            if line.isEmpty && (out.isEmpty || out.last == "") { continue }
            out.append(line)
        }
        while out.last == "" { out.removeLast() }
        return out
    }
}
