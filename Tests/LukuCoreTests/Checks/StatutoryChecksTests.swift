import XCTest
@testable import LukuCore

/// The statutory chains and the column rules on the real pages that prove them
/// (../shared/real/kauhava-tilinpaatos-2024.pdf). Expected numbers are read off the printed page
/// (`pdftotext -layout`), and agree with the hand-made truth file.
final class StatutoryChecksTests: XCTestCase {
    private func document(_ pages: ClosedRange<Int>) throws -> Document {
        try KauhavaPages.document(pages)
    }

    private func checks(_ d: Document, page: Int, rule prefix: String) -> [(table: Table, check: Check)] {
        d.allTables.filter { $0.page == page }.flatMap { t in t.checks.filter { $0.rule.hasPrefix(prefix) }.map { (t, $0) } }
    }

    /// p30, tuloslaskelma in 1 000 € with costs unsigned: Vuosikate 2024 = -38 396 + 33 595 +
    /// 15 121 + 229 + 691 − 1 646 − 43 = 9 551, printed 9 552: rounding (7 terms allow 4); 2023
    /// gives 10 108 for 10 107 (the truth's "±1 rounding"). Tilikauden tulos = 9 552 − 6 275 +
    /// 885 − 0 = 4 162 exactly.
    func testIncomeStatementChainInThousands() throws {
        let d = try document(30...30)
        let vuosikate = checks(d, page: 30, rule: "VUOSIKATE =").map(\.check)
        XCTAssertEqual(vuosikate.map(\.outcome), [.rounding, .rounding])
        XCTAssertEqual(vuosikate.first?.expected, 9551)
        XCTAssertEqual(vuosikate.first?.actual, 9552)
        XCTAssertEqual(vuosikate.first?.operands.filter { $0.coefficient == -1 }.count, 2, "Korkokulut and Muut rahoituskulut subtracted")
        let tulos = checks(d, page: 30, rule: "TILIKAUDEN TULOS =").map(\.check)
        XCTAssertEqual(tulos.map(\.outcome), [.ok, .ok])
        XCTAssertEqual(tulos.first?.expected, 4162)
        let surplus = checks(d, page: 30, rule: "TILIKAUDEN YLIJÄÄMÄ").map(\.check)
        XCTAssertEqual(surplus.map(\.actual), [4291, 2281])
        XCTAssertTrue(surplus.allSatisfy(\.verifies))
    }

