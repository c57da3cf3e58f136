import Foundation
import XCTest
@testable import LukuCore

/// The rules that flag what single-spaced text (`pdftotext -raw`, pypdf) cannot decide, each on
/// the lines of the synth statements as the extractors wrote them (../shared/synth, issue 7).
final class UnspacedTextRowsTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func row(_ label: String, in tables: [Table], file: StaticString = #filePath, line: UInt = #line) throws -> Row {
        try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == label }, "no row \(label)", file: file, line: line)
    }

    /// Every read figure of the row is flagged `ambiguous-split` (a cell of digits that read as no
    /// number, "70,3%" in kuusiselka's text, carries `unreadable` already).
    private func doubted(_ row: Row) -> Bool {
        row.cells.contains { $0?.value != nil }
            && row.cells.allSatisfy { $0.map { $0.value == nil || $0.flags.contains(.ambiguousSplit) } ?? true }
    }

    private func clean(_ row: Row) -> Bool {
        row.cells.allSatisfy { $0.map { !$0.flags.contains(.ambiguousSplit) } ?? true }
    }

    // MARK: SpaceGroupedFigureInShortRow

    /// Synth kuusiselka p. 8, `-raw`: figures grouped with periods, so "484 340" is two cells
    /// (truth 484 | 340 | -144 | 70,3). Since the glued percent ("70,3%") is read as the row's
    /// fourth figure (`GluedPercent`), these rows are full rows of four figures with one reading,
    /// no longer short rows: they read exactly as the truth (before, they were short and flagged
    /// by `SpaceGroupedFigureInShortRow`, whose conditions the next test keeps).
    func testSpaceGroupedFigureAmongPeriodGroupsReadsWithGluedPercent() throws {
        let t = tables("""
t€ t€ t€
Talonrakennus
7020 Nuorisotilan muutostyöt 1.729 1.275 -454 73,8%
7030 Koulukeskuksen peruskorjaus ja laajennus 5.731 5.362 -369 93,6%
Talonrakennus yhteensä 7.460 6.637 -823 89,0%
Irtain omaisuus
7510 Tieto- ja viestintätekniikan laitteet 5.338 5.460 122 102,3%
7530 Koulujen ja päiväkotien kalusteet
Menot 1.519 1.069 -450 70,4%
Tulot 484 340 -144 70,3%
Netto 1.035 729 -306 70,4%
7540 Ajoneuvot ja työkoneet 521 417 -104 80,0%
Irtain omaisuus yhteensä 6.894 6.606 -288 95,8%
INVESTOINNIT YHTEENSÄ 50.887 46.085 -4.802 90,6%
""")
        XCTAssertEqual(try row("Tulot", in: t).cells.map { $0?.value }, [484, 340, -144, Decimal(string: "70.3")])
        XCTAssertEqual(try row("7540 Ajoneuvot ja työkoneet", in: t).cells.map { $0?.value }, [521, 417, -104, 80])
    }

    /// The rule's two conditions on rows built by hand: a short row with a space-grouped figure
    /// is flagged, a full one in a space-grouped table is not, nor a short row of plain figures.
    func testSpaceGroupedFigureInShortRowConditions() {
        func cell(_ t: String) -> Cell { Cell(text: t, value: FinnishNumber.parse(t)?.value) }
        let rows = [Row(label: "MENOT", cells: [cell("–7 161"), cell("–6 541 620"), cell("91,3 %"), nil]),
                    Row(label: "TULOT", cells: [cell("4 116"), cell("4 262"), cell("146"), cell("103,5 %")]),
                    Row(label: "X", cells: [cell("12"), cell("13"), nil, nil])]
        let out = SpaceGroupedFigureInShortRow.flagged(rows)
        XCTAssertTrue(doubted(out[0]))
        XCTAssertTrue(clean(out[1]))
        XCTAssertTrue(clean(out[2]))
    }

    // MARK: WiderReadingBesideDoubtedRow

    /// Synth koivukyla p. 4, `-raw`: TULOT reads two ways; MENOT and NETTOMENO, read as three
    /// cells, also read as four (truth –7 161 | –6 541 | 620 | 91,3) and are flagged.
    func testRowsThatReadWiderBesideADoubtedRowAreFlagged() throws {
        let t = tables("""
Hyvinvoinnin edistäminen
MENOT –7 161 –6 541 620 91,3 %
TULOT 4 116 4 262 146 103,5 %
NETTOMENO –3 045 –2 279 766 74,8 %
Ehkäisevä päihdetyö
MENOT –4 633 –4 478 154 96,7 %
NETTOMENO –4 633 –4 478 154 96,7 %
""")
        XCTAssertTrue(doubted(try row("NETTOMENO", in: t)))
        XCTAssertTrue(doubted(try row("MENOT", in: t)))
    }

    /// Synth katajaselka p. 2, `-raw`: "RAHOITUKSEN RAHAVIRTA 4 857 2 194" stands in the subtotal
    /// columns (truth null | 4 857 | null | 2 194) and reads as four figures; "Saamisten muutos 367
    /// –47" reads no wider and stays clean.
    func testSubtotalRowReadingWiderIsFlaggedPlainRowIsNot() throws {
        let t = tables("""
Vaihto-omaisuuden muutos 5 13
Saamisten muutos 367 –47
Korottomien velkojen muutos –253 144 469 434
RAHOITUKSEN RAHAVIRTA 4 857 2 194
RAHAVAROJEN MUUTOS 2 888 661
Rahavarat 31.12. 15 155 12 268
Rahavarat 1.1. 12 268 11 606
""")
        XCTAssertTrue(doubted(try row("RAHOITUKSEN RAHAVIRTA", in: t)))
        XCTAssertTrue(doubted(try row("Rahavarat 1.1.", in: t)))
        XCTAssertTrue(clean(try row("Saamisten muutos", in: t)))
    }

    // MARK: SubtotalColumnsBeside

    /// Synth tamminiemi p. 3, `-raw`: group I's subtotal "612.939 615.615" printed on its last
    /// item's line; the four-figure line after the table shows the subtotal columns.
    func testTwoColumnRowsBesideAFourFigureRowAreFlagged() throws {
        let t = tables("""
VASTAAVAA (€)
31.12.2022 31.12.2021
A PYSYVÄT VASTAAVAT
I Aineettomat hyödykkeet
1. Aineettomat oikeudet 225.458 225.823
2. Muut pitkävaikutteiset menot 387.481 389.792
3. Ennakkomaksut 612.939 615.615
II Aineelliset hyödykkeet
1. Maa- ja vesialueet 1.785.609 1.772.504
2. Rakennukset 37.657.999 36.656.701
3. Kiinteät rakenteet ja laitteet 11.839.790 12.411.955
4. Koneet ja kalusto 788.939 789.794
5. Muut aineelliset hyödykkeet
6. Ennakkomaksut ja keskeneräiset hankinnat 1.504.825 53.577.162 1.456.506 53.087.459
""")
        XCTAssertTrue(doubted(try row("3. Ennakkomaksut", in: t)))
    }

    // MARK: SplitDigitGroupPair

    /// Synth honkakoski p. 6 and pauhavaara p. 1, `-raw`: "813 | 901,48" and "15 | 198,06" may be
    /// one figure cut at its thousands space; both cells are flagged, the rest of the row is not.
    func testShortIntegerBeforeThreeDigitsIsFlagged() {
        func cell(_ t: String) -> Cell { Cell(text: t, value: FinnishNumber.parse(t)?.value) }
        let korko = SplitDigitGroupPair.flagged(Row(label: "Korkotuotot", cells: [
            cell("810 000,00"), cell("43 000,00"), cell("853 000,00"), cell("813"), cell("901,48"), cell("-39 098,52")]))
        XCTAssertEqual(korko.cells.map { $0?.flags.contains(.ambiguousSplit) ?? false }, [false, false, false, true, true, false])
        let rahastot = SplitDigitGroupPair.flagged(Row(label: "Rahastojen lisäys", cells: [cell("15"), cell("198,06"), cell("0,00")]))
        XCTAssertEqual(rahastot.cells.map { $0?.flags.contains(.ambiguousSplit) ?? false }, [true, true, false])
        let plain = SplitDigitGroupPair.flagged(Row(label: "Korkokulut", cells: [cell("-534"), cell("-445")]))
        XCTAssertTrue(clean(plain))
        // kemijarvi-hallintopalvelut-tp2024 `-raw`: "0 112" cannot be one figure.
        XCTAssertTrue(clean(SplitDigitGroupPair.flagged(Row(label: "Muut toimintatuotot", cells: [cell("-1 054"), cell("0"), cell("112")]))))
    }

    // MARK: DetachedDashCell

    /// Synth katajalampi p. 3, `-raw`: "Investointimenot - 23,6%" — a dash for an empty cell or a
    /// minus parted from −23,6 %; the dash cell is flagged. "Satunnaiset erät - -" is not touched.
    func testDashBeforeFigureIsFlagged() {
        let row = DetachedDashCell.flagged(Row(label: "Investointimenot", cells: [Cell(text: "-"), Cell(text: "23,6%", flags: [.unreadable])]))
        XCTAssertTrue(row.cells[0]?.flags.contains(.ambiguousSplit) ?? false)
        let dashes = DetachedDashCell.flagged(Row(label: "Satunnaiset erät", cells: [Cell(text: "-"), Cell(text: "-")]))
        XCTAssertTrue(clean(dashes))
    }

    // MARK: UnspacedTextRows

    /// `pdftotext -layout` lines part cells with wide gaps: such a table is not single-spaced.
    func testLaidOutLinesAreNotUnspaced() {
        let lines = TextFileReader.parse("Tulot     484 340     -144\nMenot 1.519 1.069 -450").lines
        var d = TableDraft(page: 1, pages: [1], columns: [], rows: [Row(label: "Tulot", cells: [])], hasHeader: false, firstLine: 0, lastLine: 0)
        XCTAssertFalse(UnspacedTextRows.isUnspaced(d, lines: lines))
        d.firstLine = 1; d.lastLine = 1
        XCTAssertTrue(UnspacedTextRows.isUnspaced(d, lines: lines))
        // One cell per line (PyMuPDF, synth kuusiselka): no line prints a label with its figures.
        let perLine = TextFileReader.parse("Tulot\n484\n340\nMenot\n1.519\n1.069").lines
        let cells = TableDraft(page: 1, pages: [1], columns: [], rows: [Row(label: "Tulot", cells: []), Row(label: "Menot", cells: [])],
                               hasHeader: false, firstLine: 0, lastLine: 5)
        XCTAssertFalse(UnspacedTextRows.isUnspaced(cells, lines: perLine))
    }

    // MARK: FootnoteMarkInRow

    /// Hold-out document 08 (`tools/holdout`), `-raw`: the footnote marks "³)", "*" and "⁴)" were
    /// glued onto the figures ("324 7303)", "–8 754*", "–112 0454)"), the rest of each row wrapped
    /// to the next line, and the cell holding the mark ("7303)", "0454)") was a text cell with no
    /// flag. Every cell with digits in a marked row is now flagged; unmarked rows keep their values.
    func testRowsWithAGluedFootnoteMarkAreFlagged() throws {
        let t = tables("""
Ympäristölautakunta €
TA 2025 TA-muutokset TA+muutos TOT 2025 Poikkeama Tot-%
TOIMINTATUOTOT 1 095 887 6 657 1 102 544 1 139 132 36 588 103,3
Myyntituotot 274 937 –16 194 258 743 243 886 –14 857 94,3
Maksutuotot 279 892 0 279 892 301 865 21 973 107,9
Tuet ja avustukset 273 410 39 507 312 917 324 7303)
11 813 103,8
Vuokratuotot 9 174 0 9 174 9 863 689 107,5
Henkilöstökulut –124 927 2 344 –122 583 –131 337 –8 754*
107,1
Palvelujen ostot –288 028 0 –288 028 –297 430 –9 402 103,3
TOIMINTAKATE –77 914 2 128 –75 786 –112 0454)
–36 259 147,8
3) Kertaluonteinen hankeavustus.
""")
        for label in ["Tuet ja avustukset", "Henkilöstökulut", "TOIMINTAKATE"] {
            let r = try row(label, in: t)
            XCTAssertTrue(r.cells.allSatisfy { cell in
                guard let cell, cell.text.contains(where: \.isASCIIDigit) else { return true }
                return cell.flags.contains(.ambiguousSplit) || cell.flags.contains(.unreadable)
            }, "\(label): \(r.cells.map { $0?.text ?? "" })")
        }
        XCTAssertEqual(try row("Maksutuotot", in: t).cells.compactMap { $0?.value }, [279_892, 0, 279_892, 301_865, 21_973, Decimal(string: "107.9")!])
    }

    func testFootnoteMarkForms() {
        XCTAssertTrue(FootnoteMarkInRow.endsInMark("7303)"))
        XCTAssertTrue(FootnoteMarkInRow.endsInMark("754*"))
        XCTAssertTrue(FootnoteMarkInRow.endsInMark("5 120²"))
        XCTAssertFalse(FootnoteMarkInRow.endsInMark("(jatkuu)"))
        XCTAssertFalse(FootnoteMarkInRow.endsInMark("107,9"))
        XCTAssertFalse(FootnoteMarkInRow.endsInMark("*"))
        XCTAssertFalse(FootnoteMarkInRow.endsInMark("(tavoitetaso 4 asteikolla 1-5)"))  // tp2024 text cell
    }
}
