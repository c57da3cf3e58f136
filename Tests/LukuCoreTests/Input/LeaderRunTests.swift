import XCTest
@testable import LukuCore

/// `LeaderRun`: a dot leader before a value is blanked, a contents entry's keeps its dots.
final class InputLeaderRunTests: XCTestCase {
    /// hold-out hold-12 (`--ablate fmt.neg=-`, so that only the leader is in play), `pdftotext
    /// -layout` of the rahoituslaskelma: one solid run of dots, one space, the first value.
    static let rahoituslaskelma = """
    RAHOITUSLASKELMA
                                                                                                                                     1.1.–30.6.                   1.1.–30.6.
                                                                                                                                          2025                         2024
                                                                                                                                                  €                        €
      Vuosikate ..................................................................................................................... 1 023 602,41             5 360 268,52
      Tulorahoituksen korjauserät ............................................................................................ -34 343,15                       -381 865,02
      Investointimenot ......................................................................................................... -2 067 871,46                -3 294 574,98
      Rahoitusosuudet investointimenoihin ............................................................................. 540 628,67                               884 100,96
      Pysyvien vastaavien hyödykkeiden luovutustulot .......................................................... 404 958,31                                       271 099,26
    Toiminnan ja investointien rahavirta ............................................................................ -133 025,22                              2 839 028,74
      Pitkäaikaisten lainojen lisäys ....................................................................................... 3 733 211,26                        497 674,12
      Pitkäaikaisten lainojen vähennys ................................................................................ -3 047 306,78                         -2 979 466,88
      Lyhytaikaisten lainojen muutos ...................................................................................... 505 641,11                           -95 483,17
    Rahoituksen rahavirta ................................................................................................... 1 191 545,59                    -2 577 275,93
    Rahavarojen muutos ...................................................................................................... 1 058 520,37                       261 752,81
    """

    func testSolidLeaderIsBlankedAndColumnsStay() {
        let line = "  Vuosikate ........................ 1 023 602,41             5 360 268,52"
        let blanked = LeaderRun.blank(line)
        XCTAssertEqual(blanked.count, line.count)
        XCTAssertEqual(blanked.split(separator: " ").first, "Vuosikate")
        XCTAssertEqual(blanked.range(of: "1 023 602,41")?.lowerBound.utf16Offset(in: blanked),
                       line.range(of: "1 023 602,41")?.lowerBound.utf16Offset(in: line))
        XCTAssertFalse(blanked.contains("."))
    }

    /// hold-out hold-01, `pdftotext -raw`: spaced one-glyph dots come out as irregular groups.
    func testRawIrregularGroupsAreOneLeader() {
        let line = "Toimintatuotot ....... .. ... .. ... .. ... .. ... .. ... .. . 2 732 546,90 61 371,40 2 793 918,30 2 803 061,58 9 143,28 100,3"
        XCTAssertEqual(TextFileReader.fold(LeaderRun.blank(line)),
                       "Toimintatuotot 2 732 546,90 61 371,40 2 793 918,30 2 803 061,58 9 143,28 100,3")
        XCTAssertEqual(TextFileReader.fold(LeaderRun.blank("  Tuet ja avustukset . . . .  305 927,85   0,00")),
                       "Tuet ja avustukset 305 927,85 0,00")
    }

    /// Contents entries (kauhava-tilinpaatos-2024 p. 2, in pymupdf4llm's Markdown of it) keep their
    /// leader: a page number alone after it. Prose dots and list numbers are not leaders.
    func testContentsEntriesAndPunctuationKeepTheirDots() {
        for line in ["Kauhavan Vesi Oy .................................58",
                     "2 Talousarvion toteutuminen ........................... 57",
                     "Kasvatus- ja opetuslautakunta..............................85",
                     "Talous kehittyy... 2025 nähdään", "1.2. Tavoitteet 2025", "1.1.–30.6. 2025"] {
            XCTAssertEqual(LeaderRun.blank(line), line, line)
        }
    }

    /// The whole rahoituslaskelma read as laid-out text: every row's label without dots and both
    /// years' values in two cells (before: the first value in the label, one column).
    func testLaidOutRahoituslaskelmaReadsTwoColumns() throws {
        let folder = try ScratchFolder(self)
        let path = try folder.write("hold-12.layout.txt", Self.rahoituslaskelma + "\n")
        let tables = Pipeline(pageThreads: 1).run(path: path).allTables
        let rows = tables.flatMap(\.rows)
        XCTAssertEqual(rows.count, 11)
        XCTAssertEqual(rows.first?.label, "Vuosikate")
        XCTAssertEqual(rows.first?.cells.map { $0?.text }, ["1 023 602,41", "5 360 268,52"])
        XCTAssertEqual(rows.last?.label, "Rahavarojen muutos")
        XCTAssertEqual(rows.last?.cells.map { $0?.text }, ["1 058 520,37", "261 752,81"])
        XCTAssertFalse(rows.contains { $0.label.contains("..") })
        XCTAssertTrue(rows.allSatisfy { $0.cells.count == 2 && $0.cells.allSatisfy { $0?.value != nil } })
    }
}
