import Foundation
import XCTest
@testable import LukuCore

/// markitdown's page footers and grids that do not say where a column is (issue 7, the tenth
/// session): `PageEndFooter`, `FullRowsOnOtherColumns`, `LoneFigureRowOffHeaders`,
/// `RunningHeadPipeRow`; each on lines copied from markitdown's Markdown of the synth statements
/// (.build-flavours/synth) or of Kemijärvi konserni and Lapua's minutes (.build-flavours/text).
final class MarkitdownPagesAndGridsTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-mdpages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    private func flagged(_ row: Row) -> [Bool] {
        row.cells.compactMap { $0 }.filter { $0.value != nil }.map { !$0.flags.isEmpty }
    }

    // MARK: PageEndFooter

    /// Synth kalliosalo in markitdown: each page's footer (" 1/11", " 2/11", "3/11") right after the
    /// page's last line, then a blank line; the committee tables of pp. 8 and 9 share their labels.
    func testKalliosaloFootersEndTheirPages() {
        let text = """
        | Rahastojen muutos                      |              | –   | −10 890,95 €  |     |
        | Tilikauden yli-/alijäämä               | 287 506,62 € |     | −513 070,82 € |     |
         1/11

         Kalliosalon kunta
        1.3 Toiminnan rahoitus
        | Rahavarat 1.1.                | 253 406,04 € | 773 405,35 €  | −67,2 |
         2/11

        Kalliosalon kunta
        1.4 Rahoitusasema ja sen muutokset
        vakavaraisuutta, alijäämän sietokykyä ja kykyä selviytyä sitoumuksista pitkällä aikavälillä.
        3/11

         Kalliosalon kunta
        Vastaavaa
        """
        let lines = TextFileReader.parse(text).lines.filter { !$0.isEmpty }
        XCTAssertEqual(lines.map(\.page), [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4])
        XCTAssertEqual(TextFileReader.parse(text).pages, 4)
    }

    /// Synth honkakoski (HTML-made) in markitdown prints bare "1", "2", … the same way; two such
    /// footers are no run, and footers between blank lines (pymupdf4llm's) still win.
    func testBareFootersEndTheirPagesAndTwoAreNoRun() {
        let text = ["Tuloslaskelma", "| Toimintakate | -5 040 | -4 870 |", "1", "",
                    "Rahoituslaskelma", "| Vuosikate | 2 113 | 1 806 |", "2", "",
                    "Tase", "| Vastaavaa yhteensä | 90 117 | 88 306 |", "3", "", "Talousarvio"].joined(separator: "\n")
        XCTAssertEqual(TextFileReader.parse(text).lines.filter { !$0.isEmpty }.map(\.page), [1, 1, 1, 2, 2, 2, 3, 3, 3, 4])
        let two = ["a", "| Vuosikate | 2 113 | 1 806 |", "1", "", "b", "| Tase | 90 117 | 88 306 |", "2", "", "c"].joined(separator: "\n")
        XCTAssertEqual(TextFileReader.parse(two).pages, 1)
        // A value row's last figure before a blank line rises by more than three: no page.
        let values = ["Asukasmäärä", "2914", "", "Lainakanta", "1644", "", "Vuosikate", "705", ""].joined(separator: "\n")
        XCTAssertEqual(TextFileReader.parse(values).pages, 1)
        // pymupdf4llm's footers stand between blank lines and are taken before markitdown's, even
        // where markitdown-like lines would make a longer run.
        let both = ["a", "1", "", "b", "2", "", "c", "3", "", "d", "4", "", "", "5", "", "e", "", "6", "", "f", "", "7", "", "g"]
            .joined(separator: "\n")
        XCTAssertEqual(TextFileReader.parse(both).lines.filter { !$0.isEmpty }.first?.page, 5)
    }

    // MARK: FullRowsOnOtherColumns

    /// Synth kurkivirta (HTML-made) vastattavaa in markitdown: "IV Tilikauden yli-/alijäämä" fills
    /// pipe columns 1, 2, 4, 5, "2. Vapaaehtoiset varaukset" 2, 3, 4, 5 — the same four printed
    /// columns (item and subtotal per year), one block a pipe column right of the other. Every row
    /// of four figures is read in doubt; rows of fewer figures are not.
    func testKurkivirtaFullRowsOnOtherColumnsAreDoubted() throws {
        let text = """
        Vastattavaa
        | VASTATTAVAA |     | 31.12.2025  |     | 31.12.2024  |     |
        | ----------- | --- | ----------- | --- | ----------- | --- |
        |             |     | 1 000 euroa |     | 1 000 euroa |     |
        A OMA PÄÄOMA
        | I Peruspääoma                                  | 33 811 |        |     | 33 811 |        |
        | ---------------------------------------------- | ------ | ------ | --- | ------ | ------ |
        | II Muut omat rahastot                          |        | 123    |     | 123    |        |
        | IV Tilikauden yli-/alijäämä                    | -2 436 | 32 774 |     | -2 988 | 35 210 |
        B POISTOERO JA VAPAAEHTOISET VARAUKSET
        | 1. Poistoero               | 1 929 |     |       | 1 953 |       |
        | -------------------------- | ----- | --- | ----- | ----- | ----- |
        | 2. Vapaaehtoiset varaukset |       | 379 | 2 308 | 382   | 2 335 |
        C PAKOLLISET VARAUKSET
        | 1. Eläkevaraukset |     | 121 | 121 | 116 | 116 |
        | ----------------- | --- | --- | --- | --- | --- |
        """
        let marked = FullRowsOnOtherColumns.mark(text).split(separator: "\n").map(String.init)
        let doubted = marked.filter { $0.contains(SpacerPipeColumns.doubtMark) }
            .map { $0.split(separator: "|")[0].trimmingCharacters(in: .whitespaces).dropFirst() }
        XCTAssertEqual(doubted, ["IV Tilikauden yli-/alijäämä", "2. Vapaaehtoiset varaukset", "1. Eläkevaraukset"])
        let rows = try ingest(text).allTables.flatMap(\.rows)
        let vapaaehtoiset = try XCTUnwrap(rows.first { $0.label == "2. Vapaaehtoiset varaukset" })
        XCTAssertEqual(vapaaehtoiset.cells.compactMap { $0?.value }, [379, 2308, 382, 2335])
        XCTAssertEqual(flagged(vapaaehtoiset), [true, true, true, true])
    }

    /// Synth kalliosalo's income statement (sheet-made): every row of two figures on the same pipe
    /// columns; nothing to doubt, the text is left as it is.
    func testAgreeingFullRowsAreLeftAlone() {
        let text = """
        |                               | TP 2024         |     | TP 2023         |     |
        | ----------------------------- | --------------- | --- | --------------- | --- |
        |                               |                 | €   |                 | €   |
        | Toimintatuotot                | 1 750 896,75 €  |     | 1 719 180,90 €  |     |
        | Myyntituotot                  | 580 327,18 €    |     | 593 215,62 €    |     |
        | Arvonalentumiset              |                 | –   | −45 176,42 €    |     |
        """
        XCTAssertEqual(FullRowsOnOtherColumns.mark(text), text)
    }

    // MARK: LoneFigureRowOffHeaders

    /// Kemijärvi konserni p. 7 in markitdown: one figure row under two header rows; −5 341 090 stands
    /// on a pipe column no header fills. The row is read in doubt.
    func testKonserniLoneRowOffItsHeadersIsDoubted() throws {
        let text = """
        7. Määrärahat
        | Hallintopalvelut |     | TA+muutos  |      |            | TA   | MUUTOS     |     | MUUTOS |       |
        | ---------------- | --- | ---------- | ---- | ---------- | ---- | ---------- | --- | ------ | ----- |
        |                  |     |            | 2025 |            | 2026 |            | €   |        | %     |
        | MENOT            |     | −6 837 670 |      | −5 341 090 |      | −1 496 580 |     |        | −21,9 |
        """
        let marked = LoneFigureRowOffHeaders.mark(text)
        XCTAssertTrue(marked.split(separator: "\n")[4].contains(SpacerPipeColumns.doubtMark))
        let menot = try XCTUnwrap(try ingest(text).allTables.flatMap(\.rows).first { $0.label == "MENOT" })
        XCTAssertEqual(menot.cells.compactMap { $0?.value }, [-6837670, -5341090, -1496580, try XCTUnwrap(Decimal(string: "-21.9"))])
        XCTAssertTrue(flagged(menot).allSatisfy { $0 })
        // Synth pihlajaniemi's (HTML-made) committee table: the lone figure row's figures all stand
        // on pipe columns its header rows fill; not doubted.
        let under = """
        |     |     |     |     | Talousarvio |      |     | Muutokset |     | muutosten |           |           |
        | --- | --- | --- | --- | ----------- | ---- | --- | --------- | --- | --------- | --------- | --------- |
        |     |     |     |     |             | 2020 |     | 2020      |     | jälkeen   | Toteutuma | Poikkeama |
        TOIMINTATUOTOT
        | Myyntituotot |     |     |     | 161 900 € |     |     | 6 200 € |     | 168 100 € | 164 077 € | 4 023 € |
        """
        XCTAssertEqual(LoneFigureRowOffHeaders.mark(under), under)
    }

    // MARK: RunningHeadPipeRow

    /// Lapua's minutes in markitdown: the running head drawn as a grid row on every page is no
    /// figure row ("2 (29)" is page 2 of 29), so neither rule doubts it.
    func testLapuaRunningHeadRowIsNoFigureRow() {
        XCTAssertTrue(RunningHeadPipeRow.matches([" Lapuan kaupunki   ", " Pöytäkirja ", " 11/2024 ", " 2 (29) "]))
        XCTAssertFalse(RunningHeadPipeRow.matches(["MENOT", "−6 837 670", "", "−5 341 090"]))
        let text = """
        |  Lapuan kaupunki   | Pöytäkirja | 11/2024 | 2 (29) |
        | ------------------ | ---------- | ------- | ------ |
        | Sivistyslautakunta | 21.11.2024 |         |        |
        """
        XCTAssertEqual(LoneFigureRowOffHeaders.mark(text), text)
    }

    // MARK: ItemRepeatedUnderAnotherGroup

    /// Synth louhivirta (sheet-made) vastattavaa in markitdown: "Saadut ennakot" under "I Pitkäaikainen
    /// vieras pääoma" and again under "II Lyhytaikainen", each in a block of its own; both rows are
    /// read in doubt. A budget's MENOT / NETTOMENO under each cost centre (synth petajalampi) are not.
    func testLouhivirtaItemUnderBothGroupsIsDoubted() {
        let text = """
        I Pitkäaikainen vieras pääoma
        Lainat rahoitus- ja vakuutuslaitoksilta 152 614 651,59 153 298 955,37
        | Saadut ennakot | 382 605,27 |     | 360 800,67 |     |
        | -------------- | ---------- | --- | ---------- | --- |
        Muut velat
        |     | 499 970,18 | 153 497 227,04 | 478 780,75 | 154 138 536,79 |
        | --- | ---------- | -------------- | ---------- | -------------- |
        II Lyhytaikainen
        Lainat rahoitus- ja vakuutuslaitoksilta 11 658 252,51 11 710 526,56
        | Saadut ennakot | 246 263,75 |     | 226 702,91 |     |
        | -------------- | ---------- | --- | ---------- | --- |
        """
        let marked = ItemRepeatedUnderAnotherGroup.mark(text).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(marked.indices.filter { marked[$0].contains(SpacerPipeColumns.doubtMark) }, [2, 9])
        let budget = """
        Rakennusvalvonta
        | MENOT     | -5 047 310,82 | -5 549 000,00 | -5 389 439,97 | 6,8 % |
        | --------- | ------------- | ------------- | ------------- | ----- |
        | NETTOMENO | -5 047 310,82 | -5 549 000,00 | -5 389 439,97 | 6,8 % |
        Ympäristönsuojelu
        | TULOT     | 963 070,72    | 952 900,00    | 844 578,27    | -12,3 % |
        | --------- | ------------- | ------------- | ------------- | ------- |
        | MENOT     | -7 362 178,37 | -7 172 800,00 | -7 440 165,45 | 1,1 %   |
        | NETTOMENO | -6 399 107,65 | -6 219 900,00 | -6 595 587,18 | 3,1 %   |
        """
        XCTAssertEqual(ItemRepeatedUnderAnotherGroup.mark(budget), budget)
        XCTAssertTrue(ItemRepeatedUnderAnotherGroup.isGroupHeading("II Lyhytaikainen"))
        XCTAssertTrue(ItemRepeatedUnderAnotherGroup.isGroupHeading("E VIERAS PÄÄOMA"))
        XCTAssertFalse(ItemRepeatedUnderAnotherGroup.isGroupHeading("Ympäristönsuojelu"))
        XCTAssertFalse(ItemRepeatedUnderAnotherGroup.isGroupHeading("Muut velat"))
    }
}
