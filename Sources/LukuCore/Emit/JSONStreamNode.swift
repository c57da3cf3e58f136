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

    /// The whole tree, for callers that want a `JSONValue` (tests, `DocumentJSON.value`).
    var materialized: JSONValue {
        switch self {
        case .value(let v): return v
        case .object(let members): return .object(members.map { JSONMember($0.key, $0.node.materialized) })
        case .array(let count, let element): return .array((0..<count).map { element($0).materialized })
        }
    }

    /// True when `JSONWriter` would put this, as an object member, inside a one-line object:
    /// a scalar, an array of scalars or an empty array (`isArrayOfScalars` holds for `[]`).
    fileprivate var fitsOneLineObject: Bool {
        switch self {
        case .value(let v): return v.isScalar || v.isArrayOfScalars
        case .object: return false
        case .array(let count, _): return count == 0
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
    static func write(streaming node: JSONStreamNode, chunkBytes: Int = 1 << 16, chunk: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkBytes + 4096)
        withoutActuallyEscaping(chunk) { chunk in
            writeNode(node, indent: 0, into: &out, flush: Flush(bytes: chunkBytes, chunk: chunk))
        }
        out.append(0x0A)
        chunk(out)
    }

    private static func writeNode(_ node: JSONStreamNode, indent: Int, into out: inout [UInt8], flush: Flush?) {
        switch node {
        case .value(let v):
            writeValue(v, indent: indent, into: &out, flush: flush)
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
            writeOnePerLine(count: count, open: 0x5B, close: 0x5D, indent: indent, into: &out, flush: flush) { i, out in
                writeNode(element(i), indent: indent + 1, into: &out, flush: flush)
            }
        }
    }
}
