/// What the text layer of each PDF page is worth before any table is read from it: pages turned
/// sideways are turned back (`PageRotation`), and pages whose text cannot be trusted lose their
/// glyphs, with an issue, so no table is built from them:
/// - no text at all (a scan): `no-text-layer`;
/// - text in no readable direction (mixed rotations): `rotated-page`;
/// - glyphs without a Unicode mapping (a font with no ToUnicode map gives its raw codes: control
///   and private-use code points, or punctuation where letters should be): `no-text-layer` too,
///   since OCR is again the remedy.
/// When no page is left with text, the document gets one `error` instead.
enum TextLayerCheck {
    /// Pages with fewer visible glyphs are too small to judge and are kept.
    static let minGlyphs = 50
    /// Unmapped when this share of visible glyphs is control, private-use, unassigned or U+FFFD…
    static let maxBadShare = 0.3
    /// …or when letters are below this share and letters and digits together below `minWordShare`:
    /// Finnish text is mostly letters, a table page mostly digits; raw font codes are neither.
    static let minLetterShare = 0.1
    static let minWordShare = 0.5

    /// What one page's text layer is worth.
    enum Verdict: Sendable { case readable, empty, unreadable }

    /// One page: the page to read (turned upright, or emptied) and its verdict and issues.
    static func checkPage(_ page: PageGlyphs) -> (page: PageGlyphs, verdict: Verdict, issues: [Issue]) {
        var page = page
        if !page.glyphs.contains(where: { !$0.isWhitespace }) {
            return (page, .empty, [Issue(severity: .warning, code: "no-text-layer", page: page.number,
                                         message: "page \(page.number) has no text layer (scanned or image only); its content is missing")])
        }
        if let share = unmappedShare(page) {
            page.glyphs = []
            return (page, .unreadable, [Issue(severity: .warning, code: "no-text-layer", page: page.number,
                                              message: "page \(page.number): \(Int((share * 100).rounded()))% of its characters have no Unicode mapping (a font without a ToUnicode map); its text is unreadable and was not used: run OCR on the document (e.g. ocrmypdf --force-ocr in.pdf out.pdf)")])
        }
        switch PageRotation.turn(of: page) {
        case .none?:
            return withoutTurnedRuns(page, [])
        case let turn?:
            return withoutTurnedRuns(PageRotation.upright(page, from: turn), turnedPage: true,
                    [Issue(severity: .info, code: "rotated-page", page: page.number,
                           message: "page \(page.number): its text runs turned \(turn.rawValue)° clockwise; read after turning it back")])
        case nil:
            page.glyphs = []
            return (page, .unreadable, [Issue(severity: .warning, code: "rotated-page", page: page.number,
                                              message: "page \(page.number): its text runs in several directions (rotated parts); it was not read, to avoid wrong values")])
        }
    }

    /// A readable page less its runs of text turned a quarter against the page
    /// (`VerticalTextRuns`), with an issue when any were taken off.
    static func withoutTurnedRuns(_ page: PageGlyphs, turnedPage: Bool = false, _ issues: [Issue]) -> (page: PageGlyphs, verdict: Verdict, issues: [Issue]) {
        let (kept, count) = VerticalTextRuns.removed(from: page, turnedPage: turnedPage)
        guard count > 0 else { return (page, .readable, issues) }
        return (kept, .readable, issues + [VerticalTextRuns.issue(page: page.number, count: count)])
    }

    /// The document's issues from its pages' verdicts: the pages' own, or one `error` when no
    /// page is left with text.
    static func issues(_ pages: [(verdict: Verdict, issues: [Issue])], file: String) -> [Issue] {
        let empty = pages.filter { $0.verdict == .empty }.count
        let unreadable = pages.filter { $0.verdict == .unreadable }.count
        if !pages.isEmpty, empty + unreadable == pages.count {
            let message = empty == pages.count
                ? "\(file): no page has a text layer (a scanned document?); Luku does not OCR: run OCR first (e.g. ocrmypdf in.pdf out.pdf) and ingest the result"
                : "\(file): no page has a usable text layer (\(empty) without text, \(unreadable) unreadable: no Unicode mapping or mixed rotation); run OCR first (e.g. ocrmypdf --force-ocr in.pdf out.pdf) and ingest the result"
            return [.error(message, code: "no-text-layer")]
        }
        return pages.flatMap(\.issues)
    }

    /// Every page at once (tests and debug views).
    static func check(_ pages: [PageGlyphs], file: String) -> (pages: [PageGlyphs], issues: [Issue]) {
        let checked = pages.map(checkPage)
        return (checked.map(\.page), issues(checked.map { ($0.verdict, $0.issues) }, file: file))
    }

    /// The share of glyphs that show the text has no Unicode mapping, or nil when it reads as text.
    static func unmappedShare(_ page: PageGlyphs) -> Double? {
        var visible = 0, bad = 0, letters = 0, digits = 0
        for g in page.glyphs where !g.isWhitespace {
            visible += 1
            switch kind(of: g.scalar) {
            case .bad: bad += 1
            case .letter: letters += 1
            case .digit: digits += 1
            case .other: break
            }
        }
        guard visible >= minGlyphs else { return nil }
        let n = Double(visible)
        if Double(bad) >= maxBadShare * n { return Double(bad) / n }
        if Double(letters) < minLetterShare * n, Double(letters + digits) < minWordShare * n { return 1 - Double(letters + digits) / n }
        return nil
    }

    enum ScalarKind { case bad, letter, digit, other }

    /// What a visible glyph says about the text layer: a control, private-use, unassigned or
    /// replacement code point is `bad` (raw font codes). ASCII is classified by range (most
    /// glyphs: the property lookup cost more than the rest of the page check).
    static func kind(of s: Unicode.Scalar) -> ScalarKind {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x30...0x39: return .digit
            case 0x00..<0x20, 0x7F: return .bad
            default: return .other
            }
        }
        switch s.properties.generalCategory {
        case .control, .privateUse, .unassigned, .surrogate: return .bad
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter, .modifierLetter: return .letter
        case .decimalNumber: return .digit
        default: return v == 0xFFFD ? .bad : .other
        }
    }
}
