import XCTest
@testable import LukuCore

/// `PageDebrisFilter`: page numbers out, data in.
final class SegmentPageDebrisFilterTests: XCTestCase {
    private func pdfLine(_ text: String, page: Int) -> TextLine {
        TextLine(page: page, words: text.split(separator: " ").map { Word(text: String($0)) },
                 box: BoundingBox(x0: 50, y0: 0, x1: 100, y1: 10), fontSize: 10)
    }

    func testPDFPageNumbersOnFirstOrLastLineOfAPageAreDropped() {
        let lines = [
            pdfLine("TULOT 0 0", page: 5), pdfLine("5", page: 5),          // footer
            pdfLine("6", page: 6), pdfLine("NETTOMENO 0", page: 6),        // header
            pdfLine("36", page: 6), pdfLine("TULOT 0", page: 6),           // a lone value inside the page stays
            pdfLine("2024", page: 7),                                     // a year alone is not a page number
        ]
        XCTAssertEqual(PageDebrisFilter.filterPDF(lines).map(\.text), ["TULOT 0 0", "NETTOMENO 0", "36", "TULOT 0", "2024"])
    }

    func testPDFCorpusPageNumbers() throws {
        // Every page of the corpus PDF ends with its printed page number ("1" … "8").
        let pages = try Fixtures.pages(Fixtures.hallintopalvelutPDF)
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(NumberJoiner().join) }
        let lastPerPage = Dictionary(grouping: lines, by: \.page).mapValues { $0.last!.text }
        XCTAssertEqual((1...8).map { lastPerPage[$0] }, (1...8).map { String($0) })
        let kept = PageDebrisFilter.filterPDF(lines)
        XCTAssertEqual(kept.count, lines.count - 8)
        XCTAssertFalse(kept.contains { PageDebrisFilter.isPageNumber($0) })
    }

    func testTextLoneNumbersBetweenBlanksAreDropped() {
        let text = """
        MENOT 0 -10 000
        TULOT 0 0

                                     6
        Ystävyyskaupunkitoiminta
        Vakinaiset virat
        36
        Henkilöstömenot
        12
        """
        let kept = PageDebrisFilter.filterText(Fixtures.textLines(text))
        XCTAssertEqual(kept.map(\.text), ["MENOT 0 -10 000", "TULOT 0 0", "", "Ystävyyskaupunkitoiminta",
                                          "Vakinaiset virat", "36", "Henkilöstömenot"])
    }

    /// valtion-talousarvio-2024-asiakirjayhdistelma p. 1 in PyMuPDF writes each row as label,
    /// blank line, amount: "100" under a blank line with the next label right after it is the
    /// row's amount. A page number closing a page straight after a row (`-raw` "NETTOMENO … 0" /
    /// "6", tukipalvelut p. 6) or opening one goes, blank lines or not.
    func testPageNumbersAreAtAPagesEdgeOrAlone() {
        let rows = "08. Jätevero\n \n8 000\n09. Kaivosmineraalivero\n \n100\n19. Muut veronluonteiset tulot\n \n115 553\n"
        XCTAssertTrue(PageDebrisFilter.filterText(Fixtures.textLines(rows)).map(\.text).contains("100"))
        let pages = "TULOT 0 0 0 0 0\nNETTOMENO 0 0 0 -550 000 -243 318\n6\n\u{0C}7\nYHTEENSÄ\nMENOT -6 356 771\n"
        XCTAssertEqual(PageDebrisFilter.filterText(Fixtures.textLines(pages)).map(\.text).filter { !$0.isEmpty },
                       ["TULOT 0 0 0 0 0", "NETTOMENO 0 0 0 -550 000 -243 318", "YHTEENSÄ", "MENOT -6 356 771"])
    }

    func testWhatIsNeverAPageNumber() {
        func t(_ s: String) -> TextLine { Fixtures.textLines(s)[0] }
        XCTAssertTrue(PageDebrisFilter.isPageNumber(t("  12")))
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("0")))
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("2024")), "years are headers, not pages")
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("-5")))
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("5,2")))
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("1 204")))
        XCTAssertFalse(PageDebrisFilter.isPageNumber(t("5\t")), "a tab cell is table content")
    }
    /// `trimmedSpaces` is Foundation's `trimmingCharacters(in: .whitespaces)`: on the edges the
    /// field prints (no-break and thin spaces of budget PDFs, tabs, an ideographic space, a
    /// line feed, which stays, and a zero-width space, which goes), on every scalar, and on every line of the
    /// corpus's laid-out and raw texts, whose page numbers and running heads sit far in.
    func testTrimmedSpacesIsFoundationsWhitespaceTrim() throws {
        var texts = ["", " ", "\t", "  Sivu 5  ", "\u{00A0}12 345\u{00A0}", "\u{2009}-36 700\u{202F}", "\u{3000}Tilinpäätös 2024\t",
                     "\nTULOT\n", "\u{200B}5\u{200B}", " a\u{0308} ", "e\u{0301}", "Sisällysluettelo"]
        let corpus = Fixtures.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".layout.txt") || $0.hasSuffix(".raw.txt") || $0.hasSuffix(".pymupdf4llm.md") }
        XCTAssertGreaterThan(names.count, 5)
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            texts += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        XCTAssertGreaterThan(texts.count, 5000)
        // Every scalar of the Basic Multilingual Plane and the first astral ones, alone and
        // around a word: the set is Foundation's, scalar for scalar.
        for v in 0...0x1_0FFF {
            guard let u = Unicode.Scalar(v) else { continue }
            texts.append(String(u))
            texts.append("\(u)Tulot\(u)")
        }
        for t in texts {
            XCTAssertEqual(PageDebrisFilter.trimmedSpaces(t), t.trimmingCharacters(in: .whitespaces), t.debugDescription)
        }
    }

    /// Hold-out set 2 (hold2-03, `pdftotext -layout`): a tuloslaskelma turned 90° on a portrait
    /// page whose page number stays upright; pdftotext turns the page to the table and prints the
    /// number "1" between two rows, under blank lines. It is the page's own number between two
    /// rows of figures: it goes, and the rows around it stay. A lone "1" on page 2, or one whose
    /// neighbours are not rows of figures, stays.
    func testOwnPageNumberBetweenTwoTableRowsGoes() {
        let text = """
            Poistot ja arvonalentumiset        -2 447,2     -2 963,7      -3 612,4     -2 731,2     -3 142,6     -3 719,1




        1
            Tilikauden tulos                  12 055,8      4 402,1      -1 093,1     13 970,3      1 419,6      3 519,3
            Poistoeron muutos                     159,6        131,6          71,7        100,9         53,0        122,8
        """
        let kept = PageDebrisFilter.filterText(Fixtures.textLines(text)).map(\.text).filter { !$0.isEmpty }
        XCTAssertEqual(kept.count, 3, "\(kept)")
        XCTAssertFalse(kept.contains("1"))
        XCTAssertTrue(kept[1].hasPrefix("Tilikauden tulos"))
        // On page 2 the same "1" is not the page's number: kept.
        let second = PageDebrisFilter.filterText(Fixtures.textLines("x\n\u{0C}" + text)).map(\.text)
        XCTAssertTrue(second.contains("1"), "\(second)")
        // Between a row and a bare label (one cell per line), a lone "1" is kept as a value.
        let cells = "Poistot 2 447,2 2 963,7 3 612,4\n\n1\nTilikauden tulos\n"
        XCTAssertTrue(PageDebrisFilter.filterText(Fixtures.textLines(cells)).map(\.text).contains("1"))
    }
}
