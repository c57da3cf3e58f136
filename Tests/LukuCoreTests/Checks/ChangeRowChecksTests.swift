import XCTest
@testable import LukuCore

/// The Muutos % rows of a key-figure table (ChangeRowRule) on the real page: Kemijärvi
/// hallintopalvelut TP 2024 p4, Tunnusluvut (read off `pdftotext -layout`).
final class ChangeRowChecksTests: XCTestCase {
    func testMuutosRowsFindTheirBaseColumn() throws {
        guard FileManager.default.fileExists(atPath: Fixtures.hallintopalvelutPDF) else {
            throw XCTSkip("\(Fixtures.hallintopalvelutPDF) is missing")
        }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = 4...4
        let d = pipeline.run(path: Fixtures.hallintopalvelutPDF)
        let table = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == "Henkilöstömenot €" } })
        let checks = table.checks.filter { $0.rule.hasPrefix("Muutos %") }
        // TP 2023 against TP 2022: -2 044 414 / -2 554 673 → -20,0 and -2 925 532 / -3 630 332 → -19,4;
        // TP 2024 against TP 2023: 7,4 and 5,0. MTA 2023 has no printed base, and MTA 2024* against
        // MTA 2023 fits Henkilöstömenot (7,6) but not Palvelujen ostot (7,6 against 9,5 printed):
        // one row is not proof, so neither MTA column is checked.
        XCTAssertEqual(Set(checks.map(\.rule)), ["Muutos % = (TP 2023 − TP 2022) / TP 2022 × 100",
                                                 "Muutos % = (TP 2024 − TP 2023) / TP 2023 × 100"])
        XCTAssertEqual(checks.map(\.actual), [Decimal(string: "-20")!, Decimal(string: "7.4")!, Decimal(string: "-19.4")!, 5])
        XCTAssertTrue(checks.allSatisfy { $0.outcome == .ok })
    }

    func testOneChangeRowIsNotEnough() {
        let table = CheckFixtures.table(columns: [CheckFixtures.fiveYears[0], CheckFixtures.fiveYears[2]], [
            CheckFixtures.row("Henkilöstömenot €", ["-2 554 673", "-2 044 414"]),
            CheckFixtures.row("Muutos %", ["16,2", "-20,0"]),
        ])
        XCTAssertEqual(ChangeRowRule().checks(in: table), [])
    }
}
