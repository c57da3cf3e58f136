import XCTest
@testable import LukuCore

/// The rule finder on a rendered corpus page. kemijarvi-konserni-elinvoima p. 12 draws its second
/// goal table ("ELÄMÄÄ SYKKIVÄÄ KASVUA…") with three rules, read from the page's content stream
/// (`qpdf --qdf`: `51.05 210.139 m`, `51.55 195.739 m`, `51.05 57.039 m` … to x 533.3, page
/// height 841.86): the header's top (y 631.7 from the top), under the header (y 646.1) and the
/// table's foot (y 784.8); none between.
final class RuleFinderTests: XCTestCase {
    func testFindsTheDrawnRulesOfAGoalTable() throws {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let rules = try XCTUnwrap(RuleFinder.horizontalRules(path: path, pages: [12])[12])
        for y in [631.7, 646.1, 784.8] {
            let rule = rules.first { abs(($0.y0 + $0.y1) / 2 - y) < 1.5 }
            XCTAssertNotNil(rule, "no rule at y \(y): \(rules)")
            if let rule {
                XCTAssertEqual(rule.x0, 51.3, accuracy: 1.5)
                XCTAssertEqual(rule.x1, 533.3, accuracy: 1.5)
                XCTAssertLessThanOrEqual(rule.y1 - rule.y0, 2)
            }
        }
        // Inside the table body (and its text, which never makes a 100 pt run) there is none.
        XCTAssertFalse(rules.contains { $0.y0 > 650 && $0.y1 < 780 }, "\(rules)")
    }

    func testAMissingPageHasNoRules() {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        XCTAssertEqual(RuleFinder.horizontalRules(path: path, pages: [0, 9999]), [0: [], 9999: []])
        XCTAssertEqual(RuleFinder.horizontalRules(path: "/nonexistent.pdf", pages: [1]), [:])
    }

    /// Pages drawn on two threads (a document per thread) have the rules drawn on one, page by
    /// page: the six pages konserni's goal tables are on, p. 12 among them with its three rules.
    func testPagesDrawnOnTwoThreadsHaveTheRulesDrawnOnOne() {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let pages = [6, 12, 13, 14, 20, 21, 9999]
        let one = RuleFinder.finder(path: path, threads: 1)(pages)
        let two = RuleFinder.finder(path: path, threads: 2)(pages)
        XCTAssertEqual(two, one)
        XCTAssertEqual(Set(two.keys), Set(pages))
        XCTAssertGreaterThanOrEqual(two[12]?.count ?? 0, 3)
    }

    /// A band of a page drawn alone (RuleFinder.bandFinder, the page clipped to the band's rows
    /// and a margin) has the rules the whole page's drawing has there, on every page of konserni
    /// (Word), on Kauhava's statement pages (another producer) and on synth HTML and spreadsheet
    /// PDFs: for the page's thirds, a band over most of it, and bands on and just above each
    /// rule the page draws (their edges cut through the rule's rows), the rules whose middle
    /// lies in the band are the whole page's, and the drawing covers the band.
    func testABandDrawnAloneHasTheWholePagesRules() {
        let synth = SharedFolder.url.appendingPathComponent("synth")
        let documents: [(String, [Int])] = [
            (Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf"), Array(1...27)),
            (SharedFolder.realDirectory.appendingPathComponent("kauhava-tilinpaatos-2024.pdf").path, [30, 33, 35, 127, 128, 130]),
            (synth.appendingPathComponent("synth-1000-01-html-pihlajaniemi-2020.pdf").path, [1, 2, 3]),
            (synth.appendingPathComponent("synth-1000-02-sheet-louhivirta-2019.pdf").path, [1, 2, 3]),
        ]
        var compared = 0, ruled = 0
        for (path, pages) in documents where FileManager.default.fileExists(atPath: path) {
            let whole = RuleFinder.finder(path: path)(pages)
            let banded = RuleFinder.bandFinder(path: path)
            for page in pages {
                let rules = whole[page] ?? []
                var bands: [ClosedRange<Double>] = [0...280, 280...560, 560...842, 100...700]
                for r in rules.prefix(4) {
                    let m = (r.y0 + r.y1) / 2
                    bands += [(m - 3)...(m + 3), (m - 40)...(m - 0.2), (r.y0 - 0.1)...(r.y1 + 0.1)]
                }
                for band in bands {
                    func inBand(_ rules: [HorizontalRule]) -> [HorizontalRule] {
                        rules.filter { ($0.y0 + $0.y1) / 2 > band.lowerBound && ($0.y0 + $0.y1) / 2 < band.upperBound }
                    }
                    guard let drawing = banded([RuleRequest(page: page, band: band)])[page] else {
                        XCTFail("\(path) p\(page): no drawing")
                        continue
                    }
                    XCTAssertTrue(drawing.covers(band.lowerBound, band.upperBound), "\(path) p\(page) \(band)")
                    XCTAssertEqual(inBand(drawing.rules), inBand(rules), "\(path) p\(page) \(band)")
                    compared += 1
                    ruled += inBand(rules).isEmpty ? 0 : 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)
        XCTAssertGreaterThan(ruled, 20, "bands with rules in them")
    }
}
