import Foundation
import XCTest
@testable import LukuCore

/// A document's JSON is written to its file in chunks as it is made (never held whole: 10 MB of
/// text for 1 580 pages), and the chunks must add up to exactly the canonical bytes.
final class StreamedJSONTests: XCTestCase {
    /// The largest golden document, decoded and written again in small chunks: byte for byte the
    /// golden text, in many chunks, none much larger than asked for.
    func testChunksAddUpToTheCanonicalText() throws {
        let golden = Fixtures.packageRoot.appendingPathComponent("golden/kemijarvi-konserni-elinvoima-ta2026.pdf.json").path
        let text = try String(contentsOfFile: golden, encoding: .utf8)
        let value = DocumentJSON.value(try DocumentJSON.decode(text))
        XCTAssertEqual(JSONWriter.write(value), text, "the golden file is canonical to begin with")
        var chunks: [Int] = []
        var bytes: [UInt8] = []
        JSONWriter.write(value, chunkBytes: 4096) { piece in
            chunks.append(piece.count)
            bytes += piece
        }
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), text)
        XCTAssertGreaterThan(chunks.count, text.utf8.count / 8192, "written in many pieces, not at the end")
        // A chunk ends after the element that crossed the limit: one table at most beyond it.
        XCTAssertLessThan(chunks.max() ?? 0, 4096 + 64 * 1024, "\(chunks.max() ?? 0)")
    }

    /// The atomic file writer streams the same bytes to disk.
    func testAtomicFileWritesTheStreamedJSON() throws {
        let scratch = try ScratchFolder(self)
        let document = Pipeline(pageThreads: 1).run(path: Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.pdf"))
        let target = scratch.path + "/out.json"
        try AtomicFile.write(json: DocumentJSON.value(document), to: target)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), DocumentJSON.encode(document))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), ["out.json"], "no temporary file left")
    }

    /// A PDF's sha256 comes from the file in pieces, on a thread of its own when the pipeline has
    /// several: the same digest either way, and the same as hashing the whole file at once.
    func testPDFHashIsTheSameOnOneOrSeveralThreads() throws {
        let path = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")
        let whole = SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(Pipeline(pageThreads: 1).run(path: path).source.sha256, whole)
        XCTAssertEqual(Pipeline(pageThreads: 2).run(path: path).source.sha256, whole)
    }
}
