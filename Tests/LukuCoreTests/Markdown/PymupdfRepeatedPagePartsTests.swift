import Foundation
import XCTest
@testable import LukuCore

/// pymupdf4llm's Markdown of hold-out documents from producers first seen in sets 4–6 (Apache FOP,
/// pdflatex, iText 5): lines copied from the Markdown `tools/holdout/run_holdout.py --markdown
/// pymupdf4llm` makes, expected values from each document's truth file (the printed figures).
final class PymupdfRepeatedPagePartsTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "copied.md")
    }

    private func row(_ label: String, in document: Document) throws -> Row {
        let tables = document.allTables.filter { $0.rows.contains { $0.label == label } }
        XCTAssertEqual(tables.count, 1, label)
        return try XCTUnwrap(tables.first?.rows.first { $0.label == label })
    }

    // MARK: LabelHeaderRepeatedOverPage

    /// hold4-11 (FOP, rahoituslaskelma kept in groups), p. 1 → 2: the whole header row, its "€"
    /// label head included, printed again after the footer "1" and the running head.
    static let fopPages = """
        ## **Rahoituslaskelma**

        |**€**|**TP 2025**|**TP 2024**|
        |---|---|---|
        |**Toiminnan rahavirta**|||
        |Vuosikate|3 815 975|2 218 355|
        |Satunnaiset erät|85 707|51 172|
        |Tulorahoituksen korjauserät|-633 216|-205 941|
        |**Toiminnan rahavirta yhteensä**|**3 268 466**|**2 063 586**|



        1

        Tilinpäätös 2025 · Rahoituslaskelma

        Rahoituslaskelma

        |**€**|**TP 2025**|**TP 2024**|
        |---|---|---|
        |**Investointien rahavirta**|||
        |Investointimenot|-8 927 005|-12 977 738|
        |Rahoitusosuudet investointimenoihin|844 479|439 354|
        |**Investointien rahavirta yhteensä**|**-8 059 456**|**-11 115 717**|
        |**Rahavarojen muutos**|**-3 061 701**|**-9 689 931**|
        """

    /// The footer "1" between the two parts ends page 1 (`PageFooterBetweenPipeParts`: one number
    /// is no run for `PageNumberLines`), so the part under the repeated header continues the table
    /// on page 2 (`LabelHeaderRepeatedOverPage`), as the PDF path reads it.
    func testRepeatedLabelHeadOverPageReadsBothParts() throws {
        let document = try ingest(Self.fopPages)
        XCTAssertEqual(document.allTables.count, 1)
        XCTAssertEqual(document.allTables.first?.pages, [1, 2])
        // Truth (hold4-11-kept-groups-rahoitus.truth.json): Vuosikate 3815975, 2218355;
        // Investointimenot -8927005, -12977738 (group "Investointien rahavirta").
        let vuosikate = try row("Vuosikate", in: document)
        XCTAssertEqual(vuosikate.cells.map { $0?.value }, [3815975, 2218355])
        let menot = try row("Investointimenot", in: document)
        XCTAssertEqual(menot.cells.map { $0?.value }, [-8927005, -12977738])
        XCTAssertEqual(menot.group, "Investointien rahavirta")
    }

    /// hold6-08 (iText, the board's appropriations), p. 1 → 2 under its page footer "Sivu 1 / 2"
    /// and running head: the "Yhteensä" group goes on the next page under the same header.
    static let iTextPages = """
        |**€**|**TP 2024**|**TA 2025**|**TA 2026**|**Muutos-%**|**TS 2027**|**TS 2028**|
        |---|---|---|---|---|---|---|
        |**Vapaa-aikalautakunta**|||||||
        |MENOT|-4 891 591|-2 283 471|-2 999 222|-31,3|-2 712 965|-775 693|
        |TULOT|1 342 002|1 271 185|1 291 820|1,6|1 004 258|554 455|
        |NETTOMENO|-3 549 589|-1 012 286|-1 707 402|-68,7|-1 708 707|-221 238|



        Talousraportointi / HOLD6

        Sivu 1 / 2

        **Määrärahat ja tuloarviot 2026–2028**

        **Järvelän kaupunki**

        Ajopäivä 15.01.2026 08:12

        |**€**|**TP 2024**|**TA 2025**|**TA 2026**|**Muutos-%**|**TS 2027**|**TS 2028**|
        |---|---|---|---|---|---|---|
        |**Yhteensä**|||||||
        |**MENOT**|**-17 970 617**|**-23 267 040**|**-21 127 546**|**9,2**|**-15 029 890**|**-20 009 659**|
        """

    func testRepeatedLabelHeadAfterRunningHeadContinuesTheTable() throws {
        let document = try ingest(Self.iTextPages)
        XCTAssertEqual(document.allTables.count, 1)
        let table = try XCTUnwrap(document.allTables.first)
        // Truth (hold6-08-board-groups-maararahat.truth.json), group "Yhteensä", MENOT:
        // -17970617, -23267040, -21127546, 9.2, -15029890, -20009659.
        let total = try XCTUnwrap(table.rows.first { $0.group == "Yhteensä" && $0.label == "MENOT" })
        XCTAssertEqual(total.cells.map { $0?.value }, [-17970617, -23267040, -21127546, Decimal(string: "9.2"), -15029890, -20009659])
    }

    /// The same header right under a table's last row, inside one run of pipe rows, heads the next
    /// table (pymupdf4llm's konserni: the käyttötalous table, then the unit table under its header).
    func testSameHeaderInsideOneRunStaysTwoTables() throws {
        let text = """
            |**Hallintopalvelut**|**TP**|**TA**|
            |---|---|---|
            |Myyntituotot|278 750|67 100|
            |**TOIMINTAKATE/JÄÄMÄ**|**−4 697 832**|**−5 540 000**|
            |**Hallintopalvelut**|**TP**|**TA**|
            |**Keskusvaalilautakunta**|||
            |MENOT|−54 950|−68 900|
            """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 2)
    }

    /// markitdown's hold4-12 (FOP, one table per committee under the same header): the section
    /// heading "3.2 Sivistyslautakunta" and prose as plain lines between are no page debris, so the
    /// tables stay apart and each committee keeps its own MENOT.
    func testSectionHeadingBetweenRepeatedHeadsKeepsTablesApart() throws {
        let text = """
            | €         | TP 2024    | TA 2025    | TA 2026    | TS 2027    | TS 2028    |
            | --------- | ---------- | ---------- | ---------- | ---------- | ---------- |
            | MENOT     | -5 123 209 | -1 273 637 | -2 087 306 | -3 620 100 | -2 218 102 |
            | TULOT     | 624 656    | 402 179    | 1 184 598  | 409 771    | 982 979    |
            3.2 Sivistyslautakunta
            Palvelutarpeen kasvu näkyi erityisesti ikääntyneiden palveluissa ja varhaiskasvatuksessa, joissa henkilöstömenot ylittivät
            arvion. Hankintojen keskittäminen alensi aineiden ja tarvikkeiden menoja.
            | €         | TP 2024    | TA 2025   | TA 2026    | TS 2027    | TS 2028    |
            | --------- | ---------- | --------- | ---------- | ---------- | ---------- |
            | MENOT     | -8 304 979 | -318 022  | -1 504 346 | -3 263 315 | -6 209 445 |
            | TULOT     | 1 906 437  | 1 956 024 | 1 938 622  | 1 071 175  | 535 472    |
            """
        let document = try ingest(text)
        let tables = document.allTables.filter { $0.rows.contains { $0.label == "MENOT" } }
        XCTAssertEqual(tables.count, 2)
        // Truth (hold4-12-marker-sections.truth.json): kaytto-2 MENOT -8304979, -318022, -1504346, -3263315, -6209445.
        XCTAssertEqual(tables.last?.rows.first { $0.label == "MENOT" }?.cells.map { $0?.value },
                       [-8304979, -318022, -1504346, -3263315, -6209445])
    }


    /// markitdown's hold7-12 (wkhtmltopdf, TAB word gaps): two units' tables under one header
    /// ("€ TA 2025 Muutokset …") with only the second unit's title "Rakennusvalvonta" between, no
    /// page number: two tables, each unit keeping its own figures.
    func testUnitTitleWithoutPageNumberKeepsTablesApart() throws {
        let text = """
            Ympäristöpalvelut
            Palvelutarpeen\tkasvu\tnäkyi\terityisesti\tikääntyneiden\tpalveluissa\tja\tvarhaiskasvatuksessa,\tjoissa\thenkilöstömenot\tylittivät\tarvion.\tHankintojen
            keskittäminen\talensi\taineiden\tja\ttarvikkeiden\tmenoja.
            Ympäristölautakunta
            € TA\t2025 Muutokset TA+muutokset Toteutuma Poikkeama Käyttö-%
            TOIMINTATUOTOT 2\t974\t799 0 2\t974\t799 3\t081\t402 106\t603 103,6\t%
            | Myyntituotot        | 647\t355   | 0   | 647\t355   | 698\t536   | 51\t181  | 107,9\t% |
            | ------------------- | --------- | --- | --------- | --------- | ------- | ------- |
            | Maksutuotot         | 213\t397   | 0   | 213\t397   | 200\t828   | -12\t569 | 94,1\t%  |
            | Tuet\tja\tavustukset  | 154\t768   | 0   | 154\t768   | 165\t178   | 10\t410  | 106,7\t% |
            | Vuokratuotot        | 1\t505\t569 | 0   | 1\t505\t569 | 1\t616\t133 | 110\t564 | 107,3\t% |
            | Muut\ttoimintatuotot | 453\t710   | 0   | 453\t710   | 400\t727   | -52\t983 | 88,3\t%  |
            TOIMINTAKULUT -5\t500\t715 182\t010 -5\t318\t705 -5\t310\t058 8\t647 99,8\t%
            Henkilöstökulut -318\t647 27\t889 -290\t758 -305\t734 -14\t976 105,2\t%
            Palvelujen\tostot -1\t796\t798 59\t323 -1\t737\t475 -1\t775\t003 -37\t528 102,2\t%
            Aineet,\ttarvikkeet\tja\ttavarat -1\t123\t455 0 -1\t123\t455 -1\t110\t680 12\t775 98,9\t%
            Avustukset -1\t561\t477 115\t408 -1\t446\t069 -1\t370\t957 75\t112 94,8\t%
            | Vuokrat | -492\t095 | 0   | -492\t095 | -542\t743 | -50\t648 | 110,3\t% |
            | ------- | -------- | --- | -------- | -------- | ------- | ------- |
            Muut\ttoimintakulut -208\t243 -20\t610 -228\t853 -204\t941 23\t912 89,6\t%
            TOIMINTAKATE -2\t525\t916 182\t010 -2\t343\t906 -2\t228\t656 115\t250 95,1\t%
            Rakennusvalvonta
            € TA\t2025 Muutokset TA+muutokset Toteutuma Poikkeama Käyttö-%
            TOIMINTATUOTOT 2\t166\t852 14\t961 2\t181\t813 2\t192\t087 10\t274 100,5\t%
            | Myyntituotot       | 446\t000 | 11\t272 | 457\t272 | 452\t553 | -4\t719 | 99,0\t%  |
            | ------------------ | ------- | ------ | ------- | ------- | ------ | ------- |
            | Maksutuotot        | 673\t746 | 0      | 673\t746 | 680\t350 | 6\t604  | 101,0\t% |
            | Tuet\tja\tavustukset | 26\t467  | 0      | 26\t467  | 26\t346  | -121   | 99,5\t%  |
            | Vuokratuotot       | 472\t101 | 0      | 472\t101 | 470\t645 | -1\t456 | 99,7\t%  |
            """
        let document = try ingest(text)
        let tables = document.allTables.filter { $0.rows.contains { $0.label == "Myyntituotot" } }
        XCTAssertEqual(tables.count, 2)
        // Truth (hold7-12-dpi300-kaytto.truth.json): kaytto-2 (Rakennusvalvonta) Myyntituotot
        // 446000, 11272, 457272, 452553, -4719, 99.0.
        XCTAssertEqual(tables.last?.rows.first { $0.label == "Myyntituotot" }?.cells.map { $0?.value },
                       [446000, 11272, 457272, 452553, -4719, Decimal(string: "99.0")])
    }

    // MARK: ContinuationNoteBetweenPipeTables

    /// hold5-03 (pdflatex longtable), p. 1 → 2: "jatkuu seuraavalla sivulla" under the page's
    /// part and the heading "(jatkoa edelliseltä sivulta)" over the repeated header.
    static let longtablePages = """
        Taulukko 1: Investointiohjelma 2026–2029

        |€|Kustannus-||Ta|loussuunnitelma||
        |---|---|---|---|---|---|
        ||arvio|TA 2026|TS 2027|TS 2028|TS 2029|
        |**Kadut ja liikenneväylät**||||||
        |Harjun saneeraus|1 273 103|0|−570 950|0|0|



        _jatkuu seuraavalla sivulla_

        1

        Investointiosa 2026–2029

        Investointiosa

        ## _<u>(jatkoa</u> edelliseltä sivulta)_

        |€|Kustannus-||T|aloussuunnitelma||
        |---|---|---|---|---|---|
        ||arvio|TA 2026|TS 2027|TS 2028|TS 2029|
        |Harjun päällystys|995 193|−66 654|−202 764|−424 284|−308 298|
        |Peltotien saneeraus|2 184 299|−862 742|−405 063|−68 145|−503 354|
        """

    /// The notes go, and the bare footer "1" left between the parts ends page 1
    /// (`PageFooterBetweenPipeParts`): the part under the header cut elsewhere ("Ta|loussuunnitelma"
    /// / "T|aloussuunnitelma") continues the table, its rows under the group open at the break.
    func testContinuationNotesBetweenPartsGo() throws {
        let document = try ingest(Self.longtablePages)
        XCTAssertFalse(document.allSections.contains { $0.heading.text.contains("jatkoa") })
        XCTAssertEqual(document.allTables.count, 1)
        // Truth (hold5-03-longtable-investoinnit.truth.json), group "Kadut ja liikenneväylät":
        // Harjun päällystys 995193, -66654, -202764, -424284, -308298.
        let harju = try row("Harjun päällystys", in: document)
        XCTAssertEqual(harju.cells.suffix(5).map { $0?.value }, [995193, -66654, -202764, -424284, -308298])
        XCTAssertEqual(harju.group, "Kadut ja liikenneväylät")
    }

    // MARK: PageFooterBetweenPipeParts

    /// The footer between the parts opens page 2 for the lines after it (hold4-11's p. 1 → 2).
    func testFooterBetweenPipePartsEndsThePage() throws {
        let lines = Self.fopPages.split(separator: "\n", omittingEmptySubsequences: false)
        let footer = try XCTUnwrap(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "1" })
        let breaks = try XCTUnwrap(PageNumberLines.breaks(lines))
        XCTAssertEqual(breaks.first, 1)
        XCTAssertEqual(breaks.starts, [footer + 1: 2])
    }

    /// Not a page break: a lone number other than the first page's (a figure left between two
    /// tables could be any number), a "1" under prose rather than a pipe row, and a "1" followed by
    /// more lines of text than a page's foot and head before the next table.
    func testOtherLoneNumbersBetweenTablesAreNoPageBreak() {
        let table = "|**€**|**TP 2025**|**TP 2024**|\n|---|---|---|\n|Vuosikate|3 815 975|2 218 355|"
        let notFirstPage = "\(table)\n\n5\n\nRahoituslaskelma\n\n\(table)"
        XCTAssertNil(PageNumberLines.breaks(notFirstPage.split(separator: "\n", omittingEmptySubsequences: false)))
        let underProse = "\(table)\n\nVuosikate riitti kattamaan poistot.\n\n1\n\n\(table)"
        XCTAssertNil(PageNumberLines.breaks(underProse.split(separator: "\n", omittingEmptySubsequences: false)))
        let prose = (1...7).map { "Kappale \($0) tekstiä." }.joined(separator: "\n\n")
        let farApart = "\(table)\n\n1\n\n\(prose)\n\n\(table)"
        XCTAssertNil(PageNumberLines.breaks(farApart.split(separator: "\n", omittingEmptySubsequences: false)))
    }

    func testNoteStaysOutsideAGapBetweenPipeTables() {
        let text = "Jatkuu seuraavalla sivulla\n\n|a|1|\n|---|---|\n|b|2|\n\nJatkuu seuraavalla sivulla\n"
        XCTAssertEqual(ContinuationNoteBetweenPipeTables.reorder(text), text)
        XCTAssertEqual(ContinuationNoteBetweenPipeTables.plain("## _<u>(jatkoa</u> edelliseltä sivulta)_"), "(jatkoa edelliseltä sivulta)")
    }

    // MARK: SpacingDiaeresisAccent

    /// hold5-06 (pdflatex, OT1): every "ä" written as "¨" and then "a".
    func testSpacingDiaeresisBeforeVowelIsTheAccentedLetter() throws {
        let text = """
            |**EUR**|**TP 2025**|**TP 2024**|
            |---|---|---|
            |**Toiminnan rahavirta**|||
            |Vuosikate|8 353 437|8 574 178|
            |Satunnaiset er¨at|128 549|70 332|
            |Tulorahoituksen korjauser¨at|–402 028|–601 066|
            |**Toiminnan rahavirta yhteens¨a**|**8 079 958**|**8 043 444**|
            """
        let document = try ingest(text)
        // Truth (hold5-06-ot1-rahoitus-vrules.truth.json): Satunnaiset erät 128549, 70332;
        // Toiminnan rahavirta yhteensä 8079958, 8043444.
        XCTAssertEqual(try row("Satunnaiset erät", in: document).cells.map { $0?.value }, [128549, 70332])
        XCTAssertEqual(try row("Toiminnan rahavirta yhteensä", in: document).cells.map { $0?.value }, [8079958, 8043444])
        XCTAssertEqual(SpacingDiaeresisAccent.compose("Tilinp¨a¨at¨os ¨ x¨"), "Tilinpäätös ¨ x¨")
    }

    // MARK: GroupColumnLeftOfRows

    /// hold6-12 (iText ERP account report): the cost centre beside its first account only.
    static let erpReport = """
        |**Kustannuspaikka**|**Tili**|**Tilin nimi**|**TA 2025**|**Toteutuma**|**Käyttö-%**|
        |---|---|---|---|---|---|
        |**110 Hallinto**|3000|Myyntituotot|485 552,48|465 644,83|95,9|
        ||3200|Maksutuotot|234 757,13|190 388,03|81,1|
        ||4700|Avustukset|-110 639,19|-92 494,36|83,6|
        ||**Yhteen**|**sä**|**-677 927,41**|**-640 923,23**|**94,5**|
        |**210 Varhaiskasvatus**|3200|Maksutuotot|724 040,20|779 067,26|107,6|
        ||4900|Vuokrat|-481 282,68|-405 721,30|84,3|
        ||**Yhteen**|**sä**|**-1 840 409,41**|**-1 647 836,48**|**89,5**|
        ||**Kaikki**|**yhteensä**|**-979 824,86**|**209 611,56**|**-21,4**|
        """

    func testGroupColumnLeftOfRowsGroupsTheRows() throws {
        let document = try ingest(Self.erpReport)
        let table = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(table.columns.count, 3)
        // Truth (hold6-12-erp-tiliraportti.truth.json): "3000 Myyntituotot" in group "110 Hallinto"
        // 485552.48, 465644.83, 95.9; "Yhteensä" of "210 Varhaiskasvatus" -1840409.41, -1647836.48, 89.5.
        let first = try XCTUnwrap(table.rows.first { $0.label == "3000 Myyntituotot" })
        XCTAssertEqual(first.group, "110 Hallinto")
        XCTAssertEqual(first.cells.map { $0?.value }, [Decimal(string: "485552.48"), Decimal(string: "465644.83"), Decimal(string: "95.9")])
        let total = try XCTUnwrap(table.rows.first { $0.label == "Yhteensä" && $0.group == "210 Varhaiskasvatus" })
        XCTAssertEqual(total.cells.map { $0?.value }, [Decimal(string: "-1840409.41"), Decimal(string: "-1647836.48"), Decimal(string: "89.5")])
        XCTAssertTrue(table.rows.contains { $0.label == "Kaikki yhteensä" })
    }

    /// A group heading row of its own with items indented into the next cell is no such report
    /// (`IndentedLabelCell`'s layout), and a table whose first column labels every row neither.
    func testGroupColumnNeedsTheGroupBesideItsFirstRow() {
        let indented = [["**Toimintatuotot**", "", "", ""], ["", "Myyntituotot", "1 200", "1 100"],
                        ["", "Maksutuotot", "300", "250"], ["**Toimintakulut**", "", "", ""], ["", "Palkat", "-900", "-850"]]
        XCTAssertNil(GroupColumnLeftOfRows.labelColumns(head: ["Tuloslaskelma", "", "TP 2024", "TA 2025"], body: indented))
        let coded = [["3000", "Myyntituotot", "1 200", "1 100"], ["3200", "Maksutuotot", "300", "250"], ["4000", "Palkat", "-900", "-850"]]
        XCTAssertNil(GroupColumnLeftOfRows.labelColumns(head: ["Tili", "Nimi", "TP 2024", "TA 2025"], body: coded))
        XCTAssertEqual(GroupColumnLeftOfRows.label(["**Yhteen**", "**sä**"]), "**Yhteensä**")
        XCTAssertEqual(GroupColumnLeftOfRows.label(["**Kaikki**", "**yhteensä**"]), "**Kaikki yhteensä**")
    }

    // MARK: CaptionedSideBySideHalves

    /// hold7-07 (wkhtmltopdf): two key-figure tables side by side, captions in the header row.
    static let sideBySide = """
        |**Talouden tunnusluvut**||||**Palvelujen tunnusluvut**||||
        |---|---|---|---|---|---|---|---|
        ||**TP 2024**|**TA 2025**|**TA 2026**||**TP 2024**|**TA 2025**|**TA 2026**|
        |Asukasluku 31.12.|8 615|8 498|8 340|Lapsia varhaiskasvatuksessa|1 198|861|1 238|
        |Tuloveroprosentti|8,40|8,40|8,50|Perusopetuksen oppilaat|2 719|1 889|2 539|
        |Vuosikate, €/asukas|420|163|−36|Sairauspoissaolot, pv/htv|13,2|15,9|18,5|
        |Henkilöstö, htv|512,0|858,0|1 105,6|||||
        """

    func testCaptionedSideBySideHalvesAreTwoTables() throws {
        let document = try ingest(Self.sideBySide)
        XCTAssertEqual(document.allTables.count, 2)
        // Truth (hold7-07-float-keyfigures.truth.json): palvelut, Lapsia varhaiskasvatuksessa
        // 1198, 861, 1238; Sairauspoissaolot, pv/htv 13.2, 15.9, 18.5; talous, Vuosikate, €/asukas 420, 163, -36.
        XCTAssertEqual(try row("Lapsia varhaiskasvatuksessa", in: document).cells.map { $0?.value }, [1198, 861, 1238])
        XCTAssertEqual(try row("Sairauspoissaolot, pv/htv", in: document).cells.map { $0?.value },
                       [Decimal(string: "13.2"), Decimal(string: "15.9"), Decimal(string: "18.5")])
        XCTAssertEqual(try row("Vuosikate, €/asukas", in: document).cells.map { $0?.value }, [420, 163, -36])
    }

    /// A header with a band over the right half's columns is no pair of captions.
    func testBandOverColumnsIsNoCaptionPair() {
        let lines = ["|**Tunnusluvut**||||**Palvelut**|**2025**||", "|---|---|---|---|---|---|---|---|",
                     "||**TP 2024**|**TA 2025**|**TA 2026**||**TP 2024**|**TA 2025**|**TA 2026**|",
                     "|Asukasluku|8 615|8 498|8 340|Lapsia|1 198|861|1 238|"]
        XCTAssertNil(CaptionedSideBySideHalves.halfWidth(lines, at: 0))
    }
}
