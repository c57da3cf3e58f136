import XCTest
@testable import LukuCore

/// Goal-table rows decided by the rules the PDF draws (kemijarvi-konserni-elinvoima-ta2026.pdf).
final class RuledRowsTests: XCTestCase {
    let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")

    private func goalTables(pages: [Int], rules: PageRules?) throws -> [Table] {
        let lines = try pages.flatMap { try Fixtures.lines(path, page: $0) }
        let output = Segmenter().segmentPDF(lines, rules: rules)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables))
            .filter { $0.columns.map(\.header) == ["Toimenpiteet", "Mittarit"] }
    }

    private func drawn() -> PageRules {
        let path = self.path
        return PageRules { RuleFinder.horizontalRules(path: path, pages: $0) }
    }

    /// p. 12 (truth viestinta-strategia-elamaa-sykkivaa-kasvua, one row): at y 716 all three
    /// cells open a sentence at once ("Tavoitteena on vahvistaa | Viestitään avoimesti |
    /// Osallistujamäärät"), but no rule is drawn there; p. 6 rules its rows.
    func testThreeSentencesStartingTogetherStayInTheRowWhenNoRuleIsDrawn() throws {
        let tables = try goalTables(pages: [6, 12], rules: drawn())
        let table = try XCTUnwrap(tables.first { $0.rows.first?.label.hasPrefix("Viestinnän ja markkinoinnin tehtävänä") == true })
        XCTAssertEqual(table.rows.count, 1, table.rows.map(\.label).joined(separator: "\n"))
        XCTAssertTrue(table.rows[0].label.contains("ymmärrettäväksi. Tavoitteena on vahvistaa luottamusta"), table.rows[0].label)
        XCTAssertTrue(table.rows[0].cells[1]?.text.contains("toimivuus) Osallistujamäärät") == true)
        // Without the drawing (text input has none) the capital rule alone splits it.
        let textOnly = try goalTables(pages: [6, 12], rules: nil)
        XCTAssertEqual(textOnly.first { $0.rows.first?.label.hasPrefix("Viestinnän ja markkinoinnin tehtävänä") == true }?.rows.count, 2)
    }

    /// p. 6 (truth hallinto-muut-painopisteet, two rows): "Palvelupiste Sortteerin" opens the
    /// second row with no vertical gap, and a rule is drawn above it.
    func testADrawnRowBreakStaysARow() throws {
        let tables = try goalTables(pages: [6, 12], rules: drawn())
        let table = try XCTUnwrap(tables.first { $0.rows.first?.label.hasPrefix("Konsernijaoston toiminnan") == true })
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertTrue(table.rows[1].label.hasPrefix("Palvelupiste Sortteerin kehittäminen."), table.rows[1].label)
    }

    /// A table ruled only under its header (booktabs style) in a document that never rules its
    /// rows: the rule says nothing about rows, and the capital rule still starts them.
    func testARuleOnlyUnderTheHeaderKeepsTheCapitalRule() throws {
        let headerOnly = PageRules { pages in
            Dictionary(uniqueKeysWithValues: pages.map { ($0, $0 == 6 ? [HorizontalRule(y0: 484, y1: 485, x0: 51, x1: 533)] : []) })
        }
        let tables = try goalTables(pages: [6], rules: headerOnly)
        let table = try XCTUnwrap(tables.first { $0.rows.first?.label.hasPrefix("Konsernijaoston toiminnan") == true })
        XCTAssertEqual(table.rows.count, 2)
    }

    /// Drawing pages ahead on two threads changes neither a row nor which pages the decisions
    /// asked for (the evidence search looks at asked pages first, so asking must not depend on
    /// what was drawn ahead): pp. 6 and 12, as in the tests above.
    func testDrawingAheadOnTwoThreadsChangesNoRowAndNoAskedPage() throws {
        let path = self.path
        let serial = PageRules { RuleFinder.horizontalRules(path: path, pages: $0) }
        let ahead = PageRules(batch: 2, find: RuleFinder.finder(path: path, threads: 2))
        let one = try goalTables(pages: [6, 12], rules: serial)
        let two = try goalTables(pages: [6, 12], rules: ahead)
        XCTAssertEqual(two.map { $0.rows.map(\.label) }, one.map { $0.rows.map(\.label) })
        XCTAssertEqual(ahead.renderedPages, serial.renderedPages)
        XCTAssertEqual([6, 12].map(ahead.isKnown), [6, 12].map(serial.isKnown))
        XCTAssertGreaterThan(serial.renderedPages, 0)
    }

    /// A page drawn ahead is not asked for until a decision asks.
    func testAPageDrawnAheadIsNotKnownUntilAsked() {
        let rules = PageRules(batch: 2) { pages in Dictionary(uniqueKeysWithValues: pages.map { ($0, [HorizontalRule]()) }) }
        rules.prefetch([3, 4])
        XCTAssertFalse(rules.isKnown(3))
        XCTAssertEqual(rules.renderedPages, 0)
        _ = rules.rules(onPage: 3)
        XCTAssertTrue(rules.isKnown(3))
        XCTAssertFalse(rules.isKnown(4))
    }

    /// Pages drawn only in the bands the decisions ask about (PageRules focus, RuleFinder
    /// bandFinder) decide every row as whole pages do, and ask for the same pages: pp. 6 and 12.
    func testDrawingOnlyTheAskedBandsChangesNoRow() throws {
        let path = self.path
        let whole = PageRules { RuleFinder.horizontalRules(path: path, pages: $0) }
        let banded = PageRules(batch: 2, draw: RuleFinder.bandFinder(path: path, threads: 2))
        let one = try goalTables(pages: [6, 12], rules: whole)
        let two = try goalTables(pages: [6, 12], rules: banded)
        XCTAssertEqual(two.map { $0.rows.map(\.label) }, one.map { $0.rows.map(\.label) })
        XCTAssertEqual(banded.renderedPages, whole.renderedPages)
        XCTAssertEqual([6, 12].map(banded.isKnown), [6, 12].map(whole.isKnown))
    }

    /// A question outside what a page was drawn for draws the page again (widened to the
    /// question); a question inside is answered from the drawing.
    func testAQuestionOutsideTheDrawnBandDrawsAgain() {
        final class Log: @unchecked Sendable { var requests: [RuleRequest] = [] }
        let log = Log()
        let rules = PageRules { requests in
            log.requests += requests
            return Dictionary(uniqueKeysWithValues: requests.map { r in
                (r.page, RuleDrawing(rules: [], from: r.band?.lowerBound ?? -.infinity, to: r.band?.upperBound ?? .infinity))
            })
        }
        rules.focus([5: 100...200])
        _ = rules.rules(onPage: 5, between: 120, and: 150)
        _ = rules.rules(onPage: 5, between: 100, and: 200)
        XCTAssertEqual(log.requests, [RuleRequest(page: 5, band: 100...200)])
        _ = rules.rules(onPage: 5, between: 180, and: 260)
        XCTAssertEqual(log.requests.last, RuleRequest(page: 5, band: 100...260))
        _ = rules.rules(onPage: 5)
        XCTAssertEqual(log.requests.last, RuleRequest(page: 5), "the whole page")
        _ = rules.rules(onPage: 7, between: 10, and: 20)
        XCTAssertEqual(log.requests.last, RuleRequest(page: 7), "no focus on p7: the whole page")
        XCTAssertEqual(log.requests.count, 4)
    }
}
