import XCTest
@testable import LukuCore

/// A document's JSON is written without building its tree (`JSONStreamNode`): the streamed
/// writer must take every layout decision the tree writer takes, or golden files change.
final class StreamedDocumentJSONTests: XCTestCase {
    /// Every golden file, decoded and written again three ways: streamed whole, streamed in small
    /// chunks and as one tree. All three are the golden bytes.
    func testEveryGoldenFileIsWrittenByteForByteWithoutATree() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThan(names.count, 10)
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let document = try DocumentJSON.decode(text)
            XCTAssertEqual(DocumentJSON.encode(document), text, name)
            XCTAssertEqual(JSONWriter.write(DocumentJSON.value(document)), text, "\(name): the tree writer")
            var bytes: [UInt8] = []
            var pieces = 0
            DocumentJSON.write(document, chunkBytes: 4096) { bytes += $0; pieces += 1 }
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), text, "\(name): in chunks")
            if text.utf8.count > 64 * 1024 { XCTAssertGreaterThan(pieces, text.utf8.count / 8192, "\(name): written as made") }
        }
    }

    /// Long arrays written on two and three threads (`writeParallel`, batches of 32 elements,
    /// arrays of 8 or more) give the golden bytes: every golden file, in small and large chunks.
    func testEveryGoldenFileIsTheSameWrittenOnThreads() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("golden")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        XCTAssertGreaterThan(names.count, 10)
        var parallelArrays = 0
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let document = try DocumentJSON.decode(text)
            func long(_ s: Section) -> Bool {
                s.blocks.count >= JSONWriter.parallelMinimum || s.sections.count >= JSONWriter.parallelMinimum || s.sections.contains(where: long)
            }
            if document.blocks.count >= JSONWriter.parallelMinimum || document.sections.contains(where: long) { parallelArrays += 1 }
            for (threads, chunkBytes) in [(2, 4096), (3, 1 << 16)] {
                var bytes: [UInt8] = []
                DocumentJSON.write(document, chunkBytes: chunkBytes, threads: threads) { bytes += $0 }
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), text, "\(name): \(threads) threads, chunks of \(chunkBytes)")
            }
        }
        // The side-by-side path is taken, and over more than one batch.
        XCTAssertGreaterThan(parallelArrays, 5)
    }

    /// The layout edges the golden files may not reach: a table with no columns, rows or checks
    /// (still expanded: its `verified` is an object), an empty list (one line), a row whose cells
    /// are all null (one line, like an array of scalars), a section with no sections.
    /// Expected text written by hand from JSONWriter's layout rule.
    func testEmptyPartsAreLaidOutAsTheTreeWriterLaysThemOut() {
        let document = Document(
            source: Source(file: "e.txt", sha256: "00", format: .text, pages: 2),
            blocks: [.table(Table(id: "p1-t1", page: 1, pages: [1], columns: [], rows: [])),
                     .list(ListBlock(page: 1, items: []))],
            sections: [Section(
                heading: Heading(number: nil, text: "A", level: 1, page: 2),
                blocks: [.table(Table(id: "p2-t1", page: 2, pages: [2],
                                      columns: [Column(header: "TP 2024", kind: .tp, year: 2024)],
                                      rows: [Row(label: "MENOT", cells: [nil])]))])])
        let expected = """
        {
          "schema": "luku.document/5",
          "source": {"file": "e.txt", "sha256": "00", "format": "text", "pages": 2},
          "verified": {"numericCells": 0, "verifiedCells": 0, "share": 0},
          "blocks": [
            {
              "type": "table",
              "id": "p1-t1",
              "page": 1,
              "pages": [1],
              "columns": [],
              "rows": [],
              "checks": [],
              "verified": {"numericCells": 0, "verifiedCells": 0, "share": 0}
            },
            {"type": "list", "page": 1, "items": []}
          ],
          "sections": [
            {
              "heading": {"text": "A", "level": 1, "page": 2},
              "blocks": [
                {
                  "type": "table",
                  "id": "p2-t1",
                  "page": 2,
                  "pages": [2],
                  "columns": [
                    {"header": "TP 2024", "kind": "TP", "year": 2024}
                  ],
                  "rows": [
                    {"label": "MENOT", "level": 0, "cells": [null]}
                  ],
                  "checks": [],
                  "verified": {"numericCells": 0, "verifiedCells": 0, "share": 0}
                }
              ],
              "sections": []
            }
          ],
          "issues": []
        }

        """
        XCTAssertEqual(DocumentJSON.encode(document), expected)
        XCTAssertEqual(JSONWriter.write(DocumentJSON.value(document)), expected, "the tree writer agrees")
        var bytes: [UInt8] = []
        DocumentJSON.write(document, chunkBytes: 16) { bytes += $0 }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
    }

    /// Rows are made as they are written, not before: when the first piece of a long table is
    /// handed out, only the rows written so far have been asked for.
    func testRowsAreMadeOnlyAsTheyAreWritten() {
        let rows = (0..<2_000).map { Row(label: "rivi \($0)", cells: [Cell(text: "\($0)", value: Decimal($0))]) }
        let table = Table(id: "p1-t1", page: 1, pages: [1], columns: [Column(header: "TA 2025")], rows: rows)
        var made = 0
        let node = JSONStreamNode.array(count: table.rows.count) { i in
            made += 1
            return .value(DocumentEncoder.row(table.rows[i]))
        }
        var madeAtFirstPiece: Int?
        JSONWriter.write(streaming: node, chunkBytes: 4096) { _ in if madeAtFirstPiece == nil { madeAtFirstPiece = made } }
        XCTAssertEqual(made, 2_000)
        XCTAssertLessThan(madeAtFirstPiece ?? .max, 100, "the first 4 KiB are out after a few dozen rows")
    }
    /// Written on two threads, a document of many top sections is still handed out in pieces
    /// of about the chunk size: sections are streamed one after another (their rows side by
    /// side), not written whole 32 at a time, which held up to the whole JSON (issue 8: Kauhava
    /// ×10's 79 top sections, 8 MB at once). The bytes are those of the one-thread writer.
    func testManyTopSectionsAreStreamedOnThreadsNotHeldWhole() {
        let sections = (0..<40).map { s in
            Section(heading: Heading(number: "\(s + 1)", text: "Osa \(s + 1)", level: 1, page: s + 1),
                    blocks: [.table(Table(id: "p\(s + 1)-t1", page: s + 1, pages: [s + 1], columns: [Column(header: "TA 2025")],
                                          rows: (0..<60).map { Row(label: "rivi \($0)", cells: [Cell(text: "\($0)", value: Decimal($0))]) }))])
        }
        let document = Document(source: Source(file: "m.pdf", sha256: "00", format: .pdf, pages: 40), sections: sections)
        let expected = DocumentJSON.encode(document)
        XCTAssertGreaterThan(expected.utf8.count, 40 * 4096, "each section alone is more than a chunk")
        var bytes: [UInt8] = []
        var largest = 0
        DocumentJSON.write(document, chunkBytes: 4096, threads: 2) { bytes += $0; largest = max(largest, $0.count) }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), expected)
        // A chunk is handed out once it holds 4 KiB; it may then hold one batch of 32 rows more.
        XCTAssertLessThan(largest, 4096 + 32 * 200, "no chunk holds whole sections")
    }
}
