import XCTest
@testable import LukuCore

/// The identities that closed gaps of `tools/identity_coverage.py` (issue 9), each on the real
/// pages that prove it: a total table summed from the unit tables (TableSumRule), the
/// investments' financing ratio (InvestmentFinancingRule), II Saamiset (BalanceSheetChains), one
/// item under other punctuation (SameItemRule.wordKey) and NETTOMENO in a MUUTOS € column.
/// Expected numbers are read off the printed pages (`pdftotext -layout`) and agree with
/// ../shared/truth.
final class TableSumTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus")

    private func corpus(_ name: String) throws -> Document {
        let path = Self.corpus.appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        return Pipeline(pageThreads: 2).run(path: path)
    }

    private func real(_ file: String, _ pages: ClosedRange<Int>? = nil) throws -> Document {
        let path = SharedFolder.realDirectory.appendingPathComponent(file).path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = pages
        return pipeline.run(path: path)
    }

    private func row(_ t: Table, _ label: String) throws -> Int {
        try XCTUnwrap(t.rows.firstIndex { $0.label == label }, label)
    }

    // MARK: TableSumRule

    /// Kemijärvi konserni TA 2026 p4: the toimiala käyttötalous TA 2026 is Hallintopalvelut (p8)
    /// + Viestintä (p16) + Elinkeino (p25-26): TOIMINTAKULUT -5 341 090 − 288 270 − 2 703 870 =
    /// -8 333 230. Palvelujen ostot sums to -3 847 710 against -3 848 420 and Aineet to -76 850
    /// against -36 850 (p8 and p25 print wrong items, the truth's notes (4) and (5)): mismatches,
    /// proved wrong by the twelve rows that hold. The first three columns are Hallintopalvelut's
    /// alone (the other two print nothing there): no sum, no check.
    func testKonserniToimialaIsTheSumOfItsVastuualueet() throws {
        let d = try corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let total = try XCTUnwrap(d.allTables.first { $0.page == 4 && $0.rows.contains { $0.label == "TOIMINTAKULUT" } })
        let sums = total.checks.filter { $0.rule == TableSumRule.rule }
        XCTAssertEqual(Set(sums.map(\.column)), [3, 4], "TA 2026 and KS 2026")
        let kulut = try row(total, "TOIMINTAKULUT")
        let c = try XCTUnwrap(sums.first { $0.row == kulut && $0.column == 3 })
        XCTAssertEqual(c.outcome, .ok)
        XCTAssertEqual(c.actual, -8333230)
        XCTAssertEqual(c.operands.count, 3)
        let parts = [c.table] + c.operands.dropFirst().map(\.table)
        XCTAssertEqual(parts.compactMap { $0 }.count, 3, "every part named: \(parts)")
        let pages = parts.compactMap { id in d.allTables.first { $0.id == id }?.page }
        XCTAssertEqual(pages, [8, 16, 25])
        let failed = sums.filter { $0.outcome == .mismatch }.map { total.rows[$0.row].label }
        XCTAssertEqual(Set(failed), ["Palvelujen ostot", "Aineet, tarvikkeet ja tavarat"])
        XCTAssertEqual(sums.filter { $0.outcome == .ok }.count, 24)
        XCTAssertTrue(d.issues.contains { $0.code == "identity-mismatch" && $0.message.contains("p8-t1 row 8 col 3") },
                      "the message lists the terms with their tables")
    }

    /// Lapua TA 2025 p1: kokonaistalous = the eight board tables of pp2-4. Toimintakulut is
    /// printed unsigned in the total (47 550 139) and negative in the boards: minus the sum. The
    /// TP 2023 column is in rounded euros: Toimintakate sums to -35 516 330 against -35 516 324,
    /// within the 8 units eight parts allow. "Valmistus omaan käyttöö" is clipped by its column;
    /// the boards print "Valmistus omaan käyttöön" (432 910 + 2 322 = 435 232).
    func testLapuaKokonaistalousIsTheSumOfTheBoards() throws {
        let d = try real("lapua-ta2025-lautakuntien-talousarviot.pdf")
        let total = try XCTUnwrap(d.allTables.first { $0.page == 1 })
        let sums = total.checks.filter { $0.rule == TableSumRule.rule }
        let kulut = try row(total, "Toimintakulut"), kate = try row(total, "Toimintakate"),
            valmistus = try row(total, "Valmistus omaan käyttöö")
        let k = sums.filter { $0.row == kulut }
        XCTAssertEqual(k.count, 4)
        XCTAssertTrue(k.allSatisfy { $0.operands.allSatisfy { $0.coefficient == -1 } && $0.operands.count == 8 })
        XCTAssertEqual(k.first?.actual, 47550139)
        let tp = try XCTUnwrap(sums.first { $0.row == kate && $0.column == 0 })
        XCTAssertEqual(tp.outcome, .rounding)
        XCTAssertEqual(tp.expected, -35516330)
        XCTAssertEqual(tp.tolerance, 8)
        let v = sums.filter { $0.row == valmistus }
        XCTAssertEqual(v.first?.expected, 435232)
        XCTAssertEqual(v.first?.operands.count, 2)
        XCTAssertTrue(sums.allSatisfy(\.verifies))
        // The boards' cells are operands of verified checks: every board's amounts are verified.
        let vaalit = try XCTUnwrap(d.allTables.first { $0.caption == "VAALIT" })
        XCTAssertEqual(vaalit.verifiedCells, vaalit.numericCellCount)
    }

    /// A part table that adds nothing to a column, or a total whose parts disagree in most cells,
    /// gives no check: built from the Lapua boards, a "total" that is one board plus noise.
    func testNoSumWithoutAgreement() throws {
        func board(_ id: String, _ tuotot: String, _ kulut: String, _ kate: String) -> Table {
            CheckFixtures.table(id: id, columns: Array(CheckFixtures.fiveYears.prefix(2)), [
                CheckFixtures.row("Toimintatuotot", [tuotot, tuotot]),
                CheckFixtures.row("Toimintakulut", [kulut, kulut]),
                CheckFixtures.row("Toimintakate", [kate, kate]),
            ])
        }
        let parts = [board("p2-t1", "26 182", "-25 908", "274"), board("p2-t2", "0", "-17 059", "-17 059")]
        let holds = board("p1-t1", "26 182", "-42 967", "-16 785")
        XCTAssertEqual(TableSumRule().checks(in: [holds] + parts).count, 6)
        let noise = board("p1-t1", "26 282", "-42 867", "-16 585")
        XCTAssertTrue(TableSumRule().checks(in: [noise] + parts).isEmpty)
    }

    // MARK: Other gaps

    /// Kauhava p33: Investointien tulorahoitus 2024 = 9 552 / (12 332 − 462) = 80,5 %, 2023 =
    /// 10 107 / (16 882 − 96) = 60,2 %. p35: II Saamiset = 0 + 4 426 (2024), 0 + 4 303 (2023).
    func testInvestmentFinancingAndReceivables() throws {
        let d = try KauhavaPages.document(33...35)
        let cash = try XCTUnwrap(d.allTables.first { $0.page == 33 && $0.rows.contains { $0.label == "Investointien tulorahoitus, %" } })
        let ratio = try row(cash, "Investointien tulorahoitus, %")
        let r = cash.checks.filter { $0.row == ratio && $0.rule.hasPrefix("Investointien tulorahoitus =") }
        XCTAssertEqual(r.map(\.expected), [Decimal(string: "80.5"), Decimal(string: "60.2")])
        XCTAssertTrue(r.allSatisfy { $0.outcome == .ok })
        let assets = try XCTUnwrap(d.allTables.first { $0.page == 35 && $0.rows.contains { $0.label == "II Saamiset" } })
        let saamiset = try row(assets, "II Saamiset")
        let s = assets.checks.filter { $0.row == saamiset && $0.rule.hasPrefix("SAAMISET =") }
        XCTAssertEqual(s.map(\.actual), [4426, 4303])
        XCTAssertTrue(s.allSatisfy { $0.outcome == .ok })
    }

    /// Koha-Suomi Oy p3 "TILIKAUDEN VOITTO / TAPPIO" -9 002,07 is p4's "Tilikauden voitto
    /// (-tappio)" and p5's "Tilikauden voitto (tappio)": one item, other punctuation.
    func testSameItemUnderOtherPunctuation() throws {
        XCTAssertEqual(SameItemRule.wordKey("TILIKAUDEN VOITTO / TAPPIO"), SameItemRule.wordKey("Tilikauden voitto (-tappio)"))
        XCTAssertNotEqual(SameItemRule.wordKey("Tilikauden yli-/alijäämä"), SameItemRule.wordKey("Tilikauden ylijäämä (alijäämä)"))
        let d = try real("koha-suomi-oy-tilinpaatos-2024.pdf", 3...5)
        let income = try XCTUnwrap(d.allTables.first { $0.page == 3 })
        let result = try row(income, "TILIKAUDEN VOITTO / TAPPIO")
        let all = d.allTables.flatMap { t in t.checks.filter { $0.rule == SameItemRule.rule }.map { (t, $0) } }
        let linked = all.filter { t, c in
            (t.id == income.id && c.row == result) || (c.table == income.id && c.operands.contains { $0.row == result })
        }
        XCTAssertGreaterThanOrEqual(linked.count, 2, "2024 and 2023")
        XCTAssertTrue(linked.allSatisfy { $0.1.actual == Decimal(string: "-9002.07") || $0.1.actual == Decimal(string: "-33439.9") })
    }

    /// Kemijärvi hallinto- ja tukipalvelut 2022 p3 määrärahat: MUUTOS € NETTOMENO -795 000 =
    /// -880 950 + 85 950. Lines printed as the PDF prints them; the sign of a MUUTOS may turn.
    func testNettomenoInAChangeColumn() throws {
        let columns = CheckFixtures.muutosColumns
        func table(_ tulot: String) -> Table {
            CheckFixtures.table(columns: columns, [
                CheckFixtures.row("MENOT", ["-6 341 800", "-7 222 750", "-880 950", "13,9"]),
                CheckFixtures.row("TULOT", ["806 800", "892 750", tulot, "10,7"]),
                CheckFixtures.row("NETTOMENO", ["-5 535 000", "-6 330 000", "-795 000", "14,4"]),
            ])
        }
        var t = table("85 950")
        _ = IdentityChecker().check(&t)
        let c = t.checks.filter { $0.rule == NettomenoRule.rule && $0.column == 2 }
        XCTAssertEqual(c.map(\.outcome), [.ok])
        var turned = table("-85 950")
        _ = IdentityChecker().check(&turned)
        XCTAssertEqual(turned.checks.filter { $0.rule == NettomenoRule.rule && $0.column == 2 }.map(\.outcome), [.sign])
        XCTAssertNil(turned.rows[2].cells[2]?.flags.first, "a sign is no mismatch")
    }

    /// Lapua sivistyslautakunta minutes 21.11.2024 pp17-18: opetustoiminta's header "TA 2024
    /// Tot. 09/2024 Tot-%" is on p17, its rows on p18 (read without headers). BorrowedHeaders gives
    /// it oppilashuolto's, so the lautakunta total = the five toimiala tables in TA 2024 and
    /// Tot. 09/2024: Toimintatuotot 1 305 950 = 438 900 + 119 250 + 381 300 + 366 500 + 0.
    func testAHeaderlessPartIsSummedUnderItsNeighboursHeaders() throws {
        let d = try real("lapua-sivla-poytakirja-2024-11-21.pdf", 17...18)
        let tables = d.allTables
        let part = try XCTUnwrap(tables.first { $0.rows.first?.cells.first??.text == "438.900" })
        XCTAssertTrue(BorrowedHeaders.headerless(part), "the printed table keeps no header")
        let total = try XCTUnwrap(tables.first { $0.columns.count == 6 && $0.rows.contains { $0.label == "Toimintakate" } })
        let sums = total.checks.filter { $0.rule == TableSumRule.rule }
        XCTAssertEqual(Set(sums.map(\.column)), [3, 4], "TA 2024 and Tot. 09/2024")
        XCTAssertEqual(sums.count, 6)
        XCTAssertTrue(sums.allSatisfy { $0.outcome == .ok || $0.outcome == .rounding })
        XCTAssertTrue(sums.allSatisfy { $0.operands.count == 5 })
        XCTAssertTrue(sums.allSatisfy { c in ([c.table] + c.operands.map(\.table)).contains(part.id) })
        let tuotot = try XCTUnwrap(sums.first { $0.row == (try? row(total, "Toimintatuotot")) && $0.column == 3 })
        XCTAssertEqual(tuotot.actual, 1_305_950)
    }

    /// Kemijärvi konserni- ja elinvoimapalvelut TA 2026 p16: Viestintä- ja markkinointipalvelut's
    /// määrärahat TULOT 0 is its käyttötalous TOIMINTATUOTOT 0 (TA 2026), because MENOT −288 270 and
    /// NETTOMENO −288 270 pair the same two columns (ZeroCounterpart); zeros alone give no check.
    func testAZeroIsTheSameAmountWhereItsSiblingsAgree() throws {
        let path = Self.corpus.appendingPathComponent("kemijarvi-konserni-elinvoima-ta2026.pdf").path
        guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("\(path) is missing") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = 16...17  // the käyttötalous table runs onto p17
        let d = pipeline.run(path: path)
        let maararahat = try XCTUnwrap(d.allTables.first { t in t.rows.first?.label == "MENOT" && t.rows.contains { $0.label == "TULOT" } && t.rows.count == 3 })
        let tulot = try row(maararahat, "TULOT")
        let zero = maararahat.checks.filter { $0.rule == CounterpartItemRule.rule && $0.row == tulot }
        XCTAssertEqual(zero.count, 1)
        XCTAssertEqual(zero.first?.actual, 0)
        XCTAssertEqual(zero.first?.outcome, .ok)
        XCTAssertEqual(maararahat.checks.filter { $0.rule == CounterpartItemRule.rule && $0.column == zero.first?.column }.count, 3)
        // Without two agreeing siblings a zero pair is not kept.
        XCTAssertTrue(ZeroCounterpart.kept([ZeroCounterpart.Candidate(holder: 0, check: try XCTUnwrap(zero.first))], agreeing: []).isEmpty)
    }
}
