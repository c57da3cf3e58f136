import Foundation
import XCTest
@testable import LukuCore

/// The hand-written SHA-256 (README, "What stays hand-written"): FIPS 180-4 example vectors, the
/// padding edge around one block, and a real corpus PDF against coreutils' sha256sum.
final class SHA256Tests: XCTestCase {
    func testFIPSVectors() {
        XCTAssertEqual(SHA256.hex(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testCorpusPDFMatchesSha256sum() throws {
        let path = Fixtures.hallintopalvelutPDF
        guard let tool = Benchmark.findOnPath("sha256sum") else { throw XCTSkip("sha256sum not on PATH") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        XCTAssertEqual(SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))), expected)
        XCTAssertEqual(try SHA256.hex(fileAt: path), expected, "hashed from the file in pieces")
        XCTAssertEqual(expected, "30ffd69efb1c8e0e400f5d95b0bf4f3537ce7613f9a50748b24ba63fc04f2ebe")
    }

    /// The SHA extensions' blocks (`CSHA256`) and the Swift rounds give the same digest: the FIPS
    /// vectors, every length around the padding's one- and two-block tails, and every PDF of
    /// `corpus/` and ../shared/real hashed from the file in 1 MiB pieces (Kauhava's 4 MB too).
    func testHardwareBlocksHashLikeTheSwiftRounds() throws {
        guard SHA256.hardware else { throw XCTSkip("this CPU has no SHA extensions") }
        func both(_ bytes: [UInt8]) -> (String, String) {
            var hardware = SHA256.Hasher(), portable = SHA256.Hasher(portable: true)
            bytes.withUnsafeBytes { hardware.update($0); portable.update($0) }
            return (hardware.finish(), portable.finish())
        }
        let (abc, abcPortable) = both(Array("abc".utf8))
        XCTAssertEqual(abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(abcPortable, abc)
        let million = both([UInt8](repeating: 0x61, count: 1_000_000))
        XCTAssertEqual(million.0, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(million.1, million.0)
        for length in 0...200 {
            let (h, p) = both((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 17) })
            XCTAssertEqual(h, p, "\(length) bytes")
        }
        let root = Fixtures.packageRoot
        var files: [URL] = []
        for folder in [root.appendingPathComponent("corpus"), root.deletingLastPathComponent().appendingPathComponent("shared/real")] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            files += names.filter { $0.hasSuffix(".pdf") }.sorted().map { folder.appendingPathComponent($0) }
        }
        XCTAssertGreaterThanOrEqual(files.count, 3, "corpus/ (../shared/real only where it is here)")
        for file in files {
            var hardware = SHA256.Hasher(), portable = SHA256.Hasher(portable: true)
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty {
                piece.withUnsafeBytes { hardware.update($0); portable.update($0) }
            }
            XCTAssertEqual(hardware.finish(), portable.finish(), file.lastPathComponent)
        }
    }

    /// Bytes handed over in pieces of every awkward size (inside a block, across block ends, one
    /// byte at a time) hash the same as in one piece: the file hash reads 1 MiB pieces.
    func testPiecesHashLikeTheWhole() {
        let bytes = (0..<1_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SHA256.hex(bytes)
        XCTAssertEqual(whole, SHA256.hex(bytes[...]), "a slice")
        for size in [1, 3, 55, 56, 63, 64, 65, 127, 128, 999] {
            var hasher = SHA256.Hasher()
            var start = 0
            while start < bytes.count {
                let end = min(start + size, bytes.count)
                bytes[start..<end].withUnsafeBytes { hasher.update($0) }
                start = end
            }
            XCTAssertEqual(hasher.finish(), whole, "pieces of \(size) bytes")
        }
    }
}