    /// p35, the balance sheet in 1 000 € printed side by side: VASTATTAVAA (second table) =
    /// VASTAAVAA (first table) = 138 421 and 130 900; II Aineelliset hyödykkeet 2024 = 10 879 +
    /// 65 660 + 13 419 + 284 + 163 + 10 777 = 101 182, printed 101 181: rounding (2023: 95 165
    /// for 95 166).
    func testBalanceSheetAcrossTablesAndOutlineSubtotals() throws {
        let d = try document(35...35)
        let balance = checks(d, page: 35, rule: BalanceSheetRule.rule)
        XCTAssertEqual(balance.map(\.check.outcome), [.ok, .ok])
        let assets = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == "VASTAAVAA" } })
        XCTAssertEqual(balance.first?.check.table, assets.id)
        XCTAssertEqual(balance.map(\.check.actual), [138421, 130900])

        let subtotal = checks(d, page: 35, rule: OutlineSubtotalRule.rule).filter {
            $0.table.rows[$0.check.row].label == "II Aineelliset hyödykkeet"
        }.map(\.check)
        XCTAssertEqual(subtotal.map(\.outcome), [.rounding, .rounding])
        XCTAssertEqual(subtotal.first?.expected, 101182)
        XCTAssertEqual(subtotal.first?.operands.count, 6)
        XCTAssertEqual(assets.verifiedCells, assets.numericCellCount, "Pitkäaikaiset saamiset 0 / 0 too, a term of II Saamiset")
    }

    /// p126, rahoitusosan toteutuminen: Poikkeama is printed as TA − Toteutuma for three outflow
    /// rows (a `sign` outcome: the document does it three times), and 'Talousarvio muutosten
    /// jälkeen' of Investointimenot is -15 660 700 + 220 000 = -15 440 700 but printed -15 880 700,
    /// a source error the truth names: a mismatch, flagged, never repaired.
    func testBudgetFollowUpSignAndRealMismatch() throws {
        let d = try document(126...126)
        let table = try XCTUnwrap(d.allTables.first { $0.page == 126 })
        let variance = table.checks.filter { $0.rule.hasPrefix("Poikkeama = Toteutuma") }
        XCTAssertEqual(variance.filter { $0.outcome == .sign }.map { table.rows[$0.row].label },
                       ["Tulorahoituksen korjauserät", "Investointimenot", "Pitkäaikasiten lainojen vähennys"])
        let revised = table.checks.filter { $0.rule.contains("= Alkuperäinen talousarvio + Talousarvio") }
        let investments = try XCTUnwrap(revised.first { table.rows[$0.row].label == "Investointimenot" })
        XCTAssertEqual(investments.outcome, .mismatch)
        XCTAssertEqual(investments.expected, -15440700)
        XCTAssertEqual(investments.actual, -15880700)
        XCTAssertEqual(table.rows[investments.row].cells[investments.column]?.value, -15880700)
        XCTAssertTrue(table.rows[investments.row].cells[investments.column]?.flags.contains(.checkFailed) ?? false)
        XCTAssertTrue(d.issues.contains { $0.code == "identity-mismatch" && $0.message.contains("Investointimenot")
            && $0.message.contains("terms: -15 660 700 + 220 000") })
    }

    /// p123: the Käyttö% column = TP 2024 / TA2024 × 100 (the pair found from the rows), and
    /// "Kauhavan kaupunki" = the eight boards below it.
    func testRatioColumnAndTotalRow() throws {
        let d = try document(123...123)
        let usage = checks(d, page: 123, rule: "Käyttö% = TP 2024 / TA2024 × 100").map(\.check)
        XCTAssertEqual(usage.count, 9)
        XCTAssertTrue(usage.allSatisfy(\.verifies), "\(usage.filter { !$0.verifies })")
        let total = checks(d, page: 123, rule: TableTotalRowRule.rule).map(\.check)
        XCTAssertTrue(total.contains { $0.row == 0 && $0.operands.count == 8 && $0.verifies })
    }

    /// p128-p129, rahoituslaskelma in euros with cents (tolerance 0): Rahavarojen muutos 2024 =
    /// -1 297 804,91 + 3 252 486,89 = 1 954 681,98 = 18 895 179,29 − 16 940 497,31 (the balances
    /// block continues on p129; read alone, those two pages give it a table of its own).
    func testCashFlowChainsInCents() throws {
        let d = try document(128...129)
        let all = d.allTables.flatMap(\.checks)
        let flows = all.filter { $0.rule.hasPrefix("RAHAVAROJEN MUUTOS = TOIMINNAN") }
        let balances = all.filter { $0.rule.hasPrefix("RAHAVAROJEN MUUTOS = RAHAVARAT") }
        XCTAssertTrue(all.filter { $0.rule.hasPrefix("TOIMINNAN JA INVESTOINTIEN") || $0.rule.hasPrefix("RAHOITUKSEN RAHAVIRTA") }
            .map(\.outcome) == [.ok, .ok, .ok, .ok])
        XCTAssertFalse(flows.isEmpty)
        XCTAssertFalse(balances.isEmpty)
        for check in flows + balances {
            XCTAssertEqual(check.outcome, .ok, "\(check)")
            XCTAssertEqual(check.tolerance, 0)
        }
        XCTAssertTrue(flows.contains { $0.actual == Decimal(string: "1954681.98") })
    }

    /// p124, verotulojen toteutuminen in 1 000 €: "Poikkeama" and "Vuosimuutos" (printed "Poik-" /
    /// "keama", "Vuosi-" / "muutos") name no columns they subtract; the rows say which they do: Poikkeama = TP 2024 − Ta 2024
    /// (Kiinteistövero 4 327 − 4 506 = −179, printed "- 179") and Vuosimuutos = TP 2024 − TP 2023.
    func testDifferenceColumnsFoundFromTheRows() throws {
        let d = try document(124...124)
        let poikkeama = checks(d, page: 124, rule: "Poikkeama = TP 2024 − Ta 2024").map(\.check)
        XCTAssertEqual(poikkeama.count, 4)
        XCTAssertTrue(poikkeama.allSatisfy { $0.outcome == .ok }, "\(poikkeama)")
        XCTAssertTrue(poikkeama.contains { $0.actual == -179 })
        let change = checks(d, page: 124, rule: "Vuosimuutos = TP 2024 − TP 2023").map(\.check)
        XCTAssertEqual(change.count, 4)
        XCTAssertTrue(change.allSatisfy(\.verifies), "\(change)")
        // The printed Vuosimuutos % does not follow from the amounts (truth note (5)): no pair of
        // columns explains it, so no ratio is claimed for it.
        XCTAssertTrue(checks(d, page: 124, rule: "Vuosimuutos % =").isEmpty)
    }

    /// ../shared/synth/synth-1000-14 p6 prints the unit table with unsigned costs and the net as a
    /// cost: Liikunta MENOT 5 119 900, TULOT 716 600, NETTOMENO 4 403 300 = MENOT − TULOT, in every
    /// column (Poikkeama 238 554 − (−32 254) = 270 808). That reading is used, not a mismatch.
    func testUnsignedCostsReadingOfAUnitTable() throws {
        let path = SharedFolder.url.appendingPathComponent("synth/synth-1000-14-sheet-joutsenkyla-2020.pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = 6...6
        let d = pipeline.run(path: path)
        let nettomeno = d.allTables.flatMap { t in t.checks.filter { $0.rule.hasPrefix("NETTOMENO = MENOT − TULOT") }.map { (t, $0) } }
        let liikunta = nettomeno.filter { $0.0.rows[$0.1.row].group == "Liikunta" }.map(\.1)
        XCTAssertEqual(liikunta.count, 4)
        XCTAssertTrue(liikunta.allSatisfy(\.verifies), "\(liikunta)")
        XCTAssertTrue(liikunta.contains { $0.actual == 4403300 && $0.expected == 4403300 })
        XCTAssertFalse(d.issues.contains { $0.code == "identity-mismatch" && $0.message.contains("Liikunta") })
    }
}
