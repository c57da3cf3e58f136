import XCTest
@testable import LukuCore

final class OperatingSumChecksTests: XCTestCase {
    typealias F = CheckFixtures

    func testSumsAndMarginPass() {
        let checks = OperatingSumRule().checks(in: F.operating())
        XCTAssertEqual(checks.map(\.rule), [
            "TOIMINTATUOTOT = sum of items", "TOIMINTATUOTOT = sum of items",
            "TOIMINTAKULUT = sum of items", "TOIMINTAKULUT = sum of items",
            "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT", "TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT",
        ])
        XCTAssertEqual(checks.map(\.row), [5, 5, 12, 12, 13, 13])
        XCTAssertEqual(checks.map(\.column), [0, 1, 0, 1, 0, 1])
        // TP 2024 TOIMINTAKULUT: the items add up to -6 305 570, printed -6 305 569 (real rounding).
        XCTAssertEqual(checks.map(\.ok), [true, true, true, false, true, true])
        XCTAssertEqual(checks[3].expected, -6305570)
        XCTAssertEqual(checks[3].actual, -6305569)
    }

    func testWrongTotalFails() {
        let checks = OperatingSumRule().checks(in: F.operating(kulut: "-6 345 569"))
        let kulut = checks.filter { $0.rule == "TOIMINTAKULUT = sum of items" && $0.column == 1 }
        XCTAssertEqual(kulut.map(\.ok), [false])
        let margin = checks.filter { $0.rule.hasPrefix("TOIMINTAKATE") && $0.column == 1 }
        XCTAssertEqual(margin.map(\.ok), [false])
        XCTAssertEqual(margin.first?.expected, Decimal(1607737) + Decimal(-6345569))
        XCTAssertEqual(margin.first?.actual, -4697832)
    }

    func testPlaceholderItemSkipsTheColumn() {
        let checks = OperatingSumRule().checks(in: F.operating(henkilosto: "xx"))
        XCTAssertEqual(checks.filter { $0.rule == "TOIMINTAKULUT = sum of items" }.map(\.column), [0])
        // The margin does not involve items, so it is still checked in both columns.
        XCTAssertEqual(checks.filter { $0.rule.hasPrefix("TOIMINTAKATE") }.map(\.column), [0, 1])
    }

    func testHeadingRowsAndKeyFiguresAreNotTotals() {
        let table = F.table(id: "p4-t1", columns: [F.fiveYears[0]], [
            F.row("TOIMINTATUOTOT", [""]),
            F.row("Myyntituotot", group: "TOIMINTATUOTOT", level: 1, ["10"]),
            F.row("Muut toimintatuotot", group: "TOIMINTATUOTOT", level: 1, ["5"]),
            F.row("TOIMINTATUOTOT", group: "TOIMINTATUOTOT", ["15"]),
            F.row("Toimintakate €/asukas", ["-926"]),
        ])
        let checks = OperatingSumRule().checks(in: table)
        XCTAssertEqual(checks, [Check(rule: "TOIMINTATUOTOT = sum of items", column: 0, row: 3, expected: 15, actual: 15)])
    }

    func testMarginNeedsBothTotalsInTheTable() {
        let table = F.table(columns: [F.fiveYears[0]], [
            F.row("Henkilöstökulut", group: "TOIMINTAKULUT", ["-10"]),
            F.row("TOIMINTAKULUT", group: "TOIMINTAKULUT", ["-10"]),
            F.row("TOIMINTAKATE/JÄÄMÄ", group: "TOIMINTAKULUT", ["-3"]),
        ])
        XCTAssertEqual(OperatingSumRule().checks(in: table).map(\.rule), ["TOIMINTAKULUT = sum of items"])
    }
}
