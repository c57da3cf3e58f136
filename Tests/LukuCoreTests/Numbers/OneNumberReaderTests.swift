import Foundation
import XCTest
@testable import LukuCore

/// Table cells, `luku number` and the lexer read numbers with one set of rules (DOMAIN.md
/// "Numbers as printed"): dot groups, invisible characters, the no-break hyphen as a minus,
/// units after the number.
final class OneNumberReaderTests: XCTestCase {
    /// (printed, canonical value, unit) as they appear in the real and synthetic documents.
    static let cases: [(String, String, String?)] = [
        ("1.127.089", "1127089", nil),
        ("-10.100,97", "-10100.97", nil),
        ("-\u{200B}7.152.838", "-7152838", nil),     // HTML export: U+200B after the minus
        ("33,\u{200B}0", "33", nil),                   // … and after the decimal comma
        ("- 16.756.130", "-16756130", nil),            // a minus with a space after it
        ("\u{2011}123", "-123", nil),                  // no-break hyphen as a minus
        ("12\u{00AD}345", "12345", nil),               // soft hyphen inside the digits
        ("-2.873.428 €", "-2873428", "€"),
        ("57 %", "57", "%"),
        ("125 t€", "125", "t€"),
        ("12 500 htv", "12500", "htv"),
        ("–21.800.235", "-21800235", nil),
    ]

    func testCellReaderReadsEveryForm() {
        for (printed, value, unit) in Self.cases {
            let parsed = FinnishNumber.parse(printed)
            XCTAssertEqual(parsed.map { "\($0.value)" }, value, printed)
            XCTAssertEqual(parsed?.unit, unit, printed)
            XCTAssertTrue(WordTraits.isValue(printed), printed)
        }
    }

    /// What `luku number` (the lexer) finds in a lone printed number is what a cell reads.
    func testLexerAgreesWithTheCellReader() {
        for (printed, value, _) in Self.cases {
            let tokens = NumberLexer.scan(printed)
            XCTAssertEqual(tokens.count, 1, printed)
            XCTAssertEqual(tokens.first?.value.map { "\($0)" }, value, printed)
            XCTAssertEqual(tokens.first?.text, printed.hasSuffix(" htv") ? String(printed.dropLast(4)) : printed, printed)
        }
    }

    /// Dates, list numbers and periods stay what they are.
    func testNotNumbers() {
        for text in ["31.12.2024", "1.2.", "1.1.-31.12.2020", "2.5", "1.12", "09/2024"] {
            XCTAssertNil(FinnishNumber.parse(text), text)
        }
    }
}

extension OneNumberReaderTests {
    /// A cell of digits that reads as no number is flagged `unreadable` (Docling's "-691.96" for
    /// "-691.960"); dates, periods, placeholders and words are plain text cells.
    func testUnreadableNumbersAreFlagged() {
        for text in ["-691.96", "1.67", "12,34,56", "1 2345"] {
            XCTAssertEqual(CellReader.cell(text, column: nil).flags, [.unreadable], text)
        }
        for text in ["31.12.2024", "1.1.-31.12.2024", "2023–2024", "xx", "-", "siirretty", "-691.960"] {
            XCTAssertFalse(CellReader.cell(text, column: nil).flags.contains(.unreadable), text)
        }
    }
}
