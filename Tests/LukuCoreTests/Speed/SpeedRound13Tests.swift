import Foundation
import XCTest
@testable import LukuCore

/// Speed round 13 (issue 8): `PageDebrisFilter.filterPDF` asks its three page-number readings
/// only of a page's first and last lines. Held to the filter as it was (every line read, kept
/// here verbatim) on the whole line stream of each corpus PDF, the state budget (../shared/real),
/// the hold-out fixtures whose pages end in "Sivu n / N" or "n (N)" bands, and the same lines
/// after the number joiner, as the pipeline hands them over.
final class SpeedRound13Tests: XCTestCase {
    /// `PageDebrisFilter.filterPDF` as it was before round 13.
    static func referenceFilterPDF(_ lines: [TextLine]) -> [TextLine] {
        var keep = Array(repeating: true, count: lines.count)
        for i in lines.indices where PageDebrisFilter.isPageNumber(lines[i]) || PageOfPagesNumber.matches(lines[i])
            || PageOfPagesBand.matches(lines[i]) {
            let firstOnPage = i == 0 || lines[i - 1].page != lines[i].page
            let lastOnPage = i == lines.count - 1 || lines[i + 1].page != lines[i].page
            if firstOnPage || lastOnPage { keep[i] = false }
        }
        let kept = ContinuedTableNote.remove(lines.indices.filter { keep[$0] }.map { lines[$0] })
        return MarkerRunningHead.remove(PageDebrisFilter.removeRunning(kept))
    }

    func testPageEdgeFirstDropsTheSameLines() throws {
        var pdfs = [Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf"),
                    Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.pdf"),
                    Fixtures.corpus("kemijarvi-hallinto-tukipalvelut-2022-06.pdf"),
                    Fixtures.holdOut5LongtablePDF]
        for name in ["hold7-var-app-report.pdf", "hold4-var-marker-sections.pdf", "hold2-08-split-by-columns.pdf"] {
            pdfs.append(Fixtures.fixture(name))
        }
        let valtion = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
        if FileManager.default.fileExists(atPath: valtion) { pdfs.append(valtion) }
        let joiner = NumberJoiner()
        var edgeDrops = 0
        for pdf in pdfs {
            let built = try Fixtures.pages(pdf).flatMap { LineBuilder().lines(of: $0) }
            for lines in [built, built.map(joiner.join)] {
                let expected = Self.referenceFilterPDF(lines)
                XCTAssertEqual(PageDebrisFilter.filterPDF(lines), expected, pdf)
                // Lines the page-number readings take out at a page's edge (before running heads).
                edgeDrops += lines.indices.filter { i in
                    (i == 0 || lines[i - 1].page != lines[i].page || i == lines.count - 1 || lines[i + 1].page != lines[i].page)
                        && (PageDebrisFilter.isPageNumber(lines[i]) || PageOfPagesNumber.matches(lines[i]) || PageOfPagesBand.matches(lines[i]))
                }.count
            }
        }
        // The readings do drop lines here, so a filter that skipped them would be caught.
        XCTAssertGreaterThan(edgeDrops, 20)
    }
}
