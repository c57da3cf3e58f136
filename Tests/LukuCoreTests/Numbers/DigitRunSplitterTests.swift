import XCTest
@testable import LukuCore

final class DigitRunSplitterTests: XCTestCase {
    private func tokens(_ s: String) -> [String] { s.split(separator: " ").map(String.init) }

    /// (tail as printed, columns, hints, expected cells or nil, readings that fit)
    private let table: [(String, Int, [Int?], [String]?, Int)] = [
        // DOMAIN.md's example: 70 readings fit (000 cannot start a number); only one is even.
        ("213 930 260 000 374 119 268 670 278 750", 5, [],
         ["213 930", "260 000", "374 119", "268 670", "278 750"], 70),
        // Signed tokens start numbers; the 4-way split of the second block is settled by evenness.
        ("-6 649 150 -6 305 569 343 581 -5,2", 4, [],
         ["-6 649 150", "-6 305 569", "343 581", "-5,2"], 6),
        ("0 0 0 0 0", 5, [], ["0", "0", "0", "0", "0"], 1),
        ("55 0 -1 054 0 112", 5, [], ["55", "0", "-1 054", "0", "112"], 1),
        ("19 036 -20 000 -22 986 -52 670 -54 950", 5, [],
         ["19 036", "-20 000", "-22 986", "-52 670", "-54 950"], 1),
        // Truly ambiguous: 1 | 234 567 or 1 234 | 567; evenness picks the second…
        ("1 234 567", 2, [], ["1 234", "567"], 2),
        // …and hints from unambiguous rows of the same table override evenness.
        ("1 234 567", 2, [1, 6], ["1", "234 567"], 2),
        ("1 234 567", 2, [nil, 6], ["1", "234 567"], 2),
        // The DOMAIN example with hints that ask for the uneven reading.
        ("213 930 260 000 374 119 268 670 278 750", 5, [3, 9, 6, 6, 6],
         ["213", "930 260 000", "374 119", "268 670", "278 750"], 70),
        // Detached signs stay as printed.
        ("+ 1 310 855 – 3", 2, [], ["+ 1 310 855", "– 3"], 1),
        // A % token belongs to the number before it; decimals end a number.
        ("343 581 -5,2 % 12 9,91", 4, [], ["343 581", "-5,2 %", "12", "9,91"], 1),
        ("12 345,5%", 1, [], ["12 345,5%"], 1),
        // An ungrouped 4+ digit token is a whole number.
        ("11544 213 930", 2, [], ["11544", "213 930"], 1),
        // A dot-grouped token is a whole number too (Lapua's minutes in -layout text); a date is none.
        ("438.900 349.095 79,5", 3, [], ["438.900", "349.095", "79,5"], 1),
        ("- 16.756.130 - 13.155.924 78,5", 3, [], ["- 16.756.130", "- 13.155.924", "78,5"], 1),
        ("-10.100,97 5 000", 2, [], ["-10.100,97", "5 000"], 1),
        ("1.234 567", 1, [], nil, 0),
        ("21.11.2024 5", 2, [], nil, 0),
        // Placeholders fill a column; a lone dash is an empty cell or a detached sign.
        ("xx 100 200", 2, [], ["xx", "100 200"], 1),
        ("- 100 xx", 3, [], ["-", "100", "xx"], 1),
        ("- 100 xx", 2, [], ["- 100", "xx"], 1),
        // No reading fits.
        ("1 234", 3, [], nil, 0),
        ("054 123", 1, [], nil, 0),
        ("213 930 260", 5, [], nil, 0),
        ("12 siirretty", 2, [], nil, 0),
        ("1 234", 0, [], nil, 0),
        // A number carries one unit: after an attached one, a unit token fits nowhere.
        ("12% %", 1, [], nil, 0),
        ("12% % 3", 2, [], nil, 0),
    ]

    func testTable() {
        for (tail, n, hints, expected, count) in table {
            let s = DigitRunSplitter.split(tokens(tail), columns: n, hints: hints)
            XCTAssertEqual(s?.numbers, expected, "\(tail) / \(n) / \(hints)")
            XCTAssertEqual(s?.alternatives ?? 0, count, "\(tail) / \(n)")
            XCTAssertEqual(s?.ambiguous ?? false, count > 1, "\(tail) / \(n)")
            XCTAssertEqual(DigitRunSplitter.splits(tokens(tail), columns: n, limit: 1000).count, count, tail)
        }
    }

    func testAllReadingsOfTheAmbiguousCase() {
        XCTAssertEqual(DigitRunSplitter.splits(["1", "234", "567"], columns: 2),
                       [["1 234", "567"], ["1", "234 567"]])
    }

    func testEveryReadingIsValidAndGreedyFirst() {
        let readings = DigitRunSplitter.splits(tokens("-6 649 150 -6 305 569 343 581 -5,2"), columns: 4)
        XCTAssertEqual(readings.first, ["-6 649 150", "-6 305 569 343", "581", "-5,2"])
        XCTAssertEqual(Set(readings.map { $0.joined(separator: "|") }).count, 6)
        for r in readings {
            for cell in r { XCTAssertNotNil(FinnishNumber.parse(cell), cell) }
        }
    }

