import XCTest
@testable import LukuCore

/// Glyphs → lines → words (`LineBuilder`) and digit groups → numbers (`NumberJoiner`) on real
/// pages of corpus/kemijarvi-hallintopalvelut-tp2024.pdf. Expected words are read off
/// `pdftotext -layout -f 4 -l 5` of the same file.
final class LayoutLineBuilderTests: XCTestCase {
    private func line(startingWith first: String, page: Int) throws -> TextLine {
        let lines = try Fixtures.lines(Fixtures.hallintopalvelutPDF, page: page)
        return try XCTUnwrap(lines.first { $0.words.first?.text == first }, "no line starts with \(first) on page \(page)")
    }

    func testMääräRahatMENOTLine() throws {
        // Page 4, "8. Määrärahat": MENOT  -6 649 150  -6 305 569  343 581  -5,2
        let menot = try line(startingWith: "MENOT", page: 4)
        XCTAssertEqual(menot.words.map(\.text), ["MENOT", "-6 649 150", "-6 305 569", "343 581", "-5,2"])
        XCTAssertTrue(menot.words.allSatisfy { !$0.doubtfulJoin })
        XCTAssertEqual(menot.page, 4)
        let tulot = try line(startingWith: "TULOT", page: 4)
        XCTAssertEqual(tulot.words.map(\.text), ["TULOT", "1 204 150", "1 607 737", "403 587", "33,5"])
        let netto = try line(startingWith: "NETTOMENO", page: 4)
        XCTAssertEqual(netto.words.map(\.text), ["NETTOMENO", "-5 445 000", "-4 697 832", "747 168", "-13,7"])
    }

    func testRowAcrossColumnBlocksIsOneLine() throws {
        // poppler emits the columns as separate blocks; the header row is still one line, left to right.
        let header = try line(startingWith: "Hallintopalvelut", page: 4)
        XCTAssertEqual(header.words.map(\.text), ["Hallintopalvelut", "TA+muutos", "TP", "POIKKEAMA", "POIKKEAMA"])
        let boxes = header.words.compactMap(\.box)
        XCTAssertEqual(boxes.count, 5)
        XCTAssertEqual(boxes.map(\.x0), boxes.map(\.x0).sorted())
        let years = try line(startingWith: "2024", page: 4)
        XCTAssertEqual(years.words.map(\.text), ["2024", "2024", "€", "%"])
    }

    func testDatesAndSmallNumbersAreNotJoined() throws {
        // "Vakinaiset virat ja toimet 31.12.   36   23   19   22   22"
        let virat = try line(startingWith: "Vakinaiset", page: 4)
        XCTAssertEqual(virat.words.map(\.text), ["Vakinaiset", "virat", "ja", "toimet", "31.12.", "36", "23", "19", "22", "22"])
        let asukas = try line(startingWith: "Toimintakate", page: 4)
        XCTAssertEqual(asukas.words.map(\.text), ["Toimintakate", "€/asukas", "-926", "-697", "-659", "-778", "-676"])
        let henk = try line(startingWith: "Henkilöstömenot", page: 4)
        XCTAssertEqual(henk.words.map(\.text),
                       ["Henkilöstömenot", "€", "-2 554 673", "-2 031 190", "-2 044 414", "-2 186 160", "-2 196 412"])
    }

    func testLinesRunTopToBottomAndThePageNumberIsLast() throws {
        let lines = try Fixtures.lines(Fixtures.hallintopalvelutPDF, page: 4)
        let tops = lines.compactMap { $0.box?.y0 }
        XCTAssertEqual(tops.count, lines.count)
        XCTAssertEqual(tops, tops.sorted())
        XCTAssertEqual(lines.first?.text, "6. Talouden ja toiminnan tunnusluvut")
        XCTAssertEqual(lines.last?.text, "4")
        let headings = lines.map(\.text).filter { ["7. Sisäinen valvonta ja riskienhallinta", "8. Määrärahat"].contains($0) }
        XCTAssertEqual(headings, ["7. Sisäinen valvonta ja riskienhallinta", "8. Määrärahat"])
    }

    func testMyyntituototLineHasFiveNumbers() throws {
        // Page 5: "Myyntituotot  213 930  260 000  374 119  268 670  278 750"
        let myynti = try line(startingWith: "Myyntituotot", page: 5)
        let numbers = myynti.words.filter { FinnishNumber.parse($0.text) != nil }
        XCTAssertEqual(numbers.map(\.text), ["213 930", "260 000", "374 119", "268 670", "278 750"])
        XCTAssertEqual(myynti.words.map(\.text), ["Myyntituotot"] + numbers.map(\.text))
        // Indented item under TOIMINTATUOTOT.
        let head = try line(startingWith: "TOIMINTATUOTOT", page: 5)
        XCTAssertGreaterThan(myynti.indent, head.indent)
    }

    func testWrappedLabelAndLongNumbersOnPage5() throws {
        let aineet = try line(startingWith: "Aineet,", page: 5)
        XCTAssertEqual(aineet.words.map(\.text),
                       ["Aineet,", "tarvikkeet", "ja", "tavarat", "-53 786", "-60 600", "-49 880", "-33 700", "-90 756"])
        let maksu = try line(startingWith: "Maksutuotot", page: 5)
        XCTAssertEqual(maksu.words.map(\.text), ["Maksutuotot", "55", "0", "-1 054", "0", "112"])
        let kate = try line(startingWith: "TOIMINTAKATE/JÄÄMÄ", page: 5)
        XCTAssertEqual(kate.words.map(\.text),
                       ["TOIMINTAKATE/JÄÄMÄ", "-6 478 548", "-4 930 000", "-4 634 981", "-5 445 000", "-4 697 832"])
        XCTAssertTrue(kate.isBold || kate.words.allSatisfy { !$0.isBold }, "boldness is per line majority")
    }

    /// The switch that replaced the set lookup on the hot path names the same scalars.
    func testThinScalarSwitchMatchesTheSet() {
        let wrong = (0...0x10FFFF).filter { LineBuilder.isThin(UInt32($0)) != LineBuilder.thinScalars.contains(UInt32($0)) }
        XCTAssertEqual(wrong, [])
        XCTAssertEqual(LineBuilder.thinScalars.count, 11)
    }
}
