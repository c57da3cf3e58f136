import XCTest
@testable import LukuCore

/// `WrappedLabelRule.sameWeight`: a bold `\multicolumn` group heading in a LaTeX tabular, standing
/// over a regular MENOT row at the tabular's one baseline pitch, names the group of the rows under
/// it and is not the first line of MENOT's label (bold Latin Modern's lower ascender made the top
/// edges look tight). Hold-out set 5 variant (`make_holdout5.py --only 11 --seed 1000`,
/// Fixtures.holdOut5GroupRowsPDF, pdfLaTeX); expected values from the printed page.
final class BoldGroupHeadingOverRowTests: XCTestCase {
    func testBoldHeadingNamesTheGroup() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut5GroupRowsPDF).allTables
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(Array(t.rows.prefix(3).map(\.label)), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(Array(t.rows.prefix(3).map(\.group)), Array(repeating: "Tarkastuslautakunta", count: 3))
        XCTAssertEqual(t.rows[3].label, "MENOT")
        XCTAssertEqual(t.rows[3].group, "Kaupunginhallitus")
        XCTAssertEqual(PrintedFigures.values(t.rows[0]),
                       PrintedFigures.decimals(["-1619261", "-5787654", "-3376300", "41.7", "-4313302", "-374543"]))
        XCTAssertEqual(t.rows.filter { $0.label == "MENOT" }.count, 7)
    }
}
