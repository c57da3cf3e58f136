import XCTest
@testable import LukuCore

/// `FigureBesideTableSplitter`: a chart printed beside a table (its bar figures and axis years
/// level with the table's rows). Hold-out set 11 variant (`make_holdout11.py --only 05 --seed
/// 1000`, WeasyPrint); expected values from the printed page (`pdftotext -layout`:
/// `I Aineettomat hyödykkeet  246 149,10  861 017,03 … 18,9`, the years `2021 … 2025` between
/// `II Rahat ja pankkisaamiset` and `VASTAAVAA YHTEENSÄ  112 981 025,75 62 563 970,97`).
final class FigureBesideTableSplitterTests: XCTestCase {
    func testChartLabelsLeaveTheRowsAndTheTotalRowStays() throws {
        let doc = try Pipeline(pageThreads: 1).run(path: Fixtures.holdOutSet11ChartBesideTasePDF)
        let tables = doc.allTables
        XCTAssertEqual(tables.count, 2)   // no table of bar figures
        let va = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "VASTAAVAA YHTEENSÄ" } })
        func values(_ label: String, _ t: Table) throws -> [Decimal?] { try PrintedFigures.values(of: label, in: t) }
        XCTAssertEqual(va.columns.count, 2)   // the axis years are no period columns
        XCTAssertEqual(try values("I Aineettomat hyödykkeet", va), PrintedFigures.decimals(["246149.10", "861017.03"]))
        XCTAssertEqual(try values("VASTAAVAA YHTEENSÄ", va), PrintedFigures.decimals(["112981025.75", "62563970.97"]))
        let vt = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "VASTATTAVAA YHTEENSÄ" } })
        XCTAssertEqual(vt.columns.count, 2)
        XCTAssertEqual(try values("A OMA PÄÄOMA", vt), PrintedFigures.decimals(["35833871.75", "31368332.28"]))
        XCTAssertEqual(try values("III Tilikauden ylijäämä", vt), PrintedFigures.decimals(["2064409.62", "2715283.88"]))
        XCTAssertEqual(try values("VASTATTAVAA YHTEENSÄ", vt), PrintedFigures.decimals(["112981025.75", "62563970.97"]))
        let issue = try XCTUnwrap(doc.issues.first { $0.code == "figure-labels" })
        XCTAssertEqual(issue.severity, .info)
        XCTAssertEqual(issue.page, 1)
    }

    /// The same chart in `pdftotext -layout` (character columns are columns too): the bar figure
    /// `18,9` is no third cell of `I Aineettomat hyödykkeet`, the axis years no period header.
    func testLayoutTextChartLeftOut() throws {
        let text = [
            "VASTAAVAA",
            "                                        31.12.2025         31.12.2024",
            "                                                                                            26,4                               27,5",
            " A PYSYVÄT VASTAAVAT               98 794 839,99 58 010 313,84",
            "   I Aineettomat hyödykkeet              246 149,10        861 017,03                                                18,9",
            "   II Aineelliset hyödykkeet        79 354 226,85      42 594 948,82",
            "                                                                                  13,7",
            "   III Sijoitukset                  19 194 464,04      14 554 347,99",
            "                                                                                                         9,3",
            " B VAIHTUVAT VASTAAVAT             14 186 185,76       4 553 657,13",
            "   I Saamiset                           2 761 845,09    2 730 359,06",
            "   II Rahat ja pankkisaamiset       11 424 340,67       1 823 298,07",
            "                                                                                  2021      2022      2023        2024         2025",
            " VASTAAVAA YHTEENSÄ              112 981 025,75 62 563 970,97",
            "                                                                             Kuvio 1. Taseen loppusumma, milj. €",
            "",
        ].joined(separator: "\n") + "\n"
        let doc = try Fixtures.ingestCopied(text, as: "hold11-var-chart-beside-tase.layout.txt")
        let table = try XCTUnwrap(doc.allTables.first { $0.rows.contains { $0.label == "I Aineettomat hyödykkeet" } })
        XCTAssertEqual(table.columns.count, 2)
        XCTAssertEqual(try PrintedFigures.values(of: "I Aineettomat hyödykkeet", in: table), PrintedFigures.decimals(["246149.10", "861017.03"]))
        XCTAssertEqual(try PrintedFigures.values(of: "II Rahat ja pankkisaamiset", in: table), PrintedFigures.decimals(["11424340.67", "1823298.07"]))
        XCTAssertTrue(doc.issues.contains { $0.code == "figure-labels" })
    }

    func testCaptionWords() {
        func cell(_ texts: String...) -> [Word] { texts.map { Word(text: $0) } }
        XCTAssertTrue(FigureBesideTableSplitter.isCaption(cell("Kuvio", "1.", "Taseen")))
        XCTAssertTrue(FigureBesideTableSplitter.isCaption(cell("Kaavio", "3.2", "Lainakanta")))
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Kuvio", "Lainakanta")))    // no number
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Kuva", "2021-2025")))     // a range, not a number
        XCTAssertFalse(FigureBesideTableSplitter.isCaption(cell("Verotulot", "1.")))
    }

    /// A page without a caption is left as it is (the splitter runs on every page).
    func testPageWithoutCaptionUntouched() throws {
        let lines = try Fixtures.lines(Fixtures.holdOutSet10LeaderBesideProsePDF, page: 1)
        let out = FigureBesideTableSplitter().split(lines)
        XCTAssertEqual(out.lines, lines)
        XCTAssertEqual(out.leftOut, 0)
    }
}
