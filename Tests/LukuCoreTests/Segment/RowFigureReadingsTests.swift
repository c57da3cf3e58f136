import Foundation
import XCTest
@testable import LukuCore

/// `RowFigureReadings`: a cell-per-line row whose lines are not one figure each. Lines copied
/// from PyMuPDF's `get_text()` of kauhava-tilinpaatos-2024 pp. 116 and 120 (../shared/real).
final class RowFigureReadingsTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    /// Page 116: "TOIMINTAKULUT" with a minus on its own line before three of its five figures.
    private let page116 = """
        Myyntituotot 
        1 880 870,00 
        0,00 
        1 880 870,00 
        2 348 867,91 
        467 997,91 
        Maksutuotot 
        586 130,00 
        0,00 
        586 130,00 
        653 909,62 
        67 779,62 
        TOIMINTAKULUT 
        -
        46 525 690,00 
        0,00 
        -
        46 525 690,00 
        -
        46 216 718,06 
        308 971,94 
        Henkilöstökulut 
        -29 248 420,00 
        0,00 
        -29 248 420,00 
        -28 659 191,96 
        589 228,04 
        """

    /// Page 120: the totals' budget wrapped at a thousands space ("13 397" / "700") and two cells
    /// on one line ("559 100 10 761 256,51"), in a table of eight columns.
    private let page120 = """
        Kiinteä omaisuus  
        1 500 000 
        50 000 
        1 500 000 
        50 000 
        1 358 430,00 
        33 437,73 
        90,6 % 
        66,9 % 
        Kiinteät rakenteet ja laitteet  
        1 542 700 
        236 100 
        1 762 700 
        260 100 
        1 456 123,15 
        141 989,96 
        82,6 % 
        54,6 % 
        Tekninen lautakunta yh-
        teensä 
        13 397 
        700 
        236 100 
        13 617 700 
        559 100 10 761 256,51 
        445 330,28 
        79,0 % 
        79,7 % 
        YHTEENSÄ 
        15 660 
        700 
        536 100 
        15 880 700 
        859 100 12 331 778,01 
        515 239,62 
        77,7 % 
        60,0 % 
        """

    /// The lone minus is its figure's sign: the row reads as the five figures printed, flagged,
    /// and the rows printed one figure per line keep theirs unflagged (before: the eight lines
    /// were one merged text cell).
    func testDetachedMinusLinesAreSigns() throws {
        let table = try XCTUnwrap(tables(page116).first)
        XCTAssertEqual(table.columns.count, 5)
        let row = try XCTUnwrap(table.rows.first { $0.label == "TOIMINTAKULUT" })
        XCTAssertEqual(row.cells.map { $0?.value },
                       [Decimal(string: "-46525690.00"), Decimal(0), Decimal(string: "-46525690.00"),
                        Decimal(string: "-46216718.06"), Decimal(string: "308971.94")])
        XCTAssertTrue(row.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? false })
        let plain = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstökulut" })
        XCTAssertTrue(plain.cells.allSatisfy { $0?.flags.isEmpty ?? false })
    }

    /// "13 397" / "700" is 13 397 700 and "559 100 10 761 256,51" is 559 100 | 10 761 256,51:
    /// the only reading of the lines that gives the table's eight columns.
    func testWrappedFigureAndTwoFiguresOnOneLine() throws {
        let table = try XCTUnwrap(tables(page120).first)
        XCTAssertEqual(table.columns.count, 8)
        let total = try XCTUnwrap(table.rows.first { $0.label.hasPrefix("Tekninen lautakunta") })
        XCTAssertEqual(total.cells.map { $0?.value },
                       [Decimal(13_397_700), Decimal(236_100), Decimal(13_617_700), Decimal(559_100),
                        Decimal(string: "10761256.51"), Decimal(string: "445330.28"), Decimal(string: "79.0"), Decimal(string: "79.7")])
        XCTAssertTrue(total.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? false })
        let all = try XCTUnwrap(table.rows.first { $0.label == "YHTEENSÄ" })
        XCTAssertEqual(all.cells.first??.value, Decimal(15_660_700))
        XCTAssertEqual(all.cells[4]?.value, Decimal(string: "12331778.01"))
    }

    /// Two readings of the count (either dash the sign) or none: the row is not read.
    func testNoGuessWhenReadingsTie() {
        XCTAssertNil(RowFigureReadings.reading(["-", "12", "-", "34"], multi: [false, false, false, false], columns: 3))
        XCTAssertEqual(RowFigureReadings.reading(["-", "12", "-", "34"], multi: [false, false, false, false], columns: 2),
                       ["-12", "-34"])
        XCTAssertNil(RowFigureReadings.reading(["1 234", "567", "890"], multi: [false, false, false], columns: 4))
        // "2 500" / "200" is two figures when the row has two columns: no join is forced.
        XCTAssertEqual(RowFigureReadings.reading(["2 500", "200"], multi: [false, false], columns: 2), ["2 500", "200"])
    }
}
