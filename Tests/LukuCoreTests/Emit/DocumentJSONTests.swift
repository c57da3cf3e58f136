import XCTest
@testable import LukuCore

final class DocumentJSONTests: XCTestCase {
    /// A document touching every field: section tree, paragraph, list, table with a null cell,
    /// flags, a failing check, issues with and without a page, bbox, an unnumbered heading.
    static func sample() -> Document {
        let table = Table(
            id: "p5-t1", page: 5, pages: [5, 6],
            bbox: BoundingBox(x0: 56.7, y0: 120.3, x1: 540.1, y1: 210.8),
            caption: "Hallintopalvelut", unit: "€",
            columns: [Column(header: "TP 2024", kind: .tp, year: 2024),
                      Column(header: "POIKKEAMA %", kind: .poikkeama, unit: "%")],
            rows: [
                Row(label: "MENOT", level: 0, cells: [
                    Cell(text: "-6 649 150", value: Decimal(string: "-6649150")),
                    Cell(text: "-5,2", value: Decimal(string: "-5.2"), unit: "%"),
                ]),
                Row(label: "MENOT", group: "Joukkoliikenne", level: 1, cells: [
                    Cell(text: "213 930 260", value: Decimal(string: "213930260"),
                         flags: [.ambiguousSplit, .checkFailed],
                         bbox: BoundingBox(x0: 300, y0: 88, x1: 340.5, y1: 96.3)),
                    nil,
                ], page: 6),
            ],
            checks: [Check(rule: "MENOT + TULOT = NETTOMENO", column: 1, row: 2,
                           expected: Decimal(string: "-1011034")!, actual: Decimal(string: "-1611034")!, tolerance: 1)])
        return Document(
            source: Source(file: "hallintopalvelut-tp2024.pdf", sha256: "abc123", format: .pdf, pages: 7),
            title: "HALLINTOPALVELUT TOIMIALA",
            blocks: [.paragraph(Paragraph(page: 1, text: "Johdanto"))],
            sections: [Section(
                heading: Heading(number: "8", text: "Määrärahat", level: 1, page: 5),
                blocks: [.list(ListBlock(page: 5, items: ["yksi", "kaksi"])), .table(table)],
                sections: [Section(heading: Heading(number: nil, text: "ALATAULUKKO", level: 2, page: 6))])],
            issues: [Issue(severity: .warning, code: "identity-mismatch", page: 9, message: "MENOT + TULOT ≠ NETTOMENO"),
                     .error("unreadable")])
    }

    /// Written by hand from OUTPUT.md's key order and the writer's layout rule.
    static let sampleText = """
    {
      "schema": "luku.document/5",
      "source": {"file": "hallintopalvelut-tp2024.pdf", "sha256": "abc123", "format": "pdf", "pages": 7},
      "title": "HALLINTOPALVELUT TOIMIALA",
      "verified": {"numericCells": 3, "verifiedCells": 0, "share": 0},
      "blocks": [
        {"type": "paragraph", "page": 1, "text": "Johdanto"}
      ],
      "sections": [
        {
          "heading": {"number": "8", "text": "Määrärahat", "level": 1, "page": 5},
          "blocks": [
            {"type": "list", "page": 5, "items": ["yksi", "kaksi"]},
            {
              "type": "table",
              "id": "p5-t1",
              "page": 5,
              "pages": [5, 6],
              "bbox": [56.7, 120.3, 540.1, 210.8],
              "caption": "Hallintopalvelut",
              "unit": "€",
              "columns": [
                {"header": "TP 2024", "kind": "TP", "year": 2024},
                {"header": "POIKKEAMA %", "kind": "POIKKEAMA", "unit": "%"}
              ],
              "rows": [
                {
                  "label": "MENOT",
                  "level": 0,
                  "cells": [
                    {"text": "-6 649 150", "value": -6649150},
                    {"text": "-5,2", "value": -5.2, "unit": "%"}
                  ]
                },
                {
                  "label": "MENOT",
                  "group": "Joukkoliikenne",
                  "level": 1,
                  "page": 6,
                  "cells": [
                    {"text": "213 930 260", "value": 213930260, "flags": ["ambiguous-split", "check-failed"], "bbox": [300, 88, 340.5, 96.3]},
                    null
                  ]
                }
              ],
              "checks": [
                {"rule": "MENOT + TULOT = NETTOMENO", "column": 1, "row": 2, "expected": -1011034, "actual": -1611034, "tolerance": 1, "outcome": "mismatch"}
              ],
              "verified": {"numericCells": 3, "verifiedCells": 0, "share": 0}
            }
          ],
          "sections": [
            {
              "heading": {"text": "ALATAULUKKO", "level": 2, "page": 6},
              "blocks": [],
              "sections": []
            }
          ]
        }
      ],
      "issues": [
        {"severity": "warning", "code": "identity-mismatch", "page": 9, "message": "MENOT + TULOT ≠ NETTOMENO"},
        {"severity": "error", "code": "error", "message": "unreadable"}
      ]
    }

    """

