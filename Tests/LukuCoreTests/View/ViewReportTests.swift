import Foundation
import XCTest
@testable import LukuCore

/// `luku view` on page 5 of the 2024 statement, which holds failed checks: the page image, the
/// boxes over it, and (in headless Chromium) what a click on a failed cell shows.
final class ViewReportTests: XCTestCase {
    static let pdf = Fixtures.hallintopalvelutPDF

    struct Report {
        var folder: ScratchFolder
        var output: ViewWriter.Output
        var html: String
    }

    func report() throws -> Report {
        let folder = try ScratchFolder(self)
        var writer = ViewWriter(pages: 5...5)
        writer.threads = 1
        let output = try writer.write(pdf: Self.pdf, to: folder.path)
        return Report(folder: folder, output: output, html: try String(contentsOfFile: output.index, encoding: .utf8))
    }

    /// The first failed cell on page 5 that has a box: what the browser test clicks.
    static func failedCell(_ document: Document) throws -> (table: Table, row: Int, column: Int, cell: Cell) {
        for table in document.allTables {
            for (r, row) in table.rows.enumerated() where (row.page ?? table.page) == 5 {
                for (c, cell) in row.cells.enumerated() {
                    if let cell, cell.flags.contains(.checkFailed), cell.bbox != nil { return (table, r, c, cell) }
                }
            }
        }
        throw XCTSkip("no failed cell with a box on page 5")
    }

    func testPageImageIsThePageAtScale() throws {
        let r = try report()
        XCTAssertEqual(r.output.images.map { ($0 as NSString).lastPathComponent }, ["page-5.png"])
        let png = try Data(contentsOf: URL(fileURLWithPath: r.output.images[0]))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG")
        func be32(_ at: Int) -> Int { png[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        let page = try Fixtures.pages(Self.pdf)[4]
        XCTAssertEqual(be32(16), Int((page.width * 1.5).rounded(.up)), "IHDR width")
        XCTAssertEqual(be32(20), Int((page.height * 1.5).rounded(.up)), "IHDR height")
        // A white page of this size compresses to a few KB; page 5 is two tables of figures.
        XCTAssertGreaterThan(png.count, 40_000)
        XCTAssertTrue(r.html.contains("<img src=\"page-5.png\" width=\"\(be32(16))\" height=\"\(be32(20))\""))
    }

    /// Every numeric cell on page 5 has a box at its bbox × 1.5 px; failed cells' boxes are red.
    func testEveryCellBoxSitsAtItsBoundingBox() throws {
        let r = try report()
        var cells = 0, failed = 0
        for table in r.output.document.allTables {
            for (ri, row) in table.rows.enumerated() where (row.page ?? table.page) == 5 {
                for (ci, cell) in row.cells.enumerated() {
                    guard let cell, let b = cell.bbox else { continue }
                    let id = ViewBoxes.cellID(table, row: ri, column: ci)
                    let pattern = #"<div class="([^"]*)" id="\#(id)" title="[^"]*" style="left:([\d.]+)px;top:([\d.]+)px;width:([\d.]+)px;height:([\d.]+)px">"#
                    guard let m = r.html.range(of: pattern, options: .regularExpression) else {
                        XCTFail("no box for \(id) (\(cell.text))"); continue
                    }
                    let numbers = String(r.html[m]).matches(of: #/:([\d.]+)px/#).map { Double($0.1)! }
                    let expected = [b.x0, b.y0, b.width, b.height].map { $0 * 1.5 }
                    for (got, want) in zip(numbers, expected) { XCTAssertEqual(got, want, accuracy: 0.06, "\(id)") }
                    let isFailed = String(r.html[m]).hasPrefix("<div class=\"box cell failed\"")
                    XCTAssertEqual(isFailed, cell.flags.contains(.checkFailed), id)
                    XCTAssertTrue(r.html.contains("data-box=\"\(id)\" title=\"\(cell.text)"), "the table cell of \(id) points to its box")
                    cells += 1
                    if isFailed { failed += 1 }
                }
            }
        }
        XCTAssertGreaterThan(cells, 100)
        XCTAssertGreaterThan(failed, 0, "page 5 has failed checks")
        XCTAssertEqual(r.html, try String(contentsOfFile: try report().output.index, encoding: .utf8), "deterministic")
    }

    /// Headless Chromium opens the report with `#cell=ID` (which clicks that table cell): the
    /// failed cell and its box on the page are selected, and the page image loaded.
    func testBrowserShowsTheClickedFailedCellOnThePage() throws {
        guard let chromium = Benchmark.findOnPath("chromium") ?? Benchmark.findOnPath("chromium-browser") else {
            throw XCTSkip("chromium is not installed: `make deps` installs Debian's chromium for this test; skipped")
        }
        let r = try report()
        let target = try Self.failedCell(r.output.document)
        let id = ViewBoxes.cellID(target.table, row: target.row, column: target.column)
        let url = URL(fileURLWithPath: r.output.index).absoluteString + "#cell=" + id
        let profile = r.folder.url.appendingPathComponent("profile").path
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile)",
                      "--virtual-time-budget=5000"]

        let dom = try Self.run(chromium, common + ["--dump-dom", url])
        XCTAssertTrue(dom.contains("<body data-selected=\"\(id)\">"), "the click selected \(id)")
        XCTAssertTrue(dom.contains("class=\"box cell failed selected\" id=\"\(id)\""), "its box on the page is selected and red")
        XCTAssertTrue(dom.contains("class=\"num failed selected\" data-box=\"\(id)\" title=\"\(target.cell.text)"),
                      "the table cell \(target.cell.text) is selected")
        XCTAssertTrue(dom.contains("alt=\"page 5\" data-loaded=\"yes\""), "the page image loaded")
        let message = IdentityChecker.message(target.table.checks.first { !$0.ok && $0.row == target.row && $0.column == target.column }!, in: target.table)
        let check = target.table.checks.first { !$0.ok && $0.row == target.row && $0.column == target.column }!
        let operands = ViewReport.operandsAttribute(check.operands, in: target.table)
        XCTAssertTrue(dom.contains("<li class=\"failed\" data-box=\"\(id)\"\(operands)>\(message)</li>"), "the failed check is listed: \(message)")
        // The cells the failed check adds up are outlined on the page and in the table.
        XCTAssertFalse(check.operands.isEmpty, "the failed check names its operands")
        for cell in check.operands where target.table.rows[cell.row].cells[cell.column]?.bbox != nil {
            let operand = ViewBoxes.cellID(target.table, row: cell.row, column: cell.column)
            XCTAssertTrue(dom.contains("operand\" id=\"\(operand)\""), "operand box \(operand) is outlined")
        }

        // The screenshot: the window holds the whole page, so nothing scrolls. A blank capture is
        // about 9 KB; the rendered page with its boxes and tables is far more.
        let shot = r.folder.url.appendingPathComponent("shot.png").path
        _ = try Self.run(chromium, common + ["--window-size=1700,1450", "--screenshot=\(shot)", url])
        let size = (try FileManager.default.attributesOfItem(atPath: shot)[.size] as? NSNumber)?.intValue ?? 0
        XCTAssertGreaterThan(size, 100_000, "screenshot \(shot)")
    }

    /// Runs chromium, killed after 120 s; returns stdout.
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("luku-chromium-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning {
            if Date() > deadline { process.terminate(); XCTFail("chromium did not finish in 120 s"); break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        return try String(contentsOf: out, encoding: .utf8)
    }
}
