/// Unified line diffs for golden-file failures, so a failing comparison shows the few changed
/// lines of a 20 000-line JSON file instead of two blobs.
///
/// Output follows GNU `diff -u`: a `---`/`+++` header, `@@ -a,b +c,d @@` hunks (`,1` omitted,
/// as GNU does), ` `/`-`/`+` line prefixes, and `\ No newline at end of file` after a last line
/// that lacks one. The edit script is minimal (longest common subsequence) except on huge,
/// wholly rewritten inputs, where `MyersDiff` trades minimality for bounded time.
public enum LineDiff {
    public static func unified(old: String, new: String, oldName: String, newName: String,
                               context: Int = 3) -> String {
        // Bytes, not String ==: String equality is Unicode canonical equivalence, which would
        // call a precomposed "ä" equal to a decomposed one, and golden files compare bytes.
        if old.utf8.elementsEqual(new.utf8) { return "" }
        let a = DiffLines(old)
        let b = DiffLines(new)

        // Intern lines as integers so the diff compares Ints, not byte strings. The missing
        // final newline is part of a line's identity, so "x" at EOF differs from "x\n".
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func intern(_ lines: DiffLines) -> [Int] {
            (0..<lines.count).map { i in
                var key = lines[i]
                if i == lines.count - 1 && !lines.endsWithNewline { key = ArraySlice(Array(key) + [0x00, 0xFF]) }
                if let id = ids[key] { return id }
                let id = ids.count
                ids[key] = id
                return id
            }
        }
        let x = intern(a)
        let y = intern(b)
        let matches = MyersDiff.matches(x, y)
        let hunks = hunks(matches: matches, oldCount: x.count, newCount: y.count, context: max(0, context))

        var out: [UInt8] = Array("--- \(oldName)\n+++ \(newName)\n".utf8)
        for h in hunks {
            out += "@@ -\(range(h.oldStart, h.oldCount)) +\(range(h.newStart, h.newCount)) @@\n".utf8
            for op in h.ops {
                switch op {
                case .same(let i, _): emit(0x20, a, i, into: &out)
                case .delete(let i): emit(0x2D, a, i, into: &out)
                case .insert(let j): emit(0x2B, b, j, into: &out)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func emit(_ prefix: UInt8, _ lines: DiffLines, _ i: Int, into out: inout [UInt8]) {
        out.append(prefix)
        out += lines[i]
        out.append(0x0A)
        if i == lines.count - 1 && !lines.endsWithNewline { out += "\\ No newline at end of file\n".utf8 }
    }

    /// GNU range notation: 1-based start, `,count` unless count is 1; an empty range names the
    /// line before it (`0,0` at the top of the file).
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(count)"
        }
    }

    enum Op { case same(Int, Int), delete(Int), insert(Int) }

    struct Hunk {
        var oldStart: Int, oldCount: Int, newStart: Int, newCount: Int
        var ops: [Op]
    }

    /// Groups the edit script into hunks with `context` unchanged lines around each change;
    /// changes closer than 2 × context share a hunk.
    static func hunks(matches: [(Int, Int)], oldCount: Int, newCount: Int, context: Int) -> [Hunk] {
        // Full edit script: deletions before insertions inside each changed stretch.
        var ops: [Op] = []
        var i = 0, j = 0
        for (mi, mj) in matches + [(oldCount, newCount)] {
            while i < mi { ops.append(.delete(i)); i += 1 }
            while j < mj { ops.append(.insert(j)); j += 1 }
            if mi < oldCount { ops.append(.same(mi, mj)); i += 1; j += 1 }
        }

        // Ranges [lo, hi) of ops to print: each change widened by `context`, overlaps merged.
        var ranges: [(lo: Int, hi: Int)] = []
        for (k, op) in ops.enumerated() {
            if case .same = op { continue }
            let lo = max(0, k - context), hi = min(ops.count, k + context + 1)
            if let last = ranges.last, lo <= last.hi {
                ranges[ranges.count - 1].hi = max(last.hi, hi)
            } else {
                ranges.append((lo, hi))
            }
        }

        // Lines of each file before op k, so every hunk's position is a lookup.
        var oldBefore = [0], newBefore = [0]
        for op in ops {
            let (o, n): (Int, Int)
            switch op {
            case .same: (o, n) = (1, 1)
            case .delete: (o, n) = (1, 0)
            case .insert: (o, n) = (0, 1)
            }
            oldBefore.append(oldBefore.last! + o)
            newBefore.append(newBefore.last! + n)
        }

        return ranges.map { r in
            return Hunk(oldStart: oldBefore[r.lo], oldCount: oldBefore[r.hi] - oldBefore[r.lo],
                        newStart: newBefore[r.lo], newCount: newBefore[r.hi] - newBefore[r.lo],
                        ops: Array(ops[r.lo..<r.hi]))
        }
    }
}

/// A text's UTF-8 bytes split on `\n` (so `\r\n` keeps its `\r`, and nothing is normalised);
/// the final newline, if any, does not start an extra empty line.
struct DiffLines {
    private let bytes: [UInt8]
    private var bounds: [Range<Int>] = []
    let endsWithNewline: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        var start = 0
        for (k, byte) in bytes.enumerated() where byte == 0x0A {
            bounds.append(start..<k)
            start = k + 1
        }
        if start < bytes.count { bounds.append(start..<bytes.count) }
        endsWithNewline = bytes.last.map { $0 == 0x0A } ?? true
    }

    var count: Int { bounds.count }
    subscript(i: Int) -> ArraySlice<UInt8> { bytes[bounds[i]] }
}
