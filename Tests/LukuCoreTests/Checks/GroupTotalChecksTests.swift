import XCTest
@testable import LukuCore

final class GroupTotalChecksTests: XCTestCase {
    typealias F = CheckFixtures

    static func groups(total: String = "Toimiala yhteensä", menot: String = "-30") -> Table {
        F.table(columns: [F.fiveYears[0], F.fiveYears[1]], [
            F.row("MENOT", group: "A", ["-10", "-1"]),
            F.row("TULOT", group: "A", ["4", "siirretty"]),
            F.row("NETTOMENO", group: "A", ["-6", "-1"]),
            F.row("MENOT", group: "B", ["-20", "-2"]),
            F.row("TULOT", group: "B", ["5", "0"]),
            F.row("NETTOMENO", group: "B", ["-15", "-2"]),
            F.row("MENOT", group: total, [menot, "-3"]),
            F.row("TULOT", group: total, ["9", "0"]),
            F.row("NETTOMENO", group: total, ["-21", "-3"]),
        ])
    }

    func testTotalGroupIsTheSumOfTheGroupsAbove() {
        let checks = GroupTotalRule().checks(in: Self.groups())
        XCTAssertTrue(checks.allSatisfy { $0.rule == "Toimiala yhteensä = sum of groups" })
        // TULOT of group A has a placeholder in the second column: that cell is skipped.
        XCTAssertEqual(checks.map(\.row), [6, 6, 7, 8, 8])
        XCTAssertEqual(checks.map(\.column), [0, 1, 0, 0, 1])
        XCTAssertTrue(checks.allSatisfy(\.ok))
    }

    func testMismatchIsReportedWithThePrintedGroupName() {
        // Two groups: 1 of rounding is allowed, 5 is a mismatch.
        let checks = GroupTotalRule().checks(in: Self.groups(total: "YHTEENSÄ", menot: "-35"))
        let failed = checks.filter { !$0.ok }
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(failed.first?.rule, "YHTEENSÄ = sum of groups")
        XCTAssertEqual(failed.first?.expected, -30)
        XCTAssertEqual(failed.first?.actual, -35)
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(menot: "-31")).first?.outcome, .rounding)
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(total: "Hallintopalvelut yhteensä")).first?.rule,
                       "Hallintopalvelut yhteensä = sum of groups")
    }

    func testNoTotalGroupOrSeveralTotalGroupsGiveNothing() {
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(total: "C")), [])
        var table = Self.groups()
        table.rows += [F.row("MENOT", group: "Vastuualue yhteensä", ["-30", "-3"])]
        XCTAssertEqual(GroupTotalRule().checks(in: table), [])
    }

    func testGroupWithoutTheLabelSkipsThatLabel() {
        var table = Self.groups()
        table.rows.remove(at: 4) // TULOT of B
        let checks = GroupTotalRule().checks(in: table)
        XCTAssertFalse(checks.contains { IdentitySupport.key(table.rows[$0.row].label) == "TULOT" })
        XCTAssertTrue(checks.contains { IdentitySupport.key(table.rows[$0.row].label) == "MENOT" })
    }
}
