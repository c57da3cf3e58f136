import XCTest
@testable import LukuCore

/// With several threads a PDF is hashed once its pages are read (`HashAfterPages`), or at the
/// end when they cannot be read: the document is the one-thread run's, hash and issues alike.
final class HashAfterPagesTests: XCTestCase {
    func testHashAndIssuesAreTheOneThreadRunsForReadAndUnreadPDFs() throws {
        // Read; encrypted (poppler refuses it after the file is known to be a file); no text
        // layer; a missing file (never hashed); an empty file (a read error before any page).
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("luku-hash-after-pages-empty.pdf").path
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let paths = [Fixtures.hallintopalvelutPDF, Fixtures.encryptedPDF, Fixtures.textlessPDF, Fixtures.fixture("no-such-file.pdf"), empty]
        for path in paths {
            let one = Pipeline(pageThreads: 1).run(path: path)
            let two = Pipeline(pageThreads: 2).run(path: path)
            XCTAssertEqual(DocumentJSON.encode(two), DocumentJSON.encode(one), path)
            if FileManager.default.fileExists(atPath: path) {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                XCTAssertEqual(two.source.sha256, SHA256.hex(data), path)
            } else {
                XCTAssertEqual(two.source.sha256, "", path)
            }
        }
    }
}
