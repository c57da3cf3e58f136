import Foundation
import XCTest
@testable import LukuCore

/// `ItemsWithoutFigureLine` (with `SubtotalOnlyItemRows` and the result lines that close a group,
/// `SubtotalOnlyRows`) on the `pdftotext -raw` income statement of synth joutsenkyla p. 1
/// (`SheetIncomePages.joutsenkyla1`): 27 labels that take a line under the outline, 23 figure
/// lines. Expected values from the printed page (../shared/synth/*-sheet-joutsenkyla-2020.truth.json,
/// table tuloslaskelma).
final class ItemsWithoutFigureLineTests: XCTestCase, SegmentedTextTests {
    private func d(_ s: String?) -> Decimal? { s.flatMap { Decimal(string: $0) } }

    /// The empty items (Valmistus omaan käyttöön, Satunnaiset tuotot) take no line; a group's
    /// closing line goes to its last item; "Arvonalentumiset 0" is the 2019 item between the two
    /// subtotals; "Satunnaiset kulut 0 0" and "Rahastojen muutos" print their group's subtotal
    /// alone right before a result line; the result lines stand in the subtotal columns.
    func testJoutsenkylaEmptyItemsPrintNoLine() {
        let found = tables(SheetIncomePages.joutsenkyla1)
        XCTAssertEqual(values(found, "Myyntituotot"), [d("4747319"), nil, d("4577834"), nil])
        XCTAssertEqual(values(found, "Muut toimintatuotot"), [d("6400118"), d("17639521"), d("6113939"), d("16970140")])
        XCTAssertNil(values(found, "Valmistus omaan käyttöön"))
        XCTAssertEqual(values(found, "Henkilöstökulut"), [d("-35008194"), nil, d("-33750548"), nil])
        XCTAssertEqual(values(found, "Toimintakate"), [nil, d("-65733955"), nil, d("-63598143")])
        XCTAssertEqual(values(found, "Muut rahoitustuotot"), [d("23605"), nil, d("160163"), nil])
        XCTAssertEqual(values(found, "Muut rahoituskulut"), [d("-8630"), d("56083"), d("-6445"), d("-139725")])
        XCTAssertEqual(values(found, "Arvonalentumiset"), [d("-474674"), d("-3773031"), d("0"), d("-6353686")])
        XCTAssertNil(values(found, "Satunnaiset tuotot"))
        XCTAssertEqual(values(found, "Satunnaiset kulut"), [nil, d("0"), nil, d("0")])
        XCTAssertEqual(values(found, "Tilikauden tulos"), [nil, d("3119255"), nil, d("-1405766")])
        XCTAssertEqual(values(found, "Rahastojen muutos"), [nil, d("63331"), nil, d("24822")])
        XCTAssertEqual(values(found, "Tilikauden yli-/alijäämä"), [nil, d("3182587"), nil, d("-1380944")])
        // Poistoeron lisäys or Varausten muutos holds "63 331 24 822": the arithmetic is the
        // same either way, so neither is given it (truth: Poistoeron's, Varausten empty).
        XCTAssertNil(values(found, "Varausten muutos"))
        let poistoero = values(found, "Poistoeron lisäys (-) tai vähennys (+)")
        XCTAssertTrue(poistoero == nil || poistoero == [d("63331"), nil, d("24822"), nil])
        guard let paired = row(found, "Verotulot") else { return XCTFail("no Verotulot row") }
        XCTAssertEqual(paired.cells.map { $0?.value }, [nil, d("54575068"), nil, d("50191351")])
        XCTAssertTrue(paired.cells.allSatisfy { $0 == nil || $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// A figure that breaks a footing (Vuosikate printed 6 892 386 for 6 892 286) leaves the
    /// statement unpaired: no choice of empty items reads it.
    func testNoPairingWhenAFootingFails() {
        let broken = SheetIncomePages.joutsenkyla1.replacingOccurrences(of: "6 892 286 4 947 920", with: "6 892 386 4 947 920")
        XCTAssertNotEqual(broken, SheetIncomePages.joutsenkyla1)
        XCTAssertNil(values(tables(broken), "Toimintakate"))
    }

    /// Every increasing choice of places for label-box cells among a row's figures.
    func testPlacements() {
        XCTAssertEqual(ItemsWithoutFigureLine.placements(4, 1), [[0], [1], [2], [3]])
        XCTAssertEqual(ItemsWithoutFigureLine.placements(3, 2), [[0, 1], [0, 2], [1, 2]])
    }
}
