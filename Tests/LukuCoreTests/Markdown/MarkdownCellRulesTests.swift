import Foundation
import XCTest
@testable import LukuCore

/// Cells of converter Markdown read back (md6): `FusedThousandsGroups` and
/// `BoldHeadingLineInLabelCell`, each on lines copied from the pymupdf4llm Markdown of the
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
}
