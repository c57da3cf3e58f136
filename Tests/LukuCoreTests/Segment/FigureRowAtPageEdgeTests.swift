import XCTest
@testable import LukuCore

/// `FigureRowAtPageEdge`: a table row closing (or opening) page after page with the same label is
/// no running foot (or head). Hold-out set 7 variant (`make_holdout7.py --only 11 --seed 1000`,
/// Fixtures.holdOut7AppReportPDF, wkhtmltopdf): a web application's report, one board's
/// MENOT / TULOT / NETTOMENO per page between the application's head and foot lines; expected
/// values from the printed pages.
final class FigureRowAtPageEdgeTests: XCTestCase {
    func testRowsClosingEveryPageStayAndTheApplicationsHeadAndFootGo() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut7AppReportPDF)
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(NumberJoiner().join) }
        let kept = PageDebrisFilter.filterPDF(lines).map(\.text)
        XCTAssertFalse(kept.contains { $0.contains("puh. 040 123 4567") }, "the foot goes: \(kept)")
        XCTAssertFalse(kept.contains { $0.contains("Tulostettu 15.1.2026") }, "the head goes")
        for label in ["MENOT", "TULOT", "NETTOMENO"] {
            XCTAssertEqual(kept.filter { $0.hasPrefix(label + " ") }.count, 5, label)
        }
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut7AppReportPDF).allTables
        XCTAssertEqual(tables.count, 5)
        XCTAssertEqual(tables.map { $0.rows.map(\.label) }, Array(repeating: ["MENOT", "TULOT", "NETTOMENO"], count: 5))
        XCTAssertEqual(PrintedFigures.values(try XCTUnwrap(tables.first?.rows.last)),
                       PrintedFigures.decimals(["-6633534", "-3385824", "133720", "-2970443", "-4480313"]))
        XCTAssertEqual(PrintedFigures.values(try XCTUnwrap(tables.last?.rows.last)),
                       PrintedFigures.decimals(["-66407", "-8161808", "-4116820", "127496", "-1153347"]))
    }

    /// The same pages as `pdftotext -layout` prints them (its lines copied, four pages): the rows
    /// stay, the head and foot lines go.
    func testLaidOutTextRowsClosingEveryPageStay() {
        func head(_ page: Int) -> String {
            "Talousraportointi · Raportti KT-104                                                                                                Tulostettu 15.1.2026 klo 9.42 · Sivu \(page)/5"
        }
        let boards = ["Kaupunginhallitus", "Sivistyslautakunta", "Tekninen lautakunta", "Ympäristölautakunta"]
        let foot = "Esimerkkikunta · Taloushallinto · puh. 040 123 4567"
        let rows = [" NETTOMENO                                            −6 633 534           −3 385 824                    133 720                 −2 970 443                  −4 480 313",
                    " NETTOMENO                                            −6 862 720           −4 931 210                 −4 893 592                 −2 102 569                  −6 401 157",
                    " NETTOMENO                                            −1 664 638          −6 134 181                 −1 329 742                −6 831 734                   −6 225 113",
                    " NETTOMENO                                            −4 986 426           −5 479 212                 −2 604 610                 −6 516 108                  −2 579 124"]
        let text = rows.enumerated().map { i, row in head(i + 1) + "\n\n3.\(i + 1) \(boards[i])\n" + row + "\n\n\n" + foot + "\n" }
            .joined(separator: "\u{0C}")
        let kept = PageDebrisFilter.filterText(Fixtures.textLines(text)).map(\.text).filter { !$0.isEmpty }
        XCTAssertEqual(kept.filter { $0.hasPrefix("NETTOMENO") }.count, 4, "\(kept)")
        XCTAssertFalse(kept.contains { $0.contains("puh.") || $0.contains("Tulostettu") }, "\(kept)")
    }

    func testWhatIsARow() {
        func row(_ s: String) -> Bool { FigureRowAtPageEdge.isRow(Fixtures.textLines(s)[0]) }
        XCTAssertTrue(row("NETTOMENO −6 633 534 −3 385 824 133 720 −2 970 443 −4 480 313"))
        XCTAssertTrue(row("TULOT 0 0 0 0 0"))
        XCTAssertTrue(row("Käyttö-% 98,2 % 101,4 % 99,0 %"))
        // Running heads and feet repeat words and change a number, a date or a time.
        XCTAssertFalse(row("Esimerkkikunta · Taloushallinto · puh. 040 123 4567"), "a phone number is no amount")
        XCTAssertFalse(row("Talousraportointi · Raportti KT-104 Tulostettu 15.1.2026 klo 9.42 · Sivu 1/5"))
        XCTAssertFalse(row("Lapuan kaupunki Pöytäkirja 11/2024 18 (29)"))
        XCTAssertFalse(row("Sivu 3 / 5"))
        XCTAssertFalse(row("€ TP 2024 TA 2025 TA 2026 TS 2027 TS 2028"), "a repeated head is left to its rules")
        XCTAssertFalse(row("Jäsenmaksu 1 000 €"))
        XCTAssertFalse(row("−6 633 534 −3 385 824 133 720"), "no label")
    }
}
