import Foundation
import XCTest
@testable import LukuCore

/// pymupdf4llm's Markdown of hold-out set 4 (Apache FOP) read back: `TurnedPipeTable` (hold4-09, a
/// landscape page made by reference-orientation), `ProseRowsUnderPipeTable` (hold4-08, a two-column
/// region; Kauhava p. 136) and `SuperscriptMarkInCell` with a bold mark (hold4-05). The lines are
/// copied from the Markdown that `tools/holdout/run_holdout.py --markdown pymupdf4llm` makes; the
/// expected values are those of the hold-out truth files (.build-holdout/docs4/*.truth.json).
final class TurnedAndProsePipeTablesTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "copied.md")
    }

    private func decimals(_ texts: [String]) -> [Decimal?] { texts.map { Decimal(string: $0) } }

    // MARK: TurnedPipeTable

    /// hold4-09 in pymupdf4llm: one pipe row per printed column, the printed last column first.
    static let turned = """
        |**Yhteensä**|9 448 511|8 457 982|5 414 261|7 764 807|7 952 693|4 876 631|7 367 746|6 676 715|7 591 702|10 120 621|**75 671 669**|
        |---|---|---|---|---|---|---|---|---|---|---|---|
        |**Muut**<br>**toimintakulut**|2 198 809|69 292|964 222|0|1 613 960|1 179 403|2 417 113|1 911 117|700 809|2 051 936|**13 106 661**|
        |**Vuokrat**|833 568|2 429 706|1 166 357|1 826 770|2 207 661|1 120 221|460 250|2 160 312|1 463 767|2 107 223|**15 775 835**|
        |**Avustukset**|1 817 040|1 968 136|770 851|2 359 388|601 154|80 398|1 143 018|335 381|1 872 102|2 027 260|**12 974 728**|
        |**Aineet,**<br>**tarvikkeet ja**<br>**tavarat**|0|761 938|1 727 128|603 904|457 850|1 596 453|1 037 843|1 510 638|1 995 218|1 233 249|**10 924 221**|
        |**Palvelujen ostot**|2 303 227|2 299 591|166 795|1 620 219|1 441 179|24 118|819 484|177 998|1 540 459|236 598|**10 629 668**|
        |**Henkilöstökulut**<br>|2 295 867|929 319|618 908|1 354 526|1 630 889|876 038|1 490 038|581 269|19 347|2 464 355|**12 260 556**|
        |**€**|Hallinto|Talous|Henkilöstö|Tietohallinto|Ruokapalvelut|Siivous|Kiinteistöt|Kadut|Vesihuolto|Liikunta|**Yhteensä**|
        """

    func testTurnedTableIsReadAsPrinted() throws {
        let document = try ingest(Self.turned)
        let tables = document.allTables
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        XCTAssertEqual(table.columns.map(\.header), ["Henkilöstökulut", "Palvelujen ostot", "Aineet, tarvikkeet ja tavarat",
                                                     "Avustukset", "Vuokrat", "Muut toimintakulut", "Yhteensä"])
        XCTAssertEqual(table.rows.map(\.label), ["Hallinto", "Talous", "Henkilöstö", "Tietohallinto", "Ruokapalvelut",
                                                 "Siivous", "Kiinteistöt", "Kadut", "Vesihuolto", "Liikunta", "Yhteensä"])
        // The truth's rows (hold4-09-landscape-turned.truth.json), first, a middle one and the total.
        XCTAssertEqual(table.rows[0].cells.map { $0?.value },
                       decimals(["2295867", "2303227", "0", "1817040", "833568", "2198809", "9448511"]))
        XCTAssertEqual(table.rows[5].cells.map { $0?.value },
                       decimals(["876038", "24118", "1596453", "80398", "1120221", "1179403", "4876631"]))
        XCTAssertEqual(table.rows[10].cells.map { $0?.value },
                       decimals(["12260556", "10629668", "10924221", "12974728", "15775835", "13106661", "75671669"]))
        // The sums hold as printed: no check fails.
        XCTAssertFalse(table.checks.isEmpty)
        XCTAssertTrue(table.checks.allSatisfy { $0.outcome == .ok })
    }

    func testTurnedTableNeedsBothEnds() {
        // Without the printed label column at the bottom, the table is left as drawn.
        let noLabels = Self.turned.split(separator: "\n").dropLast().joined(separator: "\n")
        XCTAssertEqual(TurnedPipeTable.reorder(noLabels), noLabels)
        // A header of years is a header: never a turned column.
        let years = Self.turned.replacingOccurrences(of: "|**Yhteensä**|9 448 511|8 457 982|5 414 261|",
                                                     with: "|**Yhteensä**|2024|2023|2022|")
        XCTAssertEqual(TurnedPipeTable.reorder(years), years)
    }

    // MARK: ProseRowsUnderPipeTable

    /// hold4-08 in pymupdf4llm: the henkilöstö table in the right column, prose of the left one cut
    /// into its last rows.
    static let twoColumnRegion = """
        ## **Henkilöstö, htv**

        |||**2024**|**2025**|
        |---|---|---|---|
        |Kaupunginhallitus||108,6|35,9|
        |Sivistyslautakunta||223,7|317,3|
        |Tekninen lautakunta||192,6|222,3|
        |Ympäristölautakunta||229,8|246,2|
        |Kunnan talous kehittyi|tilikaudella|ennakoitua|vakaammin.|
        |Verotulot kasvoivat, ja toi<br>arvioitua<br>pienemmäksi.<br>suunnitellusti.|mintakulujen<br>Investoinni|kasvu jäi<br>t<br>toteutui|talousarviossa<br>vat<br>pääosin|

        Palvelutarpeen kasvu näkyi erityisesti ikääntyneiden palveluissa ja varhaiskasvatuksessa.
        """

    func testProseRowsLeaveTheTableAndItsEmptyColumnCloses() throws {
        let document = try ingest(Self.twoColumnRegion)
        let table = try XCTUnwrap(document.allTables.first { $0.rows.contains { $0.label == "Kaupunginhallitus" } })
        XCTAssertEqual(table.columns.map(\.header), ["2024", "2025"])
        XCTAssertEqual(table.rows.map(\.label), ["Kaupunginhallitus", "Sivistyslautakunta", "Tekninen lautakunta", "Ympäristölautakunta"])
        XCTAssertEqual(table.rows.map { $0.cells.map { $0?.value } },
                       [decimals(["108.6", "35.9"]), decimals(["223.7", "317.3"]), decimals(["192.6", "222.3"]),
                        decimals(["229.8", "246.2"])])
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty == true } })
    }

    func testProseRowsBecomeLinesOfText() {
        let out = ProseRowsUnderPipeTable.reorder(Self.twoColumnRegion).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(out.contains("Kunnan talous kehittyi tilikaudella ennakoitua vakaammin."))
        XCTAssertTrue(out.contains("|Ympäristölautakunta||229,8|246,2|"))
        // Kauhava tilinpäätös 2024 in pymupdf4llm, p. 136 (note 38): the sentence under the
        // vuokravastuut goes out; the rows of the table, empty ones too, stay.
        let kauhava = """
            ||Kons|erni|Kun|ta|
            |---|---|---|---|---|
            ||2024|2023|2024|2023|
            |Vuokravastuut yhteensä|1 552 370,27|2 458 172,68|840 093,77|1 442 745,96|
            |Siitä|||||
            |Seuraavalla tilikaudella maksettavat|495 387,02|989 540,82|289 612,01|651 513,36|
            |PPP-hankkeet|||||
            |Sopimuksiin sisältyvät lunastusvelvotteet|||||
            |Sopimuksiin ei sisällyolennaisia irtisanomis-j|a lunastusehdon|mukaisia vastuit|a.||
            """
        let lines = ProseRowsUnderPipeTable.reorder(kauhava).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.last, "Sopimuksiin ei sisällyolennaisia irtisanomis-j a lunastusehdon mukaisia vastuit a.")
        XCTAssertEqual(Array(lines.dropLast(2)), kauhava.split(separator: "\n").dropLast().map(String.init))
        // A text table whose cells start with capitals (kemijarvi-hallintopalvelut-tp2024 p. 2) stays.
        let goals = """
            |**Toiminnalliset**|**Toimenpiteet**|**Mittarit**|**TP 2024**|
            |---|---|---|---|
            ||2024|5)||
            |Palvelujen|Asiakaskysely tapahtuma-|Avustusten hakijoiden|Asiakaskyselyä ei ole|
            |kehittäminen|avustusten haku- ja|antama palaute|toteutettu vuoden 2024|
            """
        XCTAssertEqual(ProseRowsUnderPipeTable.reorder(goals), goals)
    }

    // MARK: SuperscriptMarkInCell, bold mark

    func testBoldFootnoteMarkAfterBoldFigure() throws {
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("**453,0**<sup>**1)**</sup>"), "**453,0** 1)")
        XCTAssertEqual(SuperscriptMarkInCell.rewritten("**-5 821,2**<sup>**</sup>"), "**-5 821,2** **")
        // hold4-05 in pymupdf4llm, the tuloslaskelma's bold Vuosikate row: the value of the truth.
        let document = try ingest("""
            ||**TP 2025**|1 000 €<br>**TP 2024**|
            |---|---|---|
            |Toimintatuotot|18 570,5<sup>1)</sup>|20 419,2|
            |Toimintakulut|-157 306,3|-157 846,2|
            |**Toimintakate**|**-138 735,8**|**-137 427,0**|
            |Verotulot|82 044,4|72 629,6|
            |Valtionosuudet|57 040,6<sup>2)</sup>|53 080,2|
            |Rahoitustuotot ja -kulut|103,8|35,7|
            |**Vuosikate**|**453,0**<sup>**1)**</sup>|**-11 681,5**|
            """)
        let row = try XCTUnwrap(document.allTables.flatMap(\.rows).first { $0.label == "Vuosikate" })
        XCTAssertEqual(row.cells.map { $0?.value }, decimals(["453.0", "-11681.5"]))
    }
}
