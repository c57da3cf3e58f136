import Foundation
import XCTest
@testable import LukuCore

/// `EuroClosedFigures`: runs of figures each closed by "€", as pdfplumber's `extract_text()`
/// writes the spreadsheet-made synth kalliosalo's balance sheet (p. 4, copied as written;
/// values from its truth file: Maa- ja vesialueet 824 371,27 and 796 402,33).
final class EuroClosedFiguresTests: XCTestCase {
    func testAFigureClosedByTheEuroSignIsNeverCut() {
        let run = ["824", "371,27", "€", "796", "402,33", "€"]
        XCTAssertEqual(DigitRunSplitter.splits(run, columns: 4), [])
        XCTAssertEqual(DigitRunSplitter.splits(run, columns: 2), [["824 371,27 €", "796 402,33 €"]])
        let rakennukset = ["4", "800", "830,59", "€", "4", "538", "092,82", "€"]
        XCTAssertEqual(DigitRunSplitter.splits(rakennukset, columns: 4), [])
        XCTAssertEqual(DigitRunSplitter.splits(rakennukset, columns: 2), [["4 800 830,59 €", "4 538 092,82 €"]])
    }

    func testPlaceholdersAndRunsWithoutTheSignReadAsBefore() {
        // "Arvonalentumiset – −45 176,42 €" (p. 10): the dash is an empty cell.
        XCTAssertTrue(DigitRunSplitter.splits(["–", "−45", "176,42", "€"], columns: 2).contains(["–", "−45 176,42 €"]))
        // One "€" alone closes only the run: "824 371" may still be two figures.
        XCTAssertEqual(DigitRunSplitter.splits(["824", "371", "796", "402", "€"], columns: 4),
                       [["824", "371", "796", "402 €"]])
        XCTAssertFalse(EuroClosedFigures.applies(["824", "371,27", "796", "402,33", "€"]))
        XCTAssertTrue(EuroClosedFigures.applies(["824", "371,27", "€", "796", "402,33", "€"]))
    }

    /// The page's rows of two figures and of four (item and subtotal per year) no longer make a
    /// four-column table of halves: no cell holds a piece of a figure ("824", "371,27 €"); the rows
    /// stay unread (missing, not wrong) until a header pairs their columns.
    func testKalliosaloBalanceSheetFiguresAreNeverCut() throws {
        let text = """
        Kalliosalon kunta
        Vastaavaa
        VASTAAVAA 31.12.2024 31.12.2023
        € €
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        1. Aineettomat oikeudet 15 122,78 € 14 966,25 €
        2. Muut pitkävaikutteiset menot 48 336,37 € 63 459,15 € 49 732,11 € 64 698,36 €
        II Aineelliset hyödykkeet
        1. Maa- ja vesialueet 824 371,27 € 796 402,33 €
        2. Rakennukset 4 800 830,59 € 4 538 092,82 €
        3. Kiinteät rakenteet ja laitteet 4 198 742,72 € 4 311 875,34 €
        4. Koneet ja kalusto 178 117,43 € 182 688,86 €
        5. Ennakkomaksut ja keskeneräiset hankinnat 963 430,79 € 10 965 492,80 € 901 416,17 € 10 730 475,52 €
        """
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let cells = (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables))
            .flatMap(\.rows).flatMap(\.cells).compactMap { $0?.text }
        for piece in ["824", "371,27 €", "796", "402,33 €", "4 800", "830,59 €", "178", "117,43 €"] {
            XCTAssertFalse(cells.contains(piece), piece)
        }
    }
}
