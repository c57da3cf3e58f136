import Foundation
import XCTest
@testable import LukuCore

/// `UnitInLabelHeaderCell`, `PercentUnderHyphenatedHeader` and `TopAlignedWrappedLabel` on a page
/// printed by headless Chromium like hold-out set 3 (Fixtures/hold3-unit-header-cell.html, whose
/// numbers are the truth), from the PDF and from its `pdftotext -layout` text; and
/// `UnitHeadedEmptyPipeColumn` on pymupdf4llm's Markdown of hold3-04.
final class UnitInLabelHeaderCellTests: XCTestCase {
    private func decimals(_ texts: [String]) -> [Decimal?] { texts.map { Decimal(string: $0) } }

    private func table(_ tables: [Table], withRow label: String, file: StaticString = #filePath, line: UInt = #line) throws -> Table {
        let found = tables.filter { $0.rows.contains { $0.label == label } }
        XCTAssertEqual(found.count, 1, "tables: \(tables.map { $0.rows.map(\.label) })", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    private func check(_ tables: [Table], file: StaticString = #filePath, line: UInt = #line) throws {
        // "1 000 €" right-aligned over the labels, "Muutos-" / "%": no phantom column, unit 1 000 €.
        let tulos = try table(tables, withRow: "Toimintatuotot", file: file, line: line)
        XCTAssertEqual(tulos.columns.map(\.header), ["TP 2024", "TA 2025", "Muutos-%"], file: file, line: line)
        XCTAssertEqual(tulos.unit, "1 000 €", file: file, line: line)
        XCTAssertEqual(tulos.rows.map { $0.cells.map { $0?.value } },
                       [decimals(["19754.7", "20716.3", "4.9"]), decimals(["-122912.0", "-132203.6", "-7.6"]),
                        decimals(["-103157.3", "-111487.3", "-8.1"])], file: file, line: line)
        // "€" flush left over the labels: the line stays the header.
        let tase = try table(tables, withRow: "I Aineettomat hyödykkeet", file: file, line: line)
        XCTAssertEqual(tase.columns.map(\.header), ["Liite", "31.12.2025", "31.12.2024"], file: file, line: line)
        XCTAssertEqual(tase.unit, "€", file: file, line: line)
        XCTAssertEqual(tase.rows.first { $0.label == "I Aineettomat hyödykkeet" }?.cells.dropFirst().map { $0?.value },
                       decimals(["735473.04", "453480.44"]), file: file, line: line)
        XCTAssertEqual(tase.rows.first?.cells.count, 3, file: file, line: line)
        // "€" right-aligned, labels wrapped with the values on their first line.
        let inv = try table(tables, withRow: "Yhteensä", file: file, line: line)
        XCTAssertEqual(inv.columns.map(\.header), ["TA 2025", "TOT 2025"], file: file, line: line)
        XCTAssertEqual(inv.unit, "€", file: file, line: line)
        XCTAssertEqual(inv.rows.map(\.label), ["Keskustan liikennejärjestelyt, Asemakadun ja Kirkkotien risteysalue",
                                               "Jätevedenpuhdistamon saneeraus ja kapasiteetin nosto",
                                               "Vesijohtoverkoston saneeraus", "Yhteensä"], file: file, line: line)
        XCTAssertEqual(inv.rows.map(\.group), [nil, nil, nil, nil], file: file, line: line)
        XCTAssertEqual(inv.rows.map { $0.cells.map { $0?.value } },
                       [decimals(["5461278", "4232854"]), decimals(["5310229", "4645705"]),
                        decimals(["1690391", "1074953"]), decimals(["12461898", "9953512"])], file: file, line: line)
    }

    func testUnitHeaderCellsFromThePDF() throws {
        try check(Pipeline(pageThreads: 1).run(path: Fixtures.holdOut3UnitHeaderCellPDF).allTables)
    }

    func testUnitHeaderCellsFromLayoutText() throws {
        let parsed = TextFileReader.parse(Self.layout)
        let o = Segmenter().segmentLaidOutText(LaidOutText.lines(parsed, text: Self.layout).map(NumberJoiner().join))
        try check(o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables))
    }

    func testPercentGluedOnlyUnderAHyphen() {
        XCTAssertEqual(PercentUnderHyphenatedHeader.glued(["Muutos-", "%"]), ["Muutos-%"])
        XCTAssertEqual(PercentUnderHyphenatedHeader.glued(["KÄYTTÖ-", "%"]), ["KÄYTTÖ-%"])
        XCTAssertEqual(PercentUnderHyphenatedHeader.glued(["Poikkeama", "%"]), ["Poikkeama", "%"])
        XCTAssertEqual(PercentUnderHyphenatedHeader.glued(["TA 2025"]), ["TA 2025"])
    }

    func testUnfinishedRowLabelGoesOnWhateverTheCase() {
        XCTAssertTrue(TopAlignedWrappedLabel.continues("Keskustan liikennejärjestelyt,", with: "Asemakadun ja Kirkkotien"))
        XCTAssertTrue(TopAlignedWrappedLabel.continues("Sosiaali- ja", with: "Terveyslautakunta"))
        // A finished label: the capitalised line under it is the next group's heading.
        XCTAssertFalse(TopAlignedWrappedLabel.continues("Vesijohtoverkoston saneeraus", with: "Talonrakennus"))
        // An outline marker starts an item of its own.
        XCTAssertFalse(TopAlignedWrappedLabel.continues("Muut tuotot,", with: "B VIERAS PÄÄOMA"))
    }

    /// pymupdf4llm's Markdown of hold3-04 (hold-out set 3), its tuloslaskelma's first rows.
    static let pymupdf04 = """
        ||1 000 €|TP 2024|TA 2025|TA 2026|Muutos-<br>%|TS 2027|TS 2028|
        |---|---|---|---|---|---|---|---|
        |Toimintatuotot||19 754,7|20 716,3|23 595,5|13,9|24 587,9|23 916,7|
        |Toimintakulut||−122 912,0|−132 203,6|−155 051,5|−17,3|−157 761,7|−136 042,0|
        |_Toimintakate_||_−103 157,3_|_−111 487,3_|_−131 456,0_|_−17,9_|_−133 173,8_|_−112 125,3_|
        """

    func testUnitHeadedEmptyPipeColumnClosesUp() {
        let out = UnitHeadedEmptyPipeColumn.reorder(Self.pymupdf04).split(separator: "\n").map(String.init)
        XCTAssertEqual(out[0], "|1 000 €|TP 2024|TA 2025|TA 2026|Muutos-<br>%|TS 2027|TS 2028|")
        XCTAssertEqual(out[1], "|---|---|---|---|---|---|---|")
        XCTAssertEqual(out[2], "|Toimintatuotot|19 754,7|20 716,3|23 595,5|13,9|24 587,9|23 916,7|")
        // A figure in the unit's column: the column is not empty, nothing moves.
        let filled = Self.pymupdf04.replacingOccurrences(of: "|Toimintakulut||", with: "|Toimintakulut|5|")
        XCTAssertEqual(UnitHeadedEmptyPipeColumn.reorder(filled), filled)
        // A header cell that is no unit alone: nothing moves.
        let named = Self.pymupdf04.replacingOccurrences(of: "||1 000 €|", with: "||Tili|")
        XCTAssertEqual(UnitHeadedEmptyPipeColumn.reorder(named), named)
    }

    func testUnitHeadedEmptyPipeColumnReadsEveryCellUnderItsHeader() throws {
        let o = Segmenter().segmentText(TextFileReader.parse(Self.pymupdf04).lines)
        let t = try table(o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables), withRow: "Toimintatuotot")
        // Six columns, the first under "TP 2024" (the Markdown path joins "Muutos-<br>%" on its own).
        XCTAssertEqual(t.columns.count, 6)
        XCTAssertEqual(t.columns.prefix(3).map(\.header), ["TP 2024", "TA 2025", "TA 2026"])
        XCTAssertEqual(t.rows.first?.cells.map { $0?.value },
                       decimals(["19754.7", "20716.3", "23595.5", "13.9", "24587.9", "23916.7"]))
    }

