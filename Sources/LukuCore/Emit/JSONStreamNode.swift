import Foundation

/// A JSON value whose large parts are made only when they are written, so that writing a
/// document never holds its whole JSON tree: a 1 580-page report's tree was the heap peak
/// (73 MB of 4 740-page-scaled `JSONValue`s, massif, README "Memory"); streamed, at most one
/// table row, check, paragraph or issue is a tree at a time.
///
/// The bytes are exactly `JSONWriter.write(materialized)`: the writer below takes the same
/// layout decisions as `JSONWriter.writeValue` on the materialized tree.
indirect enum JSONStreamNode {
    /// A value small enough to build whole (a row, a cell, a heading).
    case value(JSONValue)
    /// An object whose member values are nodes; member order is kept.
    case object([(key: String, node: JSONStreamNode)])
    /// An array of `count` elements made one at a time by `element`. The elements are never
    /// scalars (they are objects: blocks, sections, rows, checks, issues), so a non-empty one is
    /// always laid out one element per line, as `JSONWriter` lays out an array of objects.
    case array(count: Int, element: (Int) -> JSONStreamNode)
    /// A value written straight as bytes by `write(indent, &out)` (`DocumentBytes`: a row, a
    /// check, an issue, a paragraph), the same bytes `JSONWriter` writes for `value()`; the
    /// `JSONValue` is made only when a tree is asked for (`materialized`).
    case bytes(value: () -> JSONValue, write: (_ indent: Int, _ out: inout [UInt8]) -> Void)

    /// The whole tree, for callers that want a `JSONValue` (tests, `DocumentJSON.value`).
    var materialized: JSONValue {
        switch self {
        case .value(let v): return v
        case .object(let members): return .object(members.map { JSONMember($0.key, $0.node.materialized) })
        case .array(let count, let element): return .array((0..<count).map { element($0).materialized })
        case .bytes(let value, _): return value()
        }
    }

    /// True for a value built whole (a row, a check, an issue, a paragraph), false for an
    /// object or array made as it is written (a section, a table). `writeParallel` writes each
    /// element of a batch whole into bytes of its own, so it takes only arrays whose first
    /// element is such a value: a batch of whole sections held up to the whole document's JSON
    /// (Kauhava ×10, 1 580 pages: 32 of its 79 top sections at once, about 8 of its 20 MB, more
    /// with the byte arrays' growth). An array of sections or of tables is written in order, each
    /// element streamed, and the long arrays inside it (rows, checks) side by side. A blocks
    /// array that starts with a paragraph is still batched: it holds at most 32 whole tables.
    var isBuiltWhole: Bool {
        switch self {
        case .value, .bytes: return true
        case .object, .array: return false
        }
    }

    /// True when `JSONWriter` would put this, as an object member, inside a one-line object:
    /// a scalar, an array of scalars or an empty array (`isArrayOfScalars` holds for `[]`).
    fileprivate var fitsOneLineObject: Bool {
        switch self {
        case .value(let v): return v.isScalar || v.isArrayOfScalars
        case .object: return false
        case .array(let count, _): return count == 0
        case .bytes(let value, _):
            let v = value()
            return v.isScalar || v.isArrayOfScalars
        }
    }
}

extension JSONWriter {
    /// The canonical text of `node`, ending with a newline: the same bytes as
    /// `write(node.materialized)` without building the tree.
    static func write(streaming node: JSONStreamNode) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        writeNode(node, indent: 0, into: &out, flush: nil)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// The same bytes as `write(streaming:)`, handed to `chunk` in pieces of about `chunkBytes` as
    /// they are made (a piece ends after an array element or object member).
    /// With `threads` > 1 the elements of long arrays are written side by side (`writeParallel`):
    /// the same bytes.
    static func write(streaming node: JSONStreamNode, chunkBytes: Int = 1 << 16, threads: Int = 1, chunk: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkBytes + 4096)
        withoutActuallyEscaping(chunk) { chunk in
            writeNode(node, indent: 0, into: &out, flush: Flush(bytes: chunkBytes, chunk: chunk, threads: max(1, threads)))
        }
        out.append(0x0A)
        chunk(out)
    }

    private static func writeNode(_ node: JSONStreamNode, indent: Int, into out: inout [UInt8], flush: Flush?) {
        switch node {
        case .value(let v):
            writeValue(v, indent: indent, into: &out, flush: flush)
        case .bytes(_, let write):
            write(indent, &out)
        case .object(let members):
            // Empty or all members one-line: `writeValue` writes it on one line; it is small.
            if members.allSatisfy(\.node.fitsOneLineObject) {
                writeValue(node.materialized, indent: indent, into: &out, flush: flush)
                return
            }
            writeOnePerLine(count: members.count, open: 0x7B, close: 0x7D, indent: indent, into: &out, flush: flush) { i, out in
                appendString(members[i].key, into: &out)
                out.append(contentsOf: ": ".utf8)
                writeNode(members[i].node, indent: indent + 1, into: &out, flush: flush)
            }
        case .array(let count, let element):
            guard count > 0 else {
                out.append(contentsOf: "[]".utf8)
                return
            }
            if let flush, flush.threads > 1, count >= parallelMinimum, element(0).isBuiltWhole {
                writeParallel(count: count, element: element, indent: indent, into: &out, flush: flush)
                return
            }
            writeOnePerLine(count: count, open: 0x5B, close: 0x5D, indent: indent, into: &out, flush: flush) { i, out in
                writeNode(element(i), indent: indent + 1, into: &out, flush: flush)
            }
        }
    }

    /// Shortest array whose elements `writeParallel` writes side by side; a shorter one (the
    /// few top sections of a document) is written in order, its own long arrays side by side.
    static let parallelMinimum = 8
    /// Elements written side by side at once: their bytes wait, in order, for the file.
    static let parallelBatch = 32

    /// `writeOnePerLine` of an array whose elements are written to bytes of their own on the
    /// flush's threads, `parallelBatch` at a time, and appended in order: each element's bytes
    /// depend on it and its indent alone (nothing of `out`), so the text is the same. An
    /// element is written whole inside (no nested threads); only a batch of elements' bytes is
    /// held beyond the chunk (issue 8: Kauhava's JSON was 0.15 G instructions on one thread).
    private static func writeParallel(count: Int, element: (Int) -> JSONStreamNode, indent: Int,
                                      into out: inout [UInt8], flush: Flush) {
        out.append(0x5B)
        var start = 0
        while start < count {
            let n = min(parallelBatch, count - start)
            let parts = ParallelMap.map(count: n, threads: flush.threads) { k -> [UInt8] in
                var own: [UInt8] = []
                writeNode(element(start + k), indent: indent + 1, into: &own, flush: nil)
                return own
            }
            for (k, part) in parts.enumerated() {
                out.append(contentsOf: start + k > 0 ? ",\n".utf8 : "\n".utf8)
                appendIndent(indent + 1, into: &out)
                out.append(contentsOf: part)
                flush(&out)
            }
            start += n
        }
        out.append(0x0A)
        appendIndent(indent, into: &out)
        out.append(0x5D)
    }
}
