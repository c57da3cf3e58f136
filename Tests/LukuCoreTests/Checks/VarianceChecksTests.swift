import XCTest
@testable import LukuCore

final class VarianceChecksTests: XCTestCase {
    typealias F = CheckFixtures

    static let poikkeama = F.table(id: "p4-t3", page: 4, columns: F.poikkeamaColumns, [
        F.row("MENOT", ["-6 649 150", "-6 305 569", "343 581", "-5,2"]),
        F.row("TULOT", ["1 204 150", "1 607 737", "403 587", "33,5 %"]),
        F.row("NETTOMENO", ["-5 445 000", "-4 697 832", "747 168", "-13,7"]),
    ])

    func testPoikkeamaPasses() {
        let checks = VarianceRule().checks(in: Self.poikkeama)
        XCTAssertEqual(checks.map(\.row), [0, 0, 1, 1, 2, 2])
        XCTAssertEqual(checks.map(\.column), [2, 3, 2, 3, 2, 3])
        XCTAssertEqual(checks.map(\.rule), Array(repeating: [
            "POIKKEAMA € = TP 2024 − TA+muutos 2024",
            "POIKKEAMA % = POIKKEAMA € / TA+muutos 2024 × 100",
        ], count: 3).flatMap { $0 })
        XCTAssertTrue(checks.allSatisfy(\.ok), "\(checks.filter { !$0.ok })")
        XCTAssertEqual(checks[1].expected, Decimal(string: "-5.2"))
    }

    func testPoikkeamaMismatchFails() {
        let table = F.table(columns: F.poikkeamaColumns, [
            F.row("MENOT", ["-6 649 150", "-6 305 569", "-343 581", "5,2"]),
            F.row("TULOT", ["1 204 150", "1 607 737", "403 587", "34,5"]),
        ])
        let checks = VarianceRule().checks(in: table)
        XCTAssertEqual(checks.map(\.ok), [false, true, true, false])
        XCTAssertEqual(checks[0].expected, 343581)
        XCTAssertEqual(checks[0].actual, -343581)
        // The % is checked against the printed amount: -343 581 / -6 649 150 × 100 = 5,167… → 5,2.
        XCTAssertEqual(checks[1].expected, Decimal(string: "5.2"))
        XCTAssertEqual(checks[3].expected, Decimal(string: "33.5"))
        XCTAssertEqual(checks[3].actual, Decimal(string: "34.5"))
    }

    func testActualBeforeBudgetIsUnderstood() {
        let columns = [F.poikkeamaColumns[1], F.poikkeamaColumns[0], F.poikkeamaColumns[2]]
        let table = F.table(columns: columns, [F.row("MENOT", ["-6 305 569", "-6 649 150", "343 581"])])
        let checks = VarianceRule().checks(in: table)
        XCTAssertEqual(checks.map(\.rule), ["POIKKEAMA € = TP 2024 − TA+muutos 2024"])
        XCTAssertEqual(checks.map(\.ok), [true])
    }

    /// Konserni- ja elinvoimapalvelut TA 2026: the MUUTOS € signs of MENOT and NETTOMENO are
    /// flipped (new − old = -1 495 560, printed 1 495 560): a `sign` outcome, not a mismatch.
    func testMuutosSignOnlyDifferencePasses() {
        let table = F.table(id: "p3-t3", page: 3, columns: F.muutosColumns, [
            F.row("MENOT", ["−6 837 670", "−8 333 230", "1 495 560", "21,9"]),
            F.row("TULOT", ["1 297 670", "1 261 230", "−36 440", "−2,8"]),
            F.row("NETTOMENO", ["−5 540 000", "−7 072 000", "1 532 000", "27,7"]),
        ])
        var checked = table
        _ = IdentityChecker(rules: [VarianceRule()], documentRules: []).check(&checked)
        let checks = checked.checks
        XCTAssertTrue(checks.allSatisfy(\.ok))
        XCTAssertEqual(checks.map(\.outcome), [.sign, .ok, .ok, .ok, .sign, .ok])
        XCTAssertEqual(checks[0].rule, "|MUUTOS €| = |TA 2026 − TA+muutos 2025|")
        XCTAssertEqual(checks[0].expected, -1495560)
        XCTAssertEqual(checks[0].actual, 1495560)
        XCTAssertEqual(checks[1].rule, "|MUUTOS %| = |MUUTOS € / TA+muutos 2025 × 100|")
        // The % keeps the arithmetic sign, so a flipped € sign is not reported twice.
        XCTAssertEqual(checks[1].expected, Decimal(string: "21.9"))
        XCTAssertEqual(checks.filter { $0.expected != $0.actual }.map(\.row), [0, 2])
    }

