import Foundation
import XCTest

/// Validates the golden files against `schema/luku.document-5.schema.json` with
/// `tools/validate_schema.py`, and proves the validator rejects a broken document.
final class SchemaValidationTests: XCTestCase {
    /// The package root: three levels up from Tests/LukuCoreTests/Schema/<this file>.
    private static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Schema
        .deletingLastPathComponent()  // LukuCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    private static let schemaPath = "schema/luku.document-5.schema.json"

    func testGoldenFilesMatchSchema() throws {
        let goldenDir = Self.packageRoot.appendingPathComponent("golden")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: goldenDir.path)) ?? []
        let goldens = names.filter { $0.hasSuffix(".json") }.sorted().map { "golden/\($0)" }
        guard !goldens.isEmpty else {
            XCTFail("golden/ holds no *.json file, so nothing was validated: run `make golden` and review `git diff golden/`")
            return
        }
        let result = try runValidator(files: goldens)
        XCTAssertEqual(result.status, 0, "golden files do not match the schema:\n\(result.output)")
        guard result.status == 0 else { return }
        XCTAssertTrue(result.output.contains("\(goldens.count) file(s) valid"),
                      "validator did not report checking \(goldens.count) file(s):\n\(result.output)")
    }

    func testValidatorRejectsBrokenDocument() throws {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("luku-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        // Control: the same document with good cells must pass, so the failures below come from
        // the two defects and nothing else.
        let good = dir.appendingPathComponent("good.json")
        try Self.document(firstValue: "12", secondRowCells: "null").write(to: good, atomically: true, encoding: .utf8)
        let control = try runValidator(files: [good.path])
        XCTAssertEqual(control.status, 0, "the control document should be valid:\n\(control.output)")

        // Defects: a value written as a string, and a row with one cell for a two-column table.
        let broken = dir.appendingPathComponent("broken.json")
        try Self.document(firstValue: "\"12\"", secondRowCells: nil).write(to: broken, atomically: true, encoding: .utf8)
        let result = try runValidator(files: [broken.path])
        XCTAssertNotEqual(result.status, 0, "validator accepted a broken document:\n\(result.output)")
        XCTAssertTrue(result.output.contains("$.sections[0].blocks[0].rows[0].cells[0].value"),
                      "validator did not name the string value:\n\(result.output)")
        XCTAssertTrue(result.output.contains("$.sections[0].blocks[0].rows[1].cells: row has 1 cells but the table has 2 columns"),
                      "validator did not name the short row:\n\(result.output)")
    }

    /// A small document with one section holding one two-column table. `firstValue` is the raw
    /// JSON of the first cell's `value`; `secondRowCells` is the raw JSON of the second row's
    /// second cell, or nil to leave that row one cell short.
    private static func document(firstValue: String, secondRowCells: String?) -> String {
        let secondRow = ["{\"text\": \"7\", \"value\": 7}", secondRowCells].compactMap { $0 }.joined(separator: ", ")
        return """
        {
          "schema": "luku.document/5",
          "source": {"file": "broken.pdf", "sha256": "\(String(repeating: "0", count: 64))", "format": "pdf", "pages": 1},
          "verified": {"numericCells": 3, "verifiedCells": 0, "share": 0},
          "blocks": [],
          "sections": [
            {
              "heading": {"number": "1", "text": "Talous", "level": 1, "page": 1},
              "blocks": [
                {
                  "type": "table", "id": "p1-t1", "page": 1, "pages": [1],
                  "columns": [{"header": "TA 2024", "kind": "TA", "year": 2024}, {"header": "TP 2024", "kind": "TP", "year": 2024}],
                  "rows": [
                    {"label": "TULOT", "level": 0, "cells": [{"text": "12", "value": \(firstValue)}, null]},
                    {"label": "MENOT", "level": 0, "cells": [\(secondRow)]}
                  ],
                  "checks": [],
                  "verified": {"numericCells": 3, "verifiedCells": 0, "share": 0}
                }
              ],
              "sections": []
            }
          ],
          "issues": []
        }

        """
    }

    private struct ValidatorResult {
        var status: Int32
        var output: String
    }

    /// Runs `python3 tools/validate_schema.py schema/... FILE...` from the package root; its
    /// report (stdout) and any error (stderr) together.
    private func runValidator(files: [String]) throws -> ValidatorResult {
        let result = try PythonTool.run("validate_schema.py", [Self.schemaPath] + files)
        let output = String(decoding: result.stdout, as: UTF8.self) + result.stderr
        if result.status == 2 {
            XCTFail("validator could not run (exit 2); run `make deps`:\n\(output)")
        }
        return ValidatorResult(status: result.status, output: output)
    }
}
