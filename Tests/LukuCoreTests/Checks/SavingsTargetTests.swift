import XCTest
@testable import LukuCore

/// The board tables' Ero raamiin column (DifferenceColumnRule) and the savings blocks under them
/// (SavingsTargetRule) on the page that proves them, ../shared/real/lapua-ta2025-lautakuntien-
/// talousarviot.pdf p3. Expected numbers are read off the page (`pdftotext -layout -f 3 -l 3`)
/// and are the truth file's identities.
final class SavingsTargetTests: XCTestCase {
    private static var cached: Document?

    private func table(_ caption: String) throws -> Table {
        if Self.cached == nil {
            let path = SharedFolder.realDirectory.appendingPathComponent("lapua-ta2025-lautakuntien-talousarviot.pdf").path
            guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
            var pipeline = Pipeline(pageThreads: 2)
            pipeline.pages = 3...3
            Self.cached = pipeline.run(path: path)
        }
        return try XCTUnwrap(Self.cached?.allTables.first { $0.caption == caption }, caption)
    }

    private func checks(_ t: Table, row label: String, rule: (String) -> Bool) throws -> [Check] {
        let row = try XCTUnwrap(t.rows.firstIndex { $0.label == label }, label)
        return t.checks.filter { $0.row == row && rule($0.rule) }
    }

    /// Hyvinvointilautakunta: Ero raamiin of Toimintakate = TA 2025 − Raami 2025 = −3 379 793 +
    /// 3 389 000 = 9 207; "Hyvla on alittanut raamin" 9 207 = that Ero raamiin; "Säästötavoitetta
    /// jäljellä" = 9 207 − 260 200 = −250 993.
    func testSavingsBlockOfHyvinvointilautakunta() throws {
        let t = try table("Hyvinvointilautakunta")
        let ero = try checks(t, row: "Toimintakate") { $0.hasPrefix("Ero raamiin") }
        XCTAssertEqual(ero.map(\.actual), [9207])
        XCTAssertEqual(ero.first?.outcome, .ok)
        let under = try checks(t, row: "Hyvla on alittanut raamin") { $0 == SavingsTargetRule.rule }
        XCTAssertEqual(under.map(\.outcome), [.ok])
        let left = try checks(t, row: "Säästötavoitetta jäljellä") { $0 == SavingsTargetRule.rule }
        XCTAssertEqual(left.map(\.expected), [-250_993])
        XCTAssertEqual(left.map(\.outcome), [.ok])
    }

    /// SIVISTYSLAUTAKUNTA prints Ero raamiin as Raami − TA, so its block gives −1 759 900 + 281 425
    /// = −1 478 475, Säästötavoite − alittanut: `sign`, never a flagged cell (truth notes (1)).
    func testSivistyslautakuntaSignIsNotAMismatch() throws {
        let t = try table("SIVISTYSLAUTAKUNTA")
        let left = try checks(t, row: "Säästötavoitetta jäljellä") { $0 == SavingsTargetRule.rule }
        XCTAssertEqual(left.map(\.outcome), [.sign])
        XCTAssertFalse(t.rows.flatMap(\.cells).contains { $0?.flags.contains(.checkFailed) == true })
    }
}