    func testMuutosMagnitudeMismatchFails() {
        let table = F.table(columns: F.muutosColumns, [
            F.row("MENOT", ["−6 837 670", "−8 333 230", "1 459 560", "−22,9"]),
        ])
        var checked = table
        _ = IdentityChecker(rules: [VarianceRule()], documentRules: []).check(&checked)
        let checks = checked.checks
        XCTAssertEqual(checks.map(\.ok), [false, false])
        XCTAssertEqual(checks[1].expected, Decimal(string: "-21.3"))
    }

    func testPercentRoundsHalfAwayFromZeroToThePrintedDecimals() {
        XCTAssertEqual(VarianceRule.rounded(Decimal(string: "10.65")!, decimals: 1), Decimal(string: "10.7"))
        XCTAssertEqual(VarianceRule.rounded(Decimal(string: "-10.65")!, decimals: 1), Decimal(string: "-10.7"))
        XCTAssertEqual(VarianceRule.rounded(Decimal(string: "-12.5")!, decimals: 0), -13)
        XCTAssertEqual(VarianceRule.rounded(Decimal(string: "-12.4999")!, decimals: 0), -12)
        XCTAssertEqual(VarianceRule.rounded(Decimal(string: "5.1667")!, decimals: 2), Decimal(string: "5.17"))
        // 25 / -200 × 100 = -12,5 printed with no decimals as -13.
        let table = F.table(columns: F.poikkeamaColumns, [F.row("MENOT", ["-200", "-175", "25", "-13"])])
        XCTAssertEqual(VarianceRule().checks(in: table).map(\.ok), [true, true])
    }

    func testPrintedDecimals() {
        XCTAssertEqual(VarianceRule.decimals(in: "-5,2"), 1)
        XCTAssertEqual(VarianceRule.decimals(in: "33,5 %"), 1)
        XCTAssertEqual(VarianceRule.decimals(in: "−20,00"), 2)
        XCTAssertEqual(VarianceRule.decimals(in: "14"), 0)
        XCTAssertNil(VarianceRule.decimals(in: "1,2,3"))
    }

    func testUnidentifiableLayoutsGiveNothing() {
        let row = F.row("MENOT", ["-10", "-8", "2", "-20,0"])
        // Two budget columns under POIKKEAMA: which one is the actual?
        let twoBudgets = [F.poikkeamaColumns[0], Column(header: "TA 2024", kind: .ta, year: 2024),
                          F.poikkeamaColumns[2], F.poikkeamaColumns[3]]
        // MUUTOS without years, or new before old.
        let noYears = [Column(header: "TA+muutos", kind: .taMuutos), Column(header: "TA", kind: .ta),
                       F.muutosColumns[2], F.muutosColumns[3]]
        let reversed = [F.muutosColumns[1], F.muutosColumns[0], F.muutosColumns[2], F.muutosColumns[3]]
        // % column of another kind, an unknown period column, and a fifth column.
        let mixed = [F.poikkeamaColumns[0], F.poikkeamaColumns[1], F.poikkeamaColumns[2], F.muutosColumns[3]]
        let unknown = [Column(header: "2024"), F.poikkeamaColumns[1], F.poikkeamaColumns[2], F.poikkeamaColumns[3]]
        let five = F.poikkeamaColumns + [Column(header: "TP 2023", kind: .tp, year: 2023)]
        for columns in [twoBudgets, noYears, reversed, mixed, unknown] {
            XCTAssertEqual(VarianceRule().checks(in: F.table(columns: columns, [row])), [], "\(columns.map(\.header))")
        }
        XCTAssertEqual(VarianceRule().checks(in: F.table(columns: five, [F.row("MENOT", ["-10", "-8", "2", "-20,0", "1"])])), [])
    }

    func testPlaceholdersAreSkipped() {
        let table = F.table(columns: F.muutosColumns, [
            F.row("MENOT", ["x", "−288 270", "x", "x"]),
            F.row("TULOT", ["0", "100", "100", "x"]),
        ])
        let checks = VarianceRule().checks(in: table)
        // TULOT: the amount is checked; the % has a placeholder and a zero base.
        XCTAssertEqual(checks.map(\.row), [1])
        XCTAssertEqual(checks.map(\.ok), [true])
    }
}
