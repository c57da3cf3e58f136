import XCTest
@testable import LukuCore

/// `ByteSwappedLigature` and `SoftHyphenMinus` on hold-out set 9's re-written PDFs
/// (`tools/holdout/make_holdout9.py`): one page of each committed (`qpdf --empty --pages`, the
/// re-written content streams unchanged), and lines copied from `pdftotext -layout` of them.
/// Expected values from the source pages (corpus p. 2 in `pdftotext -layout`; Kauhava p. 78 and
/// its truth file).
final class SecondProducerScalarsTests: XCTestCase {
    /// Ghostscript wrote LibreOffice's "tt" / "ti" ligatures as byte-swapped UTF-16 ("Mi琀琀arit");
    /// read as letters the page's head and cells spell the source's words.
    func testGhostscriptLigaturesReadAsLetters() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut9GhostscriptLigaturesPDF, page: 1)
        let words = lines.flatMap { $0.words.map(\.text) }
        XCTAssertTrue(words.contains("Mittarit"), "\(words.prefix(20))")
        XCTAssertTrue(words.contains("tavoitteet"))
        XCTAssertTrue(words.contains("Kuntien"))
        XCTAssertTrue(words.contains("tilinpäätösten"))
        XCTAssertFalse(words.contains { $0.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) } })
    }

    /// The same in the text made from that page (`pdftotext -layout`, lines copied).
    func testGhostscriptLigaturesInText() {
        let text = """
        Toiminnalliset        Toimenpiteet                Mi琀琀arit                      TP 2024
        Tasapainoinen         Talousraportoinnin          Vuosikate, talous,            Kun琀椀en 琀椀linpäätösten valmistuessa
        """
        XCTAssertEqual(ByteSwappedLigature.repair(text: text), """
        Toiminnalliset        Toimenpiteet                Mittarit                      TP 2024
        Tasapainoinen         Talousraportoinnin          Vuosikate, talous,            Kuntien tilinpäätösten valmistuessa
        """)
    }

    /// Ideographs that touch no Latin letter, or whose low byte is not zero, are left as written.
    func testRealIdeographsUntouched() {
        XCTAssertEqual(ByteSwappedLigature.repair(text: "琀 2024 東京"), "琀 2024 東京")
        XCTAssertEqual(ByteSwappedLigature.repair(text: "Tokio 東京"), "Tokio 東京")
    }

    /// cairo re-wrote Kauhava's WinAnsi minus (code 0xAD) as a soft hyphen; read as the minus, the
    /// page's käyttötalous rows keep their signs (truth: TOIMINTAKULUT -6610980, 0, -6610980,
    /// -6467698, 143282), and the soft hyphens at a line's end ("tava­" / "rat") stay soft.
    func testCairoSoftHyphenMinusOnPage() throws {
        let lines = try Fixtures.lines(Fixtures.holdOut9CairoSoftHyphenPDF, page: 1)
        let row = try XCTUnwrap(lines.first { $0.words.first?.text == "TOIMINTAKULUT" })
        XCTAssertEqual(row.words.map(\.text), ["TOIMINTAKULUT", "-6 610 980", "0", "-6 610 980", "-6 467 698", "143 282"])
        let purchases = try XCTUnwrap(lines.first { $0.text.hasPrefix("Palvelujen ostot") })
        XCTAssertEqual(purchases.words.suffix(5).map(\.text), ["-3 219 360", "0", "-3 219 360", "-3 539 095", "-319 735"])
    }

    /// poppler's text order runs a column's last figure into the next column's first with nothing
    /// between ("0­135 660", "397 520­152 964"); the soft hyphen still starts its figure, since the
    /// glyph before it is not set against it. Truth: Aineet, tarvikkeet ja tavarat -135660, 0,
    /// -135660, -152964, -17304.
    func testCairoSoftHyphenAfterAnotherColumnsFigure() throws {
        let doc = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut9CairoSoftHyphenPDF)
        let rows = doc.allTables.flatMap(\.rows)
        let row = try XCTUnwrap(rows.first { $0.label.hasPrefix("Aineet, tarvikkeet") })
        XCTAssertEqual(PrintedFigures.values(row), PrintedFigures.decimals(["-135660", "0", "-135660", "-152964", "-17304"]))
    }

    /// The same in `pdftotext -layout`'s text of that page: a soft hyphen before a figure is its
    /// minus; after a letter (a line's end, "hallinto­, talous­ ja") it is left alone.
    func testCairoSoftHyphenMinusInText() {
        let text = "  TOIMINTAKULUT                    \u{AD}6 610 980               0       \u{AD}6 610 980     \u{AD}6 467 698       143 282\n"
            + "  Aineet, tarvikkeet ja tava\u{AD}\n   •    hallinto\u{AD}, talous\u{AD} ja toimistopalvelut\n"
        XCTAssertEqual(SoftHyphenMinus.repair(text: text),
                       "  TOIMINTAKULUT                    -6 610 980               0       -6 610 980     -6 467 698       143 282\n"
                       + "  Aineet, tarvikkeet ja tava\u{AD}\n   •    hallinto\u{AD}, talous\u{AD} ja toimistopalvelut\n")
        // Between two digits it is a drawn hyphen, as the source prints it (`betweenDigits`), not a minus.
        XCTAssertEqual(SoftHyphenMinus.repair(text: "ISBN 978\u{AD}952"), "ISBN 978-952")
        XCTAssertEqual(SoftHyphenMinus.repair(text: "1234\u{AD}\n5678"), "1234\u{AD}\n5678")
    }

    /// cairo's soft hyphens that stand apart from any word are Kauhava's minus signs set apart from
    /// their figures: on a line of their own above a wrapped row (p. 116) and before a space
    /// ("- 179", p. 124); read as the source's "-", the rows read as printed. Truth
    /// (tuloslaskelmaosan toteutuminen, verotulojen toteutuminen).
    func testCairoLoneSoftHyphensAreTheSourcesMinus() throws {
        let doc = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut9CairoLoneSoftHyphenPDF)
        let rows = doc.allTables.flatMap(\.rows)
        func row(_ label: String) throws -> Row { try XCTUnwrap(rows.first { $0.label == label }, label) }
        XCTAssertEqual(PrintedFigures.values(try row("TOIMINTAKULUT")),
                       PrintedFigures.decimals(["-46525690.00", "0.00", "-46525690.00", "-46216718.06", "308971.94"]))
        XCTAssertEqual(PrintedFigures.values(try row("Toimintakate/Jäämä")),
                       PrintedFigures.decimals(["-40190730.00", "0.00", "-40190730.00", "-38396165.19", "1794564.81"]))
        XCTAssertEqual(PrintedFigures.values(try row("Kiinteistövero")),
                       PrintedFigures.decimals(["4506", "4327", "-179", "96.0", "3991", "336", "578.8"]))
        XCTAssertEqual(PrintedFigures.values(try row("Osuus yhteisöveron tuotosta")),
                       PrintedFigures.decimals(["2976", "2827", "-149", "95.0", "3466", "-639", "-21.9"]))
    }

    /// The same soft hyphens in `pdftotext -layout`'s text of p. 116 (lines copied): one standing
    /// alone is a "-"; one at a line's end after a letter ("käyt\u{AD}") or before a word's letters
    /// ("ja \u{AD}kulut") is left as written; one between digits (a range "8\u{AD}12/2024", a business ID
    /// "0208850\u{AD}1": pp. 76 and 145 of the same PDF) is the hyphen the source prints.
    func testLoneSoftHyphenInText() {
        let text = " Valmistus omaan käyt\u{AD}\n"
            + "                                             \u{AD}                                  \u{AD}                  \u{AD}\n"
            + " TOIMINTAKULUT                  46 525 690,00              0,00    46 525 690,00\n"
            + " Kiinteistövero                   4 506      4 327       \u{AD} 179    96,0 %\n"
            + " Rahoitustuotot ja \u{AD}kulut  8\u{AD}12/2024  0208850\u{AD}1\n\u{AD}"
        XCTAssertEqual(SoftHyphenMinus.repair(text: text),
                       " Valmistus omaan käyt\u{AD}\n"
                       + "                                             -                                  -                  -\n"
                       + " TOIMINTAKULUT                  46 525 690,00              0,00    46 525 690,00\n"
                       + " Kiinteistövero                   4 506      4 327       - 179    96,0 %\n"
                       + " Rahoitustuotot ja \u{AD}kulut  8-12/2024  0208850-1\n-")
    }

    /// Ghostscript named Lapua's zero-width space (after a minus, inside the decimals) "+"; a "+"
    /// with no width is that space again, and the page's figures read as printed. Truth
    /// (opetustoiminta, p. 18): Toimintatuotot 438900, 349095, 79.5; Toimintakulut *) -16756130,
    /// -13155924, 78.5.
    func testGhostscriptZeroWidthPlusOnPage() throws {
        let doc = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut9GhostscriptZeroWidthPlusPDF)
        // The page head ("Sivistyslautakunta  21.11.2024") is a table of its own; opetustoiminta is the first with rows.
        let table = try XCTUnwrap(doc.allTables.first { $0.rows.contains { $0.label == "Toimintatuotot" } })
        let income = try XCTUnwrap(table.rows.first { $0.label == "Toimintatuotot" })
        let costs = try XCTUnwrap(table.rows.first { $0.label.hasPrefix("Toimintakulut") })
        XCTAssertEqual(PrintedFigures.values(income), PrintedFigures.decimals(["438900", "349095", "79.5"]))
        XCTAssertEqual(PrintedFigures.values(costs), PrintedFigures.decimals(["-16756130", "-13155924", "78.5"]))
    }

    /// In its `pdftotext -layout` text (lines copied) the "+" after a minus or a decimal comma is the
    /// zero-width space; a plus before a figure stays a plus.
    func testGhostscriptZeroWidthPlusInText() {
        XCTAssertEqual(ZeroWidthPlus.repair(text: "Toimintakulut *) -+ 16.756.130 -+12.806.828 78,+5"),
                       "Toimintakulut *) -\u{200B} 16.756.130 -\u{200B}12.806.828 78,\u{200B}5")
        XCTAssertEqual(ZeroWidthPlus.repair(text: "Poikkeama +1 234 +5,0"), "Poikkeama +1 234 +5,0")
    }

    /// The sivistyslautakunta table of p. 19 through gs, `pdftotext -layout` (lines copied): the head
    /// "Tot-+%" is "Tot-%" (truth: columns TA 2024, Tot. 10/2024, Tot-%), so "TA 2024" stays one
    /// column and "-+ 28.948.150" is one figure, -28 948 150 (truth), not a "-" and 28 948 150.
    func testGhostscriptZeroWidthPlusInPercentHead() throws {
        let text = """
                                      TA 2024             Tot. 10/2024       Tot-+%
           Toimintatuotot             1.305.950           704.795            54,+0
           Toimintakulut *)           -+ 28.948.150       -+23.737.425       82,+0
           Toimintakate               -+ 27.642.200       -+23.032.631       83,+3
        """
        XCTAssertEqual(ZeroWidthPlus.repair(text: "Tot-+%"), "Tot-\u{200B}%")
        XCTAssertEqual(ZeroWidthPlus.repair(text: "A-+%B +%"), "A-\u{200B}%B +%")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gs-lapua-p19-\(getpid()).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let doc = Pipeline(pageThreads: 1).run(path: path)
        let table = try XCTUnwrap(doc.allTables.first { $0.rows.contains { $0.label.hasPrefix("Toimintakulut") } })
        XCTAssertEqual(table.columns.count, 3)
        let costs = try XCTUnwrap(table.rows.first { $0.label.hasPrefix("Toimintakulut") })
        XCTAssertEqual(PrintedFigures.values(costs), PrintedFigures.decimals(["-28948150", "-23737425", "82"]))
    }
}
