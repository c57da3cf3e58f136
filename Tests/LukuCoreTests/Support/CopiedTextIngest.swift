import Foundation
@testable import LukuCore

/// Lines copied from a converter's text, written to a temporary file of the converter's name and
/// read by the whole pipeline as `luku ingest` reads that file (the suffix picks the text reader).
enum CopiedTextIngest {
    static func document(_ text: String, named name: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }
}
