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
        // TP 2024 TOIMINTAKULUT: the items add up to -6 305 570, printed -6 305 569 (real rounding,
        // within the 3 € that six whole-euro items allow).
        XCTAssertEqual(checks.map(\.outcome), [.ok, .ok, .ok, .rounding, .ok, .ok])
        XCTAssertEqual(checks[3].tolerance, 3)
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
        // The sum's operands are the two items, not the heading row nor the key figure.
        XCTAssertEqual(checks, [Check(rule: "TOIMINTATUOTOT = sum of items", column: 0, row: 3,
                                      operands: [.init(row: 1, column: 0), .init(row: 2, column: 0)], expected: 15, actual: 15,
                                      tolerance: 1)])
    }

    func testMarginNeedsBothTotalsInTheTable() {
        let table = F.table(columns: [F.fiveYears[0]], [
            F.row("Henkilöstökulut", group: "TOIMINTAKULUT", ["-10"]),
            F.row("TOIMINTAKULUT", group: "TOIMINTAKULUT", ["-10"]),
            F.row("TOIMINTAKATE/JÄÄMÄ", group: "TOIMINTAKULUT", ["-3"]),
        ])
        XCTAssertEqual(OperatingSumRule().checks(in: table).map(\.rule), ["TOIMINTAKULUT = sum of items"])
    }

    /// Kauhava 2024 p. 127 (tuloslaskelma) and p. 132 (konsernituloslaskelma): the statutory lines
    /// between the totals belong to the margin.
    func testOwnWorkAndShareOfAssociatesAreInTheMargin() {
        let income = F.table(columns: [Column(header: "2024")], [
            F.row("TOIMINTATUOTOT", ["7 725 767,34"]),
            F.row("Valmistus omaan käyttöön", ["94 785,53"]),
            F.row("TOIMINTAKULUT", ["-46 216 718,06"]),
            F.row("Toimintakate/Jäämä", ["-38 396 165,19"]),
        ])
        let checks = OperatingSumRule().checks(in: income)
        XCTAssertEqual(checks.map(\.ok), [true])
        XCTAssertEqual(checks.first?.rule, OperatingSumRule.marginWithExtrasRule)
        let group = F.table(columns: [Column(header: "2024")], [
            F.row("Toimintatuotot", ["30 954 877"]),
            F.row("Toimintakulut", ["-68 313 341"]),
            F.row("Osuus osakkusyhteisöjen voitosta (tappiosta)", ["20 842"]),
            F.row("Toimintakate", ["-37 337 622"]),
        ])
        XCTAssertEqual(OperatingSumRule().checks(in: group).map(\.ok), [true], "misspelt share line still counts")
    }

    /// Kauhava 2024 p. 30: a key-figure table prints expenses as a magnitude; deviation columns
    /// (p. 80 Poikkeama) add positive expenses. Either way the printed numbers stay as printed.
    func testExpensesPrintedAsMagnitude() {
        let keyFigures = F.table(columns: [Column(header: "2024"), Column(header: "Poikkeama")], [
            F.row("Toimintatuotot", ["7 726", "103 512"]),
            F.row("Valmistus omaan käyttöön", ["95", "0"]),
            F.row("Toimintakulut", ["46 217", "309 321"]),
            F.row("Toimintakate", ["-38 396", "412 833"]),
        ])
        let checks = OperatingSumRule().checks(in: keyFigures)
        XCTAssertEqual(checks.map(\.ok), [true, true])
        XCTAssertEqual(checks.map(\.expected), [-38396, 412833])
        let wrong = F.table(columns: [Column(header: "2024")], [
            F.row("Toimintatuotot", ["7 726"]),
            F.row("Toimintakulut", ["46 217"]),
            F.row("Toimintakate", ["-38 000"]),
        ])
        XCTAssertEqual(OperatingSumRule().checks(in: wrong).map(\.ok), [false], "neither reading fits")
    }
}
