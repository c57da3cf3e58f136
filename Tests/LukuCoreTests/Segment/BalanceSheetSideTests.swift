import Foundation
import XCTest
@testable import LukuCore

/// `BalanceSheetSide` and `WrappedCapsHeading`: the balance sheet's two sides printed on shared
/// lines (Kauhava tilinpäätös 2024 p. 35 in `pdftotext -raw` and pypdf, .build-flavours/text),
/// where a line of one item names its side by the statutory item's words.
final class BalanceSheetSideTests: XCTestCase {
    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func tables(_ text: String) -> (tables: [Table], issues: [Issue]) {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables), output.issues)
    }

    private func row(_ table: Table, _ label: String) throws -> Row {
        try XCTUnwrap(table.rows.first { $0.label == label }, "no row \(label) in \(table.caption ?? "")")
    }

    /// Item names as printed in the balance sheets of several documents and producers: Kauhava
    /// p. 35 (1 000 €) and p. 130-131 (€), Koha-Suomi p. 4 (a company), synth kuusiselka (word),
    /// pihlajaniemi and saarnijoki (html), petajalampi and kalliosalo (sheet).
    func testItemNamesSayTheirSide() {
        let assets = [
            "A PYSYVÄT VASTAAVAT", "I Aineettomat hyödykkeet", "Tietokoneohjelmistot", "Muut pitkävaikutteiset menot",
            "Maa- ja vesialueet", "Rakennukset", "Kiinteät rakenteet ja laitteet", "Koneet ja kalusto",
            "Muut aineelliset hyödykkeet", "Ennakkomaksut ja keskener.hank.", "III Sijoitukset", "Osakkeet ja osuudet",
            "Muut lainasaamiset", "B TOIMEKSIANTOJEN VARAT", "Lahjoitusrahastojen erityiskatt.", "Muut toimeksiantojen varat",
            "C VAIHTUVAT VASTAAVAT", "Muu vaihto-omaisuus", "Pitkäaikaiset saamiset", "Muut saamiset",
            "Rahat ja pankkisaamiset", "VASTAAVAA YHTEENSÄ", "1. Aineettomat oikeudet", "AINEETTOMAT HYÖDYKKEET YHTEENSÄ",
            "1. Sijoitukset rahamarkkinainstrumentteihin", "III Rahoitusarvopaperit", "1. Aineet ja tarvikkeet",
            "6. Ennakkomaksut ja keskeneräiset hankinnat",
        ]
        let liabilities = [
            "A OMA PÄÄOMA", "I Peruspääoma", "II Muut omat rahastot", "III Ed. tilikausien yli-/alijäämä",
            "B POISTOERO JA VAPAAEHTOISET VARAUKSET", "Eläkevaraukset", "D TOIMEKSIANTOJEN PÄÄOMAT", "Lahjoitusrahastojen pääomat",
            "E VIERAS PÄÄOMA", "Lainat rahoitus- ja vakuutuslait.", "Saadut ennakot", "Ostovelat", "Siirtovelat",
            "VASTATTAVAA", "Osakepääoma", "Edellisten tilikausien voitto (-tappio)", "II Arvonkorotusrahasto",
            "IV Edellisten tilikausien ylijäämä (alijäämä)", "2. Lainat julkisyhteisöiltä", "Edellisten tilikausien yli/alijäämä",
        ]
        // Both sides print these, and key figures beside the statement are items of neither.
        let neither = ["Valtion toimeksiannot", "1. Valtion toimeksiannot", "Yhteensä", "Omavaraisuusaste, %",
                       "Kertynyt yli-/alijäämä, 1000 €", "Lainasaamiset, 1000 €", "Asukasmäärä", "TASEEN TUNNUSLUVUT"]
        for label in assets { XCTAssertEqual(BalanceSheetSide.of(label), .assets, label) }
        for label in liabilities { XCTAssertEqual(BalanceSheetSide.of(label), .liabilities, label) }
        for label in neither { XCTAssertNil(BalanceSheetSide.of(label), label) }
        XCTAssertEqual(BalanceSheetSide.sides(ofCaptions: ["VASTAAVAA", "VASTATTAVAA"]), [.assets: 0, .liabilities: 1])
        XCTAssertNil(BalanceSheetSide.sides(ofCaptions: ["TULOSLASKELMA", "RAHOITUSLASKELMA"]))
    }

    /// Kauhava p. 35 in `pdftotext -raw`, the whole balance sheet: every line of one item goes to
    /// its side, "B POISTOERO JA VAPAAEHTOISET" / "VARAUKSET 927 1 056" is one item, and only the
    /// key figure "Omavaraisuusaste, %" is left to the table of unknown side.
    func testOneItemLinesGoToTheirSideInRawText() throws {
        let text = KauhavaPage35.rawText
        let (found, issues) = tables(text)
        let assets = try XCTUnwrap(found.first { $0.caption == "VASTAAVAA" })
        let liabilities = try XCTUnwrap(found.first { $0.caption == "VASTATTAVAA" })
        XCTAssertEqual(assets.rows.map(\.label), [
            "A PYSYVÄT VASTAAVAT", "I Aineettomat hyödykkeet", "Tietokoneohjelmistot", "Muut pitkävaikutteiset menot",
            "II Aineelliset hyödykkeet", "Maa- ja vesialueet", "Rakennukset", "Kiinteät rakenteet ja laitteet", "Koneet ja kalusto",
            "Muut aineelliset hyödykkeet", "Ennakkomaksut ja keskener.hank.", "III Sijoitukset", "Osakkeet ja osuudet",
            "Muut lainasaamiset", "B TOIMEKSIANTOJEN VARAT", "Lahjoitusrahastojen erityiskatt.", "Muut toimeksiantojen varat",
            "C VAIHTUVAT VASTAAVAT", "I Vaihto-omaisuus", "Muu vaihto-omaisuus", "II Saamiset", "Pitkäaikaiset saamiset",
            "Lyhytaikaiset saamiset", "Myyntisaamiset", "Lainasaamiset", "Muut saamiset", "Siirtosaamiset",
            "Rahat ja pankkisaamiset", "Pankkisaamiset", "VASTAAVAA",
        ])
        XCTAssertEqual(values(try row(assets, "Maa- ja vesialueet")), [10879, 10541])
        XCTAssertEqual(values(try row(assets, "Rahat ja pankkisaamiset")), [18895, 16940])
        XCTAssertEqual(values(try row(liabilities, "B POISTOERO JA VAPAAEHTOISET VARAUKSET")), [927, 1056])
        XCTAssertEqual(values(try row(liabilities, "D TOIMEKSIANTOJEN PÄÄOMAT")), [853, 848])
        XCTAssertEqual(values(try row(liabilities, "E VIERAS PÄÄOMA")), [81710, 78437])
        XCTAssertNil(liabilities.rows.first { $0.label == "VARAUKSET" })
        // Only the key figure is of a side the text does not say.
        let unknown = try XCTUnwrap(found.first { $0.caption?.contains("side not known") == true })
        XCTAssertEqual(unknown.rows.map(\.label), ["Omavaraisuusaste, %"])
        XCTAssertTrue(issues.contains { $0.code == "side-unknown" && $0.message.contains("1 row(s)") })
    }

    /// The same page in pypdf: indented lines, a blank line inside, and the sides in another order
    /// ("Kiinteät rakenteet ja laitteet" after the blank, "D TOIMEKSIANTOJEN PÄÄOMAT" far right).
    func testOneItemLinesGoToTheirSideInPypdfText() throws {
        let text = """
VASTAAVAA 2024 2023  VASTATTAVAA 2024 2023 
   1 000 € 1 000 €     1 000 € 1 000 € 
           
A PYSYVÄT VASTAAVAT 114 995 109 531  A OMA PÄÄOMA 54 712 50 421 
 I Aineettomat hyödykkeet 1 118 1 317   I Peruspääoma 36 430 36 430 
 II Aineelliset hyödykkeet 101 181 95 166   IV Tilikauden yli-/alijäämä 4 291 2 281 
  Maa- ja vesialueet 10 879 10 541       
  Rakennukset 65 660 52 812     
  
Kiinteät rakenteet ja laitteet 13 419 13 350 
 B POISTOERO JA VAPAAEHTOISET 
VARAUKSET 927 1 056 
  Koneet ja kalusto 284 416    Poistoero 927 1 056 
  Muut lainasaamiset 2 595 2 673       
      D TOIMEKSIANTOJEN PÄÄOMAT 853 848 
B TOIMEKSIANTOJEN VARAT 98 99    Lahjoitusrahastojen pääomat 15 15 
"""
        let (found, _) = tables(text)
        let assets = try XCTUnwrap(found.first { $0.caption == "VASTAAVAA" })
        let liabilities = try XCTUnwrap(found.first { $0.caption == "VASTATTAVAA" })
        XCTAssertEqual(values(try row(assets, "Kiinteät rakenteet ja laitteet")), [13419, 13350])
        XCTAssertEqual(values(try row(assets, "Muut lainasaamiset")), [2595, 2673])
        XCTAssertEqual(values(try row(liabilities, "B POISTOERO JA VAPAAEHTOISET VARAUKSET")), [927, 1056])
        XCTAssertEqual(values(try row(liabilities, "D TOIMEKSIANTOJEN PÄÄOMAT")), [853, 848])
        XCTAssertNil(found.first { $0.caption?.contains("side not known") == true })
    }
}
