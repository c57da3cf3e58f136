import Foundation
import XCTest
@testable import LukuCore

/// `NotationTokens`: the number tail of a row read without column positions (`pdftotext -raw`)
/// is cut into numbers in the notations `PrintedNotation` reads, by the one reader, and only
/// there. Lines are the hold-out set's `pdftotext -raw` (01 brackets, 02 trailing minus, 04
/// apostrophes) and synth pypdf lines that must stay as they were.
final class NotationTokensTests: XCTestCase {
    private func words(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    /// Hold-out 02 p. 1 "Menot": a trailing minus closes each number, so the six columns are one reading.
    func testTrailingMinusClosesANumber() throws {
        let split = try XCTUnwrap(DigitRunSplitter.split(words("6 365,1- 922,8- 7 367,7- 4 722,8- 3 091,7- 698,4-"), columns: 6))
        XCTAssertEqual(split.numbers, ["6 365,1-", "922,8-", "7 367,7-", "4 722,8-", "3 091,7-", "698,4-"])
        XCTAssertFalse(split.ambiguous)
        XCTAssertEqual(split.numbers.map { FinnishNumber.parse($0)?.value }, ["-6365.1", "-922.8", "-7367.7", "-4722.8", "-3091.7", "-698.4"].map { Decimal(string: $0) })
        // Whole thousands (hold-out 07 with --ablate fmt.neg=trail): "43 247-" is one number.
        XCTAssertEqual(DigitRunSplitter.split(words("342 98- 63 46 132- 140- 258-"), columns: 7)?.numbers, nil,
                       "98- is a bare integer with a minus: not read, as in the cell path")
        XCTAssertEqual(DigitRunSplitter.split(words("43 247- 44 501- 42 745-"), columns: 3)?.numbers, ["43 247-", "44 501-", "42 745-"])
    }

    /// Hold-out 01 p. 1: a `(` … `)` pair bounds a number.
    func testBracketsBoundANumber() throws {
        let kulut = try XCTUnwrap(DigitRunSplitter.split(words("(2 826 312,54) (165 045,19) (2 991 357,73) (3 042 200,08) (50 842,35) 101,7"), columns: 6))
        XCTAssertEqual(kulut.numbers, ["(2 826 312,54)", "(165 045,19)", "(2 991 357,73)", "(3 042 200,08)", "(50 842,35)", "101,7"])
        XCTAssertFalse(kulut.ambiguous)
        let tuet = try XCTUnwrap(DigitRunSplitter.split(words("305 927,85 0,00 305 927,85 293 419,52 (12 508,33) 95,9"), columns: 6))
        XCTAssertEqual(tuet.numbers[4], "(12 508,33)")
        XCTAssertEqual(FinnishNumber.parse(tuet.numbers[4])?.value, Decimal(string: "-12508.33"))
    }

    /// Hold-out 04 p. 1 "TULOT" of Keskusvaalilautakunta: apostrophe groups are one word each
    /// (the set's one wrong-without-flag was this line left as one text cell).
    func testApostropheGroupsAreOneWord() throws {
        let tulot = try XCTUnwrap(DigitRunSplitter.split(words("0 340'223 340'223 449'913"), columns: 4))
        XCTAssertEqual(tulot.numbers, ["0", "340'223", "340'223", "449'913"])
        XCTAssertEqual(DigitRunSplitter.split(words("-2'652'954 -549'422 -3'202'376 -711'852"), columns: 4)?.numbers.map { FinnishNumber.parse($0)?.value },
                       [-2_652_954, -549_422, -3_202_376, -711_852])
        XCTAssertEqual(TextTableBuilder.tailStart(words("TULOT 0 340'223 340'223 449'913")), 1)
    }

    /// What the one reader does not read is no number here either: a footnote `(3)`, a bare
    /// integer with a minus, a year running on, a unit caption, text in brackets, a `(` with no `)`.
    func testOnlyWhatTheReaderReads() {
        XCTAssertNil(DigitRunSplitter.split(["(3)"], columns: 1))
        XCTAssertNil(DigitRunSplitter.split(["922-"], columns: 1))
        XCTAssertNil(DigitRunSplitter.split(["2023-"], columns: 1))
        XCTAssertNil(DigitRunSplitter.split(["(1", "000"], columns: 1))
        XCTAssertNil(DigitRunSplitter.split(["1", "000)"], columns: 1))
        XCTAssertNil(DigitRunSplitter.split(["1'00"], columns: 1))
        for w in ["(3)", "2023-", "(ed.", "1-", "(12,5", "€)", "(2023)", "(12"] {
            XCTAssertFalse(NotationTokens.isTailWord(w), w)
        }
        XCTAssertTrue(NotationTokens.opensNumber(words("(12 508,33)"), at: 0))
        XCTAssertFalse(NotationTokens.opensNumber(words("(1 000 €)"), at: 0))
        for w in ["937,8-", "922-", "508,33)", "(216,84)", "-549'422"] {
            XCTAssertTrue(NotationTokens.isTailWord(w), w)
        }
    }

    /// Synth kuusimaki in pypdf sets the U+2212 sign of `-340 170 584,08` among its groups, and
    /// synth pauhaniemi's caption "Vastattavaa (1 000 €)": no number reads those words, so the
    /// tail starts where it did before notation words were read.
    func testWordsNoNumberReadsEndTheLabel() {
        let kuusimaki = words("Toimintakulut 340−  170 584,08 319−  771 539,44")
        XCTAssertEqual(TextTableBuilder.tailStart(kuusimaki), kuusimaki.firstIndex(of: "771"))
        let pauhaniemi = words("Vastattavaa (1 000 €)")
        XCTAssertNotEqual(TextTableBuilder.tailStart(pauhaniemi), 1)
        XCTAssertEqual(TextTableBuilder.tailStart(words("Netto 2 937,8- 1 713,5 6 526,2- 4 482,0- 1 424,9- 480,9-")), 1)
        let kulut = words("Henkilöstökulut (360 579,92) 21 149,16 (339 430,76)")
        XCTAssertEqual(TextTableBuilder.tailStart(kulut), 1)
        XCTAssertFalse(NotationTokens.isTailWord("301−"), "synth kuusimaki pypdf: 268−  436,44 301−  014,34 10,8%−")
        let thousands = words("Toimintakulut 340−  170 584 319−  771 539")
        XCTAssertEqual(TextTableBuilder.tailStart(thousands), thousands.firstIndex(of: "771"), "not 170 584 319−")
    }
}

extension NotationTokensTests {
    private func ingest(_ text: String, name: String) throws -> Document {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tokens-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return Pipeline(pageThreads: 1).run(path: path)
    }

