import Foundation
import XCTest
@testable import LukuCore

/// `GroupedFiguresAfterLabels` (and `BudgetChangeSum`) on spreadsheet pages whose figures with a
/// thousands separator were read after the labels (`SheetGroupedPages`); expected values from the
/// printed pages (the truth files ../shared/synth/*-sheet-tamminiemi-2022.truth.json, table
/// tuloslaskelmaosa, and *-sheet-pauhaselka-2019.truth.json, table tuloslaskelma).
final class GroupedFiguresAfterLabelsTests: XCTestCase, SegmentedTextTests {
    private func d(_ s: String...) -> [Decimal?] { s.map { Decimal(string: $0) } }

    /// Tamminiemi p. 8: a row with cells on both sides ("Toimintatuotot –11 +57" and "12 595
    /// 12 584 12 641", placed by TOIMINTAKATE = TOIMINTATUOTOT + TOIMINTAKULUT), a row with all
    /// its figures beside the label, rows with none beside it.
    private func assertTamminiemi(_ found: [Table], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(values(found, "Toimintatuotot"), d("12595", "-11", "12584", "12641", "57"), file: file, line: line)
        XCTAssertEqual(values(found, "Henkilöstökulut"), d("-27283", "-1747", "-29030", "-28465", "566"), file: file, line: line)
        // Palvelujen ostot "475" over "–34 440 –33 965 –32 886 +1 079": 475 reads as well as the
        // budget (475 − 34 440 = −33 965) and no sum down the column runs through the row (the
        // truth's −34 440 | 475): its figures are left out, its label kept.
        XCTAssertNil(values(found, "Palvelujen ostot"), file: file, line: line)
        XCTAssertTrue(found.flatMap(\.rows).contains { $0.label == "Palvelujen ostot" }, file: file, line: line)
        XCTAssertEqual(values(found, "Muut henkilösivukulut"), d("-833", "36", "-797", "-907", "-110"), file: file, line: line)
        XCTAssertEqual(values(found, "Verotulot"), d("61035", "3786", "64821", "59669", "-5152"), file: file, line: line)
        XCTAssertEqual(values(found, "TILIKAUDEN TULOS"), d("-1725", "2541", "817", "-1703", "-2520"), file: file, line: line)
        XCTAssertEqual(values(found, "TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)"), d("-1507", "2541", "1034", "-1478", "-2511"), file: file, line: line)
        guard let placed = row(found, "Toimintatuotot") else { return XCTFail("no Toimintatuotot row", file: file, line: line) }
        XCTAssertTrue(placed.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true }, file: file, line: line)
    }

    func testTamminiemiRawRowsPlacedByTheBudgetIdentities() {
        assertTamminiemi(tables(SheetGroupedPages.tamminiemi8Raw))
    }

    func testTamminiemiPyMuPDFRowsPlacedByTheBudgetIdentities() {
        assertTamminiemi(tables(SheetGroupedPages.tamminiemi8PyMuPDF))
    }

    /// Pauhaselkä p. 1: the Muutos % beside each label goes to the percent column; a row with
    /// its figures all under 1 000 keeps them; group headings take no figure line.
    func testPauhaselkaPercentBesideTheLabel() {
        let found = tables(SheetGroupedPages.pauhaselka1Raw)
        XCTAssertEqual(values(found, "Myyntituotot"), d("54122", "51358", "5.4"))
        XCTAssertEqual(values(found, "Toimintakate"), d("-740248", "-703176", "5.3"))
        XCTAssertEqual(values(found, "Muut rahoituskulut"), d("-158", "-149", "6.0"))
        XCTAssertEqual(values(found, "Tilikauden tulos"), d("-44506", "-37105", "19.9"))
        XCTAssertNil(row(found, "Toimintatuotot"))
        // "Korkotuotot 940 –47,5 %" over "1 791": 940 may be either year's and no identity says
        // which (truth 940 | 1 791): left out.
        XCTAssertNil(values(found, "Korkotuotot"))
    }

    /// The cutting of a figure line: grouped figures only, a set-apart sign kept; a figure under
    /// 1 000 among them is not this layout.
    func testCuttings() {
        XCTAssertEqual(GroupedFiguresAfterLabels.cuttings(["–27", "283", "–1", "747", "–29", "030"]), [["–27 283", "–1 747", "–29 030"]])
        XCTAssertEqual(GroupedFiguresAfterLabels.cuttings(["-", "18", "399", "000", "5", "098", "549"]), [["- 18 399 000", "5 098 549"]])
        XCTAssertEqual(GroupedFiguresAfterLabels.cuttings(["54", "121", "746,61", "51", "357", "659,01"]), [["54 121 746,61", "51 357 659,01"]])
        XCTAssertEqual(GroupedFiguresAfterLabels.cuttings(["940", "1", "791"]), [])
        XCTAssertEqual(Set(GroupedFiguresAfterLabels.cuttings(["100", "200", "300", "400"])), [["100 200", "300 400"], ["100 200 300 400"]])
        // Sixty three-digit groups ending in a lone digit cut no way; the search gives up at once.
        XCTAssertEqual(GroupedFiguresAfterLabels.cuttings(Array(repeating: "123", count: 60) + ["5"]), [])
    }
}
