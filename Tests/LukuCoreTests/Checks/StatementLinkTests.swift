import XCTest
@testable import LukuCore

/// The identities between a company's statements and its notes, and between the budget
/// follow-up's parts, on the pages that prove them: ../shared/real/koha-suomi-oy-tilinpaatos-2024.pdf
/// pp. 3-6 and ../shared/real/kauhava-tilinpaatos-2024.pdf pp. 120-126. Every expected number is
/// read off the page (`pdftotext -layout`) and is one of the truth files' identities.
final class StatementLinkTests: XCTestCase {
    private func run(_ file: String, _ pages: ClosedRange<Int>) throws -> Document {
        let path = SharedFolder.realDirectory.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = pages
        return pipeline.run(path: path)
    }

    private func table(_ d: Document, with label: String) throws -> Table {
        try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == label } }, label)
    }

    private func checks(_ t: Table, row label: String, rule: String) throws -> [Check] {
        let row = try XCTUnwrap(t.rows.firstIndex { $0.label == label }, label)
        return t.checks.filter { $0.row == row && $0.rule == rule }
    }

    /// Koha pp. 3-6: the note captioned "Osakepääoma" closes at 229 908,22 in 2024 and 2023, the
    /// tase's Osakepääoma; the share table's "Euroa" 229 908,22 is the tase's 31.12.2024; the tase's
    /// "Koneet ja kalusto" 1 306,13 = 1 741,52 − 435,39 (Suunnitelman mukaiset poistot 2024, printed
    /// −435,39); "Jakokelpoinen vapaa oma pääoma" = p5's "Vapaa oma pääoma yhteensä" (40 233,99 and
    /// 49 236,06). None of them flags a cell.
    func testCompanyNotesAgreeWithTheBalanceSheet() throws {
        let d = try run("koha-suomi-oy-tilinpaatos-2024.pdf", 3...6)
        let tase = try table(d, with: "Osakepääoma")
        let equity = try XCTUnwrap(tase.rows.firstIndex { $0.label == "Osakepääoma" })

        let note = try table(d, with: "Tilikauden lopussa")
        let closing = try checks(note, row: "Tilikauden lopussa", rule: MovementNoteClosingRule.rule)
        XCTAssertEqual(closing.map(\.column), [0, 1])
        XCTAssertTrue(closing.allSatisfy { $0.table == tase.id && $0.operands.map(\.row) == [equity] && $0.outcome == .ok })
        XCTAssertEqual(closing.map(\.actual), [Decimal(string: "229908.22"), Decimal(string: "229908.22")])

        let shares = try table(d, with: "Osake")
        let byClass = try checks(shares, row: "Osake", rule: ShareCapitalByClassRule.rule)
        XCTAssertEqual(byClass.map(\.column), [1], "the Euroa column, not Kpl")
        XCTAssertEqual(byClass.first?.operands.map(\.column), [0], "31.12.2024, the latest year")
        XCTAssertEqual(byClass.first?.expected, Decimal(string: "229908.22"))

        let income = try table(d, with: "Suunnitelman mukaiset poistot")
        let machines = try checks(tase, row: "Koneet ja kalusto", rule: DepreciationOnlyChangeRule.rule)
        XCTAssertEqual(machines.map(\.column), [0], "2024 only: the table prints no 2022")
        let m = try XCTUnwrap(machines.first)
        XCTAssertEqual(m.table, income.id)
        XCTAssertEqual(m.operands.map(\.coefficient), [1, 1], "the cost is printed negative and is added")
        XCTAssertEqual(m.operands.first?.table, tase.id, "the opening value lies in the tase itself")
        XCTAssertEqual(m.expected, Decimal(string: "1306.13"))
        XCTAssertEqual(m.outcome, .ok)

        let free = try table(d, with: "Vapaa oma pääoma yhteensä")
        let distributable = try checks(try table(d, with: "Jakokelpoinen vapaa oma pääoma"),
                                       row: "Jakokelpoinen vapaa oma pääoma", rule: CounterpartItemRule.rule)
        XCTAssertEqual(distributable.map(\.actual), [Decimal(string: "40233.99"), Decimal(string: "49236.06")])
        XCTAssertTrue(distributable.allSatisfy { $0.table == free.id })

        let linked = [MovementNoteClosingRule.rule, ShareCapitalByClassRule.rule, DepreciationOnlyChangeRule.rule]
        XCTAssertFalse(d.allTables.flatMap(\.checks).contains { linked.contains($0.rule) && $0.outcome != .ok })
    }

    /// Kauhava p126 rahoitusosa: Investointimenot −15 660 700 / −15 880 700 / −12 331 778,01
    /// (Alkuperäinen TA, TA muutosten jälkeen, Toteutuma) = − p120 investointiosa YHTEENSÄ
    /// 15 660 700 / 15 880 700 / 12 331 778,01 (Alkuper. määräraha, Tarkistettu määräraha,
    /// Toteuma inv.menot). Without the investointiosa there is nothing to pair with.
    func testFundingPartInvestmentsAreTheInvestmentPartsTotal() throws {
        let d = try run("kauhava-tilinpaatos-2024.pdf", 120...126)
        let invest = try table(d, with: "Kaupunginhallitus yhteensä")
        let funding = try table(d, with: "Toiminta ja investoinnit, netto")
        let found = try checks(funding, row: "Investointimenot", rule: InvestmentPartRule.rule)
        XCTAssertEqual(found.map(\.column), [0, 2, 3])
        XCTAssertEqual(found.map(\.actual), [-15_660_700, -15_880_700, Decimal(string: "-12331778.01")!])
        XCTAssertTrue(found.allSatisfy { $0.table == invest.id && $0.operands.first?.coefficient == -1 && $0.outcome == .ok })
        XCTAssertEqual(found.compactMap { $0.operands.first.map { invest.columns[$0.column].header } },
                       ["Alkuper. määräraha", "Tarkistettu määräraha", "Toteuma inv.menot"])

        let alone = try run("kauhava-tilinpaatos-2024.pdf", 126...126)
        XCTAssertTrue(alone.allTables.flatMap(\.checks).filter { $0.rule == InvestmentPartRule.rule }.isEmpty)
    }
}
