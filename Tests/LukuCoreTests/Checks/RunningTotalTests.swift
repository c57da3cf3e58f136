import XCTest
@testable import LukuCore

/// The company form's totals (RunningTotalRule) on the pages that prove them,
/// ../shared/real/koha-suomi-oy-tilinpaatos-2024.pdf p3 (tuloslaskelma) and p4 (tase). Expected
/// numbers are read off the printed page (`pdftotext -layout -f 3 -l 4`) and are the truth
/// file's identities for those tables.
final class RunningTotalTests: XCTestCase {
    private static var cached: Document?

    private func document() throws -> Document {
        if let d = Self.cached { return d }
        let path = SharedFolder.realDirectory.appendingPathComponent("koha-suomi-oy-tilinpaatos-2024.pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = 3...4
        let d = pipeline.run(path: path)
        Self.cached = d
        return d
    }

    private func totals(_ table: Table, _ label: String) -> [(check: Check, terms: [String])] {
        table.checks.filter { $0.rule == RunningTotalRule.rule && table.rows[$0.row].label == label }
            .map { c in (c, c.operands.map { table.rows[$0.row].label }) }
    }

    /// LIIKEVOITTO / -TAPPIO 2024 = 551 862,26 − 2 350,26 − 481 192,65 − 435,39 − 77 082,51 =
    /// −9 198,55: LIIKEVAIHTO and the three "Yhteensä" lines, not the items under them; then
    /// VOITTO / TAPPIO ENNEN … = −9 198,55 − 116,48 and TILIKAUDEN VOITTO / TAPPIO = −9 315,03
    /// + 312,96 = −9 002,07 (2023: −33 439,90). The Henkilöstökulut Yhteensä takes its three
    /// items (402 625,64 + 70 289,80 + 8 277,21).
    func testIncomeStatementChainOfTheCompanyForm() throws {
        let d = try document()
        let t = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == "LIIKEVAIHTO" } })
        let operating = totals(t, "LIIKEVOITTO / -TAPPIO")
        XCTAssertEqual(operating.map(\.check.actual), [Decimal(string: "-9198.55"), Decimal(string: "-32545.61")])
        XCTAssertEqual(operating.first?.terms, ["LIIKEVAIHTO", "Yhteensä", "Yhteensä", "Yhteensä", "Liiketoiminnan muut kulut"])
        XCTAssertEqual(totals(t, "VOITTO / TAPPIO ENNEN TILINPÄÄTÖSSIIRTOJA JA VEROJA").first?.terms,
                       ["LIIKEVOITTO / -TAPPIO", "Rahoitustuotot ja -kulut yhteensä"])
        let result = totals(t, "TILIKAUDEN VOITTO / TAPPIO")
        XCTAssertEqual(result.map(\.check.actual), [Decimal(string: "-9002.07"), Decimal(string: "-33439.9")])
        XCTAssertTrue(result.allSatisfy { $0.check.outcome == .ok })
        XCTAssertTrue(totals(t, "Yhteensä").contains { $0.terms == ["Palkat ja palkkiot", "Eläkekulut", "Muut henkilösivukulut"] })
    }

    /// Tase p4: VAIHTUVAT VASTAAVAT YHTEENSÄ 2024 = Yhteensä 16 239,63 (Myyntisaamiset +
    /// Muut saamiset + Siirtosaamiset) + Rahat ja pankkisaamiset 331 076,43 = 347 316,06.
    func testBalanceSheetGroupTotals() throws {
        let d = try document()
        let t = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == "VAIHTUVAT VASTAAVAT YHTEENSÄ" } })
        let current = totals(t, "VAIHTUVAT VASTAAVAT YHTEENSÄ")
        XCTAssertEqual(current.first?.terms, ["Yhteensä", "Rahat ja pankkisaamiset"])
        XCTAssertEqual(current.first?.check.actual, Decimal(string: "347316.06"))
        XCTAssertTrue(totals(t, "Yhteensä").contains { $0.terms == ["Myyntisaamiset", "Muut saamiset", "Siirtosaamiset"] })
    }

    /// A total whose lines above do not add up to it gives no check (the rule never guesses a
    /// mismatch), and a total of 0 proves nothing.
    func testNoCheckWithoutAnExactSum() {
        let columns = [Column(header: "2024"), Column(header: "2023")]
        let wrong = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Myyntisaamiset", ["15 078,44", "13 734,62"]),
            CheckFixtures.row("Muut saamiset", ["264,21", "0,00"]),
            CheckFixtures.row("Yhteensä", ["15 342,66", "13 734,62"]),
        ])
        XCTAssertTrue(RunningTotalRule().checks(in: wrong).isEmpty)
        let zero = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Muut saamiset", ["0,00", "0,00"]),
            CheckFixtures.row("Yhteensä", ["0,00", "0,00"]),
        ])
        XCTAssertTrue(RunningTotalRule().checks(in: zero).isEmpty)
    }
}
