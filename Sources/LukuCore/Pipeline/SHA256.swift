import CSHA256
import Foundation

/// SHA-256 (FIPS 180-4) of a byte buffer or a file, for `source.sha256`. Written here because Foundation on
/// Linux has no digest API and one hash does not justify a crypto dependency.
///
/// The 64-byte blocks go to the CPU's SHA extensions where it has them (`CSHA256`, issue 8:
/// Kauhava's 4 MB PDF 0.2 G instructions in the Swift rounds below), else to those rounds.
enum SHA256 {
    /// Whether this CPU compresses blocks with the SHA extensions (asked once).
    static let hardware = luku_sha256_hardware_available() != 0

    /// The round constants, from the C file the hardware blocks use (one table for both).
    private static let k: [UInt32] = withUnsafeBytes(of: luku_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }

    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hasher = Hasher()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { hasher.update($0) }
        }
        return hasher.finish()
    }

    /// The hash of the file at `path`, read in 1 MiB pieces: a large PDF is never held whole
    /// in memory just to be hashed (poppler reads it from the file itself).
    static func hex(fileAt path: String) throws -> String {
        var hasher = Hasher()
        do {
            let file = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? file.close() }
            while let piece = try file.read(upToCount: 1 << 20), !piece.isEmpty {
                piece.withUnsafeBytes { hasher.update($0) }
            }
        } catch {
            throw ReadError.unreadable(path: path, reason: "\(error.localizedDescription); check that it is a readable file")
        }
        return hasher.finish()
    }

    /// Hashes bytes given in any number of pieces.
    struct Hasher {
        /// Blocks go to the SHA extensions; false keeps them in the Swift rounds (the tests
        /// hold the two to the same digests).
        private let usesHardware: Bool
        private var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
        private var w = [UInt32](repeating: 0, count: 64)
        /// Bytes not yet compressed: fewer than 64.
        private var pending: [UInt8] = []
        private var length: UInt64 = 0

        init(portable: Bool = false) {
            usesHardware = SHA256.hardware && !portable
        }

        mutating func update(_ bytes: UnsafeRawBufferPointer) {
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return }
            let buffer = UnsafeBufferPointer(start: base, count: bytes.count)
            length &+= UInt64(buffer.count)
            var start = 0
            if !pending.isEmpty {
                start = min(64 - pending.count, buffer.count)
                pending.append(contentsOf: buffer[0..<start])
                guard pending.count == 64 else { return }
                let block = pending  // not `pending` itself: the closure changes `self`
                block.withUnsafeBufferPointer { compressBlocks($0) }
                pending.removeAll(keepingCapacity: true)
            }
            let fullBlocks = (buffer.count - start) / 64
            compressBlocks(UnsafeBufferPointer(rebasing: buffer[start ..< start + fullBlocks * 64]))
            pending.append(contentsOf: buffer[(start + fullBlocks * 64)...])
        }

        /// The tail with the padding and the bit length (one or two more blocks), then the hex digest.
        mutating func finish() -> String {
            var tail = pending
            tail.append(0x80)
            while tail.count % 64 != 56 { tail.append(0) }
            let bitLength = length &* 8
            for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
            tail.withUnsafeBufferPointer { compressBlocks($0) }
            return h.map { word in
                let s = String(word, radix: 16)
                return String(repeating: "0", count: 8 - s.count) + s
            }.joined()
        }

        /// Compresses whole 64-byte blocks (`blocks.count` is a multiple of 64).
        private mutating func compressBlocks(_ blocks: UnsafeBufferPointer<UInt8>) {
            guard let base = blocks.baseAddress, blocks.count >= 64 else { return }
            if usesHardware {
                h.withUnsafeMutableBufferPointer { state in
                    if let words = state.baseAddress { luku_sha256_hardware_blocks(words, base, blocks.count / 64) }
                }
                return
            }
            for from in stride(from: 0, to: blocks.count, by: 64) {
                SHA256.compress(UnsafeBufferPointer(rebasing: blocks[from ..< from + 64]), &h, &w)
            }
        }
    }

    fileprivate static func compress(_ chunk: UnsafeBufferPointer<UInt8>, _ h: inout [UInt32], _ schedule: inout [UInt32]) {
        schedule.withUnsafeMutableBufferPointer { w in
            h.withUnsafeMutableBufferPointer { state in
                k.withUnsafeBufferPointer { k in compress(UnsafeRawPointer(chunk.baseAddress!), state.baseAddress!, w.baseAddress!, k.baseAddress!) }
            }
        }
    }

    /// One 64-byte block on raw pointers: the hot loop of hashing a 4 MB PDF (Kauhava: 0.29 G
    /// instructions with bounds-checked arrays and a tuple shuffle per round). The words are read
    /// as big-endian loads, and the rounds come eight at a time with the letters renamed instead
    /// of moved (FIPS 180-4, 6.2.2: round t's `d` and `h` are the only values it changes).
    private static func compress(_ chunk: UnsafeRawPointer, _ h: UnsafeMutablePointer<UInt32>,
                                 _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        for t in 0..<16 { w[t] = UInt32(bigEndian: chunk.loadUnaligned(fromByteOffset: t * 4, as: UInt32.self)) }
        for t in 16..<64 {
            let x = w[t - 15], y = w[t - 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
        @inline(__always) func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                     _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ t: Int) {
            let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ w[t]
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            d = d &+ t1
            h = t1 &+ t2
        }
        for t in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &hh, t)
            round(hh, a, b, &c, d, e, f, &g, t + 1)
            round(g, hh, a, &b, c, d, e, &f, t + 2)
            round(f, g, hh, &a, b, c, d, &e, t + 3)
            round(e, f, g, &hh, a, b, c, &d, t + 4)
            round(d, e, f, &g, hh, a, b, &c, t + 5)
            round(c, d, e, &f, g, hh, a, &b, t + 6)
            round(b, c, d, &e, f, g, hh, &a, t + 7)
        }
        h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d; h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
    }

    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
}
