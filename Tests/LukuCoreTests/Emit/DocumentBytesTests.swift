import XCTest
@testable import LukuCore

/// `DocumentBytes` writes rows, cells, checks, issues, paragraphs and lists straight as bytes;
/// they must be the bytes `JSONWriter` writes for `DocumentEncoder`'s trees, at every indent.
final class DocumentBytesTests: XCTestCase {
    private func tree(_ value: JSONValue, indent: Int) -> String {
        var out: [UInt8] = []
        JSONWriter.writeValue(value, indent: indent, into: &out, flush: nil)
        return String(decoding: out, as: UTF8.self)
    }

    private func bytes(_ write: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Every row, check, issue, paragraph and list of every golden file (PDFs and all text
    /// flavours of the corpus), at the indent it has in the file and at two others.
    func testEveryObjectOfTheGoldenFilesIsTheTreeWritersBytes() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThan(names.count, 10)
        var rows = 0, expandedChecks = 0, paragraphs = 0
        for name in names {
            let document = try DocumentJSON.decode(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            var blocks = document.blocks
            func collect(_ s: Section) { blocks += s.blocks; s.sections.forEach(collect) }
            document.sections.forEach(collect)
            for indent in [0, 3, 6] {
                for block in blocks {
                    switch block {
                    case .paragraph(let p):
                        XCTAssertEqual(bytes { DocumentBytes.paragraph(p, into: &$0) }, tree(DocumentEncoder.paragraph(p), indent: indent), name)
                        paragraphs += 1
                    case .list(let l):
                        XCTAssertEqual(bytes { DocumentBytes.list(l, into: &$0) }, tree(DocumentEncoder.list(l), indent: indent), name)
                    case .table(let t):
                        for r in t.rows {
                            XCTAssertEqual(bytes { DocumentBytes.row(r, indent: indent, into: &$0) }, tree(DocumentEncoder.row(r), indent: indent), name)
                            rows += 1
                        }
                        for c in t.checks {
                            XCTAssertEqual(bytes { DocumentBytes.check(c, indent: indent, into: &$0) }, tree(DocumentEncoder.check(c), indent: indent), name)
                            if !c.operands.isEmpty { expandedChecks += 1 }
                        }
                    }
                }
                for i in document.issues {
                    XCTAssertEqual(bytes { DocumentBytes.issue(i, into: &$0) }, tree(DocumentEncoder.issue(i), indent: indent), name)
                }
            }
        }
        XCTAssertGreaterThan(rows, 1000)
        XCTAssertGreaterThan(expandedChecks, 100)
        XCTAssertGreaterThan(paragraphs, 100)
    }

    /// What the golden files may not hold: repeated and unsorted flags, numbers far from one
    /// (a fraction below 10^-20, an exponent above zero, a 20-digit mantissa), NaN, a negative
    /// zero coordinate, huge and non-finite coordinates, escapes, empty and all-null cells, a
    /// group and a page, an operand in another table and a subtracted one, a tolerance.
    func testEdgesAreTheTreeWritersBytes() {
        let cells: [Cell] = [
            Cell(text: "\"12\"\n\u{1}\u{2028}", value: Decimal(string: "-0.000000000000000000000123"), unit: "€",
                 flags: [.merged, .checkFailed, .merged, .ambiguousSplit],
                 bbox: BoundingBox(x0: -0.04, y0: 1e16, x1: -1e16, y1: .nan)),
            Cell(text: "1e5", value: Decimal(sign: .plus, exponent: 5, significand: 123)),
            Cell(text: "max", value: Decimal(string: "18446744073709551615")),
            Cell(text: "beyond 64 bits", value: Decimal(string: "-123456789012345678901234.5678")),
            Cell(text: "NaN", value: Decimal.nan, flags: [.checkFailed]),
            Cell(text: "0", value: Decimal(string: "-0.000"), bbox: BoundingBox(x0: 56.75, y0: 0.05, x1: 0.95, y1: -12.35)),
            Cell(text: "11080763.67", value: Decimal(string: "11080763.670")),
        ]
        let rows = [
            Row(label: "", cells: []),
            Row(label: "Tulot", cells: [nil, nil]),
            Row(label: "Menot \\ yht.", group: "Toimintakulut", level: 2, cells: [nil] + cells.map(Optional.some) + [nil], page: 7),
            Row(label: "x", group: "g", level: -1, cells: [nil], page: 3),
        ]
        for r in rows {
            for indent in [0, 1, 5] {
                XCTAssertEqual(bytes { DocumentBytes.row(r, indent: indent, into: &$0) }, tree(DocumentEncoder.row(r), indent: indent))
            }
        }
        let checks = [
            Check(rule: "sum", column: 1, row: 4, operands: [], expected: Decimal(string: "0.5")!, actual: .nan, outcome: .ok),
            Check(rule: "balance", column: 0, row: 12, table: "p3-t1",
                  operands: [.init(row: 1, column: 0), .init(row: 2, column: 0, coefficient: -1),
                             .init(row: 7, column: 2, coefficient: 1, table: "p4-t2"), .init(row: 9, column: 2, coefficient: -1, table: "p\"5")],
                  expected: Decimal(string: "-1200.50")!, actual: Decimal(string: "-1200.4")!, tolerance: Decimal(string: "0.05")!,
                  outcome: .rounding),
        ]
        for c in checks {
            for indent in [0, 2, 4] {
                XCTAssertEqual(bytes { DocumentBytes.check(c, indent: indent, into: &$0) }, tree(DocumentEncoder.check(c), indent: indent))
            }
        }
        for i in [Issue(severity: .warning, code: "identity-mismatch", page: 12, message: "a \"b\"\t"), Issue.error("no page")] {
            XCTAssertEqual(bytes { DocumentBytes.issue(i, into: &$0) }, tree(DocumentEncoder.issue(i), indent: 0))
        }
        for l in [ListBlock(page: 1, items: []), ListBlock(page: 2, items: ["a", "b\u{7}"])] {
            XCTAssertEqual(bytes { DocumentBytes.list(l, into: &$0) }, tree(DocumentEncoder.list(l), indent: 0))
        }
        // One written out by hand from the layout rule, not from either writer.
        XCTAssertEqual(bytes { DocumentBytes.row(Row(label: "TULOT", level: 1, cells: [Cell(text: "-5,20", value: Decimal(string: "-5.20"), flags: [.merged, .checkFailed, .merged]), nil]), indent: 1, into: &$0) },
                       "{\n    \"label\": \"TULOT\",\n    \"level\": 1,\n    \"cells\": [\n      {\"text\": \"-5,20\", \"value\": -5.2, \"flags\": [\"check-failed\", \"merged\"]},\n      null\n    ]\n  }")
    }
}
