import XCTest
@testable import LukuCore

/// Balances through the year and from one year to the next (BalanceMovementRule, CarryOverRule)
/// on the pages that prove them: ../shared/real/koha-suomi-oy-tilinpaatos-2024.pdf p5-p6 (oma
/// pääoma notes) and ../shared/real/kauhava-tilinpaatos-2024.pdf p33 (rahoituslaskelma, 1 000 €).
/// Expected numbers are read off the page (`pdftotext -layout`) and are the truth's identities.
final class BalanceCarryTests: XCTestCase {
    private func run(_ file: String, _ pages: ClosedRange<Int>) throws -> Document {
        let path = SharedFolder.realDirectory.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = pages
        return pipeline.run(path: path)
    }

    private func checks(_ d: Document, row label: String, rule: String) throws -> (Table, [Check]) {
        let t = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == label } }, label)
        let row = try XCTUnwrap(t.rows.firstIndex { $0.label == label })
        return (t, t.checks.filter { $0.row == row && $0.rule == rule })
    }

    /// Koha p5 sidottu oma pääoma: Tilikauden lopussa 2024 = 229 908,22 + 0,00; 2023 = 200 204,62
    /// + 21 451,95 = 221 656,57 against 229 908,22 printed: the mismatch the truth's notes name (the
    /// 2023 comparative repeats the 2022 increase). Tilikauden alussa 2024 = Tilikauden lopussa 2023.
    /// Vapaa oma pääoma: Kertyneet voittovarat 2024 = 49 236,06 − 9 002,07 = 40 233,99, and
    /// Edellisten tilikausien voitto 2024 = Kertyneet voittovarat 2023 = 49 236,06.
    func testOwnEquityMovementsAndCarryOver() throws {
        let d = try run("koha-suomi-oy-tilinpaatos-2024.pdf", 5...6)
        let (t, closing) = try checks(d, row: "Tilikauden lopussa", rule: BalanceMovementRule.rule)
        XCTAssertEqual(closing.map(\.outcome), [.ok, .mismatch])
        XCTAssertEqual(closing.last?.expected, Decimal(string: "221656.57"))
        XCTAssertEqual(closing.first?.operands.map { t.rows[$0.row].label },
                       ["Tilikauden alussa", "Osakepääoman korotus maksullisella osakeannilla"])
        let (_, opening) = try checks(d, row: "Tilikauden alussa", rule: CarryOverRule.rule)
        XCTAssertEqual(opening.map(\.column), [0])
        XCTAssertEqual(opening.first?.operands.map(\.column), [1])
        let (_, free) = try checks(d, row: "Kertyneet voittovarat (tappio)", rule: BalanceMovementRule.rule)
        XCTAssertEqual(free.map(\.actual), [Decimal(string: "40233.99"), Decimal(string: "49236.06")])
        XCTAssertTrue(free.allSatisfy { $0.outcome == .ok })
        let carried = d.allTables.flatMap { t in t.checks.filter { $0.rule == CarryOverRule.rule && t.rows[$0.row].label.hasPrefix("Edellisten") } }
        XCTAssertEqual(carried.count, 2, "p5 against Kertyneet voittovarat, p6 against Jakokelpoinen vapaa oma pääoma")
    }

    /// Kauhava p33: Rahavarat 1.1. 2024 = Rahavarat 31.12. 2023 = 16 940 (the truth's
    /// rahoituslaskelma identity). The group's p49 prints 27 678 against 33 188 (its companies
    /// changed): no check there, since neither number is wrong.
    func testCashCarriedIntoTheNextYear() throws {
        let d = try run("kauhava-tilinpaatos-2024.pdf", 33...33)
        let (_, cash) = try checks(d, row: "Rahavarat 1.1.", rule: CarryOverRule.rule)
        XCTAssertEqual(cash.map(\.actual), [16940])
        XCTAssertEqual(cash.first?.outcome, .ok)
        let group = try run("kauhava-tilinpaatos-2024.pdf", 49...49)
        XCTAssertTrue(group.allTables.flatMap(\.checks).filter { $0.rule == CarryOverRule.rule }.isEmpty)
    }
}
