import Foundation
import XCTest
@testable import LukuCore

/// `OutlineLabelBlock` on PyMuPDF's one-cell-a-line text of the spreadsheet-made balance sheets
/// (`SheetBalanceCellLines`), the figures grouped by `StatementCellLines`; expected values from
/// the printed page (the document's truth file, ../shared/synth/*-sheet-louhivirta-2019.truth.json,
/// tables tase-vastaavaa and tase-vastattavaa).
final class BalanceSheetCellLinesTests: XCTestCase, SegmentedTextTests {
    private func d(_ s: String?) -> Decimal? { s.flatMap { Decimal(string: $0) } }

    /// Louhivirta p. 6: a group's last item with its subtotal, an item alone in its group with
    /// the same figure twice, the "0,00" / "0,00" under Rahamarkkinainstrumentit as its 2018
    /// cells, the Roman group with no items and the side's total in the subtotal columns.
    func testLouhivirtaBalanceSheetGroupedByTheFootings() {
        let found = tables(SheetBalanceCellLines.louhivirta6)
        XCTAssertEqual(values(found, "Aineettomat oikeudet"), [d("819212.96"), nil, d("810248.77"), nil])
        XCTAssertEqual(values(found, "Ennakkomaksut ja keskeneräiset hankinnat"), [d("8147759.77"), d("239954890.44"), d("7963223.75"), d("237971810.77")])
        XCTAssertEqual(values(found, "Osakkeet ja osuudet"), [d("16541619.78"), d("16541619.78"), d("16679138.04"), d("16679138.04")])
        XCTAssertEqual(values(found, "Rahamarkkinainstrumentit"), [d("1666402.56"), d("1666402.56"), d("0.00"), d("0.00")])
        XCTAssertEqual(values(found, "IV Rahat ja pankkisaamiset"), [nil, d("2277677.88"), nil, d("19667397.90")])
        XCTAssertEqual(values(found, "VASTAAVAA YHTEENSÄ"), [nil, d("271659305.99"), nil, d("285492069.84")])
        XCTAssertEqual(values(found, "IV Tilikauden yli-/alijäämä"), [d("-13204737.95"), d("87816745.10"), d("10751413.74"), d("101021483.05")])
        XCTAssertEqual(values(found, "Muut velat"), [d("499970.18"), d("153497227.04"), d("478780.75"), d("154138536.79")])
        guard let paired = row(found, "Rakennukset") else { return XCTFail("no Rakennukset row") }
        XCTAssertTrue(paired.cells.allSatisfy { $0 == nil || $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// A subtotal that does not foot (Rakennukset "186 204 332,24" printed "186 204 323,24")
    /// leaves no grouping of the figures, so no row is read.
    func testNoGroupingWhenASubtotalDoesNotFoot() {
        let broken = SheetBalanceCellLines.louhivirta6.replacingOccurrences(of: "186\u{a0}204\u{a0}332,24", with: "186\u{a0}204\u{a0}323,24")
        XCTAssertNotEqual(broken, SheetBalanceCellLines.louhivirta6)
        XCTAssertNil(values(tables(broken), "Ennakkomaksut ja keskeneräiset hankinnat"))
    }
}
