import Foundation

/// The byte-level half of `NumberLexer`: reads each candidate span found by the PCRE2 pattern,
/// with the text around it as context, into tokens and rejections. See `NumberLexer` for the rules.
struct LexerScanner {
    let b: UnsafeBufferPointer<UInt8>
    let recordRejections: Bool
    var tokens: [RawToken] = []
    var rejections: [NumberLexer.Rejection] = []

    /// Bytes before this offset are already read (a duration or a section mark may reach past its span).
    private var consumed = 0
    /// A digit run starting here continues a range broken over a line end (`1-` / `5)`).
    private var rangeContinuation = -1
    // Reused per span to avoid allocating.
    private var runs: [Run] = []
    private var joints: [Joint] = []

    init(bytes: UnsafeBufferPointer<UInt8>, recordRejections: Bool) {
        self.b = bytes
        self.recordRejections = recordRejections
        runs.reserveCapacity(16)
        joints.reserveCapacity(16)
    }

    mutating func scan(_ spans: [Range<Int>]) {
        for span in spans where span.lowerBound >= consumed {
            if Self.isDigit(b[span.upperBound - 1]) {
                readCluster(span)
            } else {
                readMark(span)
            }
        }
    }

    // MARK: - Shapes

    private struct Run {
        var start: Int
        var end: Int
        var count: Int { end - start }
    }

    private enum JointKind { case space, comma, dot, colon, dash, emDash, plus, slash }

    /// What joins run k to run k + 1.
    private struct Joint {
        var kind: JointKind
        var opStart: Int
        var spaceBefore = false
        var spaceAfter = false
        var dotBefore = false
    }

    private enum PrimitiveKind: Equatable {
        case number
        case dotted(NumberLexer.Reason)
        case invalid(NumberLexer.Reason)
    }

    /// Runs `first..<end` read as one thing; for a number the integer runs are `first..<integerEnd`.
    private struct Primitive {
        var kind: PrimitiveKind
        var first: Int
        var integerEnd: Int
        var fraction: Int?
        var end: Int
    }

    private struct Sign {
        var start: Int
        var negative: Bool
        var detached: Bool
    }

    // MARK: - Clusters of digits

    private mutating func readCluster(_ span: Range<Int>) {
        runs.removeAll(keepingCapacity: true)
        joints.removeAll(keepingCapacity: true)
        var p = span.lowerBound
        var sign: Sign?
        var section = false
        if b[p] == 0xC2 && b[p + 1] == 0xA7 {                 // §
            section = true
            p += 2
            p += sepLength(p)
        } else if let length = signLength(p) {
            let start = p
            let negative = b[p] != 0x2B
            p += length
            let gap = sepLength(p)
            p += gap
            // After a letter or digit the dash is a hyphen (`TP-2024`, `Covid-19`), not a sign.
            if !isWordChar(before: start) { sign = Sign(start: start, negative: negative, detached: gap > 0) }
        }
        let end = span.upperBound
        while true {
            let start = p
            while p < end && Self.isDigit(b[p]) { p += 1 }
            runs.append(Run(start: start, end: p))
            if p >= end { break }
            let joint = readJoint(&p)
            joints.append(joint)
        }

        var i = 0
        var first = true
        while i < runs.count {
            let complexStart = first && section ? span.lowerBound : (sign?.start ?? runs[i].start)
            let head = readPrimitive(i)
            var j = head.end
            var parts = 1
            var hasRange = false, hasSlash = false, hasColon = false, rangeBeforeSlash = false
            var anyDotted: Bool = { if case .dotted = head.kind { return true }; return false }()
            var allYears = isYear(head)
            var colonTwoDigit = true
            var firstInvalid: NumberLexer.Reason? = {
                if case .invalid(let r) = head.kind { return r }
                return nil
            }()
            while j - 1 < joints.count {
                let joint = joints[j - 1]
                let isRange: Bool
                switch joint.kind {
                case .emDash: isRange = true
                case .dash: isRange = joint.dotBefore || !(joint.spaceBefore && !joint.spaceAfter)
                default: isRange = false
                }
                guard isRange || joint.kind == .slash || joint.kind == .colon else { break }
                let next = readPrimitive(j)
                if isRange { hasRange = true }
                if joint.dotBefore { anyDotted = true }                // `1.-6.`: ordinals, i.e. dates
                if joint.kind == .slash {
                    if hasRange { rangeBeforeSlash = true }
                    hasSlash = true
                }
                if joint.kind == .colon {
                    hasColon = true
                    if next.end - next.first != 1 || runs[next.first].count != 2 { colonTwoDigit = false }
                }
                if case .dotted = next.kind { anyDotted = true }
                if firstInvalid == nil, case .invalid(let r) = next.kind { firstInvalid = r }
                allYears = allYears && isYear(next)
                parts += 1
                j = next.end
            }
            let isLast = j == runs.count
            var complexEnd = runs[j - 1].end

            var reason: NumberLexer.Reason?
            if first && section {
                reason = .sectionReference
            } else if first && sign == nil && isWordChar(before: runs[i].start) {
                reason = .wordPart
            } else if i == 0 && runs[0].start == rangeContinuation {
                reason = .range
            } else if hasColon {
                reason = colonTwoDigit ? .time : .ratio
            } else if let r = firstInvalid {
                reason = r
            } else if hasSlash {
                reason = rangeBeforeSlash || allYears ? .period : .ratio
            } else if hasRange {
                reason = anyDotted ? .date : (allYears && parts == 2 ? .period : .range)
            } else if case .dotted(let r) = head.kind {
                reason = r
            }

            if let reason {
                if isLast {
                    if anyDotted && complexEnd < b.count && b[complexEnd] == 0x2E { complexEnd += 1 }  // 31.12.
                    else if let u = unitAfter(complexEnd) { complexEnd = u.end }
                }
                reject(reason, complexStart..<complexEnd)
            } else {
                emitNumber(head, sign: sign, isLast: isLast, end: complexEnd)
            }

            // What the joint after this complex means for the next one.
            sign = nil
            if j - 1 < joints.count {
                let joint = joints[j - 1]
                if joint.kind == .dash && joint.spaceBefore && !joint.spaceAfter {
                    sign = Sign(start: joint.opStart, negative: true, detached: false)
                } else if joint.kind == .plus {
                    sign = Sign(start: joint.opStart, negative: false, detached: joint.spaceAfter)
                }
            }
            first = false
            i = j
        }
        consumed = max(consumed, end)
    }

