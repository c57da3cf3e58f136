import XCTest
@testable import LukuCore

/// Hold-out document 10 (`tools/holdout`, committed as a fixture): a ReportLab investment table of
/// two pages, the second under "Investointimenot hankkeittain (jatkuu)" with the header repeated,
/// item names wrapped after their project code, and two items of one name under two codes.
/// Expected values are read off the printed page (`luku inspect --lines`, `pdftotext -layout`).
final class HoldOutLayoutTests: XCTestCase {
    private static let document = Pipeline(pageThreads: 2).run(path: Fixtures.holdOut10PDF)

    private func table(containing label: String) throws -> Table {
        try XCTUnwrap(Self.document.allTables.first { $0.rows.contains { $0.label == label } }, "no table with \(label)")
    }

    /// `ContinuationTitle`: the page-2 part under its "(jatkuu)" title is the same table.
    func testTableContinuedUnderItsTitleIsOneTable() throws {
        let t = try table(containing: "4142 Katuvalaistuksen LED-saneeraus")
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.rows.count, 34, "every printed item row, group total and sum of both pages")
    }

    /// `CodeLedItemLabel`: "4142 Katuvalaistuksen" / "LED-saneeraus 35 070 …" and "4184
    /// Katuvalaistuksen" / "LED-saneeraus 259 142 …" are two items, each its code's own row; the
    /// capitalised second line no longer stands alone as a group (the same name under two codes
    /// is no repeated row name under group headings).
    func testSameNameUnderTwoCodesIsTwoItems() throws {
        let t = try table(containing: "4142 Katuvalaistuksen LED-saneeraus")
        let first = try XCTUnwrap(t.rows.first { $0.label == "4142 Katuvalaistuksen LED-saneeraus" })
        XCTAssertEqual(first.cells.map { $0?.text }, ["35 070", "0", "35 070", "0", "35 070", "0,0 %"])
        let second = try XCTUnwrap(t.rows.first { $0.label == "4184 Katuvalaistuksen LED-saneeraus" })
        XCTAssertEqual(second.cells.map { $0?.value }, [259_142, 0, 259_142, 40_849, 218_293, Decimal(string: "15.8")])
        XCTAssertFalse(t.rows.contains { $0.label == "LED-saneeraus" })
    }
}
