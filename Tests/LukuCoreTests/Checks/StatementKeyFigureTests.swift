import XCTest
@testable import LukuCore

/// The identities issue 9's coverage tool found untested, each on the real and synthetic pages
/// that prove it (BalanceSheetKeyFigures, CashBalanceRule, RatioColumnRule's unnamed share
/// columns and zero bases, UniformDeviationColumn.changeColumns, PrintedPrecision). Expected
/// numbers are read off the printed pages (`pdftotext -layout`) and agree with ../shared/truth.
final class StatementKeyFigureTests: XCTestCase {
    private static var cache: [String: Document] = [:]
    private static let lock = NSLock()

    /// A document of ../shared (real/…, synth/…), read once; skips when absent.
    private func shared(_ relative: String, pages: ClosedRange<Int>? = nil) throws -> Document {
        let key = relative + (pages.map { "\($0)" } ?? "")
        Self.lock.lock()
        defer { Self.lock.unlock() }
        if let d = Self.cache[key] { return d }
        let url = SharedFolder.url.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) not found (../shared)") }
        var pipeline = Pipeline(pageThreads: 2)
        pipeline.pages = pages
        let d = pipeline.run(path: url.path)
        Self.cache[key] = d
        return d
    }

    /// The table on `page` with a row labelled `label`, and that row's checks of `rule` (a prefix).
    private func checks(_ d: Document, page: Int, row label: String, rule: String,
                        file: StaticString = #filePath, line: UInt = #line) throws -> (Table, [Check]) {
        let t = try XCTUnwrap(d.allTables.first { $0.page == page && $0.rows.contains { $0.label == label } },
                              "no \(label) on p\(page)", file: file, line: line)
        let r = try XCTUnwrap(t.rows.firstIndex { $0.label == label })
        return (t, t.checks.filter { $0.row == r && $0.rule.hasPrefix(rule) })
    }

    private func flagged(_ t: Table) -> Bool {
        t.rows.flatMap(\.cells).contains { $0?.flags.contains(.checkFailed) == true }
    }

    // MARK: BalanceSheetKeyFigures

    /// Kauhava p35, taseen tunnusluvut under VASTATTAVAA (1 000 €): Kertynyt yli-/alijäämä 18 061 =
    /// III Ed. tilikausien 13 770 + IV Tilikauden 4 291 (2023: 11 489 + 2 281 = 13 770);
    /// Omavaraisuusaste 100 × (54 712 + 927) / (138 421 − 495) = 40,3 (2023: 39,5); Suhteellinen
    /// velkaantuneisuus 100 × (81 710 − 495) / (7 726 + 33 595 + 15 121) = 143,9 with the p30
    /// tuloslaskelma (2023: 133,7); Lainasaamiset 2 595 = Muut lainasaamiset of the vastaavaa half.
    func testBalanceSheetKeyFiguresOnKauhavaP35() throws {
        let d = try KauhavaPages.document(30...35)
        let (t, accumulated) = try checks(d, page: 35, row: "Kertynyt yli-/alijäämä, 1000 €", rule: "Kertynyt")
        XCTAssertEqual(accumulated.map(\.expected), [18061, 13770])
        XCTAssertEqual(accumulated.map(\.outcome), [.ok, .ok])
        XCTAssertEqual(accumulated.first?.operands.map { t.rows[$0.row].label },
                       ["III Ed. tilikausien yli-/alijäämä", "IV Tilikauden yli-/alijäämä"])
        let (_, solvency) = try checks(d, page: 35, row: "Omavaraisuusaste, %", rule: "Omavaraisuusaste")
        XCTAssertEqual(solvency.map(\.expected), [Decimal(string: "40.3"), Decimal(string: "39.5")])
        XCTAssertEqual(solvency.map(\.outcome), [.ok, .ok])
        let (_, debt) = try checks(d, page: 35, row: "Suhteellinen velkaantuneisuus, %", rule: "Suhteellinen")
        XCTAssertEqual(debt.map(\.expected), [Decimal(string: "143.9"), Decimal(string: "133.7")])
        let income = try XCTUnwrap(d.allTables.first { $0.page == 30 })
        XCTAssertEqual(debt.first?.table, income.id, "käyttötulot from the p30 tuloslaskelma")
        XCTAssertEqual(debt.first?.operands.first?.table, t.id, "Vieras pääoma in the key figures' own table")
        let (_, loans) = try checks(d, page: 35, row: "Lainasaamiset, 1000 €", rule: "Lainasaamiset")
        XCTAssertEqual(loans.map(\.expected), [2595, 2673])
        XCTAssertNotEqual(loans.first?.table, t.id, "Muut lainasaamiset stands in the vastaavaa half")
        XCTAssertFalse(flagged(t))
    }

    /// synth-1000-23 p4: "Kertynyt yli-/alijäämä, 1 000 €" -2 258 under a tase in euros without a
    /// unit line: -1 422 014 + -835 959 = -2 257 973 € → -2 258 (2023: -1 422); Omavaraisuusaste
    /// 36,1 / 40,5 from the same euros.
    func testKeyFiguresInThousandsOverATaseInEuros() throws {
        let d = try shared("synth/synth-1000-23-sheet-katajalampi-2024.pdf")
        let (t, accumulated) = try checks(d, page: 4, row: "Kertynyt yli-/alijäämä, 1 000 €", rule: "Kertynyt")
        XCTAssertEqual(accumulated.map(\.expected), [-2258, -1422])
        XCTAssertTrue(accumulated.allSatisfy { $0.outcome != .mismatch })
        XCTAssertTrue(accumulated.allSatisfy { $0.rule.hasSuffix("(euros / 1000)") })
        let (_, solvency) = try checks(d, page: 4, row: "Omavaraisuusaste, %", rule: "Omavaraisuusaste")
        XCTAssertEqual(solvency.map(\.actual), [Decimal(string: "36.1"), Decimal(string: "40.5")])
        XCTAssertFalse(flagged(t))
    }

    // MARK: CashBalanceRule

    /// Kauhava p128 Rahavarat 31.12. 18 895 179,29 = p130 Rahat ja pankkisaamiset (euros), p33 18 895
    /// = p35 (1 000 €); synth-1000-18 p3 9 730 297,88 = 6 017 351,01 + Rahoitusarvopaperit
    /// 3 712 946,87; synth-1000-02 p4 prints 3 944 080,44 against a tase of 2 277 677,88: no check
    /// and no flag (agreement only).
    func testCashAtTheEndOfTheYearIsTheBalanceSheetsCash() throws {
        let k = try KauhavaPages.document(128...130)
        let (_, euros) = try checks(k, page: 128, row: "Rahavarat 31.12.", rule: CashBalanceRule.rule)
        XCTAssertEqual(euros.map(\.expected), [Decimal(string: "18895179.29"), Decimal(string: "16940497.31")])
        XCTAssertEqual(euros.map(\.outcome), [.ok, .ok])
        let sheet = try XCTUnwrap(k.allTables.first { $0.page == 130 })
        XCTAssertEqual(euros.first?.table, sheet.id)

        let s18 = try shared("synth/synth-1000-18-word-pauhavaara-2020.pdf")
        let (_, withSecurities) = try checks(s18, page: 3, row: "Rahavarat 31.12.", rule: CashBalanceRule.rule)
        XCTAssertEqual(withSecurities.first?.operands.count, 2, "Rahat ja pankkisaamiset + Rahoitusarvopaperit")
        XCTAssertEqual(withSecurities.first?.expected, Decimal(string: "9730297.88"))

        let s02 = try shared("synth/synth-1000-02-sheet-louhivirta-2019.pdf")
        let (t02, none) = try checks(s02, page: 4, row: "Rahavarat 31.12.", rule: CashBalanceRule.rule)
        XCTAssertTrue(none.isEmpty)
        XCTAssertFalse(flagged(t02))
    }

    // MARK: RatioColumnRule

    /// Lapua minutes: the opetustoiminta table's header "TA 2024 Tot. 09/2024 Tot-%" stands at the
    /// foot of p17, its rows on p18, so its columns have no header; "79,5" = 100 × 349 095 /
    /// 438 900, "78,5" = 100 × 13 155 924 / 16 756 130 and 100 × 12 806 828 / 16 317 230.
    func testShareColumnWithoutItsHeader() throws {
        let d = try shared("real/lapua-sivla-poytakirja-2024-11-21.pdf", pages: 17...18)
        let (t, share) = try checks(d, page: 18, row: "Toimintatuotot", rule: "column 3")
        XCTAssertTrue(t.columns.allSatisfy { $0.header.isEmpty }, "the header stayed on p17")
        XCTAssertEqual(share.map(\.expected), [Decimal(string: "79.5")])
        let all = t.checks.filter { $0.rule.hasPrefix("column 3 = column 2 / column 1") }
        XCTAssertEqual(all.map(\.row), [0, 1, 2])
        XCTAssertTrue(all.allSatisfy { $0.outcome == .ok })
    }

    /// Kauhava p125: Toteuma % and Muutos % print "0,0" where the base is 0 (Kertaluonteiset
    /// poistot: Talousarvio 0, Toteuma -263 372; Rahastojen muutos: TP 2023 0, Muutos 300); Lapua
    /// minutes p18 prints "100" over TA 0 (sivistyslautakunta hallinto Toimintatuotot), no check.
    func testZeroBasePrintsZero() throws {
        let d = try KauhavaPages.document(124...126)  // one page alone keeps its running head in the header
        let (_, once) = try checks(d, page: 125, row: "Kertaluonteiset poistot", rule: "Toteuma %")
        XCTAssertEqual(once.map(\.outcome), [.ok])
        XCTAssertTrue(once.first?.rule.hasSuffix("0 where Talousarvio € is 0") == true)
        let (_, funds) = try checks(d, page: 125, row: "Rahastojen muutos", rule: "Muutos %")
        XCTAssertEqual(funds.map(\.actual), [0])

        let lapua = try shared("real/lapua-sivla-poytakirja-2024-11-21.pdf", pages: 17...18)
        let hallinto = try XCTUnwrap(lapua.allTables.first { t in
            t.page == 18 && t.rows.first?.cells.last??.value == 100
        })
        XCTAssertTrue(hallinto.checks.filter { $0.row == 0 && $0.column == 2 }.isEmpty)
    }

    // MARK: UniformDeviationColumn.changeColumns

    /// Kauhava p124 (1 000 €): Vuosimuutos = TP 2024 − TP 2023 in every row (725 printed for
    /// 26 441 − 25 715 = 726: rounding), so its Verotulot 423 is the sum 725 + 336 − 639 = 422
    /// within rounding. Kemijärvi konserni p7 määrärahat prints MUUTOS € = TA+muutos 2025 −
    /// TA 2026 in all three rows (-1 496 580, 423 140, -1 073 440) and sums; p3 prints MENOT's as
    /// 2025 − 2026 (1 495 560) and TULOT's as 2026 − 2025 (-36 440): that column does not.
    func testChangeColumnSumsWhenEveryRowIsTheSameDifference() throws {
        let d = try KauhavaPages.document(124...126)
        let (_, total) = try checks(d, page: 124, row: "Verotulot", rule: "total row")
        let vuosimuutos = total.filter { $0.column == 5 }
        XCTAssertEqual(vuosimuutos.map(\.expected), [422])
        XCTAssertEqual(vuosimuutos.map(\.outcome), [.rounding])

        func maararahat(_ rows: [(String, [String])]) -> Table {
            var t = CheckFixtures.table(columns: [Column(header: "TA+muutos 2025"), Column(header: "TA 2026"), Column(header: "MUUTOS €")],
                                        rows.map { CheckFixtures.row($0.0, $0.1) })
            t.columns[2].kind = .muutos
            return t
        }
        let p7 = maararahat([("MENOT", ["-6 837 670", "-5 341 090", "-1 496 580"]),
                             ("TULOT", ["1 297 670", "874 530", "423 140"]),
                             ("NETTOMENO", ["-5 540 000", "-4 466 560", "-1 073 440"])])
        XCTAssertEqual(UniformDeviationColumn.changeColumns(p7, additive: [0, 1]), [2])
        let p3 = maararahat([("MENOT", ["-6 837 670", "-8 333 230", "1 495 560"]),
                             ("TULOT", ["1 297 670", "1 261 230", "-36 440"]),
                             ("NETTOMENO", ["-5 540 000", "-7 072 000", "1 532 000"])])
        XCTAssertTrue(UniformDeviationColumn.changeColumns(p3, additive: [0, 1]).isEmpty)
    }

    // MARK: PrintedPrecision

    /// Kauhava p116 → p117: the tuloslaskelmaosa in cents ends p116; p117 repeats its five headers
    /// over the verotulot in 1 000 € ("Verotulot 31 902"), another table. synth-1000-07 p7 → p8:
    /// the cents tuloslaskelma goes on under its repeated header with "Vuosikate, €/asukas 89" and
    /// "Asukasmäärä 35 776", its own tail.
    func testCentsAndWholeNumbersAcrossAPageBreak() throws {
        let k = try KauhavaPages.document(116...117)
        let statement = try XCTUnwrap(k.allTables.first { $0.page == 116 })
        XCTAssertEqual(statement.rows.filter { $0.label == "Verotulot" }.count, 1)
        XCTAssertEqual(statement.rows.last?.label, "Tilikauden yli-/alijäämä")
        let taxes = try XCTUnwrap(k.allTables.first { $0.page == 117 && $0.rows.first?.label == "Verotulot" })
        XCTAssertEqual(taxes.rows.first?.cells.first??.value, 31902)

        let s07 = try shared("synth/synth-1000-07-html-honkakoski-2019.pdf")
        let income = try XCTUnwrap(s07.allTables.first { $0.page == 7 && $0.rows.contains { $0.label == "Vuosikate, €/asukas" } })
        XCTAssertEqual(income.pages, [7, 8])
    }
}
