import Foundation
import XCTest
@testable import LukuCore

/// `GluedMinusBeforeFigure` and `MonthYearGluedToHead`: pdfplumber's `extract_text()` of Lapua's
/// minutes (../shared/real lapua-sivla-poytakirja-2024-11-21.pdf p. 18, copied as written, with
/// the font's zero-width spaces after each hyphen and decimal comma); expected values from its
/// truth file (oppilashuolto, sisäinen hallinto).
final class GluedMinusBeforeFigureTests: XCTestCase {
    private let z = "\u{200B}"

    private var oppilashuolto: String {
        """
        Lapuan kaupunki Pöytäkirja 11/2024 18 (29)
        Sivistyslautakunta 21.11.2024
        oppilashuolto:
        TA 2024 Tot. 09/2024Tot-\(z)%
        Toimintatuotot 119.250 55.177 46,\(z)3
        Toimintakulut *)-\(z) 980.650-\(z)747.137 76,\(z)2
        Toimintakate -\(z) 861.400-\(z)691.960 80,\(z)3
        sisäinen hallinto:
        TA 2024 Tot. 09/2024Tot-\(z)%
        Toimintatuotot 366.500 0 0
        Toimintakulut *)-\(z)643.630 -\(z)493.853 76,\(z)7
        Toimintakate -\(z) 277.130-\(z)493.853 178,\(z)2
        """
    }

    private func d(_ s: String) -> Decimal? { Decimal(string: s) }

    func testGluedMinusSignsTheNextFigureAndIsFlagged() throws {
        let t = try TextTableLookup.table(oppilashuolto, with: "Toimintakulut *)")
        XCTAssertEqual(t.columns.count, 3)
        let kulut = try TextTableLookup.row(t, "Toimintakulut *)")
        XCTAssertEqual(TextTableLookup.values(kulut), [d("-980650"), d("-747137"), d("76.2")])
        XCTAssertEqual(TextTableLookup.values(try TextTableLookup.row(t, "Toimintakate")),
                       [d("-861400"), d("-691960"), d("80.3")])
        XCTAssertEqual(TextTableLookup.values(try TextTableLookup.row(t, "Toimintatuotot")),
                       [d("119250"), d("55177"), d("46.3")])
        XCTAssertTrue(TextTableLookup.flagged(kulut))
    }

    func testCutsOnlyBeforeAGroupedFigure() {
        XCTAssertEqual(GluedMinusBeforeFigure.cut("16.317.230-\(z)12.806.828", next: "78,5"),
                       ["16.317.230", "-\(z)12.806.828"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("*)-\(z)827.940-\(z)225.832", next: nil),
                       ["*)", "-\(z)827.940", "-\(z)225.832"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("16.756.130-\(z)", next: "13.155.924"), ["16.756.130", "-\(z)"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("irtaimisto-\(z)10.000", next: "-9.706"), ["irtaimisto", "-\(z)10.000"])
        // A date range, a numbered range, a hyphenated word, a column head: left whole.
        XCTAssertEqual(GluedMinusBeforeFigure.cut("1.1.-\(z)30.9.2024:", next: nil), ["1.1.-\(z)30.9.2024:"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("1-\(z)9", next: "liitteinä."), ["1-\(z)9"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("Sivistys-\(z)", next: "ja"), ["Sivistys-\(z)"])
        XCTAssertEqual(GluedMinusBeforeFigure.cut("Tot-\(z)%", next: nil), ["Tot-\(z)%"])
        // Without the font's zero-width space a trailing minus is not taken for the next sign.
        XCTAssertEqual(GluedMinusBeforeFigure.cut("16.756.130-", next: "13.155.924"), ["16.756.130-"])
    }

    func testMonthYearGluedToHead() {
        let s = "09/2024Tot-%"
        XCTAssertEqual(MonthYearGluedToHead.cutIndex(s).map { String(s[..<$0]) }, "09/2024")
        XCTAssertNil(MonthYearGluedToHead.cutIndex("09/2024"))
        XCTAssertNil(MonthYearGluedToHead.cutIndex("11/2024."))
        XCTAssertNil(MonthYearGluedToHead.cutIndex("1.1.-30.9.2024"))
        // Read as words in plain text; left whole in text with pipe tables (markitdown's).
        let plain = TextFileReader.parse("TA 2024 Tot. 09/2024Tot-\(z)%\n").lines
        XCTAssertEqual(plain.first?.words.map(\.text), ["TA", "2024", "Tot.", "09/2024", "Tot-%"])
        let piped = TextFileReader.parse("TA 2024 Tot. 09/2024Tot-\(z)%\n| a | 1 |\n| --- | --- |\n| b | 2 |\n").lines
        XCTAssertEqual(piped.first?.words.map(\.text), ["TA", "2024", "Tot.", "09/2024Tot-%"])
    }
}