    func testEncodeMatchesHandWrittenText() {
        XCTAssertEqual(DocumentJSON.encode(Self.sample()), Self.sampleText)
    }

    func testRoundTripAndDeterminism() throws {
        let doc = Self.sample()
        let first = DocumentJSON.encode(doc)
        XCTAssertEqual(Array(first.utf8), Array(DocumentJSON.encode(doc).utf8), "byte-identical on re-encode")
        let decoded = try DocumentJSON.decode(first)
        XCTAssertEqual(decoded, doc)
        XCTAssertEqual(DocumentJSON.encode(decoded), first)
    }

    func testMinimalDocumentOmitsOptionalFields() throws {
        let doc = Document(source: Source(file: "a.txt", sha256: "00", format: .text, pages: 1))
        let text = DocumentJSON.encode(doc)
        XCTAssertEqual(text, """
        {
          "schema": "luku.document/5",
          "source": {"file": "a.txt", "sha256": "00", "format": "text", "pages": 1},
          "verified": {"numericCells": 0, "verifiedCells": 0, "share": 0},
          "blocks": [],
          "sections": [],
          "issues": []
        }

        """)
        XCTAssertEqual(try DocumentJSON.decode(text), doc)
    }

    func testFlagsSortedAndDeduplicatedBboxRounded() {
        let cell = Cell(text: "1", value: 1, flags: [.merged, .checkFailed, .merged, .ambiguousSplit])
        XCTAssertEqual(DocumentEncoder.cell(cell),
                       .object([JSONMember("text", .string("1")), JSONMember("value", .number("1")),
                                JSONMember("flags", .array([.string("ambiguous-split"), .string("check-failed"),
                                                            .string("merged")]))]))
        let t = Table(id: "t", page: 1, pages: [1], bbox: BoundingBox(x0: -0.01, y0: 56.0, x1: 540.06, y1: 99.94),
                      columns: [], rows: [])
        XCTAssertEqual(DocumentEncoder.table(t).materialized["bbox"],
                       .array([.number("0"), .number("56"), .number("540.1"), .number("99.9")]))
        XCTAssertEqual(DocumentEncoder.table(t).materialized["checks"], .array([]))
    }

    func testCheckOutcomeIsReadAsWritten() throws {
        var doc = Self.sample()
        guard case .table(var t) = doc.sections[0].blocks[1] else { return XCTFail() }
        t.checks[0].outcome = .ok  // inconsistent on purpose: the file is the record
        doc.sections[0].blocks[1] = .table(t)
        XCTAssertEqual(try DocumentJSON.decode(DocumentJSON.encode(doc)), doc)
    }

    // MARK: - Errors name the JSON path

