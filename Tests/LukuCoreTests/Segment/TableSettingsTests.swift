import XCTest
@testable import LukuCore

/// The table stage's tolerances are one validated value, passed from `Pipeline` to each step.
final class TableSettingsTests: XCTestCase {
    func testDefaultsAreValid() throws {
        XCTAssertEqual(try TableSettings.default.validated(), .default)
    }

    func testInvalidSettingsAreRefusedWithTheReason() {
        var s = TableSettings()
        s.loneValueGapEm = 1.5
        XCTAssertThrowsError(try s.validated()) { XCTAssertTrue("\($0)".contains("loneValueGapEm")) }
        s = TableSettings()
        s.columnToleranceEm = 0
        XCTAssertThrowsError(try s.validated()) { XCTAssertTrue("\($0)".contains("columnToleranceEm")) }
        s = TableSettings()
        s.tightRowShare = 1.2
        XCTAssertThrowsError(try s.validated())
    }

    /// The settings reach the steps: with the defaults, Lapua's minutes p. 18 reads the row
    /// "Toimintakulut *)" into three cells (columns a fifth of an em apart); with a lone-value gap
    /// wider than those gaps nothing changes for it (two or more trailing numbers are always cells),
    /// but with a label gap as narrow as a word space the footnote mark "*)" leaves the label.
    func testSettingsReachTheTableStage() throws {
        let url = SharedFolder.url.appendingPathComponent("real/lapua-sivla-poytakirja-2024-11-21.pdf")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) not found") }
        func labels(_ settings: TableSettings) -> [String] {
            Pipeline(pageThreads: 1, tableSettings: settings).run(path: url.path).allTables
                .filter { $0.pages.contains(18) }.flatMap { $0.rows.map(\.label) }
        }
        XCTAssertTrue(labels(.default).contains("Toimintakulut *)"))
        var narrow = TableSettings()
        narrow.labelGapEm = 0.25
        narrow.loneValueGapEm = 0.2
        XCTAssertFalse(labels(try narrow.validated()).contains("Toimintakulut *)"))
    }
}
