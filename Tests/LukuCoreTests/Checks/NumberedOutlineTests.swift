import XCTest
@testable import LukuCore

/// The state budget's numbered outline (NumberedOutlineRule) on the page that proves it,
/// ../shared/real/valtion-talousarvio-2024-asiakirjayhdistelma.pdf p1-p3 (TULOARVIOT). Expected
/// numbers are read off the printed page (`pdftotext -layout -f 1 -l 3`) and agree with the
/// truth file's identities.
final class NumberedOutlineTests: XCTestCase {
    private static var cached: Document?

    private func tuloarviot() throws -> Table {
        if Self.cached == nil {
            let path = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
            guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
            var pipeline = Pipeline(pageThreads: 2)
            pipeline.pages = 1...3
            Self.cached = pipeline.run(path: path)
        }
        return try XCTUnwrap(Self.cached?.allTables.first { $0.rows.contains { $0.label == "Tuloarvioiden kokonaismäärä" } })
    }

    private func outline(_ table: Table, _ label: String) throws -> Check {
        let row = try XCTUnwrap(table.rows.firstIndex { $0.label == label }, label)
        return try XCTUnwrap(table.checks.first { $0.row == row && $0.rule == NumberedOutlineRule.rule }, label)
    }

    private func labels(_ check: Check, _ table: Table) -> [String] {
        check.operands.map { String(table.rows[$0.row].label.prefix(3)) }
    }

    /// Osasto 11 = its luvut 01 + 04 + 08 + 10 + 19 = 65 324 653 (not their momentit too), and
    /// luku 19 is read as the parent of its seven momentit (04 … 12 = 115 553), not as a leaf
    /// beside them: both readings add up to osasto 11, only one leaves no row unexplained.
    func testOsastoIsTheSumOfItsLuvutAndLuku19OfItsMomentit() throws {
        let t = try tuloarviot()
        let osasto = try outline(t, "11. VEROT JA VERONLUONTEISET TULOT")
        XCTAssertEqual(osasto.outcome, .ok)
        XCTAssertEqual(osasto.actual, 65_324_653)
        XCTAssertEqual(labels(osasto, t), ["01.", "04.", "08.", "10.", "19."])
        let luku19 = try outline(t, "19. Muut veronluonteiset tulot")
        XCTAssertEqual(luku19.expected, 115_553)
        XCTAssertEqual(labels(luku19, t), ["04.", "05.", "06.", "09.", "10.", "11.", "12."])
    }

    /// The grand total has no number: Tuloarvioiden kokonaismäärä = 11. + 12. + 13. + 15. =
    /// 65 324 653 + 7 851 130 + 2 518 908 + 11 860 801 = 87 555 492. A luku of one momentit of
    /// 0 (04. Osuus valtion rahalaitosten voitosta = 01. Osuus Suomen Pankin voitosta = 0) is a
    /// parent too: the next row, 01., cannot follow 04. as its sibling.
    func testGrandTotalAndAZeroLuku() throws {
        let t = try tuloarviot()
        let total = try outline(t, "Tuloarvioiden kokonaismäärä")
        XCTAssertEqual(total.outcome, .ok)
        XCTAssertEqual(total.actual, 87_555_492)
        XCTAssertEqual(labels(total, t), ["11.", "12.", "13.", "15."])
        let zero = try outline(t, "04. Osuus valtion rahalaitosten voitosta")
        XCTAssertEqual(zero.operands.map { t.rows[$0.row].label }, ["01. Osuus Suomen Pankin voitosta"])
        let checked = Set(t.checks.filter { $0.rule == NumberedOutlineRule.rule }.map(\.row))
        XCTAssertEqual(checked.count, 29, "4 osastot, 24 luvut and the grand total (truth notes: 4 osastot, 24 luvut, 90 momentit)")
        XCTAssertEqual(t.verifiedCells, t.numericCellCount)
    }

    /// The structure is proved by the sums, so a parent whose rows do not add up (or add up in
    /// two ways) gives no check at all: never a mismatch, never a guess.
    func testNoCheckWhenTheSumsDoNotProveOneStructure() {
        func outline(_ rows: [(String, String)]) -> [Check] {
            NumberedOutlineRule().checks(in: CheckFixtures.table(columns: [Column(header: "1000 €")],
                                                                 rows.map { CheckFixtures.row($0.0, [$0.1]) }))
        }
        let good = [("11. A", "30"), ("01. a", "10"), ("02. b", "20"), ("12. B", "5"), ("01. c", "2"), ("02. d", "3")]
        XCTAssertEqual(outline(good).map(\.row), [0, 3])
        XCTAssertTrue(outline(good).allSatisfy { $0.outcome == .ok })
        // 11. A printed 31 (a source error): neither it nor anything under it is reported.
        var wrong = good
        wrong[0].1 = "31"
        XCTAssertEqual(outline(wrong).map(\.row), [3])
        // 02. b = 0 may close A or sit beside "03. z": three readings, no check for A (and none
        // for "02. b = 03. z", 0 = 0 proves nothing).
        let ambiguous = [("11. A", "10"), ("01. a", "10"), ("02. b", "0"), ("03. z", "0")]
        XCTAssertTrue(outline(ambiguous).isEmpty)
    }
}
