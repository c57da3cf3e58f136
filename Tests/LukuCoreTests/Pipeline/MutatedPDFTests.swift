import Foundation
import XCTest
@testable import LukuCore

/// No input can take the process down. Byte-damaged copies of the corpus PDFs go through the
/// whole pipeline in this process: a trap anywhere (a forced unwrap, an index out of range)
/// kills the test run, so passing means every copy came back as a document.
/// `tools/crash_sweep.sh` runs the same kind of sweep, larger, through the release binary.
final class MutatedPDFTests: XCTestCase {
    /// Byte edits that crashed the release build before the GridTableBuilder fix (SIGILL at its
    /// forced unwrap: the header line's own runs did not fit the columns it defined). Found by
    /// `tools/mutate_pdf.py --seed 8` (mutants 132, 257 and 060 of the three PDFs).
    enum Edit {
        case bytes([(Int, UInt8)])
        case delete(at: Int, count: Int)
    }

    static let crashers: [(String, Edit)] = [
        ("kemijarvi-konserni-elinvoima-ta2026.pdf", .bytes([(42882, 171), (42883, 8), (42884, 54)])),
        ("kemijarvi-hallintopalvelut-tp2024.pdf", .delete(at: 45647, count: 237)),
        ("kemijarvi-hallinto-tukipalvelut-2022-06.pdf", .bytes([(2793, 187), (4459, 172), (4924, 239), (9945, 22), (12190, 252),
                                                               (22876, 64), (22963, 17), (41374, 195), (46813, 82), (46899, 64), (51234, 180)])),
    ]

    func testFormerCrashersAreRead() throws {
        let scratch = try ScratchFolder(self)
        for (n, (name, edit)) in Self.crashers.enumerated() {
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus(name))))
            switch edit {
            case .bytes(let changes): for (offset, value) in changes { bytes[offset] = value }
            case .delete(let at, let count): bytes.removeSubrange(at..<(at + count))
            }
            let path = try scratch.write("crasher-\(n).pdf", bytes)
            let document = Pipeline(pageThreads: 1).run(path: path)
            XCTAssertGreaterThan(document.source.pages, 0, name)
            XCTAssertFalse(document.issues.contains { $0.severity == .error }, "\(name): \(document.issues)")
            XCTAssertTrue(DocumentJSON.encode(document).hasSuffix("}\n"))
        }
    }

    /// The damages `tools/mutate_pdf.py` makes (a few bytes, a run of bytes, a deleted run, a cut),
    /// drawn from a fixed seed so every run tries the same copies.
    static func mutate(_ data: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = data
        func below(_ n: Int) -> Int { Int(rng.next() % UInt64(max(n, 1))) }
        switch below(4) {
        case 0:
            for _ in 0...below(16) { b[below(b.count)] = UInt8(truncatingIfNeeded: rng.next()) }
        case 1:
            let start = below(b.count)
            for i in start..<min(b.count, start + 2 + below(63)) { b[i] = UInt8(truncatingIfNeeded: rng.next()) }
        case 2:
            let start = below(b.count)
            b.removeSubrange(start..<min(b.count, start + 1 + below(256)))
        default:
            b.removeSubrange((b.count / 10 + below(b.count - b.count / 10))...)
        }
        return b
    }

    func testMutatedCorpusPDFsNeverCrash() throws {
        let scratch = try ScratchFolder(self)
        let perFile = 40
        var rng = SplitMix64(seed: 8)
        var read = 0, refused = 0
        for name in ["kemijarvi-hallinto-tukipalvelut-2022-06.pdf", "kemijarvi-hallintopalvelut-tp2024.pdf",
                     "kemijarvi-konserni-elinvoima-ta2026.pdf"] {
            let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.corpus(name))))
            for k in 0..<perFile {
                let path = try scratch.write("m-\(k).pdf", Self.mutate(original, &rng))
                let document = Pipeline(pageThreads: 1).run(path: path)
                XCTAssertTrue(DocumentJSON.encode(document).hasSuffix("}\n"))
                if document.issues.contains(where: { $0.severity == .error }) { refused += 1 } else { read += 1 }
            }
        }
        // Both outcomes occur: the sweep reaches the layout and table stages, not only poppler's refusal.
        XCTAssertGreaterThan(read, perFile)
        XCTAssertGreaterThan(refused, 0)
        print("mutated PDFs: \(read) read, \(refused) refused with an error issue, none crashed")
    }
}
