import Foundation
import XCTest
@testable import LukuCore

/// `PlaceholderAmidFigures` and the wrapped-label side of `CodeLedWrappedLabelLines` on
/// `pdftotext -raw` text of the synth investment tables (../shared/synth, text made by
/// tools/flavours.sh --synth): "siirretty" printed in one number column between figures, and item
/// names led by a code wrapped over two or three lines in a narrow label column. Expected values
/// are the synth truth files' cells.
final class PlaceholderAmidFiguresTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    private func row(_ table: TableDraft, _ label: String) throws -> Row {
        try XCTUnwrap(table.rows.first { $0.label == label }, "\(table.rows.map(\.label))")
    }

    /// synth-1000-15-word-varpuvirta-2021 p. 8 in `pdftotext -raw` (every item's name wrapped).
    static let varpuvirta = """
    Investointiosa
    Talousarvio 2021 Talousarviomuutokset Talousarvio muutosten jälkeen TP 2021 Poikkeama
    € € € € €
    Talonrakennus
    5010 Vanhan koulun
    purku 166 000 50 000 216 000 113 971 102 029
    5030 Nuorisotilan
    muutostyöt 2 118 000 -467 000 1 651 000 1 137 634 513 366
    5080 Päiväkoti
    Tuulenpesän
    uudisrakennus 4 357 000 2 222 000 6 579 000 5 348 246 1 230 754
    Talonrakennus yhteensä 6 641 000 1 805 000 8 446 000 6 599 851 1 846 149
    Kunnallistekniikka
    5100 Katuvalaistuksen
    LED-saneeraus 4 303 000 0 4 303 000 4 702 349 -399 349
    5200 Asuntoalueen
    katujen rakentaminen 253 000 0 253 000 272 072 -19 072
    Kunnallistekniikka yhteensä 4 556 000 0 4 556 000 4 974 421 -418 421
    Irtain omaisuus
    5250 Tieto- ja
    viestintätekniikan laitteet 2 818 000 0 2 818 000 1 996 611 821 389
    5270 Koulujen ja
    päiväkotien kalusteet 201 000 -5 000 196 000 130 418 65 582
    5280 Ajoneuvot ja
    työkoneet 978 000 114 000 1 092 000 710 625 381 375
    Irtain omaisuus yhteensä 3 997 000 109 000 4 106 000 2 837 654 1 268 346
    Osakkeet ja osuudet
    5290 Vesiosuuskunnan
    osuudet 3 240 000 378 000 3 618 000 2 137 355 1 480 645
    5300 Kiinteistö Oy
    Teollisuustalon osakkeet 3 466 000 0 3 466 000 siirretty 3 466 000
    Osakkeet ja osuudet
    yhteensä 6 706 000 378 000 7 084 000 2 137 355 4 946 645
    Investoinnit yhteensä 21 900 000 2 292 000 24 192 000 16 549 280 7 642 720
    """

    func testCodeLineJoinsItsNameWhenEveryItemWraps() throws {
        let table = try XCTUnwrap(tables(Self.varpuvirta).first)
        // Three lines: code line, an uppercase line, the figures on a lowercase line.
        let tuulenpesa = try row(table, "5080 Päiväkoti Tuulenpesän uudisrakennus")
        XCTAssertEqual(tuulenpesa.group, "Talonrakennus")
        XCTAssertEqual(tuulenpesa.cells.map { $0?.value }, [4357000, 2222000, 6579000, 5348246, 1230754])
        // Two lines, the second uppercase: no other item's figures are on its code line.
        let led = try row(table, "5100 Katuvalaistuksen LED-saneeraus")
        XCTAssertEqual(led.group, "Kunnallistekniikka")
        XCTAssertEqual(led.cells.map { $0?.value }, [4303000, 0, 4303000, 4702349, -399349])
        XCTAssertFalse(table.rows.contains { $0.label == "Tuulenpesän uudisrakennus" || $0.label == "LED-saneeraus" })
        // The group total wrapped under its group's name stays a total, not an item.
        let total = try row(table, "Osakkeet ja osuudet yhteensä")
        XCTAssertEqual(total.cells.first??.value, 6706000)
    }

    func testPlaceholderWordIsTheCellWhereItIsPrinted() throws {
        let table = try XCTUnwrap(tables(Self.varpuvirta).first)
        let moved = try row(table, "5300 Kiinteistö Oy Teollisuustalon osakkeet")
        XCTAssertEqual(moved.cells.map { $0?.text }, ["3 466 000", "0", "3 466 000", "siirretty", "3 466 000"])
        XCTAssertEqual(moved.cells.map { $0?.value }, [3466000, 0, 3466000, nil, 3466000])
    }

    /// synth-1000-19-html-kurkivirta-2025 p. 8 in `pdftotext -raw` (header stacked, a dash for an
    /// empty budget change, "siirretty" in the TP column).
    static let kurkivirta = """
    Alkuperäinen
    TA
    Talousarvio-
    muutokset
    TA+muutos
    2025
    TP
    2025
    Poikkeama
    €
    Talonrakennus
    5100 Koulukeskuksen peruskorjaus ja laajennus -1 114 000 - -1 114 000 -1 120 776 6 776
    5120 Nuorisotilan muutostyöt -476 000 - -476 000 siirretty -476 000
    5140 Vanhan koulun purku -214 000 - -214 000 -212 449 -1 551
    Talonrakennus yhteensä -1 804 000 - -1 804 000 -1 333 225 -470 775
    """

    func testPlaceholderAmidDashAndFigures() throws {
        let table = try XCTUnwrap(tables(Self.kurkivirta).first)
        let moved = try row(table, "5120 Nuorisotilan muutostyöt")
        XCTAssertEqual(moved.cells.map { $0?.text }, ["-476 000", "-", "-476 000", "siirretty", "-476 000"])
        XCTAssertEqual(moved.cells[4]?.value, -476000)
    }

    /// synth-1000-13-html-katajaselka-2025 p. 9 in `pdftotext -raw`: the moved item has no
    /// Käyttö-% (nothing was used), so the row is one cell short.
    static let katajaselka = """
    INVESTOINTIOSA
    Muutettu
    TA
    2025
    Toteutuma
    2025 Poikkeama
    Käyttö-
    %
    euroa euroa euroa
    Talonrakennus
    2020 Paloaseman peruskorjaus 702 000 791 135 89 135 112,7
    2040 Koulukeskuksen peruskorjaus ja laajennus 1 181 000 1 353 698 172 698 114,6
    2050 Päiväkoti Tuulenpesän uudisrakennus 570 000 siirretty –570 000
    Talonrakennus yhteensä 2 453 000 2 144 833 –308 167 87,4
    """

    func testShortRowLeavesThePercentColumnBlankAndIsFlagged() throws {
        let table = try XCTUnwrap(tables(Self.katajaselka).first)
        let moved = try row(table, "2050 Päiväkoti Tuulenpesän uudisrakennus")
        XCTAssertEqual(moved.cells.map { $0?.text }, ["570 000", "siirretty", "–570 000", nil])
        XCTAssertEqual(moved.cells[2]?.value, -570000)
        // Which column is blank the text does not say: the cells say so.
        XCTAssertTrue(moved.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }, "\(moved.cells)")
    }

    func testParseNeedsAPlaceholderWordBetweenFigures() {
        let words = "Hankinnat / 1.000 asukasta 426 432 439 352".split(separator: " ").map(String.init)
        XCTAssertNil(PlaceholderAmidFigures.parse(words, split: TextTableBuilder.tailStart(words)))
        let moved = "2050 Päiväkoti Tuulenpesän uudisrakennus 570 000 siirretty –570 000".split(separator: " ").map(String.init)
        let parsed = PlaceholderAmidFigures.parse(moved, split: TextTableBuilder.tailStart(moved))
        XCTAssertEqual(parsed?.label, ["2050", "Päiväkoti", "Tuulenpesän", "uudisrakennus"])
        XCTAssertEqual(parsed?.numbers, ["570", "000", "–570", "000"])
        XCTAssertEqual(parsed?.before, 2)
        // Words at the end of a row are `TrailingTextCells`' ("MENOT −318 280 … siirretty siirretty").
        let trailing = "MENOT −318 280 −348 070 −361 424 siirretty siirretty".split(separator: " ").map(String.init)
        XCTAssertNil(PlaceholderAmidFigures.parse(trailing, split: TextTableBuilder.tailStart(trailing)))
    }

    /// A code line whose first codeless row is followed by another codeless row with figures on a
    /// wrapped lowercase line ("Toimintakulut ja" / "muut …") names a group: not joined.
    func testWrappedCodeLineOverSeveralRowsStaysAGroup() {
        let labels = ["4150 A", "4151 B", "1100 Hallinto", "Toimintatuotot", "Toimintakulut ja", "muut"]
        let tails: [[String]] = [["1", "2"], ["3", "4"], [], ["5", "6"], [], ["7", "8"]]
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: labels, tails: tails), [])
        // The items numbered by their code may all carry their figures on a lowercase line; the
        // code line over an uppercase line over such a line (4) is joined, as are the others
        // (whose lowercase line `RowAssembler` would join all the same).
        let wrapped = ["5010 Vanhan koulun", "purku", "5030 Nuorisotilan", "muutostyöt", "5080 Päiväkoti", "Tuulenpesän",
                       "uudisrakennus", "Talonrakennus yhteensä"]
        let wrappedTails: [[String]] = [[], ["1"], [], ["2"], [], [], ["3"], ["6"]]
        XCTAssertEqual(CodeLedWrappedLabelLines.joins(labels: wrapped, tails: wrappedTails), [0, 2, 4])
    }
}
