import Foundation
import XCTest
@testable import LukuCore

/// `EmptyItemRowsInCellLines` on PyMuPDF's `get_text()` text (one cell per line) of synth
/// statements (.build-flavours/synth, made by tools/flavours.sh); expected values from their truth
/// files in ../shared/synth.
final class EmptyItemRowsInCellLinesTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "copied.pymupdf.txt")
    }

    private func values(_ document: Document, _ label: String) -> [[Decimal?]] {
        document.allTables.flatMap(\.rows).filter { $0.label == label }.map { $0.cells.map { $0?.value } }
    }

    /// Synth tammiselka (HTML-made) p. 3, the vastaavaa side: empty items under B and under the
    /// pitkäaikaiset saamiset, four label lines in a row each time.
    static let tammiselka = """
        III Sijoitukset
        70 020
        71 145
        Osakkeet ja osuudet
        70 020
        71 145
        Muut lainasaamiset
        Muut saamiset
        B TOIMEKSIANTOJEN VARAT
        0
        0
        Valtion toimeksiannot
        Lahjoitusrahastojen erityiskatteet
        Muut toimeksiantojen varat
        C VAIHTUVAT VASTAAVAT
        72 793
        75 891
        I Vaihto-omaisuus
        565
        522
        Aineet ja tarvikkeet
        565
        522
        Muu vaihto-omaisuus
        II Saamiset
        21 038
        21 095
        Pitkäaikaiset saamiset
        0
        0
        Myyntisaamiset
        Lainasaamiset
        Muut saamiset
        Lyhytaikaiset saamiset
        21 038
        21 095
        Myyntisaamiset
        3 746
        3 866
        Siirtosaamiset
        13 735
        13 477
        """

    func testEmptyItemRowsStayInTheBalanceSheet() throws {
        let document = try ingest(Self.tammiselka)
        let tables = document.allTables.filter { !$0.rows.isEmpty }
        XCTAssertEqual(tables.count, 1, "tables: \(tables.map { $0.rows.map(\.label) })")
        // The truth's rows (synth-1000-10-html-tammiselka-2024.truth.json, tase-vastaavaa).
        XCTAssertEqual(values(document, "B TOIMEKSIANTOJEN VARAT"), [[0, 0]])
        XCTAssertEqual(values(document, "C VAIHTUVAT VASTAAVAT"), [[72793, 75891]])
        XCTAssertEqual(values(document, "Lyhytaikaiset saamiset"), [[21038, 21095]])
        XCTAssertEqual(values(document, "Myyntisaamiset").last, [3746, 3866])
        XCTAssertEqual(values(document, "Siirtosaamiset"), [[13735, 13477]])
    }

    func testItemNamesOnly() {
        XCTAssertTrue(EmptyItemRowsInCellLines.isItemName("Lahjoitusrahastojen erityiskatteet"))
        XCTAssertTrue(EmptyItemRowsInCellLines.isItemName("C VAIHTUVAT VASTAAVAT"))
        // A running head, a page number, a period, a unit, prose: never rows of the table.
        XCTAssertFalse(EmptyItemRowsInCellLines.isItemName("Tammiselän kaupunki | Tilinpäätös 2024"))
        XCTAssertFalse(EmptyItemRowsInCellLines.isItemName("3/5"))
        XCTAssertFalse(EmptyItemRowsInCellLines.isItemName("31.12.2024"))
        XCTAssertFalse(EmptyItemRowsInCellLines.isItemName("1 000 €"))
        XCTAssertFalse(EmptyItemRowsInCellLines.isItemName("ja kassan vahvistamiseen."))
    }

    func testTwoTablesApartByHeadingsStayApart() throws {
        // Synth kuusimaki (Word-made) p. 4 → 5 in PyMuPDF, lines copied: the page foot and the next
        // statement's headings (digits in them) between two tables of two values a row.
        let text = """
            Lainakanta 31.12., €/asukas
            2 487
            2 032
            Lainasaamiset 31.12., 1 000 €
            -
            -
            Asukasmäärä
            36 506
            36 125
            Sivu 5
            Tilinpäätös 2021
            Tilinpäätöslaskelmat
            Tuloslaskelma
            Tuloslaskelma 1.1.-31.12.2021
            2021
            2020
            €
            €
            Toimintatuotot
            55 875 478
            51 166 343
            Valmistus omaan käyttöön
            2 748 588
            2 847 076
            """
        let document = try ingest(text)
        let tables = document.allTables.filter { !$0.rows.isEmpty }
        XCTAssertFalse(tables.contains { t in t.rows.contains { $0.label == "Asukasmäärä" } && t.rows.contains { $0.label == "Toimintatuotot" } })
        XCTAssertEqual(values(document, "Toimintatuotot"), [[55875478, 51166343]])
    }
}
