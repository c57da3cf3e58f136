import XCTest
@testable import LukuCore

/// A day and month with the year after a space heads one column ("30.6. 2025"), hold-out
/// document 12 (`tools/holdout`): an interim report's key figures, in `pdftotext -raw` (the header
/// stacked one word per line) and on one line as `-layout` prints it.
final class DayMonthBeforeYearTests: XCTestCase {
    private func table(_ text: String) throws -> Table {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return try XCTUnwrap((output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)).first)
    }

    private let rows = """
    Asukasluku 20 808 20 772
    Henkilöstö 976 973
    Lainakanta, M€ 80,6 67,7
    Vuosikate, M€ 6,5 8,1
    """

    func testStackedDayMonthAndYearAreOneColumn() throws {
        let t = try table("Tunnusluvut\n30.6.\n2025\n30.6.\n2024\n" + rows)
        XCTAssertEqual(t.columns.map(\.header), ["30.6. 2025", "30.6. 2024"])
        XCTAssertEqual(t.rows.first?.cells.map { $0?.value }, [20_808, 20_772])
        XCTAssertEqual(t.rows.last?.cells.map { $0?.value }, [Decimal(string: "6.5"), Decimal(string: "8.1")])
    }

    func testDayMonthAndYearOnOneLineAreOneColumn() throws {
        let t = try table("Tunnusluvut\n30.6. 2025 30.6. 2024\n" + rows)
        XCTAssertEqual(t.columns.map(\.header), ["30.6. 2025", "30.6. 2024"])
        XCTAssertEqual(t.rows.map { $0.cells.compactMap { $0?.value }.count }, [2, 2, 2, 2])
    }

    func testForms() {
        XCTAssertEqual(DayMonthBeforeYear.joined(["1.1.–30.6.", "2025", "1.1.–30.6.", "2024"]), ["1.1.–30.6. 2025", "1.1.–30.6. 2024"])
        XCTAssertEqual(DayMonthBeforeYear.joined(["31.12.2024", "31.12.2023"]), ["31.12.2024", "31.12.2023"])
        XCTAssertEqual(DayMonthBeforeYear.joined(["2025", "2024"]), ["2025", "2024"])
        XCTAssertFalse(DayMonthBeforeYear.isDayMonth("1.2.3."))
    }
}
