import XCTest
@testable import LukuCore

final class LineDiffTests: XCTestCase {
    private func lines(_ range: ClosedRange<Int>) -> String {
        range.map { "l\($0)\n" }.joined()
    }

    func testEqualInputGivesEmptyDiff() {
        XCTAssertEqual(LineDiff.unified(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y"), "")
        XCTAssertEqual(LineDiff.unified(old: "", new: "", oldName: "x", newName: "y"), "")
    }

    func testOneChangedLineInTheMiddle() {
        let old = lines(1...10)
        let new = old.replacingOccurrences(of: "l5\n", with: "L5\n")
        XCTAssertEqual(LineDiff.unified(old: old, new: new, oldName: "golden/a.json", newName: "actual/a.json"), """
        --- golden/a.json
        +++ actual/a.json
        @@ -2,7 +2,7 @@
         l2
         l3
         l4
        -l5
        +L5
         l6
         l7
         l8

        """)
    }

    func testInsertionAtEnd() {
        XCTAssertEqual(LineDiff.unified(old: "a\nb\n", new: "a\nb\nc\n", oldName: "old", newName: "new"), """
        --- old
        +++ new
        @@ -1,2 +1,3 @@
         a
         b
        +c

        """)
    }

    func testIntoAndOutOfEmptyFiles() {
        XCTAssertEqual(LineDiff.unified(old: "", new: "x\n", oldName: "o", newName: "n"),
                       "--- o\n+++ n\n@@ -0,0 +1 @@\n+x\n")
        XCTAssertEqual(LineDiff.unified(old: "x\ny\n", new: "", oldName: "o", newName: "n"),
                       "--- o\n+++ n\n@@ -1,2 +0,0 @@\n-x\n-y\n")
    }

    func testMissingFinalNewline() {
        XCTAssertEqual(LineDiff.unified(old: "a\nb", new: "a\nb\n", oldName: "o", newName: "n"), """
        --- o
        +++ n
        @@ -1,2 +1,2 @@
         a
        -b
        \\ No newline at end of file
        +b

        """)
    }

    func testCarriageReturnAndUnicodeNormalFormsAreDifferences() {
        XCTAssertEqual(LineDiff.unified(old: "a\r\n", new: "a\n", oldName: "o", newName: "n"),
                       "--- o\n+++ n\n@@ -1 +1 @@\n-a\r\n+a\n")
        // Precomposed vs decomposed "ä": equal as Swift Strings, different as bytes.
        XCTAssertNotEqual(LineDiff.unified(old: "\u{E4}\n", new: "a\u{308}\n", oldName: "o", newName: "n"), "")
    }

    func testDistantChangesGetSeparateHunksCloseOnesShareOne() {
        let old = lines(1...30)
        let far = old.replacingOccurrences(of: "l5\n", with: "X\n").replacingOccurrences(of: "l25\n", with: "Y\n")
        let farDiff = LineDiff.unified(old: old, new: far, oldName: "o", newName: "n")
        XCTAssertEqual(hunkCount(farDiff), 2)
        XCTAssertTrue(farDiff.contains("@@ -2,7 +2,7 @@\n"))
        XCTAssertTrue(farDiff.contains("@@ -22,7 +22,7 @@\n"))
        let near = old.replacingOccurrences(of: "l5\n", with: "X\n").replacingOccurrences(of: "l11\n", with: "Y\n")
        let nearDiff = LineDiff.unified(old: old, new: near, oldName: "o", newName: "n")
        XCTAssertTrue(nearDiff.contains("@@ -2,13 +2,13 @@\n"), nearDiff)
        XCTAssertEqual(hunkCount(nearDiff), 1)
        XCTAssertTrue(LineDiff.unified(old: old, new: near, oldName: "o", newName: "n", context: 0)
                        .contains("@@ -5 +5 @@\n-l5\n+X\n@@ -11 +11 @@\n-l11\n+Y\n"))
    }

    /// Random small inputs: the diff must turn old into new, and be minimal (LCS by DP).
    func testRandomDiffsApplyAndAreMinimal() throws {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<400 {
            let alphabet = Int(rng.next() % 5) + 1
            let a = (0..<Int(rng.next() % 14)).map { _ in "v\(rng.next() % UInt64(alphabet))" }
            let b = (0..<Int(rng.next() % 14)).map { _ in "v\(rng.next() % UInt64(alphabet))" }
            let old = a.map { $0 + "\n" }.joined(), new = b.map { $0 + "\n" }.joined()
            let diff = LineDiff.unified(old: old, new: new, oldName: "o", newName: "n", context: Int(rng.next() % 4))
            XCTAssertEqual(try apply(diff, to: a), b, "\(a) → \(b)\n\(diff)")
            let changes = diff.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("-") || $0.hasPrefix("+") }
            XCTAssertEqual(changes.count, a.count + b.count - 2 * lcsLength(a, b), "\(a) → \(b)")
        }
    }

    /// Larger random inputs exercise the divide-and-conquer splits (still under the cost limit).
    func testMediumRandomDiffsAreMinimal() throws {
        var rng = SplitMix64(seed: 2024)
        for _ in 0..<25 {
            let alphabet = Int(rng.next() % 6) + 2
            let a = (0..<Int(rng.next() % 300)).map { _ in "v\(rng.next() % UInt64(alphabet))" }
            var b = a
            for _ in 0..<Int(rng.next() % 60) where !b.isEmpty {
                let at = Int(rng.next() % UInt64(b.count))
                if rng.next() % 2 == 0 { b.remove(at: at) } else { b.insert("v\(rng.next() % UInt64(alphabet + 2))", at: at) }
            }
            let diff = LineDiff.unified(old: a.map { $0 + "\n" }.joined(), new: b.map { $0 + "\n" }.joined(),
                                        oldName: "o", newName: "n", context: 2)
            XCTAssertEqual(try apply(diff, to: a), b)
            let changes = diff.split(separator: "\n").dropFirst(2).filter { $0.hasPrefix("-") || $0.hasPrefix("+") }
            XCTAssertEqual(changes.count, a.count + b.count - 2 * lcsLength(a, b))
        }
    }

    func testTwentyThousandLinesWithAFewChangesIsFast() throws {
        let old = (0..<20_000).map { "    {\"text\": \"\($0)\", \"value\": \($0)},\n" }
        var new = old
        new[3] = "changed\n"
        new.insert("inserted\n", at: 10_000)
        new.remove(at: 15_000)
        new[19_990] = "changed too\n"
        let diff = LineDiff.unified(old: old.joined(), new: new.joined(), oldName: "o", newName: "n")
        XCTAssertEqual(hunkCount(diff), 4, diff)
        // The work, not the clock: four changes in 20 000 lines are matched by the common prefix and
        // suffix and the set-aside of one-sided lines, with no diagonal searched (measured: 0).
        let ids = intern(old, new)
        let work = MyersDiff.matchesAndWork(ids.0, ids.1).diagonals
        XCTAssertLessThan(work, 100)
        XCTAssertEqual(try apply(diff, to: old.map { String($0.dropLast()) }), new.map { String($0.dropLast()) })
    }

    /// Wholly rewritten input from a small line alphabet is the worst case for Myers; the cost
    /// limit must keep it bounded, and the diff must still be correct.
    func testWorstCaseStaysBoundedAndCorrect() throws {
        var rng = SplitMix64(seed: 7)
        let a = (0..<6_000).map { _ in "x\(rng.next() % 40)" }
        let b = (0..<6_000).map { _ in "x\(rng.next() % 40)" }
        let diff = LineDiff.unified(old: a.map { $0 + "\n" }.joined(), new: b.map { $0 + "\n" }.joined(),
                                    oldName: "o", newName: "n")
        XCTAssertEqual(try apply(diff, to: a), b)
        // The work, not the clock: the cost limit caps each split at `costLimit` rounds. Measured:
        // 12.4 M diagonals with the limit, 38.6 M without it (more than 6 000 × 6 000).
        let ids = intern(a, b)
        let work = MyersDiff.matchesAndWork(ids.0, ids.1).diagonals
        XCTAssertLessThan(work, 6_000 * 6_000 / 2)
        // Different lines only: nothing in common, so the middle is filtered away with no search.
        let c = (0..<20_000).map { "c\($0)" }, d = (0..<20_000).map { "d\($0)" }
        XCTAssertFalse(LineDiff.unified(old: c.map { $0 + "\n" }.joined(), new: d.map { $0 + "\n" }.joined(),
                                        oldName: "o", newName: "n").isEmpty)
        let disjoint = intern(c, d)
        XCTAssertEqual(MyersDiff.matchesAndWork(disjoint.0, disjoint.1).diagonals, 0)
    }

    // MARK: - Helpers

    /// The lines as integers, equal lines equal, as LineDiff interns them.
    private func intern(_ a: [String], _ b: [String]) -> ([Int], [Int]) {
        var ids: [String: Int] = [:]
        let id = { (s: String) -> Int in
            if let k = ids[s] { return k }
            ids[s] = ids.count
            return ids.count - 1
        }
        return (a.map(id), b.map(id))
    }

    private func hunkCount(_ diff: String) -> Int {
        diff.split(separator: "\n").filter { $0.hasPrefix("@@ -") }.count
    }

    struct PatchError: Error { var message: String }

    /// Applies a unified diff (as produced here, all lines ending in "\n") to `old`, checking
    /// every context and deleted line against it.
    private func apply(_ diff: String, to old: [String]) throws -> [String] {
        if diff.isEmpty { return old }
        var lines = diff.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines.removeLast()
        guard lines.count >= 2, lines[0].hasPrefix("--- "), lines[1].hasPrefix("+++ ") else {
            throw PatchError(message: "bad header")
        }
        var result: [String] = []
        var pos = 0
        var k = 2
        while k < lines.count {
            let header = lines[k]
            guard header.hasPrefix("@@ -"), header.hasSuffix(" @@") else { throw PatchError(message: header) }
            let parts = header.dropFirst(4).dropLast(3).split(separator: " ")
            let oldRange = parts[0].split(separator: ",").map { Int($0)! }
            let oldStart = oldRange.count == 2 && oldRange[1] == 0 ? oldRange[0] : oldRange[0] - 1
            guard oldStart >= pos else { throw PatchError(message: "overlap \(header)") }
            result += old[pos..<oldStart]
            pos = oldStart
            k += 1
            while k < lines.count && !lines[k].hasPrefix("@@") {
                let line = lines[k], body = String(line.dropFirst())
                switch line.first {
                case " ":
                    guard pos < old.count, old[pos] == body else { throw PatchError(message: "context \(line)") }
                    result.append(body); pos += 1
                case "-":
                    guard pos < old.count, old[pos] == body else { throw PatchError(message: "delete \(line)") }
                    pos += 1
                case "+": result.append(body)
                default: throw PatchError(message: "bad line \(line)")
                }
                k += 1
            }
        }
        return result + old[pos...]
    }

    private func lcsLength(_ a: [String], _ b: [String]) -> Int {
        var row = [Int](repeating: 0, count: b.count + 1)
        for x in a {
            var diag = 0
            for j in 1...max(1, b.count) where !b.isEmpty {
                let up = row[j]
                row[j] = x == b[j - 1] ? diag + 1 : max(row[j], row[j - 1])
                diag = up
            }
        }
        return row[b.count]
    }

}
