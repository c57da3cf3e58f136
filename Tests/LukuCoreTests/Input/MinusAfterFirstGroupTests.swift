import Foundation
import XCTest
@testable import LukuCore

/// `MinusAfterFirstGroup`: a negative figure whose minus sign (U+2212) the extractor wrote after
/// the figure's first word. Lines copied from ../shared/synth kuusimaki (Word-made) pp. 1–2 as
/// `pdftotext -raw` and pypdf write them; expected values from its truth file.
final class MinusAfterFirstGroupTests: XCTestCase {
    private let header = "Tuloslaskelma ja sen tunnusluvut\n2021 2020\n€ €\n"

    /// `pdftotext -raw` p. 1: the sign on a line of its own with the rest of the row.
    private var raw: String {
        header + """
        Toimintatuotot 55 875 478,40 51 166 343,23
        Valmistus omaan käyttöön 2 748 587,79 2 847 076,24
        Toimintakulut 340
        \u{2212} 170 584,08 319
        \u{2212} 771 539,44
        Toimintakate 281
        \u{2212} 546 517,89 265
        \u{2212} 758 119,97
        Verotulot 194 984 296,39 170 568 891,65
        Korkokulut 661
        \u{2212} 151,52 2
        \u{2212} 070 794,23
        Rahastojen lisäys (-) tai vähennys (+) 144
        \u{2212} 363,92 -
        """
    }

    /// pypdf p. 1: the sign after the first group, within the row.
    private var pypdf: String {
        header + """
        Toimintatuotot 55 875 478,40 51 166 343,23
        Valmistus omaan käyttöön 2 748 587,79 2 847 076,24
        Toimintakulut 340\u{2212}  170 584,08 319\u{2212}  771 539,44
        Toimintakate 281\u{2212}  546 517,89 265\u{2212}  758 119,97
        Verotulot 194 984 296,39 170 568 891,65
        Korkokulut 661\u{2212}  151,52 2\u{2212}  070 794,23
        """
    }

    private func values(_ row: Row) -> [Decimal?] { TextTableLookup.values(row) }

    /// The rows both extractors break: each negative figure whole, its row flagged; a row printed
    /// whole (`whole`) unflagged. Returns the table for the extractor's own rows.
    private func assertNegativeRowsRead(_ text: String, whole: String) throws -> Table {
        let t = try TextTableLookup.table(text, with: "Toimintakulut")
        XCTAssertEqual(t.columns.count, 2)
        let kulut = try TextTableLookup.row(t, "Toimintakulut")
        XCTAssertEqual(values(kulut), [Decimal(string: "-340170584.08"), Decimal(string: "-319771539.44")])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Toimintakate")), [Decimal(string: "-281546517.89"), Decimal(string: "-265758119.97")])
        XCTAssertEqual(values(try TextTableLookup.row(t, "Korkokulut")), [Decimal(string: "-661151.52"), Decimal(string: "-2070794.23")])
        XCTAssertTrue(TextTableLookup.flagged(kulut))
        XCTAssertTrue(try TextTableLookup.row(t, whole).cells.allSatisfy { $0?.flags.isEmpty ?? false })
        return t
    }

    func testRawLinesMakeOneNegativeFigureEach() throws {
        let t = try assertNegativeRowsRead(raw, whole: "Verotulot")
        let rahastot = try TextTableLookup.row(t, "Rahastojen lisäys (-) tai vähennys (+)")
        XCTAssertEqual(rahastot.cells.map { $0?.text }, ["\u{2212}144 363,92", "-"])
        XCTAssertEqual(rahastot.cells[0]?.value, Decimal(string: "-144363.92"))
    }

    func testPypdfRowsPutTheSignFirst() throws {
        _ = try assertNegativeRowsRead(pypdf, whole: "Toimintatuotot")
    }

    /// p. 2: a percentage whose minus follows it whole, "10,8%−" (pypdf) and "10,8%" / "−" (raw).
    func testPercentWithItsMinusAfterIt() {
        let pypdf = TextFileReader.parse("Tulorahoituksen korjauserät 268\u{2212}  436,44 301\u{2212}  014,34 10,8%\u{2212}").lines
        XCTAssertEqual(pypdf.map(\.text), ["Tulorahoituksen korjauserät \u{2212}268 436,44 \u{2212}301 014,34 \u{2212}10,8%"])
        let raw = TextFileReader.parse("Tulorahoituksen korjauserät 268\n\u{2212} 436,44 301\n\u{2212} 014,34 10,8%\n\u{2212}\nInvestointien rahavirta").lines
        XCTAssertEqual(raw.map(\.text), ["Tulorahoituksen korjauserät \u{2212}268 436,44 \u{2212}301 014,34 \u{2212}10,8%", "Investointien rahavirta"])
        XCTAssertTrue(raw[0].words.contains(where: \.doubtfulJoin))
    }

    /// What the rule leaves: PyMuPDF's cell lines (a figure alone before the sign: `SplitMinusLines`
    /// reads them), a hyphen, a lone sign over a line of figures (`SignBrokenRow`), a year's dash.
    func testOtherShapesStay() {
        let cells = "Toimintakulut\n340\n\u{2212}\n 170 584,08\n319\n\u{2212}\n 771 539,44"
        XCTAssertEqual(TextFileReader.parse(cells).lines.map(\.text), ["Toimintakulut", "340", "\u{2212}", "170 584,08", "319", "\u{2212}", "771 539,44"])
        let hyphen = "Toimintakulut 340\n- 170 584,08 319"
        XCTAssertEqual(TextFileReader.parse(hyphen).lines.map(\.text), ["Toimintakulut 340", "- 170 584,08 319"])
        let signAbove = "Toimintakate 12,5\n\u{2212}\n46 525 690,00 0,00"
        XCTAssertEqual(TextFileReader.parse(signAbove).lines.count, 3)
        let years = "Suunnitelmakausi 2024\u{2212} 2026"
        XCTAssertEqual(TextFileReader.parse(years).lines.map(\.text), [years])
    }
}
