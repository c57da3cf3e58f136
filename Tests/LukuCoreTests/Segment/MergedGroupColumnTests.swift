import XCTest
@testable import LukuCore

/// `MergedGroupColumn` on hold-out set 2 document 02 (`tools/holdout/make_holdout2.py`, doc02) in
/// `pdftotext -layout`: the board name printed once in a merged first column, centred over its
/// MENOT / TULOT / NETTOMENO rows ("Rakennus- ja ympäristö-" / "lautakunta" wrapped around the
/// TULOT row). Expected values are the printed page's (the truth file of the document).
final class MergedGroupColumnTests: XCTestCase {
    static let page = """
Määrärahat ja tuloarviot
                                              TP             TA            TA             TS             TS
                                            2024           2025          2026           2027           2028
                          MENOT         -3 253 951     -1 667 070    -2 754 406     -2 016 866     -1 767 307
Keskusvaalilautakunta     TULOT                  0        834 672             0        946 427      1 106 847
                          NETTOMENO     -3 253 951       -832 398    -2 754 406     -1 070 439       -660 460
                          MENOT         -1 417 310       -895 375    -1 045 894     -2 123 101     -2 691 385
Tarkastuslautakunta       TULOT          1 347 928        843 619       269 295      1 499 981      1 377 724
                          NETTOMENO        -69 382        -51 756      -776 599       -623 120     -1 313 661
                          MENOT           -204 120     -2 240 874    -1 092 584     -3 207 621     -1 116 799
Kaupunginhallitus         TULOT          1 032 446         96 228             0      1 314 388         81 134
                          NETTOMENO        828 326     -2 144 646    -1 092 584     -1 893 233     -1 035 665
                          MENOT         -1 643 709     -1 143 500       -98 741       -791 528       -943 350
Sivistyslautakunta        TULOT                  0        267 377             0      1 371 918        498 681
                          NETTOMENO     -1 643 709       -876 123       -98 741        580 390       -444 669
                          MENOT         -1 342 495     -3 804 314    -2 776 638     -1 520 964       -854 789
Tekninen lautakunta       TULOT            705 534              0             0        732 945      1 286 118
                          NETTOMENO       -636 961     -3 804 314    -2 776 638       -788 019        431 329
                          MENOT           -866 194     -3 374 416    -1 660 451     -1 692 201     -2 235 776
Ympäristölautakunta       TULOT            726 006        331 450       731 731              0        415 538
                          NETTOMENO       -140 188     -3 042 966      -928 720     -1 692 201     -1 820 238
                          MENOT         -2 513 143     -1 410 518      -113 467       -389 355     -2 843 038
Rakennus- ja ympäristö-
                          TULOT                  0        669 280       354 142      1 246 944      1 490 979
lautakunta
                          NETTOMENO     -2 513 143       -741 238       240 675        857 589     -1 352 059
                          MENOT       -11 240 922    -14 536 067    -9 542 181    -11 741 636    -12 452 444
Yhteensä                  TULOT         3 811 914      3 042 626     1 355 168      7 112 603      6 257 021
                          NETTOMENO    -7 429 008    -11 493 441    -8 187 013     -4 629 033     -6 195 423
"""

    private func tables(_ text: String) -> [Table] {
        // Read by its print columns, as the pipeline reads `-layout` text (`LaidOutText`).
        let lines = LaidOutText.lines(TextFileReader.parse(text), text: text)
        let output = Segmenter().segmentLaidOutText(Pipeline(pageThreads: 1).joinAndSplit(lines))
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    func testNameInMergedFirstColumnIsGroupOfItsBlock() throws {
        let t = try XCTUnwrap(tables(Self.page).first)
        XCTAssertEqual(t.rows.map(\.label), Array(repeating: ["MENOT", "TULOT", "NETTOMENO"], count: 8).flatMap { $0 })
        guard t.rows.count == 24 else { return }
        let groups = ["Keskusvaalilautakunta", "Tarkastuslautakunta", "Kaupunginhallitus", "Sivistyslautakunta",
                      "Tekninen lautakunta", "Ympäristölautakunta", "Rakennus- ja ympäristölautakunta", "Yhteensä"]
        XCTAssertEqual(t.rows.map(\.group), groups.flatMap { Array(repeating: Optional($0), count: 3) })
        // The middle row keeps its own label and its first figure ("TULOT 0" was one merged cell).
        XCTAssertEqual(t.rows[1].cells.map { $0?.value }, [0, 834_672, 0, 946_427, 1_106_847])
        XCTAssertEqual(t.rows[19].cells.map { $0?.value }, [0, 669_280, 354_142, 1_246_944, 1_490_979])
        XCTAssertEqual(t.rows[23].cells.map { $0?.value }, [-7_429_008, -11_493_441, -8_187_013, -4_629_033, -6_195_423])
        XCTAssertFalse(t.rows.contains { $0.cells.contains { $0?.flags.isEmpty == false } })
    }

    /// Item labels that do not repeat with one period: the rule does not read the table (no group
    /// from the left column on any row).
    func testNoRepeatingItemLabelsNoGroup() throws {
        // The last block's middle label differs (same width, so the columns stay where they are).
        let text = Self.page.replacingOccurrences(of: "Yhteensä                  TULOT ", with: "Yhteensä                  TULOS ")
        XCTAssertNotEqual(text, Self.page)
        let t = try XCTUnwrap(tables(text).first)
        XCTAssertFalse(t.rows.contains { $0.group == "Keskusvaalilautakunta" })
        // The left column's words stay on their rows as before (the middle row's merged cell).
        XCTAssertFalse(t.rows.contains { $0.label == "TULOT" && $0.group != nil })
    }
}
