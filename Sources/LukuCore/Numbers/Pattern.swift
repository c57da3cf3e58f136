import CPCRE2

/// A compiled PCRE2 regular expression: the only place in Luku that talks to PCRE2.
///
/// Why PCRE2 and not Swift `Regex`: on this corpus PCRE2 with JIT is ~75× faster, has
/// lookbehind, and its `\d` (Unicode decimal digits under `PCRE2_UCP`) does not match `²`/`³`
/// as Swift's does (design/POPPLER-NOTES.md). The pattern is compiled once (`PCRE2_UTF | PCRE2_UCP`, optionally
/// caseless) and JIT-compiled when the platform allows; if JIT fails the interpreter is used.
///
/// Thread safety: the compiled code is read-only after `init`, and every match call allocates its
/// own match-data block, so one `Pattern` may be shared by any number of threads.
///
/// Subjects are matched on the string's own UTF-8 bytes (no copy for native strings) with
/// `PCRE2_NO_UTF_CHECK`: Swift strings are always valid UTF-8, and without the flag PCRE2 would
/// re-validate the rest of the subject on every call, which makes match loops quadratic.
public final class Pattern: @unchecked Sendable {
    /// The pattern source as given to `init`.
    public let source: String
    /// Whether the pattern was compiled caselessly.
    public let caseless: Bool
    /// Whether PCRE2's JIT compiler accepted the pattern (false: the interpreter runs it).
    public let isJITCompiled: Bool

    private let code: OpaquePointer

    /// Compiles `pattern` with `PCRE2_UTF | PCRE2_UCP` (plus `PCRE2_CASELESS` when asked).
    /// - Throws: `PatternError` with PCRE2's own message and the byte offset of the problem.
    public init(_ pattern: String, caseless: Bool = false) throws {
        var options = UInt32(PCRE2_UTF | PCRE2_UCP)
        if caseless { options |= UInt32(PCRE2_CASELESS) }
        var errorCode: Int32 = 0
        var errorOffset = 0  // PCRE2_SIZE is size_t: Int in Swift
        var source = pattern
        let compiled: OpaquePointer? = source.withUTF8 { bytes in
            pcre2_compile_8(Pattern.base(of: bytes), bytes.count, options,
                            &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PatternError(pattern: pattern, code: errorCode,
                               message: Pattern.message(for: errorCode), offset: errorOffset)
        }
        self.code = compiled
        self.source = pattern
        self.caseless = caseless
        self.isJITCompiled = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0
    }

    deinit {
        pcre2_code_free_8(code)
    }

    /// True when the pattern matches anywhere in `s`.
    public func matches(_ s: String) -> Bool {
        firstMatch(in: s) != nil
    }

    /// The first match in `s`, or nil.
    public func firstMatch(in s: String) -> PatternMatch? {
        var subject = s
        return subject.withUTF8 { bytes in
            withMatchData { matchData in
                match(bytes, from: 0, options: 0, matchData: matchData)
            }
        }
    }

    /// Every non-overlapping match in `s`, left to right. An empty match is retried once at the
    /// same place as a non-empty anchored match before moving on one character, as `pcre2demo`
    /// does, so the loop always terminates.
    public func allMatches(in s: String) -> [PatternMatch] {
        var subject = s
        return subject.withUTF8 { bytes in
            withMatchData { matchData in
                var found: [PatternMatch] = []
                var offset = 0
                var options: UInt32 = 0
                while offset <= bytes.count {
                    guard let m = match(bytes, from: offset, options: options, matchData: matchData)
                    else {
                        guard options != 0, offset < bytes.count else { break }
                        // The non-empty retry failed: step over one whole UTF-8 character.
                        options = 0
                        offset += 1
                        while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
                        continue
                    }
                    found.append(m)
                    offset = m.range.upperBound
                    options = m.range.isEmpty
                        ? UInt32(PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
                }
                return found
            }
        }
    }

    // MARK: - C boundary

    private func withMatchData<T>(_ body: (OpaquePointer) -> T) -> T {
        guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
            fatalError("PCRE2 could not allocate match data (out of memory)")
        }
        defer { pcre2_match_data_free_8(matchData) }
        return body(matchData)
    }

    private func match(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, options: UInt32,
                       matchData: OpaquePointer) -> PatternMatch? {
        let rc = pcre2_match_8(code, Pattern.base(of: bytes), bytes.count,
                               offset, options | UInt32(PCRE2_NO_UTF_CHECK),
                               matchData, nil)
        guard rc > 0 else {
            // PCRE2_ERROR_NOMATCH is the normal "no"; any other negative code is a resource limit
            // (match/depth limit, JIT stack) on a pathological subject: also reported as no match.
            return nil
        }
        let pairs = Int(pcre2_get_ovector_count_8(matchData))
        let ovector = pcre2_get_ovector_pointer_8(matchData)!
        let unset = luku_pcre2_unset()
        var ranges: [Range<Int>?] = []
        var groups: [String?] = []
        ranges.reserveCapacity(pairs)
        groups.reserveCapacity(pairs)
        for i in 0..<pairs {
            let start = ovector[2 * i], end = ovector[2 * i + 1]
            if i >= Int(rc) || start == unset || end == unset {
                ranges.append(nil)
                groups.append(nil)
                continue
            }
            let r = Int(start)..<Int(max(start, end))
            ranges.append(r)
            groups.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self))
        }
        return PatternMatch(ranges: ranges, groups: groups)
    }

    /// PCRE2 rejects a NULL subject in 10.42 even with length 0; an empty Swift string may have
    /// no storage, so point at a static empty C string instead.
    private static func base(of bytes: UnsafeBufferPointer<UInt8>) -> UnsafePointer<UInt8> {
        bytes.baseAddress ?? emptySubject
    }

    /// Written once, never mutated: safe to share although raw pointers are not `Sendable`.
    nonisolated(unsafe) private static let emptySubject: UnsafePointer<UInt8> = {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        p.initialize(to: 0)
        return UnsafePointer(p)
    }()

    private static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let n = buffer.withUnsafeMutableBufferPointer {
            pcre2_get_error_message_8(errorCode, $0.baseAddress, $0.count)
        }
        guard n > 0 else { return "PCRE2 error \(errorCode)" }
        return String(decoding: buffer[0..<Int(n)], as: UTF8.self)
    }
}

/// One match: group 0 is the whole match, groups 1… the capture groups in pattern order.
/// Ranges are UTF-8 byte offsets into the subject string; an unset group is nil.
public struct PatternMatch: Equatable, Sendable {
    /// Byte range of each group in the subject's UTF-8; index 0 is the whole match.
    public let ranges: [Range<Int>?]
    /// Text of each group; index 0 is the whole match.
    public let groups: [String?]

    /// The whole matched text.
    public var text: String { groups[0] ?? "" }
    /// UTF-8 byte range of the whole match.
    public var range: Range<Int> { ranges[0] ?? 0..<0 }
    /// Number of capture groups (not counting the whole match).
    public var captureCount: Int { groups.count - 1 }
    /// Text of group `i` (0 = whole match); nil when the group did not take part or `i` is out of range.
    public subscript(i: Int) -> String? { i >= 0 && i < groups.count ? groups[i] : nil }
}

/// A pattern PCRE2 refused to compile: PCRE2's message and the UTF-8 byte offset it points at.
public struct PatternError: Error, Equatable, Sendable, CustomStringConvertible {
    public let pattern: String
    public let code: Int32
    public let message: String
    public let offset: Int

    public var description: String {
        "invalid pattern \(pattern.debugDescription) at byte \(offset): \(message)"
    }
}
