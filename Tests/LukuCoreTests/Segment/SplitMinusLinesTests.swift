import Foundation
import XCTest
@testable import LukuCore

/// `SplitMinusLines`: a negative figure whose minus PyMuPDF wrote after its first digit group.
/// Lines copied from PyMuPDF's `get_text()` of ../shared/synth kuusimaki p. 6 (Word-made).
final class SplitMinusLinesTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private let kuusimaki = """
        Tuloslaskelma 1.1.-31.12.2021
        2021
        2020
        €
        €
        Toimintatuotot
        55\u{00A0}875\u{00A0}478
        51\u{00A0}166\u{00A0}343
        Valmistus omaan käyttöön
        2\u{00A0}748\u{00A0}588
        2\u{00A0}847\u{00A0}076
        Toimintakulut
        340
        \u{2212}
        \u{00A0}170\u{00A0}584
        319
        \u{2212}
        \u{00A0}771\u{00A0}539
        Toimintakate
        281
        \u{2212}
        \u{00A0}546\u{00A0}518
        265
        \u{2212}
        \u{00A0}758\u{00A0}120
        Verotulot
        194\u{00A0}984\u{00A0}296
        170\u{00A0}568\u{00A0}892
        Valtionosuudet
        113\u{00A0}592\u{00A0}405
        114\u{00A0}713\u{00A0}492
        Rahoitustuotot ja -kulut
        Korkotuotot
        53\u{00A0}585
        898\u{00A0}990
        Muut rahoitustuotot
        2\u{00A0}114\u{00A0}392
        1\u{00A0}764\u{00A0}842
        Korkokulut
        661
        \u{2212}
        \u{00A0}152
        2
        \u{2212}\u{00A0}070\u{00A0}794
        """

    /// "340" / "−" / "170 584" is one figure, −340 170 584, in its row's first column, flagged; the
    /// figures printed whole stay unflagged, and the table keeps two columns (before: six, from
    /// the split rows, the truth's table lost).
    func testMinusAfterTheFirstGroupMakesOneNegativeFigure() throws {
        let table = try XCTUnwrap(tables(kuusimaki).first)
        XCTAssertEqual(table.columns.count, 2)
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["Toimintatuotot", "Valmistus omaan käyttöön", "Toimintakulut", "Toimintakate",
                                           "Verotulot", "Valtionosuudet", "Korkotuotot", "Muut rahoitustuotot", "Korkokulut"])
        XCTAssertEqual(rows[2].cells.map { $0?.value }, [Decimal(-340_170_584), Decimal(-319_771_539)])
        XCTAssertEqual(rows[8].cells.map { $0?.value }, [Decimal(-661_152), Decimal(-2_070_794)])
        XCTAssertTrue(rows[2].cells.allSatisfy { !($0?.flags.isEmpty ?? true) })
        XCTAssertTrue(rows[0].cells.allSatisfy { $0?.flags.isEmpty ?? false })
    }

    func testRule() throws {
        let lines = TextFileReader.parse(kuusimaki).lines
        let at = try XCTUnwrap(lines.firstIndex { $0.text == "340" })
        XCTAssertEqual(SplitMinusLines.join(lines, at: at)?.end, at + 3)
        let two = try XCTUnwrap(lines.lastIndex { $0.text == "2" })
        XCTAssertEqual(SplitMinusLines.join(lines, at: two)?.end, two + 2)
        // A figure printed whole is no split minus; the hyphen after the figure stays a placeholder line.
        XCTAssertNil(SplitMinusLines.join(lines, at: try XCTUnwrap(lines.firstIndex { $0.text == "53 585" })))
        let dash = TextFileReader.parse("Rahastojen lisäys (-) tai vähennys (+)\n144\n\u{2212}\n\u{00A0}364\n-").lines
        XCTAssertEqual(SplitMinusLines.join(dash, at: 1)?.text, "\u{2212}144 364")
    }
}
