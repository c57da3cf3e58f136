import Foundation
import XCTest
@testable import LukuCore

/// `StatementCellLines` on PyMuPDF's one-cell-a-line text of the spreadsheet-made income
/// statements (`SheetIncomeCellLines`); expected values from the printed pages (the documents'
/// truth files, ../shared/synth/*-sheet-louhivirta-2019.truth.json and
/// *-sheet-katajalampi-2024.truth.json, table tuloslaskelma).
final class StatementCellLinesTests: XCTestCase, SegmentedTextTests {
    private func d(_ s: String?) -> Decimal? { s.flatMap { Decimal(string: $0) } }

    /// Katajalampi p. 1: 52 figures, one a line, grouped into 22 rows; the groups' last items
    /// carry the subtotal (four figures), the result lines and Valmistus omaan käyttöön stand in
    /// the subtotal columns; group headings hold nothing; every cell flagged ambiguous-split.
    func testKatajalampiFiguresGroupedByTheFootings() {
        let found = tables(SheetIncomeCellLines.katajalampi1)
        XCTAssertEqual(values(found, "Myyntituotot"), [d("2096272"), nil, d("2102781"), nil])
        XCTAssertEqual(values(found, "Muut toimintatuotot"), [d("1674961"), d("5098549"), d("1600582"), d("4969241")])
        XCTAssertEqual(values(found, "Valmistus omaan käyttöön"), [nil, d("25605"), nil, d("126311")])
        XCTAssertEqual(values(found, "Palkat ja palkkiot"), [d("-5928790"), nil, d("-5785429"), nil])
        XCTAssertEqual(values(found, "Muut toimintakulut"), [d("-1197917"), d("-17731639"), d("-1171015"), d("-17653453")])
        XCTAssertEqual(values(found, "Muut rahoituskulut"), [d("-18002"), d("-15974"), d("-8206"), d("40576")])
        XCTAssertEqual(values(found, "Suunnitelman mukaiset poistot"), [d("-1118124"), d("-1118124"), d("-882196"), d("-882196")])
        XCTAssertEqual(values(found, "Tilikauden tulos"), [nil, d("-853660"), nil, d("-740557")])
        XCTAssertNil(row(found, "Henkilösivukulut"))
        guard let paired = row(found, "Verotulot") else { return XCTFail("no Verotulot row") }
        XCTAssertTrue(paired.cells.allSatisfy { $0 == nil || $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// Louhivirta p. 1: 60 figures with decimals; "0,00" on the line under Valmistus omaan
    /// käyttöön and under Rahastojen lisäys (-) tai vähennys (+) is that row's cell (before its
    /// figures: 195 458,22 − 568 593,22 + 0,00 = −373 135,00 foots); the key figures keep their
    /// own "28,2 %" cells.
    func testLouhivirtaFiguresGroupedByTheFootings() {
        let found = tables(SheetIncomeCellLines.louhivirta1)
        XCTAssertEqual(values(found, "Myyntituotot"), [d("25743911.01"), nil, d("25045938.11"), nil])
        XCTAssertEqual(values(found, "Muut toimintatuotot"), [d("20364415.83"), d("78297379.96"), d("19740573.21"), d("75323266.03")])
        XCTAssertEqual(values(found, "Valmistus omaan käyttöön"), [nil, d("0.00"), nil, d("2774544.96")])
        XCTAssertEqual(values(found, "Toimintakate"), [nil, d("-199669808.46"), nil, d("-188932183.12")])
        XCTAssertEqual(values(found, "Rahastojen lisäys (-) tai vähennys (+)"), [d("0.00"), d("-373135.00"), d("30660.14"), d("233733.59")])
        XCTAssertEqual(values(found, "Tilikauden yli-/alijäämä"), [nil, d("-13204737.95"), nil, d("10751413.74")])
        XCTAssertNil(row(found, "Tilinpäätössiirrot"))
    }

    /// The arithmetic decides: with one figure changed (Verotulot "8 823 296" printed
    /// "8 823 269") no result line foots and the figures are not grouped; with a figure gone the
    /// counts leave no grouping.
    func testNoGroupingWhenTheArithmeticOrTheCountsDisagree() {
        let broken = replacingLine(digits: "8823296", with: "8 823 269")
        XCTAssertNotEqual(broken, SheetIncomeCellLines.katajalampi1)
        XCTAssertNil(values(tables(broken), "Toimintakate"))
        let short = replacingLine(digits: "15902", with: nil)
        XCTAssertNotEqual(short, SheetIncomeCellLines.katajalampi1)
        XCTAssertNil(values(tables(short), "Toimintakate"))
    }

    /// Katajalampi p. 1 with the figure line of those digits replaced (nil: taken out).
    private func replacingLine(digits: String, with text: String?) -> String {
        SheetIncomeCellLines.katajalampi1.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            line.filter(\.isNumber) == digits ? text : String(line)
        }.joined(separator: "\n")
    }

    /// The grouping itself: a row of four figures only where both subtotals foot over one run of
    /// the rows above (7 + 5 + 10 = 22 and 8 + 6 + 20 = 34); where the second period does not
    /// (30 + 5 + 10 = 45, printed 60) no grouping is made.
    func testGroupingsFootTheSubtotals() {
        XCTAssertEqual(StatementCellLines.groupings(["10", "20", "5", "6", "7", "22", "8", "34"], own: [0, 0, 0], periods: 2),
                       [[["10", "20"], ["5", "6"], ["7", "22", "8", "34"]]])
        XCTAssertEqual(StatementCellLines.groupings(["10", "20", "5", "15", "30", "60", "2", "2"], own: [0, 0, 0], periods: 2), [])
    }
}
