import Foundation
import XCTest

/// Paths the golden and truth tests share: the package root (from this file's `#filePath`) and
/// the `../shared` folder next to the checkout, which holds the truth files, the reference scorer
/// and the real documents too large for `corpus/`.
enum SharedFolder {
    /// The package root: three levels up from Tests/LukuCoreTests/Golden/<this file>.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Golden
        .deletingLastPathComponent()  // LukuCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    /// `../shared`, resolved against the package root.
    static let url: URL = packageRoot.appendingPathComponent("../shared").standardizedFileURL

    static let truthDirectory = url.appendingPathComponent("truth")
    static let scorer = url.appendingPathComponent("tools/score.py")
    static let realDirectory = url.appendingPathComponent("real")

    /// `truth/<stem>.truth.json` for a document file name (`x.pdf` → `x.truth.json`).
    static func truthFile(for document: String) -> URL {
        var stem = (document as NSString).deletingPathExtension
        // A converter's output named after its tool ("x.docling.md") shares the document's truth.
        if stem.hasSuffix(".docling") { stem = String(stem.dropLast(".docling".count)) }
        return truthDirectory.appendingPathComponent(stem + ".truth.json")
    }

    /// Skips the calling test when the truth folder or the scorer is missing.
    static func requireTruth() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: truthDirectory.path), fm.fileExists(atPath: scorer.path) else {
            throw XCTSkip("../shared/truth not found: truth scores need the shared folder next to the checkout")
        }
    }
}
