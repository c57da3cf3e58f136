import Foundation
import XCTest
@testable import LukuCore

/// `StatementLabelBlock` (and its footing, `PairedColumnFooting`) on `pdftotext -raw`
/// income-statement pages of the synthetic spreadsheet-made statements (`SheetIncomePages`);
/// expected values from the printed pages (the documents' truth files,
/// ../shared/synth/*-sheet-louhivirta-2019.truth.json and *-sheet-katajalampi-2024.truth.json,
/// table tuloslaskelma).
final class StatementLabelBlockTests: XCTestCase, SegmentedTextTests {
    private func d(_ s: String?) -> Decimal? { s.flatMap { Decimal(string: $0) } }

    /// Louhivirta p. 1: items in the item columns, a group's last item with its subtotal, the
    /// result lines and Valmistus omaan käyttöön (its "0,00" printed in the label box) in the
    /// subtotal columns; group headings hold nothing; every cell flagged ambiguous-split.
    func testLouhivirtaPairedByTheOutline() {
        let found = tables(SheetIncomePages.louhivirta1)
        XCTAssertEqual(values(found, "Myyntituotot"), [d("25743911.01"), nil, d("25045938.11"), nil])
        XCTAssertEqual(values(found, "Muut toimintatuotot"), [d("20364415.83"), d("78297379.96"), d("19740573.21"), d("75323266.03")])
        XCTAssertEqual(values(found, "Valmistus omaan käyttöön"), [nil, d("0.00"), nil, d("2774544.96")])
        XCTAssertEqual(values(found, "Palkat ja palkkiot"), [d("-99654531.51"), nil, d("-95513173.32"), nil])
        XCTAssertEqual(values(found, "Toimintakate"), [nil, d("-199669808.46"), nil, d("-188932183.12")])
        XCTAssertEqual(values(found, "Suunnitelman mukaiset poistot"), [d("-12643548.52"), d("-12643548.52"), d("-11440668.26"), d("-11440668.26")])
        XCTAssertEqual(values(found, "Rahastojen lisäys (-) tai vähennys (+)"), [d("0.00"), d("-373135.00"), d("30660.14"), d("233733.59")])
        XCTAssertEqual(values(found, "Tilikauden yli-/alijäämä"), [nil, d("-13204737.95"), nil, d("10751413.74")])
        XCTAssertNil(row(found, "Toimintatuotot"))
        XCTAssertNil(row(found, "Henkilöstökulut"))
        XCTAssertNil(row(found, "Tilinpäätössiirrot"))
        guard let paired = row(found, "Verotulot") else { return XCTFail("no Verotulot row") }
        XCTAssertTrue(paired.cells.allSatisfy { $0 == nil || $0?.flags.contains(.ambiguousSplit) == true })
    }

    /// Katajalampi p. 1: whole numbers with the minus set apart; Valmistus omaan käyttöön's
    /// "25 605 126 311" is two figures in the subtotal columns; a group that foots only within
    /// the rounding (Rahoitustuotot ja -kulut: 15 902 + 163 476 − 177 351 − 18 002 = −15 975,
    /// printed −15 974) still foots.
    func testKatajalampiPairedByTheOutline() {
        let found = tables(SheetIncomePages.katajalampi1)
        XCTAssertEqual(values(found, "Valmistus omaan käyttöön"), [nil, d("25605"), nil, d("126311")])
        XCTAssertEqual(values(found, "Palkat ja palkkiot"), [d("-5928790"), nil, d("-5785429"), nil])
        XCTAssertEqual(values(found, "Muut toimintakulut"), [d("-1197917"), d("-17731639"), d("-1171015"), d("-17653453")])
        XCTAssertEqual(values(found, "Muut rahoituskulut"), [d("-18002"), d("-15974"), d("-8206"), d("40576")])
        XCTAssertEqual(values(found, "Tilikauden tulos"), [nil, d("-853660"), nil, d("-740557")])
        XCTAssertNil(row(found, "Henkilösivukulut"))
    }

    /// Louhivirta p. 4, the cash flow (one column per year): group headings ("Investointien
    /// rahavirta", the first "Rahoituksen rahavirta", "Lainakannan muutokset") hold nothing; the
    /// "0,00" printed in the label box stands after the figure on one row and before it on
    /// another (truth: Antolainauksen muutokset 21 779,26 | 0,00, Lyhytaikaisten lainojen muutos
    /// 0,00 | −700 000,00), and no identity runs through either row: both keep their label and
    /// leave their figures out rather than guess.
    func testLouhivirtaCashFlowPairedByTheOutline() {
        let found = tables(SheetIncomePages.louhivirta4)
        XCTAssertEqual(values(found, "Toiminnan rahavirta"), [d("-323615.74"), d("21886804.15")])
        XCTAssertEqual(values(found, "Investointimenot"), [d("14792581.76"), d("16696903.56")])
        XCTAssertNil(values(found, "Antolainauksen muutokset"))
        XCTAssertNil(values(found, "Lyhytaikaisten lainojen muutos"))
        XCTAssertTrue(found.flatMap(\.rows).contains { $0.label == "Antolainauksen muutokset" })
        XCTAssertEqual(values(found, "Rahoituksen rahavirta"), [d("-1904294.15"), d("3761010.31")])
        XCTAssertEqual(values(found, "Rahavarat 1.1."), [d("19667397.90"), d("9087785.74")])
        XCTAssertNil(row(found, "Lainakannan muutokset"))
        XCTAssertNil(row(found, "Investointien rahavirta"))
    }

    /// The arithmetic decides: a figure line whose figure breaks a footing (Verotulot
    /// "108 342 970,57" printed "108 342 970,75") leaves the block unpaired; so does one figure
    /// line fewer than the labels with a line.
    func testNoPairingWhenTheArithmeticOrTheCountsDisagree() {
        let broken = SheetIncomePages.louhivirta1.replacingOccurrences(of: "108 342 970,57", with: "108 342 970,75")
        XCTAssertNotEqual(broken, SheetIncomePages.louhivirta1)
        XCTAssertNil(values(tables(broken), "Toimintakate"))
        let short = SheetIncomePages.louhivirta1.replacingOccurrences(of: "241 662,65 62 278,92\n", with: "")
        XCTAssertNotEqual(short, SheetIncomePages.louhivirta1)
        XCTAssertNil(values(tables(short), "Toimintakate"))
    }

    /// The outline: a group name over an item of its own is a heading; over an item of another
    /// group (Henkilöstökulut printed alone, over Palvelujen ostot) it is an item.
    func testGroupHeadings() {
        let keys = ["TOIMINTAKULUT", "HENKILÖSTÖKULUT", "PALVELUJEN OSTOT", "HENKILÖSTÖKULUT", "PALKAT JA PALKKIOT"]
        XCTAssertEqual(keys.indices.map { StatementOutline.incomeStatement.isGroupHeading(keys, at: $0) }, [true, false, false, true, false])
    }
}