    func testLimit() {
        XCTAssertEqual(DigitRunSplitter.splits(tokens("213 930 260 000 374 119 268 670 278 750"), columns: 5).count, 64)
        XCTAssertEqual(DigitRunSplitter.splits(tokens("213 930 260 000 374 119 268 670 278 750"), columns: 5, limit: 3).count, 3)
    }

    func testLongRowStaysExactAndFast() {
        // 60 three-digit tokens under 12 columns: billions of readings, counted exactly (saturating).
        let row = Array(repeating: "123", count: 60)
        let s = DigitRunSplitter.split(row, columns: 12)
        XCTAssertEqual(s?.numbers, Array(repeating: "123 123 123 123 123", count: 12))
        XCTAssertTrue(s?.ambiguous ?? false)
    }

    /// Bounded work: a row the splitter cannot search in a few milliseconds' worth of steps is
    /// reported capped with no reading, never searched for seconds (400 groups took 75 s).
    func testSearchIsCappedNotUnbounded() {
        let long = Array(repeating: "123", count: 400)
        XCTAssertTrue(DigitRunSplitter.search(long, columns: 4).capped, "over maxTokens")
        XCTAssertEqual(DigitRunSplitter.split(long, columns: 4), nil)
        // Under maxTokens but beyond the step budget (35 s before the cap).
        let wide = Array(repeating: "123", count: 240)
        let result = DigitRunSplitter.search(wide, columns: 8, limit: 1)
        XCTAssertTrue(result.capped)
        XCTAssertEqual(result.readings, [])
        // Real rows stay far inside the budget, 60 groups under 12 columns included.
        let graph = DigitRunSplitter.Graph(Array(repeating: "123", count: 60), columns: 12)!
        let search = SplitSearch(graph, .none)
        XCTAssertEqual(search.best(5).count, 5)
        XCTAssertFalse(search.exhausted)
        XCTAssertLessThan(search.steps, SplitSearch.maxSteps / 2, "steps \(search.steps)")
        XCTAssertFalse(DigitRunSplitter.search(tokens("213 930 260 000 374 119 268 670 278 750"), columns: 5).capped)
    }

    func testDigitCount() {
        XCTAssertEqual(DigitRunSplitter.digitCount("-6 649 150"), 7)
        XCTAssertEqual(DigitRunSplitter.digitCount("-5,2 %"), 1)
        XCTAssertEqual(DigitRunSplitter.digitCount("xx"), 0)
    }

    // MARK: - ranked

    /// (tail, columns, evidence, expected best-first cells (a prefix of the ranking), readings that fit)
    private let rankedTable: [(String, Int, SplitEvidence, [[String]], Int)] = [
        // DOMAIN.md's example: the even reading first, then the spread-6 readings in greedy order.
        ("213 930 260 000 374 119 268 670 278 750", 5, .none,
         [["213 930", "260 000", "374 119", "268 670", "278 750"],
          ["213 930", "260 000 374", "119 268 670", "278", "750"]], 70),
        // Magnitudes of the same columns in neighbouring rows outrank evenness…
        ("213 930 260 000 374 119 268 670 278 750", 5, SplitEvidence(columnDigits: [3, 9, 6, 6, 6]),
         [["213", "930 260 000", "374 119", "268 670", "278 750"],
          ["213 930", "260 000", "374 119", "268 670", "278 750"]], 70),
        // …and agreeing evidence keeps the even reading.
        ("213 930 260 000 374 119 268 670 278 750", 5, SplitEvidence(columnDigits: [6, nil, 6]),
         [["213 930", "260 000", "374 119", "268 670", "278 750"]], 70),
        // The row's other cells join the evenness measure: here every reading spans 3…9 digits,
        // so the tie goes to leftmost-greedy order.
        ("111 222 333 444 555", 3, .none, [["111 222", "333 444", "555"]], 6),
        ("111 222 333 444 555", 3, SplitEvidence(rowDigits: [9]), [["111 222 333", "444", "555"]], 6),
        // Signs: attached ones start a number, a detached one joins the digits after it, a lone
        // dash may also be an empty cell.
        ("+ 1 310 855 – 3", 2, .none, [["+ 1 310 855", "– 3"]], 1),
        ("-6 649 150 -6 305 569 343 581 -5,2", 4, .none,
         [["-6 649 150", "-6 305 569", "343 581", "-5,2"], ["-6 649 150", "-6 305", "569 343 581", "-5,2"]], 6),
        ("− 5 000 -3", 2, .none, [["− 5 000", "-3"]], 1),
        ("- 5 000", 2, .none, [["-", "5 000"]], 1),
        ("- 5 000", 1, .none, [["- 5 000"]], 1),
        ("- 100 xx", 3, .none, [["-", "100", "xx"]], 1),
        // Placeholders fill one column each; a unit token after one belongs to it.
        (".. … — xx", 4, .none, [["..", "…", "—", "xx"]], 1),
        ("xx % 12 345", 2, .none, [["xx %", "12 345"]], 1),
        ("12 xx 345", 2, .none, [], 0),
        // Decimals end a number.
        ("1 234,5 678", 2, .none, [["1 234,5", "678"]], 1),
        ("343 581 -5,2 % 12 9,91", 4, .none, [["343 581", "-5,2 %", "12", "9,91"]], 1),
        ("12,5 300", 1, .none, [], 0),
        // Arithmetic outranks magnitudes: the hook says the first column is 1.
        ("1 234 567", 2, SplitEvidence(identities: { $0.first == 1 ? 1 : 0 }), [["1", "234 567"], ["1 234", "567"]], 2),
    ]