    /// Hold-out 04, the whole `-raw` page: every board's MENOT/TULOT/NETTOMENO read, NETTOMENO =
    /// MENOT + TULOT on the values, one info issue naming the notation.
    func testHold04RawPage() throws {
        let d = try ingest(Self.hold04, name: "hold-04.raw.txt")
        let rows = d.allTables.flatMap(\.rows)
        let tulot = try XCTUnwrap(rows.first { $0.label == "TULOT" && $0.cells.first??.text == "0" && $0.cells.last??.text == "449'913" })
        XCTAssertEqual(tulot.cells.map { $0?.value }, [0, 340_223, 340_223, 449_913])
        XCTAssertTrue(tulot.cells.allSatisfy { $0?.flags.isEmpty ?? false })
        var held = 0
        for (i, r) in rows.enumerated() where r.label == "NETTOMENO" && i >= 2 {
            for c in 0..<4 {
                guard let m = rows[i - 2].cells[c]?.value, let t = rows[i - 1].cells[c]?.value, let n = r.cells[c]?.value else { continue }
                XCTAssertEqual(m + t, n)
                held += 1
            }
        }
        XCTAssertEqual(held, 28, "7 groups × 4 columns")
        XCTAssertEqual(d.issues.filter { $0.code == NotationConvention.issueCode }.count, 1)
    }

    /// Hold-out 01, the first table of the `-raw` page: bracketed negatives under spaced leaders,
    /// the Poikkeama and Tot-% checks hold on the values read.
    func testHold01RawTable() throws {
        let d = try ingest(Self.hold01, name: "hold-01.raw.txt")
        let kulut = try XCTUnwrap(d.allTables.flatMap(\.rows).first { $0.label.hasPrefix("Henkilöstökulut") })
        XCTAssertEqual(kulut.cells.map { $0?.value }, ["-360579.92", "21149.16", "-339430.76", "-370855.30", "-31424.54", "109.3"].map { Decimal(string: $0) })
        let checks = d.allTables.flatMap(\.checks)
        XCTAssertFalse(checks.isEmpty)
        XCTAssertTrue(checks.allSatisfy(\.verifies), "\(checks.filter { !$0.verifies })")
    }

