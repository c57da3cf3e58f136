import Foundation
import XCTest
@testable import LukuCore

/// `BlankPercentColumn` one cell per line (PyMuPDF's `get_text()`): a row of one figure fewer than
/// the columns, under full rows that close with a change percentage, leaves the percentage blank
/// and keeps its figures in the year columns. Lines copied from the PyMuPDF texts of
/// ../shared/synth kuusiselka p. 2 and honkaniemi p. 1 (Word-made); values from their truth files.
final class CellPerLineBlankPercentTests: XCTestCase {
    private let kuusiselka = """
        RAHOITUSLASKELMA
        1.1.-31.12.2020
        1.1.-31.12.2019
        Muutos-
        %
        Toiminnan rahavirta
        Vuosikate
        59.160.576,44
        44.471.647,78
        33,0%
        Tulorahoituksen korjauserät
        -586.038,89
        -89.291,27
        556,3%
        Lainakannan muutokset
        Pitkäaikaisten lainojen lisäys
        22.000.000,00
        31.500.000,00
        -30,2%
        Lyhytaikaisten lainojen muutos
        13.100.000,00
        0,00
        Muut maksuvalmiuden muutokset
        Toimeksiantojen varojen ja pääomien muutokset
        4.975,68
        39.106,44
        -87,3%
        Vaihto-omaisuuden muutos
        -110.836,50
        150.145,65
        Saamisten muutos
        -502.748,32
        2.792.671,77
        Korottomien velkojen muutos
        3.577.102,34
        3.677.002,82
        -2,7%
        """

    private let honkaniemi = """
        Rahoituslaskelma
        Toiminnan rahavirta
        8365
        3484
        140,1 %
        Investointien rahavirta
        Investointimenot
        -5839
        -12078
        -51,7 %
        TOIMINNAN JA\u{20}
        INVESTOINTIEN\u{20}
        RAHAVIRTA
        3544
        -7462
        Rahoituksen rahavirta
        Antolainauksen muutokset
        93
        -128
        Lainakannan muutokset
        Pitkäaikaisten lainojen\u{20}
        lisäys
        16800
        8600
        95,3 %
        """

    private func values(_ row: Row) -> [Decimal?] { TextTableLookup.values(row) }

    func testShortRowsKeepTheYearsKuusiselka() throws {
        let t = try TextTableLookup.table(kuusiselka, with: "Vuosikate")
        XCTAssertEqual(t.columns.count, 3)
        XCTAssertEqual(values(try TextTableLookup.row(t, "Vuosikate")), [Decimal(string: "59160576.44"), Decimal(string: "44471647.78"), Decimal(string: "33.0")])
        let lyhyt = try TextTableLookup.row(t, "Lyhytaikaisten lainojen muutos")
        XCTAssertEqual(values(lyhyt), [Decimal(string: "13100000.00"), Decimal(0), nil])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Vaihto-omaisuuden muutos")), [Decimal(string: "-110836.50"), Decimal(string: "150145.65"), nil])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Saamisten muutos")), [Decimal(string: "-502748.32"), Decimal(string: "2792671.77"), nil])
        // Still a short row: the text does not print the blank.
        XCTAssertTrue(TextTableLookup.flagged(lyhyt))
    }

    func testShortRowsKeepTheYearsHonkaniemi() throws {
        let t = try TextTableLookup.table(honkaniemi, with: "Investointimenot")
        XCTAssertEqual(t.columns.count, 3)
        XCTAssertEqual(values(try TextTableLookup.row(t, "Antolainauksen muutokset")), [Decimal(93), Decimal(-128), nil])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Pitkäaikaisten lainojen lisäys")), [Decimal(16800), Decimal(8600), Decimal(string: "95.3")])
    }

    /// Saarnijoki p. 2 (HTML-made): the change percentages are printed without "%"; the column is
    /// known by its arithmetic (`ChangePercentColumn`), and the short rows keep their years.
    private let saarnijoki = """
        Rahoituslaskelma ja sen tunnusluvut (1 000 €)
        TP 2024
        TP 2023
        Muutos-%
        Toiminnan rahavirta
        Vuosikate
        8.489
        6.655
        27,6
        Satunnaiset erät
        885
        404
        119,1
        Tulorahoituksen korjauserät
        −374
        −294
        27,2
        Investointien rahavirta
        Investointimenot
        −7.772
        −5.264
        47,6
        Rahoitusosuudet investointeihin
        692
        326
        112,3
        Pysyvien vastaavien luovutustulot
        758
        1.306
        −42,0
        Rahoituksen rahavirta
        Antolainauksen muutokset
        Antolainasaamisten lisäykset
        0
        −749
        Antolainasaamisten vähennykset
        0
        192
        −100,0
        Oman pääoman muutokset
        0
        0
        """

    func testChangePercentsWithoutTheirSign() throws {
        let t = try TextTableLookup.table(saarnijoki, with: "Vuosikate")
        XCTAssertEqual(t.columns.count, 3)
        XCTAssertEqual(values(try TextTableLookup.row(t, "Antolainasaamisten lisäykset")), [Decimal(0), Decimal(-749), nil])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Oman pääoman muutokset")), [Decimal(0), Decimal(0), nil])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Vuosikate")), [Decimal(8489), Decimal(6655), Decimal(string: "27.6")])
    }

    func testChangePercentColumnLimits() {
        let rows = [["8.489", "6.655", "27,6"], ["885", "404", "119,1"], ["−374", "−294", "27,2"], ["758", "1.306", "−42,0"]]
        XCTAssertTrue(ChangePercentColumn.closes(rows, columns: 3))
        XCTAssertFalse(ChangePercentColumn.closes(Array(rows.prefix(2)), columns: 3))  // too few rows to tell
        // A third column that is no change of the two before it (a budget's variance in euros).
        XCTAssertFalse(ChangePercentColumn.closes([["1 000", "900", "100"], ["2 000", "2 500", "-500"], ["300", "310", "-10"]], columns: 3))
    }

    /// The percent column must be the last and the only one; a row ending in a percentage of its own
    /// is left to the last columns as before.
    func testPercentColumnsFromRowsLimits() {
        XCTAssertTrue(BlankPercentColumn.fillsFiguresFirst(["93", "-128"], percentColumns: [false, false, true]))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["93", "-128"], percentColumns: [false, true, false]))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["93", "-128"], percentColumns: [false, false, false]))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["93", "5,0 %"], percentColumns: [false, false, true]))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1", "2", "3"], percentColumns: [false, false, true]))
        XCTAssertFalse(BlankPercentColumn.fillsFiguresFirst(["1", "2"], percentColumns: [false, true, true]))
    }
}
