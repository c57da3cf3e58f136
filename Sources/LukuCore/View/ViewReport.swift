/// The HTML of `luku view`: per page, the rendered page image with the boxes of `ViewBoxes`
/// drawn over it and, beside it, the tables that start on that page as extracted, with their
/// failed checks listed. Table cells point to their boxes (`data-box`), which is what a click
/// selects. Deterministic: the same document and pages give the same bytes.
public enum ViewReport {
    public static func html(_ document: Document, pages: [PageRenderer.Rendered], scale: Double,
                            imageName: (Int) -> String) -> String {
        let tables = document.allTables
        let failed = tables.flatMap(\.checks).filter { !$0.ok }.count
        var out = """
            <!doctype html>
            <html lang="fi">
            <head>
            <meta charset="utf-8">
            <title>luku view: \(HTMLText.escape(document.source.file))</title>
            <style>
            \(ViewAssets.css)
            </style>
            </head>
            <body>
            <h1>\(HTMLText.escape(document.source.file))</h1>
            <p class="summary">\(pages.count) of \(document.source.pages) pages · \(tables.count) tables · \(failed) failed checks · click a cell to see its box on the page</p>

            """
        for page in pages {
            out += section(page, document: document, tables: tables, scale: scale, image: imageName(page.page))
        }
        out += "<script>\n\(ViewAssets.script)\n</script>\n</body>\n</html>\n"
        return out
    }

    static func section(_ page: PageRenderer.Rendered, document: Document, tables: [Table], scale: Double, image: String) -> String {
        var out = "<section class=\"page\" id=\"page-\(page.page)\">\n<h2>page \(page.page)</h2>\n"
        out += "<div class=\"sheet\" style=\"width:\(page.widthPixels)px;height:\(page.heightPixels)px\">\n"
        out += "<img src=\"\(HTMLText.escape(image))\" width=\"\(page.widthPixels)\" height=\"\(page.heightPixels)\" alt=\"page \(page.page)\">\n"
        for b in ViewBoxes(page: page.page, tables: tables).boxes {
            let classes = ["box", b.kind.rawValue] + (b.failed ? ["failed"] : [])
            out += "<div class=\"\(classes.joined(separator: " "))\" id=\"\(b.id)\" title=\"\(HTMLText.escape(b.title))\" style=\"\(style(b.box, scale: scale))\"></div>\n"
        }
        out += "</div>\n<div class=\"tables\">\n"
        for table in tables where table.page == page.page { out += self.table(table) }
        out += "</div>\n</section>\n"
        return out
    }

    /// left/top/width/height in CSS pixels, to 0.1 px.
    static func style(_ b: BoundingBox, scale: Double) -> String {
        func px(_ v: Double) -> String { NumberLiterals.points(v * scale) + "px" }
        return "left:\(px(b.x0));top:\(px(b.y0));width:\(px(b.width));height:\(px(b.height))"
    }

    static func table(_ t: Table) -> String {
        let caption = [t.id, t.caption, t.unit.map { "(\($0))" }, t.pages.count > 1 ? "pages \(t.pages.map(String.init).joined(separator: ", "))" : nil]
            .compactMap { $0 }.joined(separator: " · ")
        var out = "<table class=\"extracted\" id=\"table-\(t.id)\">\n<caption>\(HTMLText.escape(caption))</caption>\n<thead><tr><th></th>"
        for column in t.columns { out += "<th>\(HTMLText.escape(column.header))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for (r, row) in t.rows.enumerated() {
            let label = row.group.map { "\(row.label) (\($0))" } ?? row.label
            out += "<tr><th>\(HTMLText.escape(label))</th>"
            for (c, cell) in row.cells.enumerated() {
                guard let cell else { out += "<td></td>"; continue }
                var attributes = ""
                let classes = (cell.value != nil ? ["num"] : []) + (cell.flags.contains(.checkFailed) ? ["failed"] : [])
                if !classes.isEmpty { attributes += " class=\"\(classes.joined(separator: " "))\"" }
                if cell.bbox != nil { attributes += " data-box=\"\(ViewBoxes.cellID(t, row: r, column: c))\"" }
                let flags = cell.flags.isEmpty ? "" : " [\(cell.flags.map(\.rawValue).joined(separator: ", "))]"
                attributes += " title=\"\(HTMLText.escape(cell.text + flags))\""
                if cell.flags.contains(.checkFailed) {
                    let failed = t.checks.filter { !$0.ok && $0.row == r && $0.column == c }
                    attributes += ViewReport.operandsAttribute(failed.flatMap(\.operands), in: t)
                }
                out += "<td\(attributes)>\(HTMLText.escape(cell.text))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let failed = t.checks.filter { !$0.ok }
        let passed = t.checks.count - failed.count
        out += "<ul class=\"checks\">"
        out += "<li>\(passed) check\(passed == 1 ? "" : "s") passed, \(failed.count) failed</li>"
        for check in failed {
            let id = ViewBoxes.cellID(t, row: check.row, column: check.column)
            let hasBox = t.rows.indices.contains(check.row) && t.rows[check.row].cells.indices.contains(check.column)
                && t.rows[check.row].cells[check.column]?.bbox != nil
            let operands = ViewReport.operandsAttribute(check.operands, in: t)
            out += "<li class=\"failed\"\(hasBox ? " data-box=\"\(id)\"" : "")\(operands)>\(HTMLText.escape(IdentityChecker.message(check, in: t)))</li>"
        }
        out += "</ul>\n"
        return out
    }

    /// ` data-operands="ID ID …"`: the boxed cells a failed check adds up, outlined with its cell
    /// when either is clicked so the arithmetic can be followed on the page ("" when none has a box).
    static func operandsAttribute(_ operands: [Check.Cell], in t: Table) -> String {
        var seen = Set<Check.Cell>()
        let ids = operands.filter { $0.table == nil && seen.insert($0).inserted && t.rows.indices.contains($0.row)
            && t.rows[$0.row].cells.indices.contains($0.column) && t.rows[$0.row].cells[$0.column]?.bbox != nil }
            .map { ViewBoxes.cellID(t, row: $0.row, column: $0.column) }
        return ids.isEmpty ? "" : " data-operands=\"\(ids.joined(separator: " "))\""
    }
}
