import XCTest
@testable import LukuCore

/// markitdown's Markdown puts two printed columns into one pipe column; the rows under it are
/// flagged, never read as if each figure stood under its own header (lines copied from
/// markitdown's output of the synth statements).
final class TwoFiguresInOneColumnTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("twofig-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("x.markitdown.md").path
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return Pipeline(pageThreads: 1).run(path: path)
    }

    func testCellShapes() {
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("23 330 23 428"))
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("15330 16320"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("23 330"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("-6,1 %"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("2016 2017"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("1 234 (1)"))
        // Kauhava pymupdf4llm's fused numbers are one figure (`FusedThousandsGroups`), not two.
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("65659 576,31"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("4 780470"))
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("5 968 6 239"))
        XCTAssertTrue(TwoPeriodsInOneHeaderCell.holdsTwoPeriods("2016 2017"))
        XCTAssertFalse(TwoPeriodsInOneHeaderCell.holdsTwoPeriods("TP 2020"))
        XCTAssertFalse(TwoPeriodsInOneHeaderCell.holdsTwoPeriods("2018"))
    }

    /// pauhavaara p. 11: "133 134" under "2016 2017" would read as 133 134 under 2016 and the later
    /// figures one year early; every figure of those rows is flagged, and "Vuosikate" keeps the
    /// text as printed.
    func testTwoPeriodsOverOneColumnFlagTheRowsUnderThem() throws {
        let d = try ingest("""
        Keskeiset tunnusluvut 2016–2020
        |                               | 2016 2017     | 2018   | 2019   | 2020   |     |     |
        | ----------------------------- | ------------- | ------ | ------ | ------ | --- | --- |
        | Asukasmäärä 31.12.            | 23 330 23 428 | 22 752 | 22 089 | 22 331 |     |     |
        | Verotulot, €/asukas           | 5 968 6 239   | 6 267  | 6 421  | 6 587  |     |     |
        | Valtionosuudet, €/asukas      | 1 531 1 500   | 1 538  | 1 503  | 1 531  |     |     |
        | Vuosikate, €/asukas           | 133 134       | 128    | 125    | 218    |     |     |
        """)
        let rows = d.allTables.flatMap(\.rows)
        let vuosikate = try XCTUnwrap(rows.first { $0.label.hasPrefix("Vuosikate") })
        XCTAssertEqual(vuosikate.cells.first??.text, "133 134")
        for row in rows {
            for case let cell? in row.cells where cell.value != nil {
                XCTAssertFalse(cell.flags.isEmpty, "\(row.label): \(cell.text)")
            }
        }
    }

    /// petajalampi p. 2: "15330 16320" under "2020 2019": the row's other figures are flagged too.
    func testTwoFiguresInACellFlagTheRow() throws {
        guard case .readFromMarks? = PipeTableRow.parse("| Myyntituotot             | 15330 16320 | -6,1 % |") else {
            return XCTFail("a row with two figures in one cell is read in doubt")
        }
        guard case .cells? = PipeTableRow.parse("| Myyntituotot | 15 330 | 16 320 | -6,1 % |") else {
            return XCTFail("one figure per cell is an ordinary row")
        }
    }
}
