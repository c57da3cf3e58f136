import Foundation
import XCTest
@testable import LukuCore

/// `PopplerReader` on a corpus PDF and on PDFs it must refuse with a readable error.
final class InputPopplerReaderTests: XCTestCase {
    func testCorpusPDFPagesGlyphsAndFonts() throws {
        // pdfinfo: 8 pages, A4 (595.304 x 841.89 pts).
        let pages = try Fixtures.pages(Fixtures.hallintopalvelutPDF)
        XCTAssertEqual(pages.count, 8)
        XCTAssertEqual(pages.map(\.number), Array(1...8))
        for page in pages {
            XCTAssertEqual(page.width, 595.304, accuracy: 0.01)
            XCTAssertEqual(page.height, 841.89, accuracy: 0.01)
            let visible = page.glyphs.filter { !$0.isWhitespace }
            XCTAssertGreaterThan(visible.count, 100, "page \(page.number) has its text layer")
            for g in visible {
                let b = g.box
                XCTAssertTrue(b.width > 0 && b.height > 0, "page \(page.number) '\(g.scalar)' has an empty box \(b)")
                XCTAssertTrue(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= page.width && b.y1 <= page.height,
                              "page \(page.number) '\(g.scalar)' lies outside the page: \(b)")
                XCTAssertTrue(page.fonts.indices.contains(g.font))
            }
            XCTAssertFalse(page.fonts.isEmpty)
            for f in page.fonts { XCTAssertGreaterThan(f.size, 0, "font \(f.name) on page \(page.number)") }
        }
    }

    func testCorpusPDFTextAndOrderOnTheFirstPage() throws {
        let first = try Fixtures.pages(Fixtures.hallintopalvelutPDF)[0]
        let text = String(String.UnicodeScalarView(first.glyphs.map(\.scalar)))
        // The title is the first thing printed on page 1 and the page number "1" ends it.
        XCTAssertTrue(text.hasPrefix("HALLINTOPALVELUT TOIMIALA"), String(text.prefix(60)))
        XCTAssertTrue(text.contains("1. Toiminta-ajatus ja toimintaympäristö"))
        // The title sits above the section heading.
        let titleY = first.glyphs[0].box.y0
        let headingY = try XCTUnwrap(first.glyphs.first { $0.scalar == "T" && $0.box.y0 > titleY + 5 }).box.y0
        XCTAssertLessThan(titleY, headingY, "origin top-left: y grows downwards")
        // The title is bold (its font name says so), body text is not.
        XCTAssertTrue(first.fonts[first.glyphs[0].font].isBold, first.fonts[first.glyphs[0].font].name)
        XCTAssertTrue(first.fonts.contains { !$0.isBold })
    }

    /// Two workers take pages as they finish one (issue 8), yet every page comes back once, in
    /// page order, as one worker reads it: the konserni budget (27 pages) whole and its pages
    /// 3–20 (`--pages`, 18 pages: still two workers), by number, glyph count and first glyphs.
    func testPagesTakenAsTheyComeComeBackInPageOrder() throws {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let summary: @Sendable (PageGlyphs) -> String = { page in
            "\(page.number) \(page.glyphs.count) " + String(String.UnicodeScalarView(page.glyphs.prefix(40).map(\.scalar)))
        }
        for (range, numbers) in [(nil, Array(1...27)), (3...20, Array(3...20))] as [(ClosedRange<Int>?, [Int])] {
            let one = try PopplerReader.read(path: path, threads: 1, pages: range, each: summary)
            let two = try PopplerReader.read(path: path, threads: 2, pages: range, each: summary)
            XCTAssertEqual(one.map { Int($0.split(separator: " ")[0]) }, numbers)
            XCTAssertEqual(two, one)
        }
    }

    func testMissingFile() {
        XCTAssertThrowsError(try PopplerReader.read(path: "/nonexistent/luku/puuttuu.pdf")) { error in
            XCTAssertEqual(error as? ReadError, .fileNotFound(path: "/nonexistent/luku/puuttuu.pdf"))
        }
    }

    func testCorruptPDFIsNotAPDFWithPopplersMessage() throws {
        let scratch = try ScratchFolder(self)
        var garbage: [UInt8] = []
        var x: UInt32 = 2_463_534_242
        for _ in 0..<4096 { x ^= x << 13; x ^= x >> 17; x ^= x << 5; garbage.append(UInt8(truncatingIfNeeded: x)) }
        for (name, bytes) in [("roska.pdf", garbage), ("katkennut.pdf", Array("%PDF-1.4\n1 0 obj\n".utf8)),
                              ("sivu.pdf", Array("<html><body>404</body></html>".utf8))] {
            let path = try scratch.write(name, bytes)
            XCTAssertThrowsError(try PopplerReader.read(path: path), name) { error in
                guard case .notAPDF(let p, let library)? = error as? ReadError else {
                    return XCTFail("\(name): expected notAPDF, got \(error)")
                }
                XCTAssertEqual(p, path)
                // poppler-glib's own words, not a placeholder.
                XCTAssertEqual(library, "PDF document is damaged", name)
            }
        }
    }

    func testEncryptedPDF() {
        XCTAssertThrowsError(try PopplerReader.read(path: Fixtures.encryptedPDF)) { error in
            XCTAssertEqual(error as? ReadError, .encrypted(path: Fixtures.encryptedPDF))
            XCTAssertTrue("\(error)".contains("password"))
        }
    }

    func testTextlessPDFHasAPageWithoutGlyphs() throws {
        let pages = try PopplerReader.read(path: Fixtures.textlessPDF)
        XCTAssertEqual(pages.count, 1)
        XCTAssertEqual(pages[0].width, 595, accuracy: 0.01)
        XCTAssertEqual(pages[0].height, 842, accuracy: 0.01)
        XCTAssertTrue(pages[0].glyphs.allSatisfy(\.isWhitespace))
        XCTAssertTrue(LineBuilder().lines(of: pages[0]).isEmpty)
    }
}
