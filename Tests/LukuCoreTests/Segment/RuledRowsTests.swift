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
}
