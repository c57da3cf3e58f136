import Foundation
import XCTest
@testable import LukuCore

/// `UnfinishedLabelLines`: a label wrapped after a comma, its unit on the next line, in text
/// written one cell per line. Lines copied from PyMuPDF's `get_text()` of the HTML-made synthetic
/// statements (../shared/synth honkakoski p. 9, kurkivirta p. 5).
final class UnfinishedLabelLinesTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private let honkakoski = """
        Keskeiset tunnusluvut 2015–2019
        TP2015
        TP2016
        TP2017
        TP2018
        TP2019
        Asukasmäärä 31.12.
        31 804
        33 957
        35 598
        35 794
        35 776
        Vuosikate, €/asukas
        499
        484
        500
        520
        89
        Suhteellinen velkaantuneisuus,
        %
        47,0 %
        45,2 %
        43,5 %
        42,3 %
        45,0 %
        Lainanhoitokate
        2,64
        2,51
        2,69
        2,76
        0,52
        """

    /// "Suhteellinen velkaantuneisuus," / "%" is one row label: the table is read (not taken for
    /// column blocks over a "%" heading) and every figure stands in its row and column.
    func testCommaWrappedLabelWithItsUnitIsOneRow() throws {
        let table = try XCTUnwrap(tables(honkakoski).first { $0.rows.contains { $0.label == "Lainanhoitokate" } })
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["Asukasmäärä 31.12.", "Vuosikate, €/asukas", "Suhteellinen velkaantuneisuus, %", "Lainanhoitokate"])
        XCTAssertEqual(rows[2].cells.map { $0?.text }, ["47,0 %", "45,2 %", "43,5 %", "42,3 %", "45,0 %"])
        XCTAssertEqual(rows[1].cells.map { $0?.text }, ["499", "484", "500", "520", "89"])
    }

    /// Kurkivirta p. 5: "Omavaraisuusaste," / "%", and "Lainakanta 31.12., 1" / "000 €" (a
    /// thousand broken after its first digit) are row labels whole.
    func testUnitAndDigitLinesGoOnTheLabelAbove() throws {
        let text = """
            Taseen tunnusluvut
            2025
            2024
            Omavaraisuusaste,
            %
            62,4
            63,2
            Suhteellinen
            velkaantuneisuus, %
            52,3
            52,8
            Lainakanta 31.12., 1
            000 €
            17 500
            18 211
            """
        let table = try XCTUnwrap(tables(text).first)
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["Omavaraisuusaste, %", "Suhteellinen velkaantuneisuus, %", "Lainakanta 31.12., 1 000 €"])
        XCTAssertEqual(rows.map { $0.cells.map { $0?.text } }, [["62,4", "63,2"], ["52,3", "52,8"], ["17 500", "18 211"]])
        XCTAssertEqual(rows[2].cells.map { $0?.value }, [Decimal(17500), Decimal(18211)])
    }

    func testRule() {
        XCTAssertTrue(UnfinishedLabelLines.continues("Omavaraisuusaste,", "%"))
        XCTAssertTrue(UnfinishedLabelLines.continues("Aineet, tarvikkeet,", "tavarat"))
        XCTAssertFalse(UnfinishedLabelLines.continues("Tilinpäätössiirrot", "Poistoeron muutos"))
        XCTAssertFalse(UnfinishedLabelLines.continues("VASTAAVAA", "2. Muut saamiset"))
        XCTAssertEqual(UnfinishedLabelLines.last(of: ["Taseen tunnusluvut", "Omavaraisuusaste,", "%"]).label, "Omavaraisuusaste, %")
        XCTAssertEqual(UnfinishedLabelLines.last(of: ["Taseen tunnusluvut", "Omavaraisuusaste,", "%"]).before, ["Taseen tunnusluvut"])
        let opening = TextFileReader.parse("Omavaraisuusaste,\n%\n62,4\n63,2").lines
        XCTAssertTrue(UnfinishedLabelLines.joinsNext(opening, at: 0, isLabel: CellPerLineTable().isLabel))
        XCTAssertFalse(UnfinishedLabelLines.joinsNext(opening, at: 1, isLabel: CellPerLineTable().isLabel))
        // Konserni p. 26 (PyMuPDF): "MENOT" over its text cells "hallinto-" / "palveluissa" ×3.
        let menot = TextFileReader.parse("MENOT\nhallinto-\npalveluissa\nhallinto-\npalveluissa\nhallinto-\npalveluissa\n−334 000\n−334 000").lines
        XCTAssertFalse(UnfinishedLabelLines.joinsNext(menot, at: 0, isLabel: CellPerLineTable().isLabel))
    }
}
