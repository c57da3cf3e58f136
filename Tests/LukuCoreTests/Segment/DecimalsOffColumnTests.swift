import Foundation
import XCTest
@testable import LukuCore

/// `DecimalsOffColumn` on `pdftotext -layout` of hold-out set 5's tase (hold5-05, pdfLaTeX): the
/// `\footnotemark` after "6 902 965,66" is glued to its decimals. Lines copied from that text; the
/// printed page has 6 902 965,66 with a raised 2 (C VIERAS PÄÄOMA 61 238 678,65 = 54 335 712,99 + 6 902 965,66).
final class DecimalsOffColumnTests: XCTestCase {
    private let tase = """
    Tase
    VASTATTAVAA
    C                                                                             31.12.2025      31.12.2024
    A OMA PÄÄOMA                                                               45 733 798,84    47 814 162,84
      I Peruspääoma                                                            28 736 871,38     37 596 744,89
      II Edellisten tilikausien ylijäämä                                       14 121 364,64      9 684 830,08
      III Tilikauden ylijäämä                                                    2 875 562,82       532 587,87
    C VIERAS PÄÄOMA                                                            61 238 678,65    24 485 838,58
      I Pitkäaikainen                                                          54 335 712,99     19 809 473,77
      II Lyhytaikainen                                                          6 902 965,662     4 676 364,81
    VASTATTAVAA YHTEENSÄ                                                    107 867 419,54      73 781 019,45
    """

    func testGluedMarkFigureIsFlaggedAndKeepsItsPrintedValue() throws {
        let document = try Fixtures.ingestCopied(tase, as: "hold5-05.layout.txt")
        let rows = document.allTables.flatMap(\.rows)
        let short = try XCTUnwrap(rows.first { $0.label.hasSuffix("Lyhytaikainen") })
        let cell = try XCTUnwrap(short.cells.first ?? nil)
        XCTAssertEqual(cell.value, Decimal(string: "6902965.662"))  // as printed: never repaired
        XCTAssertTrue(cell.flags.contains(.ambiguousSplit))
        XCTAssertEqual(short.cells.last??.flags.contains(.ambiguousSplit), false)
        let long = try XCTUnwrap(rows.first { $0.label.hasSuffix("Pitkäaikainen") })
        XCTAssertEqual(long.cells.first??.flags.contains(.ambiguousSplit), false)
        XCTAssertEqual(document.issues.filter { $0.code == DecimalsOffColumn.issueCode }.count, 1)
    }

    func testColumnWithoutAnOffFigureIsLeftAlone() throws {
        let fixed = tase.replacingOccurrences(of: "6 902 965,662", with: "6 902 965,66 ")
        let document = try Fixtures.ingestCopied(fixed, as: "hold5-05-fixed.layout.txt")
        XCTAssertTrue(document.issues.allSatisfy { $0.code != DecimalsOffColumn.issueCode })
        XCTAssertFalse(document.allTables.flatMap(\.rows).flatMap(\.cells).contains { $0?.flags.contains(.ambiguousSplit) ?? false })
    }
}
