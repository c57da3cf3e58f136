import Foundation
import XCTest
@testable import LukuCore

/// `LabelBlockPairing` on the `pdftotext -raw` text of synth kalliosalo (../shared/synth
/// synth-1000-20-sheet-kalliosalo-2024.pdf): labels first, figure lines after, fewer lines than
/// labels. Expected values are the truth beside the PDF (synth-1000-20-…truth.json).
final class LabelBlockPairingTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func values(_ row: Row?) -> [Decimal?] { row?.cells.map { $0?.value } ?? [] }

    private func row(_ table: Table, _ label: String) -> Row? { table.rows.first { $0.label == label } }

    /// Page 1, the income statement: 35 label lines (five with cells of their own: "−730,66 €",
    /// "–", "– –") over 32 lines of figures. The one pairing under which the chains hold.
    func testIncomeStatementPairedByItsChains() throws {
        let table = try XCTUnwrap(tables(Self.page1).first { $0.rows.contains { $0.label == "Vuosikate" } })
        XCTAssertEqual(table.columns.count, 2)
        XCTAssertEqual(values(row(table, "Toimintatuotot")), [Decimal(string: "1750896.75"), Decimal(string: "1719180.90")])
        XCTAssertEqual(values(row(table, "Toimintakulut")), [Decimal(string: "-7995564.05"), Decimal(string: "-7936269.89")])
        // The stray cell in the label box is the row's first column; its line of one figure the second.
        XCTAssertEqual(values(row(table, "Rahoitustuotot ja -kulut")), [Decimal(string: "-730.66"), Decimal(string: "34420.07")])
        XCTAssertEqual(values(row(table, "Vuosikate")), [Decimal(string: "705045.00"), Decimal(string: "155473.37")])
        XCTAssertEqual(values(row(table, "Suunnitelman mukaiset poistot")), [Decimal(string: "-454422.44"), Decimal(string: "-618897.54")])
        XCTAssertEqual(values(row(table, "Arvonalentumiset")).last, Decimal(string: "-45176.42"))
        XCTAssertEqual(values(row(table, "Tilikauden tulos")), [Decimal(string: "250622.56"), Decimal(string: "-508600.59")])
        XCTAssertEqual(values(row(table, "Tilikauden yli-/alijäämä")), [Decimal(string: "287506.62"), Decimal(string: "-513070.82")])
        // The items printed with no figures take no line.
        XCTAssertEqual(values(row(table, "Satunnaiset tuotot")), [nil, nil])
        XCTAssertEqual(values(row(table, "Satunnaiset kulut")), [nil, nil])
        // Every cell says the arithmetic, not the text, put it there.
        for r in table.rows {
            for cell in r.cells.compactMap({ $0 }) {
                XCTAssertTrue(cell.flags.contains(.ambiguousSplit) && cell.flags.contains(.identityChosen), "\(r.label): \(cell.text)")
            }
        }
    }

    /// Page 2, the cash-flow statement (a Muutos % beside each label, 21 label lines over 18
    /// figure lines): two pairings tie under the identities, so the page is left as before, its
    /// label lines never given another row's figures.
    func testCashFlowTieLeftUnpaired() {
        XCTAssertFalse(tables(Self.page2).contains { t in
            t.rows.contains { $0.label == "Vuosikate" && $0.cells.compactMap { $0?.value }.count >= 2 }
        })
    }

    /// Toimintatuotot printed one euro off its items: the sum fails under every pairing (the
    /// first 17 lines pair with the first 17 labels in all of them), so none is kept.
    func testNoPairingWhenTheChainsFail() {
        let broken = Self.page1.replacingOccurrences(of: "1 750 896,75 € 1 719 180,90 €", with: "1 750 897,75 € 1 719 180,90 €")
        XCTAssertNotEqual(broken, Self.page1)
        XCTAssertFalse(tables(broken).contains { t in t.rows.contains { $0.label == "Vuosikate" && $0.cells.compactMap { $0?.value }.count == 2 } })
    }

    /// Henkilöstökulut's figure line dropped: a pairing may leave that row empty, but no row
    /// ever gets another row's figures.
    func testALineMissingShiftsNoFigure() {
        let lines = Self.page1.components(separatedBy: "\n")
        let dropped = lines.filter { !$0.hasPrefix("−2 810 622,56") }.joined(separator: "\n")
        XCTAssertEqual(lines.count - 1, dropped.components(separatedBy: "\n").count)
        let truth: [String: [Decimal?]] = [
            "Toimintatuotot": [Decimal(string: "1750896.75"), Decimal(string: "1719180.90")],
            "Palkat ja palkkiot": [Decimal(string: "-2191423.50"), Decimal(string: "-2187366.85")],
            "Vuosikate": [Decimal(string: "705045.00"), Decimal(string: "155473.37")],
            "Henkilöstökulut": [nil, nil],
        ]
        for table in tables(dropped) {
            for r in table.rows where truth[r.label] != nil && r.cells.count == 2 && r.cells.contains(where: { $0?.value != nil }) {
                XCTAssertEqual(values(r), truth[r.label], r.label)
            }
        }
    }

    /// Label lines: a closing year and a cell that reads as no number ("31.12.") stay in the
    /// label; a heading line is no label.
    func testLabelLines() {
        XCTAssertTrue(LabelBlockPairing.isHeading(["TP", "2024", "TP", "2023"]))
        XCTAssertTrue(LabelBlockPairing.isHeading(["€", "€"]))
        XCTAssertFalse(LabelBlockPairing.isHeading(["Vuosikate"]))
        XCTAssertEqual(LabelBlockPairing.label(["Asukasmäärä", "2024"], line: 0)?.own, [])
        XCTAssertEqual(LabelBlockPairing.label(["Asukasmäärä", "2024"], line: 0)?.text, "Asukasmäärä 2024")
        // A heading line is no label ("Tilinpäätös 2024" heads the columns).
        XCTAssertNil(LabelBlockPairing.label(["Tilinpäätös", "2024"], line: 0))
        XCTAssertEqual(LabelBlockPairing.label(["Rahavarat", "31.12.", "148,1"], line: 0)?.own, ["148,1"])
        XCTAssertEqual(LabelBlockPairing.label(["Satunnaiset", "erät", "–", "–"], line: 0)?.own, ["–", "–"])
        XCTAssertEqual(LabelBlockPairing.label(["Rahoitustuotot", "ja", "-kulut", "−730,66", "€"], line: 0)?.own, ["−730,66 €"])
        XCTAssertNil(LabelBlockPairing.label(["1.3", "Toiminnan", "rahoitus"], line: 0))
    }

    /// Figure lines cut without a guess: at each "€", or after each decimal part.
    func testDecimalCells() {
        XCTAssertEqual(LabelBlockPairing.decimalCells(["54", "121", "746,61", "51", "357", "659,01"]), ["54 121 746,61", "51 357 659,01"])
        XCTAssertEqual(LabelBlockPairing.decimalCells(["–231", "052", "374,22", "–"]), ["–231 052 374,22", "–"])
        // A group of two digits inside a number: no one reading.
        XCTAssertNil(LabelBlockPairing.decimalCells(["14", "65", "3", "759,00"]))
        XCTAssertNil(LabelBlockPairing.decimalCells(["14", "652", "3", "759"]))
    }

    static let page1 = """
Kalliosalon kunta
1/11
Kalliosalon kunta
Tilinpäätös 2024
1 Toimintakertomus
1.1 Olennaiset tapahtumat toiminnassa ja taloudessa
1.2 Tilikauden tuloksen muodostuminen
Tuloslaskelma
TP 2024 TP 2023
€ €
Toimintatuotot
Myyntituotot
Maksutuotot
Tuet ja avustukset
Muut toimintatuotot
Valmistus omaan käyttöön
Toimintakulut
Henkilöstökulut
Palkat ja palkkiot
Henkilösivukulut
Palvelujen ostot
Aineet, tarvikkeet ja tavarat
Avustukset
Muut toimintakulut
Toimintakate
Verotulot
Valtionosuudet
Rahoitustuotot ja -kulut −730,66 €
Korkotuotot
Muut rahoitustuotot
Korkokulut
Muut rahoituskulut
Vuosikate
Poistot ja arvonalentumiset
Suunnitelman mukaiset poistot
Arvonalentumiset –
Satunnaiset erät – –
Satunnaiset tuotot
Satunnaiset kulut
Tilikauden tulos
Tilinpäätössiirrot
Poistoeron lisäys (-) tai vähennys (+)
Varausten lisäys (-) tai vähennys (+) –
Rahastojen muutos –
Tilikauden yli-/alijäämä
Kalliosalon kunta tilinpäätös vuodelta 2024 on laadittu kuntalain, kirjanpitolain ja
kirjanpitolautakunnan kuntajaoston yleisohjeiden mukaisesti. Tilinpäätös sisältää taseen,
tuloslaskelman, rahoituslaskelman ja niiden liitetiedot sekä talousarvion toteutumisvertailun
ja toimintakertomuksen.
Talouden tasapainottaminen ja investointien hallittu toteuttaminen olivat vuoden keskeisiä
tavoitteita. Vuoden 2024 aikana Kalliosalon kuntan väkiluku oli vuoden lopussa 2 767
asukasta. Edellisenä vuonna asukkaita oli 2 740. Tuloveroprosentti oli 4,8 prosenttia.
Tilikauden jaksotettujen tuottojen riittävyys jaksotettuihin menoihin osoitetaan
tuloslaskelman välituotosten eli toimintakatteen, vuosikatteen ja tilikauden tuloksen avulla.
Toimintakate oli −6,2 miljoonaa euroa (−6,2 milj. euroa vuonna 2023). Verotuloja kertyi 2,5
miljoonaa euroa ja valtionosuuksia 4,4 miljoonaa euroa.
Vuosikate oli 0,7 miljoonaa euroa. Tilikauden tulos oli 0,3 miljoonaa euroa ja tilikauden
ylijäämä tilinpäätössiirtojen jälkeen 0,3 miljoonaa euroa.
1 750 896,75 € 1 719 180,90 €
580 327,18 € 593 215,62 €
397 887,43 € 374 112,49 €
214 854,73 € 223 550,34 €
557 827,41 € 528 302,45 €
80 587,32 € 39 501,36 €
−7 995 564,05 € −7 936 269,89 €
−2 810 622,56 € −2 799 344,34 €
−2 191 423,50 € −2 187 366,85 €
−619 199,06 € −611 977,49 €
−3 078 371,43 € −3 039 155,67 €
−769 189,34 € −750 485,13 €
−559 972,08 € −568 565,79 €
−777 408,64 € −778 718,96 €
−6 164 079,98 € −6 177 587,63 €
2 474 600,73 € 1 738 533,16 €
4 395 254,91 € 4 560 107,77 €
34 420,07 €
16 656,71 € 62 380,41 €
11 276,06 € 62 420,15 €
−22 826,39 € −86 647,53 €
−5 837,04 € −3 732,96 €
705 045,00 € 155 473,37 €
−454 422,44 € −664 073,96 €
−454 422,44 € −618 897,54 €
−45 176,42 €
250 622,56 € −508 600,59 €
36 884,06 € −4 470,23 €
8 462,28 € 6 420,72 €
28 421,78 €
−10 890,95 €
287 506,62 € −513 070,82 €
"""

    static let page2 = """
Kalliosalon kunta
2/11
1.3 Toiminnan rahoitus
Rahoituslaskelma ja sen tunnusluvut
Kunta
Toiminnan rahavirta 346,9
Vuosikate 353,5
Tulorahoituksen korjauserät 500,6
Investointien rahavirta −41,1
Investointimenot −41,1
Rahoitusosuudet investointimenoihin −46,7
Pysyvien vastaavien hyödykkeiden luovutustulot 3,5
Toiminnan ja investointien rahavirta
Rahoituksen rahavirta
Antolainauksen muutokset –
Lainakannan muutokset −39,1
Pitkäaikaisten lainojen lisäys −37,5
Pitkäaikaisten lainojen vähennys 6,3
Lyhytaikaisten lainojen muutos 100,0
Muut maksuvalmiuden muutokset
Rahoituksen rahavirta −16,1
Rahavarojen muutos
Rahavarat 31.12. 148,1
Rahavarat 1.1. −67,2
Rahoituslaskelma osoittaa, kuinka paljon rahavirrasta jää nettoantolainaukseen, lainojen lyhennyksiin ja kassan vahvistamiseen. Investointimenot olivat 0,7
miljoonaa euroa. Pitkäaikaisia lainoja nostettiin 0,5 miljoonaa euroa ja lyhennettiin 0,4 miljoonaa euroa. Rahavarat olivat vuoden lopussa 0,6 miljoonaa euroa.
TP
2024
TP
2023
Muutos
%
665 210,64 € 148 841,30 €
705 045,00 € 155 473,37 €
−39 834,36 € −6 632,07 €
−641 042,44 € −1 087 529,98 €
−684 348,62 € −1 161 099,86 €
34 862,06 € 65 415,17 €
8 444,12 € 8 154,71 €
24 168,20 € −938 688,68 €
−43 224,09 €
344 146,43 € 565 175,91 €
500 000,00 € 800 000,00 €
−355 853,57 € −334 824,09 €
200 000,00 € 100 000,00 €
7 085,62 € −103 262,45 €
351 232,05 € 418 689,37 €
375 400,25 € −519 999,31 €
628 806,29 € 253 406,04 €
253 406,04 € 773 405,35 €
"""
}
