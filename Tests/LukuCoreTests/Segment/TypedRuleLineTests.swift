import XCTest
@testable import LukuCore

/// `TypedRuleLine`: the ERP listing's typed rules (`=====` under the head, `-----` over each sum)
/// are not read into a cell. Hold-out set 8 variant (`make_holdout8.py --only 09 --seed 1000`);
/// expected values from the printed page.
final class TypedRuleLineTests: XCTestCase {
    func testTypedRulesDropped() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut8ERPTrailingMinusPDF, page: 1)
        let rules = lines.filter(TypedRuleLine.isTypedRule)
        XCTAssertEqual(rules.count, 4, "one `=` rule under the head, three `-` rules over the sums")
        XCTAssertEqual(TypedRuleLine.removed(lines).count, lines.count - 4)
        XCTAssertFalse(TypedRuleLine.isRun("-"), "an empty cell's dash")
        XCTAssertFalse(TypedRuleLine.isRun("--=--"))
        let table = try XCTUnwrap(Pipeline(pageThreads: 1).run(path: Fixtures.holdOut8ERPTrailingMinusPDF).allTables.first)
        let row = try XCTUnwrap(table.rows.first { $0.label == "Muut toimintatuotot" })
        XCTAssertEqual(PrintedFigures.values(row), PrintedFigures.decimals(["411737", "457030", "45293", "111.0"]))
        let sum = try XCTUnwrap(table.rows.first { $0.label == "Toimintakulut yhteensä" })
        XCTAssertEqual(PrintedFigures.values(sum), PrintedFigures.decimals(["-7361837", "-7501079", "-139242", "101.9"]))
    }
}