    /// Fixtures/hold3-unit-header-cell.pdf in `pdftotext -layout` (poppler 22.12).
    static let layout = """
        Tuloslaskelma
                                                                                        Muutos-
                                               1 000 €      TP 2024        TA 2025
                                                                                             %
         Toimintatuotot                                     19 754,7       20 716,3         4,9
         Toimintakulut                                   −122 912,0     −132 203,6         −7,6
         Toimintakate                                    −103 157,3     −111 487,3         −8,1

        Tase
         €                                                  Liite         31.12.2025        31.12.2024
         A PYSYVÄT VASTAAVAT                                            81 025 137,58    65 825 137,94
         I Aineettomat hyödykkeet                            2            735 473,04        453 480,44
         II Aineelliset hyödykkeet                           3          60 652 288,43    52 044 410,12
         III Sijoitukset                                     4          19 637 376,11    13 327 247,38

        Investointien toteutuminen
                                           €     TA 2025    TOT 2025
         Keskustan liikennejärjestelyt,         5 461 278   4 232 854
         Asemakadun ja Kirkkotien
         risteysalue
         Jätevedenpuhdistamon                   5 310 229   4 645 705
         saneeraus ja kapasiteetin nosto
         Vesijohtoverkoston saneeraus           1 690 391   1 074 953
         Yhteensä                              12 461 898   9 953 512
        """
}