    /// Reads the glue between two runs (the pattern guarantees a digit follows it).
    private func readJoint(_ p: inout Int) -> Joint {
        switch b[p] {
        case 0x2C: p += 1; return Joint(kind: .comma, opStart: p - 1)
        case 0x3A: p += 1; return Joint(kind: .colon, opStart: p - 1)
        default: break
        }
        var dotBefore = false
        if b[p] == 0x2E {
            if Self.isDigit(b[p + 1]) { p += 1; return Joint(kind: .dot, opStart: p - 1) }
            dotBefore = true
            p += 1
        }
        let gap = sepLength(p)
        if gap > 0 && !dotBefore && Self.isDigit(b[p + gap]) {
            p += gap
            return Joint(kind: .space, opStart: p - gap)
        }
        p += gap
        let opStart = p
        let kind: JointKind
        switch b[p] {
        case 0x2B: kind = .plus; p += 1
        case 0x2F: kind = .slash; p += 1
        case 0x2D: kind = .dash; p += 1
        default:
            // E2 88 92 (−), E2 80 93 (–), E2 80 94 (—)
            kind = b[p + 2] == 0x94 ? .emDash : .dash
            p += 3
        }
        let after = sepLength(p)
        p += after
        return Joint(kind: kind, opStart: opStart, spaceBefore: gap > 0, spaceAfter: after > 0, dotBefore: dotBefore)
    }

    /// The thing starting at run `i`: a number, dot-separated digits, or an invalid run.
    private func readPrimitive(_ i: Int) -> Primitive {
        let r = runs[i]
        let zeroLed = b[r.start] == 0x30 && r.count > 1
        func joint(_ k: Int) -> JointKind? { k < joints.count ? joints[k].kind : nil }

        if joint(i) == .dot {
            var k = i
            while joint(k) == .dot { k += 1 }                 // runs i...k are joined by dots
            let grouped = !zeroLed && r.count <= 3 && (i + 1...k).allSatisfy { runs[$0].count == 3 }
            if grouped {
                return withFraction(Primitive(kind: .number, first: i, integerEnd: k + 1, fraction: nil, end: k + 1))
            }
            var end = k + 1
            while joint(end - 1) == .comma || joint(end - 1) == .dot { end += 1 }
            return Primitive(kind: .dotted(isDate(i, k) ? .date : .dotted), first: i, integerEnd: end,
                             fraction: nil, end: end)
        }
        if zeroLed {
            let end = joint(i) == .comma ? i + 2 : i + 1
            return Primitive(kind: .invalid(.leadingZero), first: i, integerEnd: end, fraction: nil, end: end)
        }
        var k = i
        if r.count <= 3 && b[r.start] != 0x30 {
            // Exactly-three-digit groups after one separator; not one that starts a date.
            while joint(k) == .space && runs[k + 1].count == 3 && joint(k + 1) != .dot { k += 1 }
        }
        return withFraction(Primitive(kind: .number, first: i, integerEnd: k + 1, fraction: nil, end: k + 1))
    }

