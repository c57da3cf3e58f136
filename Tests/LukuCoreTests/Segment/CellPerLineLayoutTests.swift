import Foundation
import XCTest
@testable import LukuCore

/// Layouts of tables written one cell per line that the cell-per-line reader takes apart:
/// outline markers on lines of their own (`OutlineMarkerLine`), two value columns per period
/// (`PairedValueColumns`), and cells separated by blank lines as `pdftotext` writes them in its
/// default order (`BlankSeparatedCells`). Lines copied from PyMuPDF's `get_text()` and
/// `pdftotext`'s default output of the pages named in each test.
final class CellPerLineLayoutTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func texts(_ row: Row) -> [String?] { row.cells.map { $0?.text } }
    private func flagged(_ row: Row) -> [Bool] { row.cells.map { $0.map { !$0.flags.isEmpty } ?? false } }

    /// Synth kuusiselka p. 3 (PyMuPDF): the balance sheet's markers ("A", "I", "1.") stand on
    /// lines of their own, and each period has two columns, the item and the group's subtotal.
    /// The markers open their labels, so the sheet is one table, not one per group; rows of
    /// two figures fill the first column of each pair (flagged unless the group's subtotal proves
    /// them items), and rows of four are whole.
    func testMarkersOpenLabelsAndShortRowsFillTheFirstOfEachPair() throws {
        let text = """
        A
        PYSYVÄT VASTAAVAT
        I
        Aineettomat hyödykkeet
        1.
        Aineettomat oikeudet
        2.078.019,76
        1.989.773,86
        2.
        Muut pitkävaikutteiset menot
        2.476.814,69
        2.318.668,97
        3.
        Ennakkomaksut
        582.780,28
        5.137.614,73
        550.271,87
        4.858.714,70
        II
        Aineelliset hyödykkeet
        1.
        Maa- ja vesialueet
        40.436.076,49
        38.813.835,29
        2.
        Rakennukset
        186.634.306,68
        206.614.750,40
        3.
        Kiinteät rakenteet ja laitteet
        82.894.396,23
        86.385.799,18
        4.
        Koneet ja kalusto
        17.224.953,70
        16.498.517,04
        5.
        Ennakkomaksut ja keskeneräiset hankinnat
        34.650.333,25
        361.840.066,35
        33.511.337,48
        381.824.239,39
        III
        Sijoitukset
        1.
        Osakkeet ja osuudet
        27.816.105,00
        27.816.105,00
        27.131.996,26
        27.131.996,26
        B
        TOIMEKSIANTOJEN VARAT
        1.
        Lahjoitusrahastojen erityiskatteet
        207.247,40
        183.496,53
        2.
        Muut toimeksiantojen varat
        2.115.504,59
        2.322.751,99
        1.883.316,50
        2.066.813,03
        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.count, 4)
        let labels = table.rows.filter { !$0.cells.allSatisfy { $0 == nil } }.map(\.label)
        XCTAssertEqual(labels, ["1. Aineettomat oikeudet", "2. Muut pitkävaikutteiset menot", "3. Ennakkomaksut",
                                "1. Maa- ja vesialueet", "2. Rakennukset", "3. Kiinteät rakenteet ja laitteet",
                                "4. Koneet ja kalusto", "5. Ennakkomaksut ja keskeneräiset hankinnat",
                                "1. Osakkeet ja osuudet", "1. Lahjoitusrahastojen erityiskatteet",
                                "2. Muut toimeksiantojen varat"])
        let item = try XCTUnwrap(table.rows.first { $0.label == "2. Rakennukset" })
        XCTAssertEqual(texts(item), ["186.634.306,68", nil, "206.614.750,40", nil])
        // Its group's items (40.436.076,49 + 186.634.306,68 + … + 34.650.333,25) make the subtotal
        // 361.840.066,35 on "5. Ennakkomaksut …": proven items, no flag (`PairedGroupSums`).
        XCTAssertEqual(flagged(item), [false, false, false, false])
        let last = try XCTUnwrap(table.rows.first { $0.label == "3. Ennakkomaksut" })
        XCTAssertEqual(texts(last), ["582.780,28", "5.137.614,73", "550.271,87", "4.858.714,70"])
        XCTAssertEqual(flagged(last), [false, false, false, false])
        XCTAssertEqual(table.rows.first { $0.label == "1. Maa- ja vesialueet" }?.group, "II Aineelliset hyödykkeet")
    }

    func testMarkerLine() {
        let lines = TextFileReader.parse("1.\nAineettomat oikeudet\nII\n2.078.019,76\n12\nMenot\n").lines
        let cells = CellPerLineTable()
        XCTAssertTrue(OutlineMarkerLine.joinsNext(lines, at: 0, isLabel: cells.isLabel))
        XCTAssertFalse(OutlineMarkerLine.joinsNext(lines, at: 2, isLabel: cells.isLabel), "a figure follows")
        XCTAssertFalse(OutlineMarkerLine.isMarker(lines[4]), "a bare number is a value")
    }

    /// Synth louhivirta p. 9 (PyMuPDF): rows of four figures among rows of two; the two are
    /// "Poikkeama €" and "Käyttö-%", so a percent would land in an amounts column if placed in the
    /// first of each pair: they keep the last two columns.
    func testPercentsKeepShortRowsInTheLastColumns() throws {
        let text = """
        Talous- ja henkilöstöhallinto
        Menot
        92,1 %
        Tulot
        558
        534
        -24
        95,7 %
        Netto
        91,9 %
        Elinkeinopalvelut
        Menot
        108,7 %
        Tulot
        567
        527
        -40
        92,9 %
        Netto
        109,2 %
        Joukkoliikenne
        Menot
        89,0 %
        Tulot
        +245
        103,7 %
        Netto
        63,5 %
        Työllisyyspalvelut
        Menot
        +687
        91,0 %
        Tulot
        537
        545
        +7
        101,4 %
        Netto
        +694
        90,2 %
        """
        let table = try XCTUnwrap(tables(text).first { $0.columns.count == 4 })
        let rows = table.rows.filter { $0.group == "Työllisyyspalvelut" }
        XCTAssertEqual(rows.map(texts), [[nil, nil, "+687", "91,0 %"], ["537", "545", "+7", "101,4 %"], [nil, nil, "+694", "90,2 %"]])
        XCTAssertEqual(rows.map(flagged), [[false, false, true, true], [false, false, false, false], [false, false, true, true]])
    }

    /// Synth pauhaniemi p. 5 (`pdftotext` default): every cell a paragraph, a blank line between
    /// cells, the header's unit lines ("€", "%") above. Read one row per label, every cell
    /// flagged: this order moves labels away from their figures elsewhere on the page.
    func testBlankSeparatedCellsAreRowsAllFlagged() throws {
        let text = """
        Kaupunginhallitus, käyttötalous (€)
        Alkuperäinen
        TA

        TA +
        muutokset

        Toteuma

        Poikkeama
        €

        Poikkeama
        %

        Menot

        -22.772.000,00

        -22.772.000,00

        -24.627.156,81

        1.855.156,81

        -8,1%

        Netto

        -22.772.000,00

        -22.772.000,00

        -24.627.156,81

        1.855.156,81

        -8,1%

        Menot

        -25.606.100,00

        -25.606.100,00

        -24.200.074,28

        -1.406.025,72

        5,5%

        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.rows.map(\.label), ["Menot", "Netto", "Menot"])
        XCTAssertEqual(texts(table.rows[2]), ["-25.606.100,00", "-25.606.100,00", "-24.200.074,28", "-1.406.025,72", "5,5%"])
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0?.flags == [.ambiguousSplit] })
    }

    /// Koha-Suomi p. 4 (`pdftotext` default): a label, a blank line, and two column blocks of
    /// four figures run together; eight figures for one label are no row of eight columns.
    func testBlocksRunTogetherAcrossBlankLinesAreNoWiderTable() throws {
        let text = """
        Lyhytaikaiset
        Myyntisaamiset
        Muut saamiset
        Siirtosaamiset
        Yhteensä

        15 078,44
        264,21
        896,98
        16 239,63

        13 734,62
        0,00
        4 896,22
        18 630,84

        Rahat ja pankkisaamiset

        331 076,43

        345 434,78

        VAIHTUVAT VASTAAVAT YHTEENSÄ

        347 316,06

        364 065,62

        VASTAAVAA YHTEENSÄ

        348 622,19

        365 807,14
        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.count, 2)
        XCTAssertTrue(table.rows.flatMap(\.cells).allSatisfy { $0.map { !$0.flags.isEmpty } ?? true }, "nothing unflagged")
        XCTAssertEqual(table.rows.first { $0.label == "Rahat ja pankkisaamiset" }.map(texts), ["331 076,43", "345 434,78"])
    }
}
