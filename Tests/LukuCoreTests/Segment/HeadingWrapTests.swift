import XCTest
@testable import LukuCore

/// Headings over more than one line, numbered lines that are not sections, and sub-headings set
/// in a larger bold size: in text input and in PDF-like lines (forms taken from the corpus and
/// from Kauhava 2024).
final class HeadingWrapTests: XCTestCase {
    private func headings(_ sections: [Section]) -> [String] {
        sections.flatMap { s in [(s.heading.number.map { $0 + " " } ?? "") + s.heading.text] + headings(s.sections) }
    }

    private func textHeadings(_ text: String) -> [String] {
        headings(Segmenter().segmentText(Fixtures.textLines(text)).sections)
    }

    // MARK: text input

    func testWrappedNumberedHeadingIsJoined() {
        let text = """
        2. Kaupunkistrategian 2025–2030 painopisteistä johdetut
        toiminnalliset tavoitteet (valtuustotasoisista tavoitteista johdetut
        kaupunginhallituksen konkreettiset toimenpiteet ja mittarit)

        Teksti alkaa.
        """
        XCTAssertEqual(textHeadings(text), ["2 Kaupunkistrategian 2025–2030 painopisteistä johdetut toiminnalliset tavoitteet (valtuustotasoisista tavoitteista johdetut kaupunginhallituksen konkreettiset toimenpiteet ja mittarit)"])
    }

    func testTitleBrokenOffAtADashIsJoined() {
        let text = """
        2. Kaupunkistrategiasta johdettu konsernitasoinen tavoite –
        laadukkaat palvelut

        Teksti.
        """
        XCTAssertEqual(textHeadings(text), ["2 Kaupunkistrategiasta johdettu konsernitasoinen tavoite – laadukkaat palvelut"])
    }

    func testOneBlankLineInsideTheWrapIsCrossedBeforeLowercase() {
        let text = """
        6. Sisäisen valvonnan ja riskienhallinnan järjestäminen ja konkreettiset

        toimenpiteet riskien vähentämiseksi v. 2026

        Riskit arvioidaan.
        """
        XCTAssertEqual(textHeadings(text), ["6 Sisäisen valvonnan ja riskienhallinnan järjestäminen ja konkreettiset toimenpiteet riskien vähentämiseksi v. 2026"])
    }

    func testAParagraphAfterAHeadingIsNotPartOfIt() {
        let text = """
        1. Toiminta-ajatus
        Palvelualue tuottaa hallinnon palvelut.
        """
        XCTAssertEqual(textHeadings(text), ["1 Toiminta-ajatus"])
    }

    func testWrappedNumberedSentenceIsNoHeading() {
        let text = """
        Tavoitteet:

        1. Kunnan konsernituloslaskelman vuosikatteen ja poistojen
        suhde on alle 80 prosenttia.
        """
        XCTAssertEqual(textHeadings(text), [])
    }

    func testNumbersInsideWrappedProseAreNoHeadings() {
        let text = """
        Avustusten hakijoiden
        antama palaute (tavoitetaso
        4 asteikolla 1-5)

        Mittareina seurataan yrityskontaktointien määrää (väh.
        10 kpl), järjestettyjen tilaisuuksien määrää.

        Arvio kertoo
        4 Kaupungin tavoitteista.
        """
        XCTAssertEqual(textHeadings(text), [])
    }

    func testCapsTitleAfterProseWithoutFullStopIsStillAHeading() {
        let text = """
        1. Tavoitteet

        Kaikkien tulomuuttajien määrä, asukasluvun kokonaiskehitys
        ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA
        Yrittäjyyttä tuetaan.
        """
        XCTAssertEqual(textHeadings(text), ["1 Tavoitteet", "ELÄMÄÄ SYKKIVÄÄ KASVUA YHDESSÄ YRITTÄJIEN KANSSA"])
    }

    func testTableOfContentsEntriesAreNoHeadings() {
        let text = """
        1.1 Olennaiset tapahtumat toiminnassa ja taloudessa ..................... 5
        1.1.9 Arvio merkittävistä riskeistä ja epävarmuustekijöistä sekä muista toiminnan kehittymiseen
        vaikuttavista tekijöistä.......................................... 23
        """
        XCTAssertEqual(textHeadings(text), [])
    }

    func testNumberingThatFallsBackIsAListNotSections() {
        let text = """
        1. Toimintakertomus

        Teksti.

        2. Talousarvion toteutuminen

        Tavoitteet:

        1. Palveleva liikenneverkko

        Teksti.

        2. Vahva kuntatalous

        Teksti.
        """
        XCTAssertEqual(textHeadings(text), ["1 Toimintakertomus", "2 Talousarvion toteutuminen"])
    }

    func testPartTitleRestartsTheNumbering() {
        let text = """
        1. Toiminta-ajatus

        Teksti.

        2. Tavoitteet

        Teksti.

        HALLINTOPALVELUT VASTUUALUE

        1. Toiminta-ajatus

        Teksti.
        """
        XCTAssertEqual(textHeadings(text), ["1 Toiminta-ajatus", "2 Tavoitteet", "HALLINTOPALVELUT VASTUUALUE", "1 Toiminta-ajatus"])
    }

