import XCTest
@testable import LukuCore

/// `HeadingDetector` on text lines (bodySize 0) and on PDF-like lines (with a body font size).
final class SegmentHeadingDetectorTests: XCTestCase {
    private let detector = HeadingDetector()

    private func text(_ s: String) -> HeadingDetector.Kind? {
        detector.detect(Fixtures.textLines(s)[0], bodySize: 0)
    }

    private func pdf(_ s: String, size: Double, bold: Bool = false, body: Double = 11) -> HeadingDetector.Kind? {
        let words = s.split(separator: " ").map { Word(text: String($0), fontSize: size, isBold: bold) }
        return detector.detect(TextLine(page: 1, words: words, fontSize: size, isBold: bold), bodySize: body)
    }

    func testNumberedHeadings() {
        XCTAssertEqual(text("8. Määrärahat"), .numbered(number: "8", title: "Määrärahat"))
        XCTAssertEqual(text("8.1 Hallinto"), .numbered(number: "8.1", title: "Hallinto"))
        XCTAssertEqual(text("8.1. Hallinto"), .numbered(number: "8.1", title: "Hallinto"))
        XCTAssertEqual(text("1.3.1 Talous ja rahoitus"), .numbered(number: "1.3.1", title: "Talous ja rahoitus"))
        XCTAssertEqual(text("2. Kaupunkistrategiasta johdettu konsernitasoinen tavoite – laadukkaat palvelut"),
                       .numbered(number: "2", title: "Kaupunkistrategiasta johdettu konsernitasoinen tavoite – laadukkaat palvelut"))
        // A year at the end is part of the title, not a number column.
        XCTAssertEqual(text("5. Toiminnan painopistealueet 2024"),
                       .numbered(number: "5", title: "Toiminnan painopistealueet 2024"))
    }

    func testNumberedLineEndingWithANumberColumnIsNotAHeading() {
        XCTAssertNil(text("1. Toimintatuotot 213 930"))
        XCTAssertNil(text("1. Toimintatuotot 213 930 260 123"))
        XCTAssertNil(pdf("8. Määrärahat -6 649 150", size: 11, bold: true))
        XCTAssertNil(text("2. Avustukset -5,2"))
        XCTAssertNil(text("3. Vaalit xx"), "a placeholder is a value column too")
    }

    /// Text input splits "5 000 000" into words, so the line's last word is a group like "000",
    /// which alone is not a Finnish number (a group starting with 0 cannot start one).
    func testNumberedTextRowEndingInAZeroLedGroup() {
        XCTAssertNil(text("3. Valtionosuudet 5 000 000"), "a row with a number column, not a heading")
        XCTAssertNotNil(text("5. Toiminnan painopistealueet 2024"), "a year at the end keeps a heading a heading")
    }

    func testNumberedSentencesAndDatesAreNotHeadings() {
        XCTAssertNil(text("1. Kaupunki on tehnyt paljon työtä."), "a sentence, in text without markup")
        XCTAssertNil(text("31.12.2024 mennessä valmis"))
        XCTAssertNil(text("2023 toteutettu kysely"))
        XCTAssertNil(text("123. Liian suuri numero"))
        XCTAssertNil(text("1. " + String(repeating: "sana ", count: 60)), "longer than a heading")
    }

    func testPDFNumberedHeadingNeedsBodySizeOrEmphasis() {
        XCTAssertEqual(pdf("8. Määrärahat", size: 11), .numbered(number: "8", title: "Määrärahat"))
        XCTAssertNil(pdf("8. Määrärahat", size: 9, bold: true), "smaller than body text: a numbered list item")
        XCTAssertNil(pdf("8. Määrärahat", size: 8), "smaller than body text and not bold: a footnote")
    }

    func testNumberedTitlesStartWithACapital() {
        XCTAssertNil(text("13 opettajaa ja 7 koulunkäynninohjaajaa"))
        XCTAssertNil(pdf("1 tai suurempi, kun tunnusluvun arvo on alle 1", size: 11))
        XCTAssertEqual(text("3. \"Hyvä arki\" -ohjelma"), .numbered(number: "3", title: "\"Hyvä arki\" -ohjelma"))
    }

    func testNumberedSentencesAreNoHeadingsEvenInBold() {
        XCTAssertNil(pdf("1. Kohtuulliset ryhmäkoot perusopetuksessa.", size: 11, bold: true))
    }

    func testTableOfContentsEntries() {
        XCTAssertNil(text("1.1.3 Yleinen ja oman alueen taloudellinen kehitys ..........................12"))
        XCTAssertNil(pdf("1.6.1 Konsernirakenne ....................................... 38", size: 11))
    }

    func testTitleBrokenOffAtADash() {
        let line = Fixtures.textLines("2. Kaupunkistrategiasta johdettu tavoite –")[0]
        XCTAssertNil(detector.detect(line, bodySize: 0), "alone, the dash reads as a placeholder column")
        XCTAssertEqual(detector.detectBrokenOff(line, bodySize: 0),
                       .numbered(number: "2", title: "Kaupunkistrategiasta johdettu tavoite –"))
    }

    func testCapsTitles() {
        XCTAssertEqual(text("HYVÄ JA SUJUVA ARKI"), .unnumbered(title: "HYVÄ JA SUJUVA ARKI"))
        XCTAssertEqual(text("HALLINTOPALVELUT TOIMIALA"), .unnumbered(title: "HALLINTOPALVELUT TOIMIALA"))
        XCTAssertNil(text("TP 2024"), "fewer than four letters")
        XCTAssertNil(text("Hyvä ja sujuva arki"))
        XCTAssertNil(text("ARKI 2024 2025 2026"), "mostly digits")
    }

    func testMarkdownHeadings() {
        XCTAssertEqual(text("## Talous"), .unnumbered(title: "Talous"))
        XCTAssertEqual(text("# HALLINTO- JA TUKIPALVELUT - PALVELUALUE"),
                       .unnumbered(title: "HALLINTO- JA TUKIPALVELUT - PALVELUALUE"))
        XCTAssertEqual(text("## 1. Toiminta-ajatus"), .numbered(number: "1", title: "Toiminta-ajatus"))
        // Marked up, a numbered sentence is still the author's heading.
        XCTAssertEqual(text("### 2. Tavoitteet."), .numbered(number: "2", title: "Tavoitteet."))
    }

    func testTabRowsAndEmptyLinesAreNeverHeadings() {
        XCTAssertNil(text("8. Määrärahat\t\t"))
        XCTAssertNil(text("KÄYTTÖTALOUS\t\t\t"))
        XCTAssertNil(text(""))
    }
}
