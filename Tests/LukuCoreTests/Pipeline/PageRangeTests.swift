import XCTest
@testable import LukuCore

final class PageRangeTests: XCTestCase {
    func testParses() throws {
        XCTAssertEqual(try PageRange.parse("5"), 5...5)
        XCTAssertEqual(try PageRange.parse("3-7"), 3...7)
        XCTAssertEqual(try PageRange.parse("3-"), 3...Int.max)
        for bad in ["0", "7-3", "-3", "a", "", "3-x", "1.5"] {
            XCTAssertThrowsError(try PageRange.parse(bad), bad)
        }
    }

    func testDescribesAsWritten() {
        XCTAssertEqual(PageRange.describe(5...5), "5")
        XCTAssertEqual(PageRange.describe(3...7), "3-7")
        XCTAssertEqual(PageRange.describe(3...Int.max), "3-")
    }

    /// Text files have pages too (form feeds): --pages keeps only those lines.
    func testLimitsATextFile() throws {
        let scratch = try ScratchFolder(self)
        let path = try scratch.write("two.txt", "1. Talous\nMENOT 10 20\n\u{0C}2. Muut\nTULOT 30 40\n")
        var pipeline = Pipeline(pageThreads: 1)
        pipeline.pages = 2...2
        let document = pipeline.run(path: path)
        XCTAssertEqual(document.source.pages, 2)
        XCTAssertEqual(document.allSections.map(\.heading.text), ["Muut"])
        XCTAssertEqual(document.issues.map(\.code), ["pages-limited"])
    }
}