    /// Adds a decimal comma part to an integer; a second comma makes it a list, a dot after it junk.
    private func withFraction(_ integer: Primitive) -> Primitive {
        func joint(_ k: Int) -> JointKind? { k < joints.count ? joints[k].kind : nil }
        var p = integer
        if joint(p.end - 1) == .comma {
            p.fraction = p.end
            p.end += 1
            if joint(p.end - 1) == .comma {
                while joint(p.end - 1) == .comma { p.end += 1 }
                p.kind = .invalid(.list)
                return p
            }
        }
        if joint(p.end - 1) == .dot {
            while joint(p.end - 1) == .dot || joint(p.end - 1) == .comma { p.end += 1 }
            p.kind = .dotted(.dotted)
        }
        return p
    }

    /// `d.m`, `d.m.yyyy` (day 1–31, month 1–12; a 2- or 4-digit year).
    private func isDate(_ first: Int, _ last: Int) -> Bool {
        let n = last - first + 1
        guard n == 2 || n == 3 else { return false }
        let day = intValue(runs[first]), month = intValue(runs[first + 1])
        guard runs[first].count <= 2, runs[first + 1].count <= 2, (1...31).contains(day), (1...12).contains(month)
        else { return false }
        return n == 2 || runs[last].count == 4 || runs[last].count == 2
    }

    private func isYear(_ p: Primitive) -> Bool {
        guard case .number = p.kind, p.end - p.first == 1, p.fraction == nil, runs[p.first].count == 4 else { return false }
        return (1900...2099).contains(intValue(runs[p.first]))
    }

    private func intValue(_ r: Run) -> Int {
        var v = 0
        for k in r.start..<min(r.end, r.start + 9) { v = v * 10 + Int(b[k] - 0x30) }
        return v
    }

    // MARK: - Emitting a number

    private mutating func emitNumber(_ prim: Primitive, sign givenSign: Sign?, isLast: Bool, end digitsEnd: Int) {
        var sign = givenSign
        var end = digitsEnd
        var unit: String?
        if isLast {
            var q = digitsEnd
            if let u = unitAfter(q) {
                unit = u.name
                end = u.end
                q = u.end
            } else if let s = sectionMarkAfter(q) {
                reject(.sectionReference, (sign?.start ?? runs[prim.first].start)..<s)
                return
            } else if let d = durationAfter(q) {
                consumed = max(consumed, d)
                reject(.duration, (sign?.start ?? runs[prim.first].start)..<d)
                return
            } else if isWordChar(at: q) {
                reject(.wordPart, (sign?.start ?? runs[prim.first].start)..<q)
                return
            } else if let next = rangeOverLineEnd(q) {
                rangeContinuation = next
                reject(.range, (sign?.start ?? runs[prim.first].start)..<q)
                return
            }
            // `- 2024 aloitettiin` at the start of a line: the dash is a bullet.
            if let s = sign, s.detached, isLineStart(s.start), isWordAfterOneSeparator(q) { sign = nil }
        }
        let start = sign?.start ?? runs[prim.first].start
        // Refused rather than rounded: Decimal holds 38 digits.
        guard let exact = value(prim, negative: sign?.negative ?? false) else {
            reject(.tooLong, start..<end)
            return
        }
        tokens.append(RawToken(kind: .number, start: start, end: end, value: exact, unit: unit))
    }

