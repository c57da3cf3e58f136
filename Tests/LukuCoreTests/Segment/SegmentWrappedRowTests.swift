import XCTest
@testable import LukuCore

/// Rows printed over two tightly spaced lines (Kauhava p. 120).
final class SegmentWrappedRowTests: XCTestCase {
    private let columns = [Column(header: "Alkuper. määräraha"), Column(header: "Alkuper. tuloarvio")]

    func testWrappedLabelJoinsTheRowBelowInsteadOfNamingAGroup() {
        var assembler = RowAssembler(columnCount: 2)
        assembler.addWrappedLabel("Osakkeet ja osuudet, KY")
        assembler.addRow(label: "Kymppi", level: 0, cells: [CellReader.cell("33 000", column: nil), nil])
        XCTAssertEqual(assembler.rows.map(\.label), ["Osakkeet ja osuudet, KY Kymppi"])
        XCTAssertNil(assembler.rows[0].group)
    }

    func testHyphenatedLabelAndWrappedNumberMergeIntoOneRow() {
        var assembler = RowAssembler(columnCount: 2)
        assembler.addRow(label: "Tekninen lautakunta yh-", level: 0, cells: [CellReader.cell("13 397", column: nil), nil])
        let merged = assembler.mergeIntoLast(label: "teensä", cells: [CellReader.cell("700", column: nil),
                                                                       CellReader.cell("236 100", column: nil)],
                                             columns: columns)
        XCTAssertTrue(merged)
        XCTAssertEqual(assembler.rows.count, 1)
        XCTAssertEqual(assembler.rows[0].label, "Tekninen lautakunta yhteensä")
        XCTAssertEqual(assembler.rows[0].cells[0]?.value, Decimal(13_397_700))
        XCTAssertEqual(assembler.rows[0].cells[0]?.flags, [.ambiguousSplit], "700 could stand alone")
        XCTAssertEqual(assembler.rows[0].cells[1]?.value, Decimal(236_100))
    }

    func testRowsThatDoNotWrapAreNotMerged() {
        var assembler = RowAssembler(columnCount: 1)
        assembler.addRow(label: "MENOT", level: 0, cells: [CellReader.cell("-5 000", column: nil)])
        XCTAssertFalse(assembler.mergeIntoLast(label: "tulot", cells: [CellReader.cell("-3 746", column: nil)],
                                               columns: [Column(header: "TP 2024")]))
        XCTAssertEqual(assembler.rows.count, 1)
    }

    func testRowPitchTellsWrappedLinesFromRows() {
        func line(_ y: Double) -> TextLine {
            TextLine(page: 1, words: [Word(text: "x", box: BoundingBox(x0: 0, y0: y, x1: 5, y1: y + 9))],
                     box: BoundingBox(x0: 0, y0: y, x1: 5, y1: y + 9))
        }
        let pitch = RowPitch([100, 115, 130, 145, 156, 171])
        XCTAssertTrue(pitch.isTight(line(145), line(156)))
        XCTAssertFalse(pitch.isTight(line(100), line(115)))
    }
}
