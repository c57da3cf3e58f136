import Foundation
import XCTest
@testable import LukuCore

/// Pages and wrapped cells of converter Markdown (issue 7): `PageNumberLines`, `WrappedTextCells`,
/// pipe rows that open every page, and a table of another width on the next page; each on the
/// pymupdf4llm Markdown committed in corpus/ or on lines copied from it.
final class MarkdownPageTests: XCTestCase {
    private func corpus(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("corpus").appendingPathComponent(name).path
    }

    // MARK: PageNumberLines

    /// Konserni in pymupdf4llm: footers "1" … "27", each a paragraph of its own, no form feed.
    func testPrintedFooterNumbersGiveTheKonserniPages() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.pymupdf4llm.md"))
        XCTAssertEqual(document.source.pages, 27)
        // The p. 8 and p. 26 cost centres share labels; each is on its own page now (p. 8 prints
        // stray "t" cells on the Joukkoliikenne line, so there it is a row, not a group).
        let joukkoliikenne = document.allTables.filter {
            $0.rows.contains { $0.group == "Joukkoliikenne" || $0.label == "Joukkoliikenne" }
        }
        XCTAssertEqual(joukkoliikenne.map(\.page), [8, 26])
    }

    func testFooterNumbersOfTheOtherKemijarviMarkdown() {
        XCTAssertEqual(Pipeline().run(path: corpus("kemijarvi-hallintopalvelut-tp2024.pymupdf4llm.md")).source.pages, 8)
        XCTAssertEqual(Pipeline().run(path: corpus("kemijarvi-hallinto-tukipalvelut-2022-06.pymupdf4llm.md")).source.pages, 6)
    }

    /// Lines up to footer "N" are on page N; "2/157" footers (Kauhava) count as N too, and a
    /// missing number (synth vaahterajoki has no "6") is a step the run crosses.
    func testFooterRunWithPageOfPagesAndASkippedNumber() {
        let text = ["intro", "", "1/157", "", "a", "", "2/157", "", "b", "", "3/157", "", "c"].joined(separator: "\n")
        let pages = TextFileReader.parse(text).lines.filter { !$0.isEmpty }.map(\.page)
        XCTAssertEqual(pages, [1, 1, 2, 2, 3, 3, 4])
        let skipped = ["a", "", "5", "", "b", "", "7", "", "c", "", "8", ""].joined(separator: "\n")
        XCTAssertEqual(TextFileReader.parse(skipped).lines.filter { !$0.isEmpty }.map(\.text), ["a", "5", "b", "7", "c", "8"])
        // The unnumbered page 6 takes the lines up to footer "7".
        XCTAssertEqual(TextFileReader.parse(skipped).lines.filter { !$0.isEmpty }.map(\.page), [5, 5, 6, 6, 8, 8])
    }

    /// Lone values are no page numbers: the konserni seed text's "2", "10", "16" and the state
    /// budget text's "0", "700", "10" rise by more than three or not at all.
    func testLoneValuesMakeNoPages() {
        for numbers in [["2", "10", "16"], ["0", "0", "700", "10"], ["5", "3", "4"]] {
            let text = numbers.map { "label\n\n\($0)\n" }.joined(separator: "\n")
            XCTAssertEqual(Set(TextFileReader.parse(text).lines.map(\.page)), [1], "\(numbers)")
        }
        // Two footers are no run.
        XCTAssertEqual(TextFileReader.parse("a\n\n1\n\nb\n\n2\n\nc").pages, 1)
    }

    /// A text that marks its pages keeps them: form feeds win over printed numbers.
    func testFormFeedsWinOverPrintedNumbers() {
        let text = "a\n\n3\n\nb\u{0C}c\n\n4\n\nd\n\n5\n\ne"
        XCTAssertEqual(TextFileReader.parse(text).pages, 2)
    }

    /// Lapua's minutes in pymupdf4llm print "page of pages" in the running head, not a footer:
    /// "**Pöytäkirja** 11/2024 18 (29) 21.11.2024" opens page 18.
    func testRunningHeadPageOfPagesOpensItsPage() {
        let text = ["**Pöytäkirja** 11/2024 1 (29) 21.11.2024", "cover", "",
                    "**Pöytäkirja** 11/2024 2 (29) 21.11.2024", "two", "",
                    "11/2024 3 (29)", "three"].joined(separator: "\n")
        let lines = TextFileReader.parse(text).lines.filter { !$0.isEmpty }
        XCTAssertEqual(lines.map(\.page), [1, 1, 2, 2, 3, 3])
        XCTAssertNil(PageNumberLines.headNumber("Toimintakulut 12 (29) ja muuta tekstiä, joka jatkuu pitkästi yli kymmenen sanan"))
    }

    // MARK: WrappedTextCells

    /// Konserni p. 26: "hallinto-" / "palveluissa" in each past-period column, as the truth reads it.
    func testWrappedWordCellsJoinTheRowAbove() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.pymupdf4llm.md"))
        let table = try XCTUnwrap(document.allTables.first { $0.page == 26 && $0.rows.contains { $0.group == "Joukkoliikenne" } })
        let menot = try XCTUnwrap(table.rows.first { $0.group == "Joukkoliikenne" && $0.label == "MENOT" })
        XCTAssertEqual(menot.cells.map { $0?.text }, ["hallintopalveluissa", "hallintopalveluissa", "hallintopalveluissa", "−334 000", "−334 000"])
        XCTAssertEqual(menot.cells.map { $0?.value }, [nil, nil, nil, -334000, -334000])
        // No row of the table is the wrapped line alone.
        XCTAssertFalse(table.rows.contains { $0.label.isEmpty })
    }

    /// A row holding a number, or words under a number or an empty cell, is never joined.
    func testRowsWithFiguresAreNeverJoined() {
        XCTAssertFalse(WrappedTextCells.continues(["", "palveluissa", "12"], above: ["MENOT", "hallinto-", "elinvoima-"]))
        XCTAssertFalse(WrappedTextCells.continues(["", "palveluissa", ""], above: ["MENOT", "−334 000", "x"]))
        XCTAssertFalse(WrappedTextCells.continues(["", "palveluissa", ""], above: ["MENOT", "", "x"]))
        XCTAssertFalse(WrappedTextCells.continues(["TULOT", "palveluissa", ""], above: ["MENOT", "hallinto-", ""]))
        // tp2024 p. 2: a measure above may name a year; the words below still go on with it.
        XCTAssertTrue(WrappedTextCells.continues(["", "", "tuloksiin ja tulosten"],
                                                 above: ["toimialojen kanssa", "x", "toteutus keväällä 2024, kyselyjen vertailu aiempiin"]))
        XCTAssertTrue(WrappedTextCells.continues(["", "", "kehittämistoimet", "vuoden 2025 suunnitelmiin."],
                                                 above: ["a", "b", "tuloksiin ja tulosten", "kyselyssä."]))
        XCTAssertFalse(WrappedTextCells.continues(["", "2025"], above: ["a", "b"]))
        XCTAssertFalse(WrappedTextCells.continues(["", "x 12"], above: ["a", "b"]))
        XCTAssertTrue(WrappedTextCells.continues(["", "työllisuuspalveluille", ""], above: ["Riskienhallinnan parantaminen", "Laaditaan elinkeino- ja", "Suunnitelma laadittu"]))
        XCTAssertEqual(WrappedTextCells.join([["Riski", "Laaditaan elinkeino- ja", "Suunnitelma laadittu"], ["", "työllisuuspalveluille", ""]]),
                       [["Riski", "Laaditaan elinkeino- ja työllisuuspalveluille", "Suunnitelma laadittu"]])
    }

    // MARK: pipe rows at page tops; the next page's table of another width

    /// pymupdf4llm's state budget repeats its unit row "||1000 €|" at the top of every page; once
    /// the pages are known it must not go as a running head, or `PipeTableContinuation` loses it.
    func testPipeRowOpeningEveryPageIsNoRunningHead() {
        let page = { (n: Int) in "||1000 €|\n|---|---|\n|\(n)0. Tulot|\(n) 000|\n\n\(n)\n\n" }
        let lines = TextFileReader.parse((1...4).map(page).joined()).lines
        XCTAssertEqual(Set(lines.map(\.page)), [1, 2, 3, 4])
        let kept = PageDebrisFilter.filterText(lines)
        XCTAssertEqual(kept.filter { $0.tabCells == ["", "1000 €"] }.count, 4)
    }

    /// synth kalliosalo p. 4 → 5 in pymupdf4llm: a four-column balance sheet ends page 4, a
    /// two-column table starts page 5; its rows are not read into the four columns.
    func testNarrowerTableOnTheNextPageIsNotReadOn() throws {
        let text = ["Kunta", "", "||**2024**||**2023**||", "|---|---|---|---|---|",
                    "|1. Eläkevaraukset|10 928,54 €|10 928,54 €|11 319,52 €|11 319,52 €|",
                    "|6. Siirtovelat|364 980,34 €|1 264 948,66 €|369 461,74 €|1 213 751,03 €|",
                    "", "4/11", "", "Kunta", "",
                    "|**VASTATTAVAA YHTEENSÄ**|**15 597 294,32 €**|**14 980 772,51 €**|", "|---|---|---|",
                    "|Omavaraisuusaste, %|62,8|63,7|", "", "5/11", "", "Kunta", "", "x", "", "6/11", "",
                    "Kunta", "", "y", "", "7/11", ""].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("kalliosalo.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let tables = Pipeline().run(path: path).allTables
        let wide = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "6. Siirtovelat" } })
        XCTAssertFalse(wide.rows.contains { $0.label == "Omavaraisuusaste, %" })
    }

    // MARK: MarkerLabelColumn

    /// synth pauhaselka p. 13 in pymupdf4llm: the outline markers in a column of their own, a
    /// Roman numeral split over the two cells; the values stay under their own headers.
    func testOutlineMarkerColumnJoinsTheLabel() throws {
        let text = ["||**VASTAAVAA**|**31.12.2019**<br>_euroa_|**31.12.2018**<br>_euroa_|", "|---|---|---|---|",
                    "|**A**|**PYSYVÄT VASTAAVAT**|**868 865 249,35**|**846 065 270,30**|",
                    "|I|Aineettomat hyödykkeet|1 598 901,49|1 493 154,58|",
                    "|1|.<br>Aineettomat oikeudet|1 026 975,73|960 933,42|",
                    "|II|I<br>Sijoitukset|51 604 601,46|52 831 491,98|",
                    "||Pitkäaikaiset saamiset|0,00|0,00|"].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("pauhaselka.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let table = try XCTUnwrap(Pipeline().run(path: path).allTables.first)
        XCTAssertEqual(table.columns.map(\.header), ["31.12.2019 euroa", "31.12.2018 euroa"])
        XCTAssertEqual(table.rows.map(\.label), ["A PYSYVÄT VASTAAVAT", "I Aineettomat hyödykkeet", "1. Aineettomat oikeudet",
                                                 "III Sijoitukset", "Pitkäaikaiset saamiset"])
        XCTAssertEqual(table.rows[3].cells.map { $0?.value }, [Decimal(string: "51604601.46"), Decimal(string: "52831491.98")])
    }

    /// A first column of numbers that are values, or a second column of figures, is no marker column.
    func testValueColumnsAreNoMarkers() {
        XCTAssertFalse(MarkerLabelColumn.applies([["1", "12", "3"], ["2", "14", "5"], ["3", "16", "7"]]))
        XCTAssertFalse(MarkerLabelColumn.applies([["2024", "Tulot", "3"], ["2023", "Menot", "5"], ["2022", "Netto", "7"]]))
        XCTAssertFalse(MarkerLabelColumn.applies([["A", "Tulot", "3"], ["Menot", "x", "5"], ["I", "Netto", "7"]]))
        XCTAssertTrue(MarkerLabelColumn.applies([["A", "Tulot", "3"], ["I", "Menot", "5"], ["1.", "Netto", "7"]]))
        XCTAssertEqual(MarkerLabelColumn.label(marker: "I", text: "V Edellisten tilikausien ylijäämä"), "IV Edellisten tilikausien ylijäämä")
    }

    // MARK: HeaderOnlyColumnSplit

    /// synth louhivirta p. 8 in pymupdf4llm (lines copied from the converter's Markdown): the header
    /// "TA- muutokset" over an empty column, its figures in the header-less column beside it.
    func testHeaderOnlyColumnTakesTheFiguresBesideIt() throws {
        let text = ["#### **MÄÄRÄRAHOJEN TOTEUTUMINEN** ", "",
                    "||_1 000 €_<br>**Talousarvio**<br>**2019**|_1 000 €_<br>**TA-**<br>**muutokset**||_1 000 €_<br>**TA**<br>**+**<br>**muutokset**|_1 000 €_<br>**TP**<br>**2019**|_1 000 €_<br>**Poikkeama**<br>**€**|",
                    "|---|---|---|---|---|---|---|",
                    "|**Toimintatuotot**|||||||",
                    "|Myyntituotot|1 212||1|1 213|1 141|-72|",
                    "|Maksutuotot|3 819||3|3 822|3 596|-226|",
                    "|Henkilöstökulut|-22 068||0|-22 068|-21 076|+993|"].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("louhivirta.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let table = try XCTUnwrap(Pipeline().run(path: path).allTables.first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.columns[1].header, "1 000 € TA- muutokset")
        let myynti = try XCTUnwrap(table.rows.first { $0.label == "Myyntituotot" })
        XCTAssertEqual(myynti.cells.map { $0?.value }, [1212, 1, 1213, 1141, -72].map { Decimal($0) })
        let henkilosto = try XCTUnwrap(table.rows.first { $0.label == "Henkilöstökulut" })
        XCTAssertEqual(henkilosto.cells.map { $0?.value }, [-22068, 0, -22068, -21076, 993].map { Decimal($0) })
    }

    /// Louhivirta p. 2: the income statement's last rows under "||2019||2018|", the 2019 figures
    /// in the header-less column right of "2019".
    func testYearHeaderOverTheEmptyColumn() throws {
        let text = ["||**2019**||**2018**|", "|---|---|---|---|",
                    "|Vuosikate/Poistot, %||-1,5 %|191,9 %|",
                    "|Vuosikate, €/asukas||-6|737|",
                    "|Asukasmäärä||30 189|29 800|"].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("louhivirta2.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let table = try XCTUnwrap(Pipeline().run(path: path).allTables.first)
        XCTAssertEqual(table.columns.map(\.header), ["2019", "2018"])
        XCTAssertEqual(table.rows.last?.cells.map { $0?.value }, [Decimal(30189), Decimal(29800)])
    }

    /// synth petajalampi p. 2: "Peruskunta" over both years on a header line of its own stands in
    /// the figures' column; it names no column, so "2020" still takes the figures beside it.
    func testGroupHeaderLineNamesNoColumn() throws {
        let text = ["|||**Peruskunta**||", "|---|---|---|---|", "||**2020**||**2019**|",
                    "|**Toiminnan rahavirta**||||",
                    "|Vuosikate||10664|8463|",
                    "|Tulorahoituksen korjauserät||-162|-25|",
                    "|Investointien rahavirta||-10025|-8433|"].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("petajalampi.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let table = try XCTUnwrap(Pipeline().run(path: path).allTables.first)
        // `SpacerPipeColumns` makes "Peruskunta"'s column and "2020"'s one (no row fills both): the
        // group word joins the first year's header; the figures stay under their years.
        XCTAssertEqual(table.columns.map(\.header), ["Peruskunta 2020", "2019"])
        XCTAssertEqual(table.rows.first { $0.label == "Vuosikate" }?.cells.map { $0?.value }, [Decimal(10664), Decimal(8463)])
        XCTAssertTrue(HeaderOnlyColumnSplit.isGroupLine(["", "", "Peruskunta", ""]))
        XCTAssertFalse(HeaderOnlyColumnSplit.isGroupLine(["", "2020", "", "2019"]))
    }

    /// Left alone: a named column some row fills, a header-less column filled once, and a header
    /// between two header-less columns of figures (which one is its own is not in the text).
    func testHeaderOnlyColumnNeedsOneClearNeighbour() {
        let header = [["", "TA", "", "TP"]]
        XCTAssertNotNil(HeaderOnlyColumnSplit.pair(header: header, rows: [["a", "", "1", "2"], ["b", "", "3", "4"]]))
        XCTAssertNil(HeaderOnlyColumnSplit.pair(header: header, rows: [["a", "5", "1", "2"], ["b", "", "3", "4"]]))
        XCTAssertNil(HeaderOnlyColumnSplit.pair(header: header, rows: [["a", "", "1", "2"], ["b", "", "", "4"]]))
        XCTAssertNil(HeaderOnlyColumnSplit.pair(header: [["", "", "TA", "", "TP"]],
                                                rows: [["a", "1", "", "2", "3"], ["b", "4", "", "5", "6"]]))
        XCTAssertNil(HeaderOnlyColumnSplit.pair(header: header, rows: [["a", "", "1", "2"], ["b", "", "3"]]))
    }

    // MARK: MisplacedMinus

    /// synth kuusimaki p. 6 in pymupdf4llm (lines copied from the converter's Markdown): the minus
    /// sign set among the digit groups of whole euros. `MinusAmongCellLines` reads the lines of
    /// each cell as the figure with its sign in front (as `SplitMinusLines` reads PyMuPDF's lines
    /// of the same page), and the row is flagged; the cell text with the minus inside
    /// (`MisplacedMinus`) is what is left when the lines are not that shape.
    func testMinusAmongDigitGroupsIsReadFlagged() throws {
        let text = ["||**2021**|**2020**|", "|---|---|---|", "||_€_|_€_|",
                    "|Toimintatuotot|55 875 478|51 166 343|",
                    "|Toimintakulut|340<br>−<br>170 584|319<br>−<br>771 539|",
                    "|Korkokulut|661<br>−<br>152|2<br>−070 794|"].joined(separator: "\n")
        let folder = try ScratchFolder(self)
        let path = folder.url.appendingPathComponent("kuusimaki.md").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let table = try XCTUnwrap(Pipeline().run(path: path).allTables.first)
        let kulut = try XCTUnwrap(table.rows.first { $0.label == "Toimintakulut" })
        XCTAssertEqual(kulut.cells.map { $0?.value }, [Decimal(-340_170_584), Decimal(-319_771_539)])
        XCTAssertEqual(kulut.cells.map { $0?.flags ?? [] }, [[.ambiguousSplit], [.ambiguousSplit]])
        let tuotot = try XCTUnwrap(table.rows.first { $0.label == "Toimintatuotot" })
        XCTAssertEqual(tuotot.cells.map { $0?.value }, [Decimal(55875478), Decimal(51166343)])
        XCTAssertEqual(tuotot.cells.map { $0?.flags ?? [] }, [[], []])
        let korko = try XCTUnwrap(table.rows.first { $0.label == "Korkokulut" })
        XCTAssertEqual(korko.cells.map { $0?.value }, [Decimal(-661_152), Decimal(-2_070_794)])
        XCTAssertTrue(korko.cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
    }

    /// A sign in front of the number, a range with an en dash or hyphen, and words are not it.
    func testMisplacedMinusShapes() {
        XCTAssertTrue(MisplacedMinus.matches("340 − 170 584,08"))
        XCTAssertTrue(MisplacedMinus.matches("10,8% −"))
        XCTAssertFalse(MisplacedMinus.matches("−170 584,08"))
        XCTAssertFalse(MisplacedMinus.matches("2023–2024"))
        XCTAssertFalse(MisplacedMinus.matches("1 - 5"))
        XCTAssertFalse(MisplacedMinus.matches("Tulot − menot"))
    }
}
