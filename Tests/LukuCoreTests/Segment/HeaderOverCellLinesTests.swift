import Foundation
import XCTest
@testable import LukuCore

/// `HeaderOverCellLines`: a column name that reads as a whole header ("Muutettu TA 2019") among
/// the header lines of a table written one cell per line. Lines copied from PyMuPDF's
/// `get_text()` of ../shared/synth honkakoski p. 5 (HTML-made) and kuusiselka p. 6 (Word-made).
final class HeaderOverCellLinesTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private let honkakoski = """
        Keskusvaalilautakunta, käyttötalous, €
        Toteutuma 2018
        Talousarvio 2019
        TA-muutokset
        Muutettu TA 2019
        Toteutuma
        Tot. %
        TOIMINTATUOTOT
        1 732 976,22
        1 801 700,00
        0,00
        1 801 700,00
        1 917 381,00
        106,4 %
        Tuet ja avustukset
        881 284,55
        916 200,00
        0,00
        916 200,00
        975 061,42
        106,4 %
        TOIMINTAKATE
        -6 487 401,24
        -6 690 000,00
        0,00
        -6 690 000,00
        -5 748 257,24
        85,9 %
        """

    /// Every figure whole in its own cell, six per row (before: "1 732" / "976,22" split into the
    /// two columns of "Muutettu" / "TA 2019", every row flagged).
    func testHeaderLineOverCellLinesLeavesTheRowsWhole() throws {
        let table = try XCTUnwrap(tables(honkakoski).first { $0.rows.contains { $0.label == "TOIMINTAKATE" } })
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["TOIMINTATUOTOT", "Tuet ja avustukset", "TOIMINTAKATE"])
        XCTAssertEqual(rows[0].cells.map { $0?.text }, ["1 732 976,22", "1 801 700,00", "0,00", "1 801 700,00", "1 917 381,00", "106,4 %"])
        XCTAssertEqual(rows[2].cells.map { $0?.value }, ["-6487401.24", "-6690000", "0", "-6690000", "-5748257.24", "85.9"].map { Decimal(string: $0) })
        XCTAssertTrue(rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? false } })
    }

    func testRule() {
        let lines = TextFileReader.parse(honkakoski).lines
        let cells = CellPerLineTable()
        XCTAssertTrue(HeaderOverCellLines.heads(lines, at: 4, cells: cells, excluded: []))  // "Muutettu TA 2019"
        // A header over rows of one line each (`pdftotext -raw`, honkakoski p. 5) is that table's.
        let raw = TextFileReader.parse("""
            Toteutuma 2018 Talousarvio 2019 TA-muutokset Muutettu TA 2019 Toteutuma Tot. %
            TOIMINTATUOTOT 1 732 976,22 1 801 700,00 0,00 1 801 700,00 1 917 381,00 106,4 %
            Tuet ja avustukset 881 284,55 916 200,00 0,00 916 200,00 975 061,42 106,4 %
            """).lines
        XCTAssertFalse(HeaderOverCellLines.heads(raw, at: 0, cells: cells, excluded: []))
        // Kuusiselka p. 6: "TA 2020" over name and unit lines, then "Yleishallinto" / "MENOT" / figures, "TULOT" / …
        let kuusiselka = TextFileReader.parse("""
            Alkuperäinen
            TA 2020
            TA muutosten
            jälkeen
            Toteutuma
            Poikkeama
            €
            Poikkeama
            %
            1000 €
            1000 €
            1000 €
            1000 €
            Yleishallinto
            MENOT
            -32\u{00A0}764
            -36\u{00A0}017
            -34\u{00A0}313
            1\u{00A0}704
            -4,7%
            TULOT
            19\u{00A0}362
            19\u{00A0}509
            17\u{00A0}790
            -1\u{00A0}719
            -8,8%
            NETTOMENO
            -13\u{00A0}402
            -16\u{00A0}508
            -16\u{00A0}523
            -15
            0,1%
            """).lines
        XCTAssertTrue(HeaderOverCellLines.heads(kuusiselka, at: 1, cells: cells, excluded: []))
        XCTAssertTrue(HeaderOverCellLines.heads(kuusiselka, at: 2, cells: cells, excluded: []))
        // Lapua-sivla p. 18 (PyMuPDF): one row one cell per line, then rows with their figures on the
        // label's line; no table of one cell per line starts there, so the header reads its rows.
        let sivla = TextFileReader.parse("""
            TP\u{00A0}2023
            \u{00A0}Tot. 09/2023 \u{00A0}Tot.-\u{200B}% TA 2024
            Tot. 09/2024 Tot.-\u{200B}%
            Toimintatuotot
            1.462.370
            887.584
            60,\u{200B}7
            1.305.950
            645.340
            49,\u{200B}4
            Toimintakulut *) -\u{200B}29.250.652 -\u{200B}21.702.537
            74,\u{200B}2
            -\u{200B}28.948.150 -\u{200B}21.394.653
            73,\u{200B}9
            """).lines
        XCTAssertFalse(HeaderOverCellLines.heads(sivla, at: 1, cells: cells, excluded: []))
    }
}