    private func assertDecodingError(_ text: String, _ expected: String,
                                     file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try DocumentJSON.decode(text), file: file, line: line) { error in
            XCTAssertEqual("\(error)", expected, file: file, line: line)
        }
    }

    private func edited(_ replace: String, with replacement: String) -> String {
        precondition(Self.sampleText.contains(replace), replace)
        return Self.sampleText.replacingOccurrences(of: replace, with: replacement)
    }

    /// A version-1 file (no cell bbox, no row page, `ok` instead of `outcome`, no verified
    /// counts) still reads; it is written back as version 5.
    func testReadsVersionOneFiles() throws {
        var text = edited("\"schema\": \"luku.document/5\"", with: "\"schema\": \"luku.document/1\"")
        text = text.replacingOccurrences(of: ", \"bbox\": [300, 88, 340.5, 96.3]", with: "")
        text = text.replacingOccurrences(of: "\"page\": 6,\n", with: "")
        text = text.replacingOccurrences(of: ", \"tolerance\": 1, \"outcome\": \"mismatch\"", with: ", \"ok\": false")
        text = text.replacingOccurrences(of: "  \"verified\": {\"numericCells\": 3, \"verifiedCells\": 0, \"share\": 0},\n", with: "")
        text = text.replacingOccurrences(of: ",\n          \"verified\": {\"numericCells\": 3, \"verifiedCells\": 0, \"share\": 0}", with: "")
        XCTAssertFalse(text.contains("verified"))
        let document = try DocumentJSON.decode(text)
        let row = try XCTUnwrap(document.allTables.first?.rows.last)
        XCTAssertNil(row.page)
        XCTAssertNil(row.cells[0]?.bbox)
        XCTAssertEqual(document.allTables.first?.checks.first?.outcome, .mismatch)
        XCTAssertTrue(DocumentJSON.encode(document).hasPrefix("{\n  \"schema\": \"luku.document/5\","))
    }

    /// A version-4 file (no `identity-chosen` flag could be written) reads as written, verified
    /// counts included, and is written back as version 5 with nothing else changed.
    func testReadsVersionFourFiles() throws {
        let text = edited("\"schema\": \"luku.document/5\"", with: "\"schema\": \"luku.document/4\"")
        let document = try DocumentJSON.decode(text)
        XCTAssertEqual(DocumentJSON.encode(document), Self.sampleText)
    }

    /// `identity-chosen` (version 5) is written in flag order and read back.
    func testIdentityChosenFlagRoundTrips() throws {
        let cell = Cell(text: "1", value: 1, flags: [.merged, .identityChosen, .ambiguousSplit])
        XCTAssertEqual(DocumentEncoder.cell(cell),
                       .object([JSONMember("text", .string("1")), JSONMember("value", .number("1")),
                                JSONMember("flags", .array([.string("ambiguous-split"), .string("identity-chosen"),
                                                            .string("merged")]))]))
        let text = edited("\"flags\": [\"ambiguous-split\", \"check-failed\"]", with: "\"flags\": [\"ambiguous-split\", \"identity-chosen\"]")
        let document = try DocumentJSON.decode(text)
        XCTAssertTrue(document.allTables.contains { t in t.rows.contains { $0.cells.contains { $0?.flags == [.ambiguousSplit, .identityChosen] } } })
        XCTAssertEqual(DocumentJSON.encode(document), text)
    }

    func testDecodingErrorsNameThePath() {
        assertDecodingError(edited("luku.document/5", with: "luku.document/6"),
                            "schema: unsupported schema \"luku.document/6\", expected \"luku.document/1\" or \"luku.document/2\" or \"luku.document/3\" or \"luku.document/4\" or \"luku.document/5\"")
        assertDecodingError(edited("\"schema\": \"luku.document/5\",", with: ""), "schema: missing required key")
        assertDecodingError("[]", "(root): expected object, found array")
        assertDecodingError(edited("\"sha256\": \"abc123\", ", with: ""), "source.sha256: missing required key")
        assertDecodingError(edited("\"format\": \"pdf\"", with: "\"format\": \"docx\""),
                            "source.format: unknown value \"docx\"")
        assertDecodingError(edited("\"level\": 1, \"page\": 5", with: "\"level\": \"1\", \"page\": 5"),
                            "sections[0].heading.level: expected integer, found string")
        assertDecodingError(edited("\"level\": 2, \"page\": 6", with: "\"level\": 2.0, \"page\": 6"),
                            "sections[0].sections[0].heading.level: expected integer, found number")
        assertDecodingError(edited("\"type\": \"list\"", with: "\"type\": \"image\""),
                            "sections[0].blocks[0].type: unknown block type \"image\", expected paragraph, list or table")
        let firstCells = "[\n" + String(repeating: " ", count: 16) + "{\"text\": \"-6 649 150\", \"value\": -6649150},\n"
            + String(repeating: " ", count: 16) + "{\"text\": \"-5,2\", \"value\": -5.2, \"unit\": \"%\"}\n"
            + String(repeating: " ", count: 14) + "]"
        assertDecodingError(edited(firstCells, with: "{}"),
                            "sections[0].blocks[1].rows[0].cells: expected array, found object")
        assertDecodingError(edited("\"check-failed\"", with: "\"odd\""),
                            "sections[0].blocks[1].rows[1].cells[0].flags[1]: unknown flag \"odd\"")
        assertDecodingError(edited("\"value\": -5.2", with: "\"value\": null"),
                            "sections[0].blocks[1].rows[0].cells[1].value: expected number, found null")
        assertDecodingError(edited("\"kind\": \"TP\"", with: "\"kind\": \"XX\""),
                            "sections[0].blocks[1].columns[0].kind: unknown value \"XX\"")
        assertDecodingError(edited("\"bbox\": [56.7, 120.3, 540.1, 210.8]", with: "\"bbox\": [1, 2]"),
                            "sections[0].blocks[1].bbox: expected 4 numbers, found 2")
        assertDecodingError(edited(", \"outcome\": \"mismatch\"", with: ""), "sections[0].blocks[1].checks[0].outcome: missing required key")
        assertDecodingError(edited("\"outcome\": \"mismatch\"", with: "\"outcome\": \"maybe\""),
                            "sections[0].blocks[1].checks[0].outcome: unknown value \"maybe\"")
        assertDecodingError(edited("\"title\": \"HALLINTOPALVELUT TOIMIALA\"", with: "\"title\": null"),
                            "title: expected string, found null")
        assertDecodingError(edited("\"page\": 9,", with: "\"page\": 9, \"extra\": 1,"),
                            "issues[0].extra: unexpected key")
        assertDecodingError(edited("\"page\": 9,", with: "\"page\": 9, \"page\": 10,"), "issues[0].page: duplicate key")
        assertDecodingError(edited("\"severity\": \"error\"", with: "\"severity\": \"fatal\""),
                            "issues[1].severity: unknown value \"fatal\"")
    }

    func testMalformedJSONIsAParseError() {
        XCTAssertThrowsError(try DocumentJSON.decode("{\"schema\": }")) { error in
            XCTAssertEqual(error as? JSONParseError,
                           JSONParseError(line: 1, column: 12, message: "unexpected '}', expected a value"))
        }
    }
}

extension DocumentJSONTests {
    /// Header spans are written only when a table has any, as [first, last], and read back.
    func testHeaderSpansRoundTrip() throws {
        let table = Table(id: "p3-t1", page: 3, pages: [3],
                          columns: [Column(header: "31.12.2022"), Column(header: "31.12.2022")],
                          spans: [HeaderSpan(header: "31.12.2022", first: 0, last: 1)],
                          rows: [Row(label: "Rakennukset", level: 0, cells: [Cell(text: "1", value: 1), nil])])
        let doc = Document(source: Source(file: "x.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pages: 3),
                           blocks: [.table(table)])
        let text = DocumentJSON.encode(doc)
        XCTAssertTrue(text.contains(#"{"header": "31.12.2022", "columns": [0, 1]}"#), text)
        XCTAssertEqual(try DocumentJSON.decode(text), doc)
        var plain = table
        plain.spans = []
        XCTAssertFalse(DocumentJSON.encode(Document(source: doc.source, blocks: [.table(plain)])).contains("spans"))
    }
}
