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
        XCTAssertGreaterThan(LaidOutText.cleanCells(byTokens), LaidOutText.cleanCells(byColumns))
        let rows = (byTokens.blocks.compactMap(\.table) + byTokens.sections.flatMap(\.allTables)).flatMap(\.rows)
            .filter { $0.label == "Toimintatuotot" }
        XCTAssertEqual(rows.map { $0.cells.prefix(2).map { $0?.value } }, [[438_900, 349_095], [119_250, 55_177], [381_300, 239_398]])
    }
}
