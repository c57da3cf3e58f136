import Foundation
import XCTest
@testable import LukuCore

/// `--resume` and `luku bench` read the `source` line of a JSON Luku wrote before.
final class ExistingOutputTests: XCTestCase {
    private func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("existing-\(UUID().uuidString).json").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The state budget's JSON has an "ä" across the 64 KiB the reader looks at: the source line is
    /// still read (it was not, and `luku bench` said the file had no readable JSON).
    func testALetterCutAtTheLookAheadEndLeavesTheSourceReadable() throws {
        let head = "{\n  \"schema\": \"luku.document/5\",\n  \"source\": {\"file\": \"a.pdf\", \"sha256\": \"ab12\", \"format\": \"pdf\", \"pages\": 19},\n  \"title\": \""
        let padding = String(repeating: "x", count: (1 << 16) - 1 - head.utf8.count)
        let text = head + padding + "äää\"\n}\n"
        XCTAssertEqual(Array(text.utf8)[(1 << 16) - 1], 0xC3, "the cut falls inside the two bytes of ä")
        let path = try write(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(ExistingOutput.source(at: path), ExistingOutput.Source(sha256: "ab12", pages: 19))
    }

    /// A file cut short (no final brace) has no source to resume from.
    func testAFileCutShortHasNoSource() throws {
        let path = try write("{\n  \"schema\": \"luku.document/5\",\n  \"source\": {\"file\": \"a.pdf\", \"sha256\": \"ab12\", \"format\": \"pdf\", \"pages\": 19},\n  \"blocks\": [")
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertNil(ExistingOutput.source(at: path))
    }
}
