import Foundation
import XCTest
@testable import LukuCore

/// `GroupLineAfterPageBreak` on Kauhava's pypdf text (pp. 126–129): the rahoituslaskelma in euros
/// goes on over the page break to p. 129, whose rows open under the group "Rahavarojen muutos"
/// after the blank lines pypdf leaves around the running head.
final class GroupLineAfterPageBreakTests: XCTestCase {
    private var tables: [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(KauhavaPypdfPages126to129.text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    func testRowsUnderAGroupLineOnTheNextPageContinueTheTable() throws {
        let parts = tables.filter { $0.rows.contains { $0.label.hasPrefix("Rahavarat") || $0.label == "Rahoituksen rahavirta" } }
        XCTAssertEqual(parts.count, 1, "\(parts.map { ($0.page, $0.rows.map(\.label).suffix(3)) })")
        let table = try XCTUnwrap(parts.first)
        XCTAssertEqual(table.columns.map(\.header), ["2024", "2023"])
        // As printed on p. 129: "Rahavarat 31.12. 18 895 179,29 16 940 497,31", "Rahavarat 1.1. 16 940 497,31 16 679 537,73".
        let end = try XCTUnwrap(table.rows.first { $0.label == "Rahavarat 31.12." })
        XCTAssertEqual(end.cells.map { $0?.value }, [Decimal(string: "18895179.29"), Decimal(string: "16940497.31")])
        XCTAssertEqual(end.group, "Rahavarojen muutos")
        let start = try XCTUnwrap(table.rows.first { $0.label == "Rahavarat 1.1." })
        XCTAssertEqual(start.cells.map { $0?.value }, [Decimal(string: "16940497.31"), Decimal(string: "16679537.73")])
        XCTAssertTrue(table.pages.contains(3) && table.pages.contains(4), "\(table.pages)")
    }

    /// A heading of figures or a header line opening the next page is no group line.
    func testOnlyAWordLineAcrossAPageBreakIsAGroup() {
        let lines = TextFileReader.parse("Vuosikate 1 2\n\u{0C}\n\n2024 2023\nRahavarat 1.1. 3 4\n\u{0C}Rahavarojen muutos\nRahavarat 1.1. 3 4").lines
        let isRow = { (k: Int) in lines[k].text.hasPrefix("Rahavarat") }
        let header = lines.firstIndex { $0.text == "2024 2023" }!
        XCTAssertFalse(GroupLineAfterPageBreak.continues(lines, first: header, before: 0, isRow: isRow))
        let group = lines.firstIndex { $0.text == "Rahavarojen muutos" }!
        XCTAssertTrue(GroupLineAfterPageBreak.continues(lines, first: group, before: 0, isRow: isRow))
        // Not on the same page as the table's last line.
        let samePage = lines.lastIndex { $0.text.hasPrefix("Rahavarat") }!
        XCTAssertFalse(GroupLineAfterPageBreak.continues(lines, first: group, before: samePage, isRow: isRow))
    }
}
