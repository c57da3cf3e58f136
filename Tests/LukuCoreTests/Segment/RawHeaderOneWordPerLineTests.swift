import Foundation
import XCTest
@testable import LukuCore

/// `KindPlusAtLineEnd` and `PairedColumnsOnlyForPeriods` on `pdftotext -raw` text of hold-out
/// set 2 doc 09 (tools/holdout/README2.md, A2): a määrärahat table whose header prints one word
/// per line, "TA+" broken from "muutokset" at a line's end.
final class RawHeaderOneWordPerLineTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// hold2-09 p. 1 in `pdftotext -raw`: the table's lines as printed (prose above and below left out).
    static let hold09 = """
    Määrärahojen toteutuminen
    TA
    2025
    TA+
    muutokset
    TOT
    2025
    Poikkeama Käyttö-
    %
    Hallinto
    Menot -18 991 098 -18 991 098 -19 213 567 -222 469 101,2
    Tulot 2 433 039 2 433 039 2 408 011 -25 028 99,0
    Netto -16 558 059 -16 558 059 -16 805 556 -247 497 101,5
    Vanhuspalvelut
    Menot -3 364 912 -3 364 912 -3 573 509 -208 597 106,2
    Tulot 346 910 346 910 342 705 -4 205 98,8
    Netto -3 018 002 -3 018 002 -3 230 804 -212 802 107,1
    Vammaispalvelut
    Menot -5 810 599 -5 810 599 -5 770 359 40 240 99,3
    Tulot 1 361 465 1 361 465 1 306 528 -54 937 96,0
    Netto -4 449 134 -4 449 134 -4 463 831 -14 697 100,3
    """

    func testHeaderOneWordPerLineNamesItsFiveColumns() throws {
        let table = try XCTUnwrap(tables(Self.hold09).first)
        XCTAssertEqual(table.columns.map(\.header), ["TA 2025", "TA+muutokset", "TOT 2025", "Poikkeama", "Käyttö-%"])
        XCTAssertEqual(table.columns.map(\.kind), [.ta, .taMuutos, .tot, .poikkeama, .kaytto])
        // The row whose digit groups also cut into eight pieces ("2 | 433 039 | 2 | …") is read as printed.
        let tulot = try XCTUnwrap(table.rows.first { $0.label == "Tulot" })
        XCTAssertEqual(tulot.group, "Hallinto")
        XCTAssertEqual(tulot.cells.map { $0?.value }, [2433039, 2433039, 2408011, -25028, Decimal(string: "99.0")])
        let menot = try XCTUnwrap(table.rows.last { $0.label == "Menot" })
        XCTAssertEqual(menot.cells.map { $0?.value }, [-5810599, -5810599, -5770359, 40240, Decimal(string: "99.3")])
    }

    func testPlusGluedToAKindAtTheLineEndJoinsTheNextWord() {
        XCTAssertEqual(KindPlusAtLineEnd.joined("TA+", "muutokset"), "TA+muutokset")
        XCTAssertEqual(KindPlusAtLineEnd.joined("TA+", "MUUTOS"), "TA+MUUTOS")
        XCTAssertEqual(KindPlusAtLineEnd.joined("TA/KS+", "muutos"), "TA/KS+muutos")
        // Not a kind before the plus, or not a change after it.
        XCTAssertNil(KindPlusAtLineEnd.joined("Menot+", "muutokset"))
        XCTAssertNil(KindPlusAtLineEnd.joined("TA+", "2025"))
        XCTAssertNil(KindPlusAtLineEnd.joined("+", "muutokset"))
    }

    /// The header's tail alone (its first lines taken off), as the reader saw it before: rows of
    /// five figures under four names are never cut into eight columns, and a row read into the
    /// header's count is flagged when other readings fit.
    func testVarianceAndPercentColumnsAreNeverDoubled() throws {
        let tail = Self.hold09.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(4).joined(separator: "\n")
        let drafts = tables(tail)
        for table in drafts {
            XCTAssertLessThanOrEqual(table.columns.count, 5, "\(table.columns.map(\.header))")
        }
        XCTAssertFalse(PairedColumnsOnlyForPeriods.allows(["muutokset", "TOT 2025", "Poikkeama", "Käyttö-%"].map(TextTableBuilder.column)))
        XCTAssertTrue(PairedColumnsOnlyForPeriods.allows(["31.12.2020", "31.12.2019"].map(TextTableBuilder.column)))
        XCTAssertTrue(PairedColumnsOnlyForPeriods.allows(["Tilinpäätös 2020", "Tilinpäätös 2019"].map(TextTableBuilder.column)))
        // No cell of the Tulot row is both wrong and unflagged.
        let truth: [Decimal?] = [2433039, 2433039, 2408011, -25028, Decimal(string: "99.0")]
        for table in drafts {
            for row in table.rows where row.label == "Tulot" {
                for (k, cell) in row.cells.enumerated() {
                    guard let cell, cell.flags.isEmpty else { continue }
                    XCTAssertTrue(k < truth.count && cell.value == truth[k], "unflagged \(cell.text) in column \(k)")
                }
            }
        }
    }
}