    func testRankedTable() {
        for (tail, n, evidence, expected, count) in rankedTable {
            let label = "\(tail) / \(n)"
            let ranked = DigitRunSplitter.ranked(tokens(tail), columns: n, evidence: evidence)
            XCTAssertEqual(ranked.count, count, label)
            XCTAssertEqual(Array(ranked.prefix(expected.count).map(\.cells)), expected, label)
            XCTAssertTrue(ranked.allSatisfy { $0.alternatives == count && $0.ambiguous == (count > 1) }, label)
            XCTAssertEqual(ranked.map(\.score), ranked.map(\.score).sorted(), "scores non-decreasing: \(label)")
            for r in ranked {
                XCTAssertEqual(r.digits, r.cells.map { FinnishNumber.parse($0) == nil ? nil : DigitRunSplitter.digitCount($0) }, label)
            }
        }
    }

    func testScoresAndReasons() {
        let row = tokens("213 930 260 000 374 119 268 670 278 750")
        let plain = DigitRunSplitter.ranked(row, columns: 5)
        XCTAssertEqual(plain[0].score, SplitScore(columnCost: 0, spread: 0))
        XCTAssertEqual(plain[0].reasons, ["digit counts 6…6: spread 0"])
        XCTAssertEqual(plain[1].score, SplitScore(columnCost: 0, spread: 6))
        XCTAssertEqual(plain[2].reasons.last, "same score as #2; leftmost-greedy order (earlier numbers longer) ranks it after")

        let hinted = DigitRunSplitter.ranked(row, columns: 5, evidence: SplitEvidence(columnDigits: [3, 9, 6, 6, 6]))
        XCTAssertEqual(hinted[1].score, SplitScore(columnCost: 6, spread: 0))
        XCTAssertEqual(hinted[1].reasons, ["column 1: 6 digits where neighbouring rows have 3 (cost 3)",
                                           "column 2: 6 digits where neighbouring rows have 9 (cost 3)",
                                           "digit counts 6…6: spread 0"])
        XCTAssertEqual(hinted[0].reasons.first, "every column has the digit count of its neighbouring rows")

        let withRow = DigitRunSplitter.ranked(tokens("1 234 567"), columns: 2, evidence: SplitEvidence(rowDigits: [7, 0]))
        XCTAssertEqual(withRow[0].reasons, ["digit counts 3…7 with the row's other cells: spread 4"])

        let counted = DigitRunSplitter.ranked(tokens("1 234 567"), columns: 2,
                                              evidence: SplitEvidence(identities: { $0.compactMap { $0 }.count }))
        XCTAssertEqual(counted[0].score.identities, 2)
        XCTAssertEqual(counted[0].reasons.first, "2 arithmetic identities hold")
        XCTAssertEqual(DigitRunSplitter.ranked(tokens("xx –"), columns: 2)[0].reasons, ["placeholders only: no digit counts to compare"])
        XCTAssertEqual(DigitRunSplitter.ranked(tokens("xx –"), columns: 2)[0].digits, [nil, nil])
    }

    func testRankedLimitAndSplitWrapper() {
        let row = tokens("213 930 260 000 374 119 268 670 278 750")
        XCTAssertEqual(DigitRunSplitter.ranked(row, columns: 5, limit: 3).map(\.cells),
                       Array(DigitRunSplitter.ranked(row, columns: 5).prefix(3)).map(\.cells))
        XCTAssertEqual(DigitRunSplitter.ranked(row, columns: 5, limit: 0), [])
        XCTAssertEqual(DigitRunSplitter.split(row, columns: 5, hints: [3, 9, 6, 6, 6]),
                       DigitSplit(numbers: ["213", "930 260 000", "374 119", "268 670", "278 750"], alternatives: 70))
    }

    func testRankedLongRowHasExactBestAndCount() {
        // 60 three-digit tokens under 12 columns: the best readings come without enumerating billions.
        let row = Array(repeating: "123", count: 60)
        let ranked = DigitRunSplitter.ranked(row, columns: 12, limit: 5)
        XCTAssertEqual(ranked.count, 5)
        XCTAssertEqual(ranked[0].cells, Array(repeating: "123 123 123 123 123", count: 12))
        XCTAssertEqual(ranked[0].alternatives, 279_871_768_995)  // C(59, 11)
        XCTAssertEqual(ranked[1].score.spread, 6)  // 12 + 18 digits: the least uneven
    }
}