    // MARK: PDF lines

    /// A PDF line at `y` (top) with the given size and weight, words laid out from `x`.
    private func pdfLine(_ text: String, y: Double, size: Double, bold: Bool = false, x: Double = 56) -> TextLine {
        var words: [Word] = []
        var left = x
        for w in text.split(separator: " ") {
            let width = Double(w.count) * size * 0.5
            words.append(Word(text: String(w), box: BoundingBox(x0: left, y0: y, x1: left + width, y1: y + size),
                              fontSize: size, isBold: bold))
            left += width + size * 0.25
        }
        let box = words.dropFirst().reduce(words[0].box!) { $0.union($1.box!) }
        return TextLine(page: 1, words: words, box: box, fontSize: size, isBold: bold, indent: x)
    }

    /// Body text in 10 pt so that the body size is known, then the lines under test.
    private func pdfHeadings(_ lines: [TextLine]) -> [String] {
        var all = lines
        for n in 0..<12 {
            all.append(pdfLine("Tämä on tavallista leipätekstiä jossa on monta sanaa rivillä numero \(n)",
                               y: 600 + Double(n) * 14, size: 10))
        }
        return headings(Segmenter().segmentPDF(all).sections)
    }

    func testPDFHeadingWrappedTightUnderItselfIsJoined() {
        let lines = [
            pdfLine("2. Kaupunkistrategian 2025–2030 painopisteistä johdetut toiminnalliset tavoitteet", y: 100, size: 13, bold: true),
            pdfLine("(valtuustotasoisista tavoitteista johdetut kaupunginhallituksen konkreettiset", y: 119, size: 13, bold: true),
            pdfLine("toimenpiteet ja mittarit)", y: 137, size: 13, bold: true),
            pdfLine("HYVÄ JA SUJUVA ARKI", y: 165, size: 11, bold: true),
        ]
        XCTAssertEqual(pdfHeadings(lines), [
            "2 Kaupunkistrategian 2025–2030 painopisteistä johdetut toiminnalliset tavoitteet (valtuustotasoisista tavoitteista johdetut kaupunginhallituksen konkreettiset toimenpiteet ja mittarit)",
            "HYVÄ JA SUJUVA ARKI",
        ])
    }

    func testPDFHyphenatedHeadingIsJoinedWithoutTheHyphen() {
        let lines = [
            pdfLine("1.1.4 Olennaiset muutokset ja tapahtumat kaupungin toiminnassa ja talou-", y: 90, size: 11, bold: true),
            pdfLine("dessa", y: 103, size: 11, bold: true),
        ]
        XCTAssertEqual(pdfHeadings(lines), ["1.1.4 Olennaiset muutokset ja tapahtumat kaupungin toiminnassa ja taloudessa"])
    }

    func testPDFLineAfterAWideGapOrInAnotherStyleIsNotJoined() {
        let lines = [
            pdfLine("1. Toiminta-ajatus ja toimintaympäristö", y: 86, size: 13, bold: true),
            pdfLine("toiminta jatkuu seuraavassa kappaleessa", y: 120, size: 13, bold: true),
            pdfLine("3. Muut toiminnan painopistealueet", y: 200, size: 13, bold: true),
            pdfLine("ja niiden tavoitteet tekstinä", y: 216, size: 10),
        ]
        XCTAssertEqual(pdfHeadings(lines), ["1 Toiminta-ajatus ja toimintaympäristö", "3 Muut toiminnan painopistealueet"])
    }

    func testPDFWrappedNumberedItemAtBodySizeIsNoHeading() {
        let lines = [
            pdfLine("2. Kunnan tuloveroprosentti on vähintään 2,0 prosenttiyksikköä korkeampi kuin kaikkien kuntien pai-", y: 100, size: 10),
            pdfLine("notettu keskimääräinen tuloveroprosentti", y: 113, size: 10),
        ]
        XCTAssertEqual(pdfHeadings(lines), [])
    }

    func testPDFNumberedGoalsSmallerThanTheTopLevelAreNoHeadings() {
        let lines = [
            pdfLine("2 Talousarvion toteutuminen", y: 60, size: 14, bold: true),
            pdfLine("1. Palveleva liikenneverkko", y: 150, size: 10, bold: true, x: 72),
            pdfLine("3. Kaavoitus", y: 300, size: 10, bold: true, x: 72),
            pdfLine("3 Tilinpäätöslaskelmat", y: 450, size: 14, bold: true),
        ]
        XCTAssertEqual(pdfHeadings(lines), ["2 Talousarvion toteutuminen", "3 Tilinpäätöslaskelmat"])
    }

    func testPDFBoldLineLargerThanBodyIsASubHeading() {
        let lines = [
            pdfLine("4. Tavoitteet", y: 60, size: 13, bold: true),
            pdfLine("Toteutuma 30.6.2022", y: 100, size: 11, bold: true),
            pdfLine("Toiminta-ajatus", y: 140, size: 10, bold: true),
        ]
        XCTAssertEqual(pdfHeadings(lines), ["4 Tavoitteet", "Toteutuma 30.6.2022"],
                       "bold at body size is how captions are set: not a heading")
    }
}
