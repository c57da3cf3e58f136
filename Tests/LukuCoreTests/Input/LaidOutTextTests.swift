import Foundation
import XCTest
@testable import LukuCore

/// Text that keeps print columns (`pdftotext -layout`) read with the PDF's table stage on
/// character geometry (`LaidOutText`), on the extractor texts committed in corpus/ and on lines
/// copied from `pdftotext -layout` output of ../shared/real.
final class LaidOutTextTests: XCTestCase {
    private func corpus(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("corpus").appendingPathComponent(name).path
    }

    private func text(_ name: String) throws -> String {
        try String(contentsOfFile: corpus(name), encoding: .utf8)
    }

    /// Ingests `text` as a file of its own (the pipeline decides how to read it).
    private func ingest(_ text: String) throws -> Document {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("laidout-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return Pipeline().run(path: url.path)
    }

    /// Every `-layout` text of the corpus keeps its columns; one-row-per-line texts (-raw, pypdf)
    /// and the seed texts, whose values follow the label one space apart, do not.
    func testLayoutTextsAreLaidOutAndOneRowPerLineTextsAreNot() throws {
        for stem in ["kemijarvi-hallinto-tukipalvelut-2022-06", "kemijarvi-hallintopalvelut-tp2024", "kemijarvi-konserni-elinvoima-ta2026"] {
            XCTAssertTrue(LaidOutText.isLaidOut(try text("\(stem).layout.txt")), stem)
            for flavour in ["raw.txt", "pypdf.txt", "txt", "pymupdf.txt", "default.txt"] {
                XCTAssertFalse(LaidOutText.isLaidOut(try text("\(stem).\(flavour)")), "\(stem).\(flavour)")
            }
        }
    }

    /// A character is a third of an em: the one space inside "156 848" joins the number as a
    /// thousands gap does in a PDF, and the run of spaces before it parts label and value.
    func testCharactersBecomeBoxesAndDigitGroupsJoin() {
        let source = "Toimintatuotot            156 848      155 067\n"
        let lines = LaidOutText.lines(TextFileReader.parse(source), text: source)
        XCTAssertEqual(lines.count, 1)
        let joined = NumberJoiner().join(lines[0])
        XCTAssertEqual(joined.words.map(\.text), ["Toimintatuotot", "156 848", "155 067"])
        XCTAssertEqual(joined.words[1].box?.x0 ?? 0, 26 * 10 / 3, accuracy: 0.001)
        XCTAssertFalse(joined.words[1].doubtfulJoin)
    }

    /// Kauhava p. 35 in `-layout`: the column gap of the VASTAAVAA total shrank to one space
    /// ("138 421 130 900" under 2024 | 2023). Two numbers, each flagged as a doubtful split.
    func testNumberAcrossAColumnEdgeIsTwoFlaggedNumbers() throws {
        let page = """
        VASTAAVAA                                  2024       2023
                                                 1 000 €    1 000 €

        A PYSYVÄT VASTAAVAT                      114 995    109 531
         I Aineettomat hyödykkeet                  1 118      1 317
              Tietokoneohjelmistot                   156        151
              Muut pitkävaikutteiset menot           962      1 166
         II Aineelliset hyödykkeet               101 181     95 166
              Maa- ja vesialueet                  10 879     10 541
               Muut saamiset                         555       907
               Siirtosaamiset                         41        18
          Rahat ja pankkisaamiset                 18 895    16 940
               Pankkisaamiset                     18 895    16 940

        VASTAAVAA                                138 421 130 900

        """
        let document = try ingest(page)
        let total = try XCTUnwrap(document.allTables.flatMap(\.rows).last { $0.label == "VASTAAVAA" })
        XCTAssertEqual(total.cells.map { $0?.value }, [138_421, 130_900])
        XCTAssertEqual(total.cells.map { $0?.flags ?? [] }, [[.ambiguousSplit], [.ambiguousSplit]])
        let other = try XCTUnwrap(document.allTables.flatMap(\.rows).first { $0.label == "Maa- ja vesialueet" })
        XCTAssertEqual(other.cells.map { $0?.value }, [10_879, 10_541])
        XCTAssertEqual(other.cells.map { $0?.flags ?? [] }, [[], []])
    }

    /// `pdftotext -layout` sets each page's columns on its own: konserni p. 16 → 17 käyttötalous
    /// continues with its two budget columns 2–14 characters left of where they were. The rows
    /// of p. 17 join the table in the columns the last row of p. 16 filled.
    func testContinuationJoinsByTheColumnsTheLastRowFilled() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.layout.txt"))
        let table = try XCTUnwrap(document.allTables.first { $0.page == 16 && $0.rows.contains { $0.label == "Henkilöstökulut" } })
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "TA+MUUTOS 2025", "TPE 2025", "TA 2026", "KS 2026"])
        let total = try XCTUnwrap(table.rows.first { $0.label == "TOIMINTAKATE/JÄÄMÄ" })
        XCTAssertEqual(total.cells.map { $0?.value }, [nil, nil, nil, -288_270, -288_270])
    }

    /// Lapua's minutes p. 18 (HTML → PDF) in `-layout`: columns one space apart, so the spacing
    /// reading puts two numbers in one cell; the token reading is cleaner and is the one kept.
    func testSpacingThatLiesKeepsTheTokenReading() throws {
        let page = """
                          TA 2024         Tot. 09/2024 Tot-%
        Toimintatuotot 438.900         349.095       79,5
        Toimintakulut *) - 16.756.130 - 13.155.924 78,5
        Toimintakate     - 16.317.230 -12.806.828 78,5
        oppilashuolto:

                         TA 2024 Tot. 09/2024 Tot-%
        Toimintatuotot 119.250 55.177         46,3
        Toimintakulut *) - 980.650 -747.137 76,2
        Toimintakate     - 861.400 -691.960 80,3
        varhaiskasvatus:

                         TA 2024      Tot. 09/2024 Tot-%
        Toimintatuotot 381.300 239.398             62,8
        Toimintakulut *) - 9.739.800 -6.771.907 69,5
        Toimintakate     -9.358.500 -6.532.510 69,8

        """
        let parsed = TextFileReader.parse(page)
        let byColumns = Segmenter().segmentLaidOutText(LaidOutText.lines(parsed, text: page).map(NumberJoiner().join))
        let byTokens = Segmenter().segmentText(parsed.lines)
        let tables = { (o: Segmenter.Output) in o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables) }
        XCTAssertGreaterThan(LaidOutText.cleanCells(tables(byTokens)), LaidOutText.cleanCells(tables(byColumns)))
        let rows = tables(byTokens).flatMap(\.rows)
            .filter { $0.label == "Toimintatuotot" }
        XCTAssertEqual(rows.map { $0.cells.prefix(2).map { $0?.value } }, [[438_900, 349_095], [119_250, 55_177], [381_300, 239_398]])
    }

    /// Synth varpuvirta p. 7 in `-layout`: the "Talousarvio-muutokset" values stand at character
    /// 92 on two rows and 84–86 on the others, which the table stage clusters as two columns,
    /// one without a header; no row fills both, so they are one column (`JitteredColumns`).
    func testAWanderingColumnIsOneColumn() throws {
        let page = """
                              Toteutuma          Talousarvio         Talousarvio-                Talousarvio                        TP                Käyttö-
                                 2020               2021              muutokset                muutosten jälkeen                   2021                 %
                                   €                  €                    €                            €                          €
        Toimintatuotot          1 374 987           1 317 800                           0                   1 317 800           1 340 689             101,7 %
           Myyntituotot         1 104 682           1 058 700                           0                   1 058 700           1 077 127             101,7 %
           Muut
           toimintatuotot         270 305             259 100                   0                          259 100                 263 562            101,7 %
        Toimintakulut         -39 484 592         -41 724 500           2 146 000                      -39 578 500             -38 773 357             98,0 %
           Palvelujen
           ostot               -7 396 048          -7 815 600              402 000                       -7 413 600             -7 262 824                98,0 %
           Aineet,
           tarvikkeet ja
           tavarat             -5 278 719          -5 578 200              286 900                       -5 291 300             -5 183 634                98,0 %
           Vuokrat             -9 780 797         -10 335 600              531 600                       -9 804 000             -9 604 616                98,0 %
           Muut
           toimintakulut      -17 029 027         -17 995 100             925 500                      -17 069 600             -16 722 284                98,0 %

        """
        let table = try XCTUnwrap(try ingest(page).allTables.first)
        XCTAssertEqual(table.columns.count, 6)
        let rows = table.rows.filter { ["Toimintatuotot", "Muut toimintatuotot", "Toimintakulut"].contains($0.label) }
        XCTAssertEqual(rows.map { $0.cells.map { $0?.value } }, [
            [1_374_987, 1_317_800, 0, 1_317_800, 1_340_689, Decimal(string: "101.7")],
            [270_305, 259_100, 0, 259_100, 263_562, Decimal(string: "101.7")],
            [-39_484_592, -41_724_500, 2_146_000, -39_578_500, -38_773_357, Decimal(string: "98.0")],
        ])
    }

    /// Three spaces are exactly the 1 em label gap on the character grid, wherever they stand:
    /// konserni-elinvoima TA 2026 prints "TP   TA+MUUTOS" on p. 25 at columns 53–56 and on p. 26
    /// at 48–51, where the gap computed from the boxes was 0.99999… em and joined the two headers
    /// (`GapThreshold`).
    func testThreeSpacesPartHeaderCellsAtEveryColumn() throws {
        let lines = try text("kemijarvi-konserni-elinvoima-ta2026.layout.txt").split(separator: "\n")
            .filter { $0.hasPrefix("Elinkeino- ja") && $0.contains("TA+MUUTOS") }.map(String.init)
        XCTAssertEqual(lines.count, 2)  // pp. 25 and 26
        for source in lines {
            let parsed = TextFileReader.parse(source + "\n")
            let line = try XCTUnwrap(LaidOutText.lines(parsed, text: source + "\n").first)
            let cells = line.chunks(gapEm: TableSettings.default.labelGapEm).map { $0.map(\.text).joined(separator: " ") }
            XCTAssertEqual(cells, ["Elinkeino- ja", "TP", "TA+MUUTOS", "TPE", "TA", "KS"], source)
        }
        XCTAssertFalse(GapThreshold.isBelow(3 * (10.0 / 3) / 10, 1))
        XCTAssertFalse(GapThreshold.isBelow((51 * (10.0 / 3) - 48 * (10.0 / 3)) / 10, 1))
        XCTAssertTrue(GapThreshold.isBelow(2 * (10.0 / 3) / 10, 1))
    }

    /// Konserni-elinvoima TA 2026 pp. 26–27 in `-layout`: the cost-centre table under "TP  TA+MUUTOS
    /// TPE  TA  KS" prints its first three columns as two-line text ("hallinto-" / "palveluissa")
    /// and its figures in TA and KS, and p. 26 ends inside a row ("MENOT  hallinto- … −77 780" over
    /// "palveluissa …", `CellLinesAfterLastRow`). Five columns, the figures in TA 2026 and KS 2026,
    /// and the page-end row whole with the rows of p. 27 after it.
    func testCostCentreTableWithTextCellsKeepsItsColumnsOverThePage() throws {
        let document = Pipeline().run(path: corpus("kemijarvi-konserni-elinvoima-ta2026.layout.txt"))
        let table = try XCTUnwrap(document.allTables.first { $0.page == 26 && $0.rows.contains { $0.group == "Joukkoliikenne" } })
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "TA+MUUTOS 2025", "TPE 2025", "TA 2026", "KS 2026"])
        XCTAssertEqual(table.pages, [26, 27])
        let cells = { (group: String, label: String) in
            table.rows.first { $0.group == group && $0.label == label }?.cells.map { $0?.text }
        }
        let text = "hallintopalveluissa"
        XCTAssertEqual(cells("Joukkoliikenne", "MENOT"), [text, text, text, "−334 000", "−334 000"])
        XCTAssertEqual(cells("Kehittämisprojektit (KPKI pienet)", "MENOT"), [text, text, text, "−77 780", "−77 780"])
        XCTAssertEqual(cells("Kehittämisprojektit (KPKI pienet)", "TULOT"), [text, text, text, "40 000", "40 000"])
        XCTAssertEqual(cells("Vastuualue yhteensä", "NETTOMENO"), ["x", "x", "x", "−2 317 170", "−2 317 170"])
        XCTAssertEqual(table.rows.count, 30)
    }

    /// Kauhava p. 120 investointien toteutuminen in `-layout`: "Tekninen lautakunta yh-" and its
    /// first number's upper groups "13 397" on one line, "teensä", "700" and the rest of the row on
    /// the next. A character grid keeps no tight pitch, so the words join the row
    /// (`GridHyphenBrokenRowRule`): one row "Tekninen lautakunta yhteensä" with 13 397 700 flagged
    /// as a doubtful split ("700" could be a number of its own). With a blank line between the two
    /// lines the grid reading keeps two rows.
    func testRowBrokenAtAHyphenWithItsNumberJoinsInTheGrid() throws {
        let page = "INVESTOINTIEN TOTEUTU-\nMINEN 2024\n" + KauhavaPage120.layoutText + "\n\n"
        let gridRows = { (text: String) -> [Row] in
            let output = Segmenter().segmentLaidOutText(LaidOutText.lines(TextFileReader.parse(text), text: text).map(NumberJoiner().join))
            return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)).flatMap(\.rows)
        }
        for rows in [try ingest(page).allTables.flatMap(\.rows), gridRows(page)] {
            let total = try XCTUnwrap(rows.first { $0.label == "Tekninen lautakunta yhteensä" })
            XCTAssertEqual(total.cells.map { $0?.text }, ["13 397 700", "236 100", "13 617 700", "559 100", "10 761 256,51", "445 330,28", "79,0 %", "79,7 %"])
            XCTAssertEqual(total.cells.first??.value, 13_397_700)
            XCTAssertEqual(total.cells.first??.flags, [.ambiguousSplit])
            XCTAssertFalse(rows.contains { $0.label == "teensä" })
        }
        let gapped = gridRows(page.replacingOccurrences(of: "13 397\n", with: "13 397\n\n"))
        XCTAssertNil(gapped.first { $0.label == "Tekninen lautakunta yhteensä" })
        XCTAssertEqual(gapped.first { $0.label == "teensä" }?.cells.first??.value, 700)
    }
}
