import Foundation
import XCTest
@testable import LukuCore

/// `OutlineLabelBlock` on `pdftotext -raw` balance-sheet pages of the synthetic spreadsheet-made
/// statements (`SheetBalancePages`); expected cells from the printed pages (the documents' truth
/// files, ../shared/synth/*-sheet-louhivirta-2019.truth.json and *-sheet-kalliosalo-2024.truth.json,
/// tase-vastaavaa and tase-vastattavaa).
final class OutlineLabelBlockTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func cells(_ tables: [Table], _ label: String) -> [String?]? {
        tables.flatMap(\.rows).first { $0.label == label && $0.cells.contains { $0 != nil } }?.cells.map { $0?.text }
    }

    /// Louhivirta p. 6 (items unnumbered): a group's last item holds its subtotal, a Roman group
    /// with no items its figures in the subtotal columns, a Roman item of OMA PÄÄOMA in the item
    /// columns; every cell flagged ambiguous-split.
    func testLouhivirtaSidesPairedByTheOutline() {
        let found = tables(SheetBalancePages.louhivirta6)
        XCTAssertEqual(cells(found, "Ennakkomaksut"), ["97 465,87", "2 055 532,59", "94 472,48", "2 011 713,48"])
        XCTAssertEqual(cells(found, "Muut aineelliset hyödykkeet"), ["451 445,19", nil, "433 216,53", nil])
        XCTAssertEqual(cells(found, "Rahamarkkinainstrumentit"), ["1 666 402,56", "1 666 402,56", "0,00", "0,00"])
        XCTAssertEqual(cells(found, "IV Rahat ja pankkisaamiset"), [nil, "2 277 677,88", nil, "19 667 397,90"])
        XCTAssertEqual(cells(found, "VASTAAVAA YHTEENSÄ"), [nil, "271 659 305,99", nil, "285 492 069,84"])
        XCTAssertEqual(cells(found, "I Peruspääoma"), ["59 984 886,27", nil, "59 984 886,27", nil])
        XCTAssertEqual(cells(found, "IV Tilikauden yli-/alijäämä"), ["-13 204 737,95", "87 816 745,10", "10 751 413,74", "101 021 483,05"])
        // Group headings hold no figures.
        XCTAssertNil(cells(found, "A PYSYVÄT VASTAAVAT"))
        XCTAssertNil(cells(found, "II Saamiset"))
        XCTAssertNil(cells(found, "Pitkäaikaiset saamiset"))
        let paired = found.flatMap(\.rows).filter { $0.label == "Lainasaamiset" || $0.label == "Saadut ennakot" }
        XCTAssertFalse(paired.isEmpty)
        XCTAssertTrue(paired.allSatisfy { $0.cells.allSatisfy { $0 == nil || $0?.flags.contains(.ambiguousSplit) == true } })
    }

    /// Kalliosalo p. 4 (items numbered, figures ending in "€"): two tables, one per side; "4.
    /// Muut velat", which the heading reader took for a section, is a row of its side.
    func testKalliosaloSidesPairedByTheOutline() {
        let found = tables(SheetBalancePages.kalliosalo4)
        XCTAssertEqual(cells(found, "2. Muut pitkävaikutteiset menot"), ["48 336,37 €", "63 459,15 €", "49 732,11 €", "64 698,36 €"])
        XCTAssertEqual(cells(found, "III Rahat ja pankkisaamiset"), [nil, "628 806,29 €", nil, "253 406,04 €"])
        XCTAssertEqual(cells(found, "Vastaavaa yhteensä"), [nil, "15 597 294,32 €", nil, "14 980 772,51 €"])
        XCTAssertEqual(cells(found, "4. Muut velat"), ["33 890,28 €", "4 508 419,87 €", "31 233,22 €", "4 197 249,43 €"])
        XCTAssertEqual(cells(found, "6. Siirtovelat"), ["364 980,34 €", "1 264 948,66 €", "369 461,74 €", "1 213 751,03 €"])
        let sides = found.filter { t in t.rows.contains { $0.label == "Vastaavaa yhteensä" || $0.label == "6. Siirtovelat" } }
        XCTAssertEqual(sides.count, 2)
    }

    /// One figure line fewer than the labels with a line: no pairing is made.
    func testNoPairingWhenTheCountsDisagree() {
        var lines = SheetBalancePages.louhivirta6.components(separatedBy: "\n")
        lines.removeLast()
        let found = tables(lines.joined(separator: "\n"))
        XCTAssertFalse(found.flatMap(\.rows).contains { $0.label == "Ennakkomaksut" && $0.cells.contains { $0 != nil } })
    }

    /// The outline roles: a Roman group over a term group or an item is a heading; a Roman group
    /// over the next Roman group or the side's total has a line; so does a term group over a
    /// Roman group.
    func testOutlineRoles() {
        let texts = ["C VAIHTUVAT VASTAAVAT", "II Saamiset", "Pitkäaikaiset saamiset", "Lainasaamiset",
                     "Lyhytaikaiset saamiset", "III Rahoitusarvopaperit", "IV Rahat ja pankkisaamiset", "VASTAAVAA YHTEENSÄ"]
        let labels = texts.enumerated().map { LabelBlockPairing.Label(line: $0.offset, text: $0.element, own: []) }
        XCTAssertEqual(OutlineLabelBlock.roles(labels).map(\.role),
                       [.letterGroup, .group, .group, .item, .item, .item, .item, .total])
    }
}