    private func value(_ prim: Primitive, negative: Bool) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0, fractionDigits = 0
        func add(_ r: Run) {
            for k in r.start..<r.end {
                digits += 1
                if digits <= 19 { significand = significand &* 10 &+ UInt64(b[k] - 0x30) }
            }
        }
        for k in prim.first..<prim.integerEnd { add(runs[k]) }
        if let f = prim.fraction { add(runs[f]); fractionDigits = runs[f].count }
        if digits > FinnishNumber.maxDigits { return nil }
        if digits <= 19 {
            return Decimal(sign: negative ? .minus : .plus, exponent: -fractionDigits, significand: Decimal(significand))
        }
        var ascii: [UInt8] = negative ? [0x2D] : []
        for k in prim.first..<prim.integerEnd { ascii.append(contentsOf: UnsafeBufferPointer(rebasing: b[runs[k].start..<runs[k].end])) }
        if let f = prim.fraction {
            ascii.append(0x2E)
            ascii.append(contentsOf: UnsafeBufferPointer(rebasing: b[runs[f].start..<runs[f].end]))
        }
        return Decimal(string: String(decoding: ascii, as: UTF8.self))
    }

    // MARK: - What follows a number

    /// `%`, `€`, `t€` or a lone `e`, directly or after one separator.
    private func unitAfter(_ p: Int) -> (name: String, end: Int)? {
        let q = p + sepLength(p)
        guard q < b.count else { return nil }
        if b[q] == 0x25 { return ("%", q + 1) }
        if isEuro(q) { return ("€", q + 3) }
        if b[q] == 0x74 && isEuro(q + 1) { return ("t€", q + 4) }
        if b[q] == 0x65 && !isWordChar(at: q + 1) { return ("e", q + 1) }
        return nil
    }

    /// The end of a `§` directly or one separator after `p` (`118 §:ssä`, `ALV 120 §`).
    private func sectionMarkAfter(_ p: Int) -> Int? {
        let q = p + sepLength(p)
        return q + 1 < b.count && b[q] == 0xC2 && b[q + 1] == 0xA7 ? q + 2 : nil
    }

    /// The end of a duration unit (`t`, `h`, `min`) after `p`, and of a following `50 min`.
    private func durationAfter(_ p: Int) -> Int? {
        let q = p + sepLength(p)
        guard let end = word(q, "min") ?? word(q, "t") ?? word(q, "h") else { return nil }
        // `128 t 50 min`: the minutes belong to the same duration.
        let gap = sepLength(end)
        guard gap > 0 else { return end }
        var r = end + gap
        let digits = r
        while r < b.count && Self.isDigit(b[r]) { r += 1 }
        guard r > digits else { return end }
        let u = r + sepLength(r)
        return word(u, "min") ?? word(u, "s") ?? end
    }

    /// The end of the ASCII word `w` at `q` when no letter or digit follows it.
    private func word(_ q: Int, _ w: StaticString) -> Int? {
        let n = w.utf8CodeUnitCount
        guard q + n <= b.count else { return nil }
        let chars = w.utf8Start
        for k in 0..<n where b[q + k] != chars[k] { return nil }
        return isWordChar(at: q + n) ? nil : q + n
    }

    /// `1-` at a line end with digits starting the next line: the offset of those digits.
    private func rangeOverLineEnd(_ p: Int) -> Int? {
        guard let dash = dashLength(p) else { return nil }
        var q = p + dash
        while q < b.count, b[q] == 0x09 || sepLength(q) > 0 { q += max(1, sepLength(q)) }
        guard q < b.count, b[q] == 0x0A || b[q] == 0x0D else { return nil }
        while q < b.count, b[q] == 0x0A || b[q] == 0x0D || b[q] == 0x09 || sepLength(q) > 0 { q += max(1, sepLength(q)) }
        return q < b.count && Self.isDigit(b[q]) ? q : nil
    }

    // MARK: - Placeholder marks

    private mutating func readMark(_ span: Range<Int>) {
        let s = span.lowerBound, e = span.upperBound
        let before = gap(before: s), after = gap(after: e)
        let isDash = dashLength(s) == e - s
        let always = e - s == 2 && (b[s] == 0x78 || b[s] == 0x58 || b[s] == 0x2E)    // xx XX ..
        let isPlaceholder: Bool
        if always {
            isPlaceholder = true
        } else if isDash {
            isPlaceholder = (before.edge || before.wide || before.numeric) && (after.edge || after.wide || after.numeric)
        } else {
            isPlaceholder = (before.edge || before.wide) && (after.edge || after.wide)
        }
        if isPlaceholder {
            tokens.append(RawToken(kind: .placeholder, start: s, end: e, value: nil, unit: nil))
        } else if isDash && before.edge && !after.wide && isWordChar(at: after.next) {
            reject(.bullet, s..<e)
        }
        consumed = max(consumed, e)
    }

    /// The blank run before `p` on its line: whether it reaches the line start, is a column gap
    /// (a tab or two or more separators), and whether the character before it is number-like.
    private func gap(before p: Int) -> (edge: Bool, wide: Bool, numeric: Bool) {
        var q = p, width = 0, tab = false
        while q > 0 {
            let c = b[q - 1]
            if c == 0x0A || c == 0x0D || c == 0x0C { return (true, false, false) }
            if c == 0x09 { tab = true; q -= 1; width += 1; continue }
            if c == 0x20 { q -= 1; width += 1; continue }
            let start = scalarStart(before: q)
            if sepLength(start) > 0 { q = start; width += 1; continue }
            break
        }
        if q == 0 { return (true, false, false) }
        let start = scalarStart(before: q)
        let c = b[start]
        let numeric = Self.isDigit(c) || c == 0x25 || isEuro(start) || dashLength(start) != nil
            || c == 0x78 || c == 0x58 || c == 0x2E || isEllipsis(start)
        return (false, tab || width >= 2, numeric)
    }

    private func gap(after p: Int) -> (edge: Bool, wide: Bool, numeric: Bool, next: Int) {
        var q = p, width = 0, tab = false
        while q < b.count {
            let c = b[q]
            if c == 0x0A || c == 0x0D || c == 0x0C { return (true, false, false, q) }
            if c == 0x09 { tab = true; q += 1; width += 1; continue }
            let s = sepLength(q)
            if s > 0 { q += s; width += 1; continue }
            break
        }
        if q == b.count { return (true, false, false, q) }
        let c = b[q]
        let numeric = Self.isDigit(c) || c == 0x78 || c == 0x58 || c == 0x2E || isEllipsis(q)
            || dashLength(q) != nil || c == 0x2B
        return (false, tab || width >= 2, numeric, q)
    }

    // MARK: - Bytes

    private mutating func reject(_ reason: NumberLexer.Reason, _ range: Range<Int>) {
        consumed = max(consumed, range.upperBound)
        if recordRejections { rejections.append(NumberLexer.Rejection(reason: reason, utf8: range)) }
    }

    @inline(__always)
    static func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    /// Length of a group separator (space, U+00A0, U+202F, U+2009) at `p`, else 0.
    @inline(__always)
    private func sepLength(_ p: Int) -> Int {
        guard p < b.count else { return 0 }
        let c = b[p]
        if c == 0x20 { return 1 }
        if c == 0xC2 { return p + 1 < b.count && b[p + 1] == 0xA0 ? 2 : 0 }
        if c == 0xE2 && p + 2 < b.count && b[p + 1] == 0x80 && (b[p + 2] == 0xAF || b[p + 2] == 0x89) { return 3 }
        return 0
    }

    /// Length of `-`, `−`, `–` or `—` at `p`.
    private func dashLength(_ p: Int) -> Int? {
        guard p < b.count else { return nil }
        if b[p] == 0x2D { return 1 }
        guard b[p] == 0xE2, p + 2 < b.count else { return nil }
        if b[p + 1] == 0x88 && b[p + 2] == 0x92 { return 3 }
        if b[p + 1] == 0x80 && (b[p + 2] == 0x93 || b[p + 2] == 0x94) { return 3 }
        return nil
    }

    /// Length of a sign (`-`, `+`, `−`, `–`) at `p`.
    private func signLength(_ p: Int) -> Int? {
        if b[p] == 0x2B { return 1 }
        guard let d = dashLength(p), !(d == 3 && b[p + 2] == 0x94) else { return nil }
        return d
    }

    private func isEuro(_ p: Int) -> Bool {
        p + 2 < b.count && b[p] == 0xE2 && b[p + 1] == 0x82 && b[p + 2] == 0xAC
    }

    private func isEllipsis(_ p: Int) -> Bool {
        p + 2 < b.count && b[p] == 0xE2 && b[p + 1] == 0x80 && b[p + 2] == 0xA6
    }

    private func isLineStart(_ p: Int) -> Bool { gap(before: p).edge }

    private func isWordAfterOneSeparator(_ p: Int) -> Bool {
        let s = sepLength(p)
        return s > 0 && isWordChar(at: p + s)
    }

    private func scalarStart(before p: Int) -> Int {
        var q = p - 1
        while q > 0 && b[q] & 0xC0 == 0x80 { q -= 1 }
        return q
    }

    /// A letter, digit or `_` starts at `p`.
    private func isWordChar(at p: Int) -> Bool {
        guard p < b.count else { return false }
        let c = b[p]
        if c < 0x80 {
            return Self.isDigit(c) || (c | 0x20) &- 0x61 < 26 || c == 0x5F
        }
        var v: UInt32
        var length: Int
        switch c {
        case 0xC0..<0xE0: v = UInt32(c & 0x1F); length = 2
        case 0xE0..<0xF0: v = UInt32(c & 0x0F); length = 3
        case 0xF0..<0xF8: v = UInt32(c & 0x07); length = 4
        default: return false
        }
        guard p + length <= b.count else { return false }
        for k in 1..<length { v = v << 6 | UInt32(b[p + k] & 0x3F) }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The character before `p` is a letter, digit or `_`.
    private func isWordChar(before p: Int) -> Bool {
        p > 0 && isWordChar(at: scalarStart(before: p))
    }
}
