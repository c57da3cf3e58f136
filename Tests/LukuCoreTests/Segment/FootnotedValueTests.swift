import XCTest
@testable import LukuCore

/// `FootnotedValue`: the figure before a footnote mark is the cell's value; the text keeps the mark.
final class SegmentFootnotedValueTests: XCTestCase {
    /// hold-out hold-08 p. 1, `pdftotext -layout`: inline marks "1)" and "2)" after two NETTOMENO
    /// figures, the footnotes at the page foot.
    static let maararahat = """
    Määrärahojen toteutuminen
    Käyttötalous, sitovuustaso toimielin                                                                                €
                                                                               TA+muutos            TOT       POIKKEAMA
                                                                    TA 2025         2025            2025              €
    Nuorisopalvelut
       MENOT                                                        –346 577     –998 184       –571 681         426 503
       TULOT                                                         256 868            0        191 816         191 816
       NETTOMENO                                                     –89 709     –998 184 1)    –379 865         618 319
    Tilapalvelut
       MENOT                                                        –814 182     –161 919      –1 290 774      –1 128 855
       TULOT                                                         220 276      592 737         536 872         –55 865
       NETTOMENO                                                    –593 906      430 818       –753 902 2)    –1 184 720
    Kirjasto- ja kulttuuripalvelut
       MENOT                                                        –152 894   –1 234 521       –421 550          812 971
       TULOT                                                         596 450            0        508 836          508 836
       NETTOMENO                                                     443 556   –1 234 521         87 286        1 321 807
    Rakennusvalvonta
       MENOT                                                        –566 222     –402 110       –887 419        –485 309
       TULOT                                                               0      535 651              0        –535 651
       NETTOMENO                                                    –566 222      133 541       –887 419       –1 020 960
    YHTEENSÄ
       MENOT                                                     –1 879 875    –2 796 734      –3 171 424       –374 690
       TULOT                                                      1 073 594     1 128 388       1 237 524        109 136
       NETTOMENO                                                  –806 281     –1 668 346      –1 933 900       –265 554




    1) Sisältää valtuuston 14.6.2025 myöntämän lisämäärärahan 120 000 €.
    """

    func testMarksAfterFiguresAsPrinted() {
        // p. 1 inline, p. 2 raised marks as the text layer gives them (hold-08).
        XCTAssertEqual(FootnotedValue.parse("–998 184 1)")?.value, Decimal(-998_184))
        XCTAssertEqual(FootnotedValue.parse("–753 902 2)")?.value, Decimal(-753_902))
        XCTAssertEqual(FootnotedValue.parse("324 730 3)")?.value, Decimal(324_730))
        XCTAssertEqual(FootnotedValue.parse("–8 754 *")?.value, Decimal(-8_754))
        XCTAssertEqual(FootnotedValue.parse("5 120²")?.value, Decimal(5_120))
        let cell = CellReader.cell("–998 184 1)", column: nil)
        XCTAssertEqual(cell.text, "–998 184 1)")
        XCTAssertEqual(cell.value, Decimal(-998_184))
        XCTAssertTrue(cell.flags.isEmpty)
    }

    /// What is not a figure and a mark: a mark glued to the digits (`-raw`'s "324 7303)", which
    /// `FootnoteMarkInRow` doubts), a bracketed mark that may be a negative, label text, a percent.
    func testWhatIsNotReadAsAMarkedFigure() {
        for text in ["324 7303)", "1 234 (1)", "(12 508,33)", "Toimintakulut *)", "1-5)", "25 %*", "*", "2)", "12 123)"] {
            XCTAssertNil(FootnotedValue.parse(text), text)
        }
    }

    /// The whole page read: both marked NETTOMENO cells carry their figures, nothing is flagged.
    func testMaararahatPageReadsMarkedFigures() throws {
        let folder = try ScratchFolder(self)
        let path = try folder.write("hold-08.layout.txt", Self.maararahat + "\n")
        let rows = Pipeline(pageThreads: 1).run(path: path).allTables.flatMap(\.rows)
        let netto = rows.filter { $0.label == "NETTOMENO" }
        XCTAssertEqual(netto.count, 5)
        XCTAssertEqual(netto.first?.cells[1]?.text, "–998 184 1)")
        XCTAssertEqual(netto.first?.cells[1]?.value, Decimal(-998_184))
        XCTAssertEqual(netto.dropFirst().first?.cells[2]?.value, Decimal(-753_902))
        XCTAssertFalse(rows.contains { $0.cells.contains { $0?.flags.isEmpty == false } })
    }
}
