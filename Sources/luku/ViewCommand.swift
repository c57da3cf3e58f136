import ArgumentParser
import Foundation
import LukuCore

/// `luku view`: an HTML report of where each table and cell was found on the page.
struct ViewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "view",
        abstract: "Render PDF pages with the boxes of tables, rows, columns and cells drawn over them, the extracted tables beside them.",
        discussion: "Writes DIR/index.html and DIR/page-N.png. Click a table cell to see its box; failed checks are red.")

    @Argument(help: "A PDF.")
    var file: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(help: ArgumentHelp("Only these pages: N, N-M or N- (to the end).", valueName: "PAGES"), transform: PageRange.parse)
    var pages: ClosedRange<Int>?

    @Option(help: "Pixels per PDF point in the page images (1.5 = 108 dpi).")
    var scale = 1.5

    func validate() throws {
        guard file.lowercased().hasSuffix(".pdf") else { throw ValidationError("luku view shows PDF pages: \(file) is not a .pdf") }
        guard scale > 0, scale <= 8 else { throw ValidationError("--scale must be above 0 and at most 8") }
    }

    func run() throws {
        var writer = ViewWriter(pages: pages)
        writer.scale = scale
        let out = try writer.write(pdf: file, to: output)
        let failed = out.document.allTables.flatMap(\.checks).filter { !$0.ok }.count
        print("wrote \(out.index) and \(out.images.count) page image\(out.images.count == 1 ? "" : "s") (\(out.document.allTables.count) tables, \(failed) failed checks)")
    }
}
