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

    /// Kemijärvi hallinto- ja tukipalvelut 2022-06 p2, Tunnusluvut as printed (`pdftotext -layout`):
    /// TP 2021 and TS 2024 follow from the column before for both rows; under TA 2022 only
    /// Palvelujen ostot does (2,2 against TP 2021), Henkilöstömenot's 9,0 follows from no printed
    /// column (truth note: its base is not printed). ChangeRowPreviousColumn checks the one cell
    /// that follows and leaves 9,0 unchecked; TS 2023 (-21,5, -16,3) follows from nothing printed.
    static let tukipalvelut2 = CheckFixtures.table(id: "p2-t1", page: 2, columns: [
        Column(header: "TP 2020", kind: .tp, year: 2020), Column(header: "TP 2021", kind: .tp, year: 2021),
        Column(header: "TA 2022", kind: .ta, year: 2022), Column(header: "TOT. 30.6.2022", kind: .tot, year: 2022),
        Column(header: "TS 2023", kind: .ts, year: 2023), Column(header: "TS 2024", kind: .ts, year: 2024),
    ], [
        CheckFixtures.row("Vakinaiset virat ja toimet 31.12.", ["39", "38", "35", "37", "23", "23"]),
        CheckFixtures.row("Henkilöstömenot €", ["-2 116 095", "-2 199 275", "-2 298 350", "-1 230 385", "-1 990 000", "-1 980 000"]),
        CheckFixtures.row("Muutos %", ["-4,4", "3,9", "9,0", "xx", "-21,5", "-0,5"]),
        CheckFixtures.row("Palvelujen ostot €", ["-3 101 706", "-3 287 792", "-3 359 080", "-1 872 999", "-2 815 000", "-2 795 000"]),
        CheckFixtures.row("Muutos %", ["4,7", "6,0", "2,2", "xx", "-16,3", "-0,7"]),
        CheckFixtures.row("Toimintakate €/asukas", ["-764", "-768", "-904", "-478", "-736", "-744"]),
    ])

    func testARowThatFollowsFromTheColumnBeforeIsCheckedAlone() {
        let checks = ChangeRowRule().checks(in: Self.tukipalvelut2)
        XCTAssertTrue(checks.allSatisfy { $0.outcome != .mismatch }, "an unprinted base is no error")
        XCTAssertEqual(Set(checks.map { [$0.row, $0.column] }), [[2, 1], [4, 1], [4, 2], [2, 5], [4, 5]])
        let ta = checks.first { $0.column == 2 }
        XCTAssertEqual(ta?.rule, "Muutos % = (TA 2022 − TP 2021) / TP 2021 × 100")
        XCTAssertEqual(ta?.actual, Decimal(string: "2.2"))
        // Without the table's convention (only one other column checked) nothing is added.
        var one = Self.tukipalvelut2
        for r in [2, 4] { one.rows[r].cells[5] = CheckFixtures.cell("xx") }
        XCTAssertFalse(ChangeRowRule().checks(in: one).contains { $0.column == 2 })
    }
}