    static let hold04 = """
Koivuniemi | Tilinpäätös 2025
1 (1)
Käyttötalousosan toteutuminen toimielimittäin
Toimielinten määrärahat
Alkuper.
TA 2025
TA
muutokset
TA muutosten
jälkeen
Toteutuma
2025
Kunnanhallitus
MENOT -2'652'954 -549'422 -3'202'376 -711'852
TULOT 209'885 1'006'604 1'216'489 385'270
NETTOMENO -2'443'069 457'182 -1'985'887 -326'582
Kadut ja liikenneväylät
MENOT -949'531 -742'580 -1'692'111 -705'483
TULOT 560'071 581'329 1'141'400 156'525
NETTOMENO -389'460 -161'251 -550'711 -548'958
Keskusvaalilautakunta
MENOT -369'649 -1'291'862 -1'661'511 -1'932'904
TULOT 0 340'223 340'223 449'913
NETTOMENO -369'649 -951'639 -1'321'288 -1'482'991
Lukiokoulutus
MENOT -1'391'393 -274'384 -1'665'777 -1'493'853
TULOT 527'921 877'637 1'405'558 502'561
NETTOMENO -863'472 603'253 -260'219 -991'292
Tarkastuslautakunta
MENOT -1'982'685 -1'233'462 -3'216'147 -2'273'255
TULOT 1'096'289 743'046 1'839'335 913'355
NETTOMENO -886'396 -490'416 -1'376'812 -1'359'900
Liikuntapalvelut
MENOT -626'807 -583'002 -1'209'809 -1'620'705
TULOT 0 88'517 88'517 1'156'440
NETTOMENO -626'807 -494'485 -1'121'292 -464'265
Kunta yhteensä
MENOT -7'973'019 -4'674'712 -12'647'731 -8'738'052
TULOT 2'394'166 3'637'356 6'031'522 3'564'064
NETTOMENO -5'578'853 -1'037'356 -6'616'209 -5'173'988
"""

    static let hold01 = """
Kalliojärven kunta · Talousarvion toteutuminen 2025 1
3.2 Käyttötalouden toteutuminen
Sivistyslautakunnan käyttötalous toteutui kokonaisuutena arvioitua paremmin. Taulukossa negatiiviset
luvut on merkitty sulkeisiin. Poikkeama on toteutuma vähennettynä muutetulla talousarviolla.
Sivistyslautakunta €
Talousarvio
2025 Muutokset TA+muutokset Toteutuma Poikkeama Tot-%
Toimintatuotot ....... .. ... .. ... .. ... .. ... .. ... .. . 2 732 546,90 61 371,40 2 793 918,30 2 803 061,58 9 143,28 100,3
Myyntituotot ........ ... .. ... .. ... .. ... .. ... .. ... . 798 009,18 0,00 798 009,18 883 182,67 85 173,49 110,7
Maksutuotot ....... ... .. ... .. ... .. ... .. ... .. ... .. 499 405,07 61 371,40 560 776,47 585 324,56 24 548,09 104,4
Tuet ja avustukset ... ... .. ... .. ... .. ... .. ... .. ... . 305 927,85 0,00 305 927,85 293 419,52 (12 508,33) 95,9
Vuokratuotot ......... .. ... .. ... .. ... .. ... .. ... .. 669 578,16 0,00 669 578,16 624 859,69 (44 718,47) 93,3
Muut toimintatuotot . ... .. ... .. ... .. ... .. ... .. ... . 459 626,64 0,00 459 626,64 416 275,14 (43 351,50) 90,6
Toimintakulut ........ ... .. ... .. ... .. ... .. ... .. . (2 826 312,54) (165 045,19) (2 991 357,73) (3 042 200,08) (50 842,35) 101,7
Henkilöstökulut .... ... .. ... .. ... .. ... .. ... .. ... (360 579,92) 21 149,16 (339 430,76) (370 855,30) (31 424,54) 109,3
Palvelujen ostot .... . ... .. ... .. ... .. ... .. ... .. .. (739 189,43) (84 351,36) (823 540,79) (844 234,99) (20 694,20) 102,5
Aineet, tarvikkeet ja tavarat ... .. ... .. ... .. ... .. (338 539,21) 0,00 (338 539,21) (331 795,62) 6 743,59 98,0
Avustukset ......... ... .. ... .. ... .. ... .. ... .. ... (584 804,22) (13 687,45) (598 491,67) (606 784,86) (8 293,19) 101,4
Vuokrat ............. ... .. ... .. ... .. ... .. ... .. .. (426 410,87) (62 202,08) (488 612,95) (492 562,09) (3 949,14) 100,8
Muut toimintakulut .. ... .. ... .. ... .. ... .. ... .. .. (376 788,89) (25 953,46) (402 742,35) (395 967,22) 6 775,13 98,3
"""
}
