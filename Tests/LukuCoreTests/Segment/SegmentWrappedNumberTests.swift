import XCTest
@testable import LukuCore

/// Kauhava p. 120 prints "11 635 000" in a narrow cell as "11 635" over "000", and the total
/// "15 660 700" as "15 660" over "700".
final class SegmentWrappedNumberTests: XCTestCase {
    private let columns = [Column(header: "Alkuper. määräraha"), Column(header: "Tarkistettu")]

    func testZeroLedGroupCompletesTheNumberAboveWithoutDoubt() throws {
        let joined = try XCTUnwrap(WrappedNumber.join(
            upper: [Cell(text: "11 635", value: 11635), nil],
            lower: [Cell(text: "000"), CellReader.cell("11 635 000", column: nil)], columns: columns))
        XCTAssertEqual(joined[0]?.text, "11 635 000")
        XCTAssertEqual(joined[0]?.value, Decimal(11_635_000))
        XCTAssertEqual(joined[0]?.flags, [])
        XCTAssertEqual(joined[1]?.text, "11 635 000")
    }

    func testAGroupThatCouldStandAloneIsJoinedButFlagged() throws {
        let joined = try XCTUnwrap(WrappedNumber.join(
            upper: [Cell(text: "15 660", value: 15660), nil],
            lower: [CellReader.cell("700", column: nil), CellReader.cell("536 100", column: nil)], columns: columns))
        XCTAssertEqual(joined[0]?.value, Decimal(15_660_700))
        XCTAssertEqual(joined[0]?.flags, [.ambiguousSplit])
    }

    func testRowsThatAreNotAWrapStayApart() {
        // The row below holds a whole number in that column: the line above is a row of its own.
        XCTAssertNil(WrappedNumber.join(upper: [Cell(text: "5 000", value: 5000), nil],
                                        lower: [CellReader.cell("-3 746", column: nil), nil], columns: columns))
        // Nothing below the fragment.
        XCTAssertNil(WrappedNumber.join(upper: [Cell(text: "5 000", value: 5000), nil],
                                        lower: [nil, CellReader.cell("700", column: nil)], columns: columns))
    }
}
