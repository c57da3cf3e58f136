import Foundation
import XCTest
@testable import LukuCore

/// Cells and tables of converter Markdown read back (md6): `FusedThousandsGroups`,
/// `BoldHeadingLineInLabelCell` and `HeaderlessPipeContinuation`, each on lines copied from the pymupdf4llm Markdown of the
/// documents its doc comment names (.build-flavours/text, made by tools/flavours.sh).
final class MarkdownCellRulesTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-mdcell-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    // MARK: FusedThousandsGroups

    func testFusedGroupsReadAsOneNumber() {
        XCTAssertEqual(FusedThousandsGroups.value("65659 576,31"), Decimal(string: "65659576.31"))
        XCTAssertEqual(FusedThousandsGroups.value("4 780470"), 4_780_470)
        XCTAssertEqual(FusedThousandsGroups.value("1500 000"), 1_500_000)
        XCTAssertEqual(FusedThousandsGroups.value("-4 567075,00"), -4_567_075)
        XCTAssertEqual(FusedThousandsGroups.value("−3151 855,63"), Decimal(string: "-3151855.63"))
        // Grouped as printed (the cell reader's), tangled, or no groups at all: not this rule's.
        XCTAssertNil(FusedThousandsGroups.value("1 358 430,00"))
        XCTAssertNil(FusedThousandsGroups.value("635000 11 635"))
        XCTAssertNil(FusedThousandsGroups.value("635000"))
        XCTAssertNil(FusedThousandsGroups.value("90,6 %"))
        XCTAssertNil(FusedThousandsGroups.value("2023 2024 2025"))
        XCTAssertNil(FusedThousandsGroups.value("1500 00"))
    }

    /// Kauhava tilinpäätös 2024 in pymupdf4llm, p. 129 (tase) and p. 125 (rahoitusosa): the fused
    /// cells get their value, flagged; the cells printed with every group keep theirs, unflagged.
    func testKauhavaFusedCellsGetTheirValueFlagged() throws {
        let text = """
        ## **3.3 Tase** 

        ||**31.12.2024**|**31.12.2023**|
        |---|---|---|
        |**VASTAAVAA**|||
        |PYSYVÄT VASTAAVAT|||
        |Aineettomat hyödykkeet|1 117 516,55|1 316 971,60|
        |Aineelliset hyödykkeet|||
        |Maa- ja vesialueet|10 878 555,41|10 540 589,02|
        |Rakennukset|65659 576,31|52 811 804,33|
        |Kiinteät rakenteetja laitteet|13 419225,17|13 350 255,86|

        ## **2.6 Rahoitusosan toteutuminen** 

        ||Alkuperäinen<br>talousarvio<br>|Talousarvio-<br>muutokset|Talousarvio<br>muutosten jäl-<br>keen|Toteutuma|Poikkeama|
        |---|---|---|---|---|---|
        |**Toimintaja investoinnit**||||||
        |Toiminnan rahavirta||||||
        |Vuosikate|4 780470||4 780470|9 551587,40|4 771 117,40|
        |Satunnaiset erät|||0|885 301,00||
        """
        let document = try ingest(text)
        let tables = document.allTables
        let rakennukset = try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == "Rakennukset" })
        XCTAssertEqual(rakennukset.cells.map { $0?.value }, [Decimal(string: "65659576.31"), Decimal(string: "52811804.33")])
        XCTAssertEqual(rakennukset.cells.map { $0?.flags }, [[.ambiguousSplit], []])
        let laitteet = try XCTUnwrap(tables.flatMap(\.rows).first { $0.label.hasPrefix("Kiinteät") })
        XCTAssertEqual(laitteet.cells.first??.value, Decimal(string: "13419225.17"))
        let vuosikate = try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == "Vuosikate" })
        XCTAssertEqual(vuosikate.cells.map { $0?.value }, [4_780_470, nil, 4_780_470, Decimal(string: "9551587.40"), Decimal(string: "4771117.40")])
        XCTAssertEqual(vuosikate.cells.map { $0?.flags.contains(.ambiguousSplit) }, [true, nil, true, true, false])
        XCTAssertEqual(document.issues.filter { $0.code == FusedThousandsGroups.issueCode }.count, 2)
    }

    /// Text whose numbers keep their groups (tp2024's käyttötalous in pymupdf4llm) has no fused cell.
    func testGroupedNumbersAreLeftAlone() throws {
        let text = """
        ||**TP**|**TA+MUUTOS**|**TP**|**TA+MUUTOS**|**TP**|
        |---|---|---|---|---|---|
        ||**2022**|**2023**|**2023**|**2024**|**2024**|
        |**TOIMINTATUOTOT**|**1 254 407**|**1 150 950**|**1 499 108**|**1 204 150**|**1 607 737**|
        """
        let document = try ingest(text)
        let row = try XCTUnwrap(document.allTables.first?.rows.first)
        XCTAssertEqual(row.cells.map { $0?.value }, [1_254_407, 1_150_950, 1_499_108, 1_204_150, 1_607_737])
        XCTAssertTrue(row.cells.allSatisfy { $0?.flags.isEmpty == true })
        XCTAssertTrue(document.issues.allSatisfy { $0.code != FusedThousandsGroups.issueCode })
    }

    // MARK: BoldHeadingLineInLabelCell

    func testPlainLabelThenBoldLineIsTwoRows() throws {
        let split = try XCTUnwrap(BoldHeadingLineInLabelCell.rows(["NETTOMENO<br>**Kemijärvi 150**", "0", "-50 000", "-11 450", "-35 000", "-23 079"]))
        XCTAssertEqual(split.row, ["NETTOMENO", "0", "-50 000", "-11 450", "-35 000", "-23 079"])
        XCTAssertEqual(split.heading, ["Kemijärvi 150", "", "", "", "", ""])
        // Wrapped labels, wholly plain or wholly bold, and rows stacked line by line are not it.
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["Aineet, tarvikkeet ja<br>tavarat", "-23 740", "", "-23 979", ""]))
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["**Henkilösivukulut**<br>**yhteensä**", "**-20 555 000**", "**0**"]))
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["TULOT<br>NETTOMENO", "0<br>-99 806", "0<br>-110 000"]))
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["Toimintakate<br>**oppilashuolto:**<br>", "-​ 16.317.230 -​12.806.828 <br>**TA 2024 Tot. 09/2024 To​**<br> <br>​", "78,​5<br>**t-​%**<br>​"]))
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["**Kemijärvi 150**<br>NETTOMENO", "0", "-50 000"]))
    }

    /// Kemijärvi hallintopalvelut tp2024 in pymupdf4llm, p. 4 → 5: NETTOMENO of "Kemijärvi historia 3"
    /// keeps its values (flagged) and "Kemijärvi 150" heads the rows after it.
    func testTp2024NettomenoKeepsItsGroupAndTheHeadingStartsTheNext() throws {
        let text = """
        ||**TP**|**TA+MUUTOS**|**TP**|**TA+MUUTOS**|**TP**|
        |---|---|---|---|---|---|
        ||**2022**|**2023**|**2023**|**2024**|**2024**|
        |**Kemijärvi historia 3**||||||
        |MENOT|0|-50 000|-11 450|-35 000|-23 079|
        |TULOT|0|0|0|0|0|



        5 

        |NETTOMENO<br>**Kemijärvi 150**|0|-50 000|-11 450|-35 000|-23 079|
        |---|---|---|---|---|---|
        |<br>MENOT|-261|0|0|0|0|
        |TULOT|770|0|0|0|0|
        |NETTOMENO|509|0|0|0|0|
        |**Kuntaliitto**||||||
        |MENOT|-30 604|-30 000|-22 182|-23 000|-16 121|
        |TULOT|0<br>|0|0<br>|0|0<br>|
        |NETTOMENO<br>**t**|-30 604|-30 000|-22 182|-23 000|-16 121|
        |**Lapin liitto**||||||
        |MENOT|-99 693|-100 000|-98 254|-100 000|-99 732|
        """
        let document = try ingest(text)
        let rows = document.allTables.flatMap(\.rows)
        let netto = rows.filter { $0.label == "NETTOMENO" }
        XCTAssertEqual(netto.map(\.group), ["Kemijärvi historia 3", "Kemijärvi 150", "Kuntaliitto"])
        XCTAssertEqual(netto[0].cells.map { $0?.value }, [0, -50_000, -11_450, -35_000, -23_079])
        XCTAssertTrue(netto[0].cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
        XCTAssertTrue(netto[1].cells.allSatisfy { $0?.flags.isEmpty == true })  // drawn as a row of its own
        XCTAssertEqual(netto[2].cells.map { $0?.value }, [-30_604, -30_000, -22_182, -23_000, -16_121])
        XCTAssertTrue(netto[2].cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
        XCTAssertEqual(rows.first { $0.label == "MENOT" && $0.cells.first??.value == -261 }?.group, "Kemijärvi 150")
    }

    /// Kemijärvi konserni TA 2026 in pymupdf4llm, p. 8: the same scrap under another document's NETTOMENO.
    func testKonserniNettomenoWithBoldScrap() throws {
        let text = """
        |**Hallintopalvelut**|**TP**|**TA+MUUTOS**|**TPE**|**TA**|**KS**|
        |---|---|---|---|---|---|
        ||**2024**|**2025**|**2025**|**2026**|**2026**|
        |**Kemijärvi historia 3**||||||
        |MENOT|−23 079|−50 000|−18 356|0|0|
        |TULOT|0|0|6 997|0|0|
        |NETTOMENO<br>**t**|−23 079|−50 000|−11 359|0|0|
        |**Kuntaliitto**||||||
        |MENOT|−16 121|−23 000|−23 909|−23 000|−23 000|
        """
        let document = try ingest(text)
        let netto = try XCTUnwrap(document.allTables.flatMap(\.rows).first { $0.label == "NETTOMENO" })
        XCTAssertEqual(netto.group, "Kemijärvi historia 3")
        XCTAssertEqual(netto.cells.map { $0?.value }, [-23_079, -50_000, -11_359, 0, 0])
        XCTAssertTrue(netto.cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
    }

    // MARK: HeaderlessPipeContinuation

    /// Synth honkaniemi (Word-made) in pymupdf4llm, p. 3 → 4: the unit table goes on after the
    /// footer with "|MENOT|…|" as the header row of a new pipe table; the rows join the table and
    /// keep the sub-heading left pending at the page's end.
    func testHonkaniemiUnitTableGoesOnWithoutHeader() throws {
        let text = """
        ##### **Hyvinvointilautakunta** 

        ||**TP 2023**|**Talousarvio muutosten jälkeen**|**Toteutuma 2024**|**Muutos-%**|
        |---|---|---|---|---|
        |**Hyvinvoinnin edistäminen**|||||
        |MENOT|-5186002,21|-5512000,00|-5823827,98|12,3 %|
        |TULOT|0,00|0,00|0,00||
        |NETTOMENO|-5186002,21|-5512000,00|-5823827,98|12,3 %|
        |**Ehkäisevä päihdetyö**|||||



        Tilinpäätös 2024 

        |MENOT|-5346743,02|-5635600,00|-5110602,89|-4,4 %|
        |---|---|---|---|---|
        |TULOT|0,00|0,00|0,00||
        |NETTOMENO|-5346743,02|-5635600,00|-5110602,89|-4,4 %|
        |**Vanhusneuvosto ja vammaisneuvosto**|||||
        |MENOT|-4892715,70|-5167300,00|-4742309,79|-3,1 %|
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 1)
        let table = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(table.columns.map(\.header), ["TP 2023", "Talousarvio muutosten jälkeen", "Toteutuma 2024", "Muutos-%"])
        XCTAssertEqual(table.rows.map(\.group), ["Hyvinvoinnin edistäminen", "Hyvinvoinnin edistäminen", "Hyvinvoinnin edistäminen",
                                                 "Ehkäisevä päihdetyö", "Ehkäisevä päihdetyö", "Ehkäisevä päihdetyö",
                                                 "Vanhusneuvosto ja vammaisneuvosto"])
        XCTAssertEqual(table.rows[3].cells.map { $0?.value }, [Decimal(string: "-5346743.02"), Decimal(string: "-5635600.00"),
                                                              Decimal(string: "-5110602.89"), Decimal(string: "-4.4")])
    }

    /// Synth varpuvirta (Word-made) in pymupdf4llm, p. 2 → 3: the total group's rows go on after the
    /// footer "Tilinpäätös 2021" in bold; a heading after them ends the table.
    func testVarpuvirtaTotalsGoOnAfterTheFooter() throws {
        let text = """
        ### **Kaupunginhallitus, käyttötalous** 

        ||**Toteutuma 2020**|**Talousarvio 2021**|**Talousarviomuutokset**|**Talousarvio muutosten jälkeen**|**TP 2021**|**Käyttö-%**|
        |---|---|---|---|---|---|---|
        ||_euroa_|_euroa_|_euroa_|_euroa_|_euroa_||
        |**Viestintä ja**<br>**markkinointi**|||||||
        |Menot|20 190 701|21 141 000|2 444 000|23 585 000|24 252 852|102,8 %|
        |Netto|20 190 701|21 141 000|2 444 000|23 585 000|24 252 852|102,8 %|
        |**Kaupunginhallitus**<br>**yhteensä**|||||||



        Tilinpäätös 2021 

        |**Menot**|**79 413 654**|**85 455 100**|**1 539 000**|**86 994 100**|**84 968 444**|**97,7 %**|
        |---|---|---|---|---|---|---|
        |**Tulot**|**2 289 731**|**2 342 800**|**-65 000**|**2 277 800**|**2 368 507**|**104,0 %**|
        |**Netto**|**77 123 923**|**83 112 300**|**1 604 000**|**84 716 300**|**82 599 937**|**97,5 %**|



        ### **2.1.3. Tekninen lautakunta** 

        ### **Tekninen lautakunta** 

        ||**Toteutuma 2020**|**Talousarvio 2021**|**Talousarviomuutokset**|**Talousarvio muutosten jälkeen**|**TP 2021**|**Käyttö-%**|
        |---|---|---|---|---|---|---|
        |Menot|1|2|3|4|5|6,0 %|
        """
        let document = try ingest(text)
        let tables = document.allTables
        XCTAssertEqual(tables.count, 2)
        let first = try XCTUnwrap(tables.first)
        XCTAssertEqual(first.rows.map(\.label), ["Menot", "Netto", "Menot", "Tulot", "Netto"])
        XCTAssertEqual(first.rows.suffix(3).map(\.group), ["Kaupunginhallitus yhteensä", "Kaupunginhallitus yhteensä", "Kaupunginhallitus yhteensä"])
        XCTAssertEqual(first.rows[2].cells.first??.value, 79_413_654)
        // Nothing moved: the continuation's cells are the converter's, not flagged as placed (the
        // snippet's total misses the groups cut off above, so its sum check may fail).
        XCTAssertTrue(first.rows[2].cells.allSatisfy { $0.map { !$0.flags.contains(.ambiguousSplit) && !$0.flags.contains(.merged) } == true })
    }

    /// A headerless pipe table of another width, or one after a heading, starts a table of its own.
    func testHeaderlessTableOfOtherWidthOrAfterHeadingStandsAlone() throws {
        let text = """
        ||**TP 2023**|**Toteutuma 2024**|
        |---|---|---|
        |MENOT|-5186002,21|-5823827,98|



        Tilinpäätös 2024 

        |MENOT|-5346743,02|-5635600,00|-5110602,89|
        |---|---|---|---|
        |TULOT|0,00|0,00|0,00|

        ### **Toinen taulukko** 

        ||**TP 2023**|**TA 2024**|**Toteutuma 2024**|
        |---|---|---|---|
        |MENOT|1|2|3|



        Tilinpäätös 2024 

        |TULOT|4|5|6|
        |---|---|---|---|
        """
        let document = try ingest(text)
        // The last part goes on the table headed after the heading (same width, debris between).
        XCTAssertEqual(document.allTables.map { $0.rows.map(\.label) }, [["MENOT"], ["MENOT", "TULOT"], ["MENOT", "TULOT"]])
    }

    // MARK: PipeTableContinuation under a header with empty spanning cells

    /// Synth saarnisaari (Word-made) in pymupdf4llm, p. 1 → 2: the income statement's header with
    /// empty cells under "TP 2020" / "TP 2019" (item and subtotal columns) is printed again after
    /// the footer "1" and the running head; the rows are one table.
    func testSaarnisaariRepeatedSpanningHeaderContinues() throws {
        let text = """
        ##### **Tuloslaskelma ja sen tunnusluvut, t€** 

        ||**TP**<br>**2020**||**TP**<br>**2019**||
        |---|---|---|---|---|
        |**Poistot ja arvonalentumiset**|||||
        |Suunnitelman mukaiset poistot|–9 656||–5 626||
        |Arvonalentumiset|0|–9 656|0|–5 626|
        |**Satunnaiset erät**|||||
        |Satunnaiset tuotot|0||0||



        1 

        Saarnisaaren kaupunki | Tilinpäätös 2020 

        ||**TP**<br>**2020**||**TP**<br>**2019**||
        |---|---|---|---|---|
        |Satunnaiset kulut|0|0|0|0|
        |**Tilikauden tulos**||**3 462**||**124**|
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 1)
        let table = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(table.rows.map(\.label), ["Suunnitelman mukaiset poistot", "Arvonalentumiset", "Satunnaiset tuotot",
                                                 "Satunnaiset kulut", "Tilikauden tulos"])
        XCTAssertEqual(table.rows[4].cells.map { $0?.value }, [nil, 3462, nil, 124])
    }

    /// The same header repeated inside one run of pipe rows (no page debris between) heads a new table.
    func testSpanningHeaderRepeatedWithoutBreakStartsANewTable() throws {
        let text = """
        ||**TP**<br>**2020**||**TP**<br>**2019**||
        |---|---|---|---|---|
        |Satunnaiset tuotot|0||0||
        ||**TP**<br>**2020**||**TP**<br>**2019**||
        |Satunnaiset kulut|0|0|0|0|
        """
        let document = try ingest(text)
        XCTAssertEqual(document.allTables.count, 2)
    }

    // MARK: GroupHeadingLineInLabelCell

    /// koha-suomi-oy-tilinpaatos-2024 p. 3 in pymupdf4llm: the group's heading and its only item in
    /// one label cell, the group's "Yhteensä" with the same figures under it.
    static let kohaFinance = """
    |Rahoitustuotot ja -kulut|||
    |Muut korko- ja rahoitustuotot<br>Muilta|0,88|1,22|
    |Yhteensä|0,88|1,22|
    |Korkokulut ja muut rahoituskulut<br>Muille|-117,36|-364,13|
    |Yhteensä|-117,36|-364,13|
    """

    func testGroupHeadingAndItemInOneLabelCellAreTwoRows() {
        let lines = GroupHeadingLineInLabelCell.reorder(Self.kohaFinance).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, ["|Rahoitustuotot ja -kulut|||",
                               "|Muut korko- ja rahoitustuotot|||", "|Muilta|0,88|1,22|", "|Yhteensä|0,88|1,22|",
                               "|Korkokulut ja muut rahoituskulut|||", "|Muille|-117,36|-364,13|", "|Yhteensä|-117,36|-364,13|"])
        // A wrapped label with no total of the same figures under it stays one label (Kauhava p. 120).
        let kymppi = "|Osakkeet ja osuudet, KY<br>Kymppi|33000||33000||32732,31|19 392,00|99,2 %||\n|Muupitkävaikutteiset menot|460 000|150 000|460 000|150 000|20427,04|0,00|4,4%|0,0 %|"
        XCTAssertEqual(GroupHeadingLineInLabelCell.reorder(kymppi), kymppi)
        // A "Yhteensä" of other figures, or a label that reads unfinished, proves nothing.
        XCTAssertEqual(GroupHeadingLineInLabelCell.reorder("|Muut korko- ja rahoitustuotot<br>Muilta|0,88|1,22|\n|Yhteensä|0,88|1,23|"),
                       "|Muut korko- ja rahoitustuotot<br>Muilta|0,88|1,22|\n|Yhteensä|0,88|1,23|")
        XCTAssertNil(GroupHeadingLineInLabelCell.headingAndItem("Aineet, tarvikkeet ja<br>Tavarat"))
    }

    func testKohaGroupHeadingsReadAsGroups() throws {
        let document = try ingest("|Tuloslaskelma|1.1.2024-31.12.2024|1.1.2023-31.12.2023|\n|---|---|---|\n" + Self.kohaFinance + "\n")
        let rows = document.allTables.flatMap(\.rows)
        let muilta = try XCTUnwrap(rows.first { $0.label == "Muilta" })
        XCTAssertEqual(muilta.cells.map { $0?.value }, [Decimal(string: "0.88"), Decimal(string: "1.22")])
        XCTAssertEqual(rows.filter { $0.label == "Yhteensä" }.map(\.group), ["Muut korko- ja rahoitustuotot", "Korkokulut ja muut rahoituskulut"])
    }

    /// kauhava-tilinpaatos-2024 p. 126 in pymupdf4llm: the plain item that holds the figures, then
    /// the italic sub-item the table leaves empty, in one label cell.
    func testPlainLabelThenItalicLineIsTwoRows() throws {
        let split = try XCTUnwrap(BoldHeadingLineInLabelCell.rows([
            "Antolainasaamisten lisäykset muille<br>_Antolainasaamisten lisäykset liikelaitoksille_",
            "-3000 000", "", "-3000 000", "-4052320,00", "-1 052320,00"]))
        XCTAssertEqual(split.row[0], "Antolainasaamisten lisäykset muille")
        XCTAssertEqual(split.heading, ["Antolainasaamisten lisäykset liikelaitoksille", "", "", "", "", ""])
        let wrapped = try XCTUnwrap(BoldHeadingLineInLabelCell.rows([
            "Antolainasaamisten vähennykset muilta<br>_Antolainasaamisten vähennykset liikelaitok-_<br>_silta_",
            "3009000", "", "3009000", "3 335 948,19", "326948,19"]))
        XCTAssertEqual(wrapped.row[0], "Antolainasaamisten vähennykset muilta")
        XCTAssertEqual(wrapped.heading[0], "Antolainasaamisten vähennykset liikelaitoksilta")
        // Italics around a figure cell (`_2 263 000_`) or a wholly italic label are not it.
        XCTAssertNil(BoldHeadingLineInLabelCell.rows(["_Muut tuotot_<br>_yhteensä_", "100", "200"]))
    }
}
