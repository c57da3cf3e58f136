/// The chosen reading of a run of digit groups, and how many readings fitted.
public struct DigitSplit: Equatable, Sendable {
    /// One printed text per column (tokens joined by one space, signs and units as printed).
    public var numbers: [String]
    /// How many readings had exactly the column count (saturates at `Int.max`).
    public var alternatives: Int
    /// More than one reading fitted and a heuristic chose: the cells get `ambiguous-split`.
    public var ambiguous: Bool { alternatives > 1 }
    /// The reading was chosen among several by the arithmetic of the rows around it
    /// (IdentitySplitResolver): the cells get `identity-chosen`.
    public var chosenByIdentity: Bool

    public init(numbers: [String], alternatives: Int, chosenByIdentity: Bool = false) {
        self.numbers = numbers
        self.alternatives = alternatives
        self.chosenByIdentity = chosenByIdentity
    }
}

/// Cuts the number tail of a row extracted without column positions back into columns
/// (design/DOMAIN.md: `213 930 260 000 374 119 268 670 278 750` under five columns is
/// `213 930 | 260 000 | 374 119 | 268 670 | 278 750`).
///
/// Input is the whitespace-separated tokens of the tail. A number is: an optional sign (attached,
/// `-2`, or a detached token `-` `+` `−` `–`), a first group of 1–3 digits that does not start with
/// 0 unless it is exactly `0`, then any number of exactly-3-digit groups; a decimal comma or an
/// attached `%`/`€` ends it, and a following `%`/`€` token belongs to it. A signed token always
/// starts a number; an ungrouped token of 4+ digits is a whole number, and so is a dot-grouped one
/// (`16.756.130`); a `0` is never continued.
/// A placeholder token (`xx`, `x`, a lone dash, `..`, `…`) fills a column by itself, so a lone dash
/// before digits is read both as a detached sign and as an empty cell, and the column count decides.
///
/// `ranked` (SplitRanking.swift) orders the readings by the evidence a caller has; `split` is its
/// first. Why a DP and not backtracking: the count of readings (`alternatives`) and the ranking
/// are exact however many readings there are; each state (token, numbers left) is counted once.
public enum DigitRunSplitter {
    /// Every reading of `tokens` as exactly `columns` numbers, at most `limit`, leftmost-greedy
    /// first (earlier numbers as long as possible).
    /// Rows of more tokens are not read at all (`search` reports them capped): a budget row has a
    /// dozen columns of at most seven tokens each, and building the reading graph costs
    /// O(tokens² · columns), so a damaged or concatenated line of thousands of groups must stop here.
    public static let maxTokens = 256

    public static func splits(_ tokens: [String], columns: Int, limit: Int = 64) -> [[String]] {
        guard limit > 0, let graph = Graph(tokens, columns: columns) else { return [] }
        var found: [[String]] = []
        var path: [Candidate] = []
        func walk(_ i: Int, _ left: Int) {
            if left == 0 { found.append(path.map { graph.text($0) }); return }
            for c in graph.candidates[i] where graph.ways[c.end][left - 1] > 0 {
                path.append(c)
                walk(c.end, left - 1)
                path.removeLast()
                if found.count >= limit { return }
            }
        }
        if graph.ways[0][columns] > 0 { walk(0, columns) }
        return found
    }

    /// The best reading of `tokens` as exactly `columns` numbers, or nil when none fits: the first
    /// of `ranked` with `hints` as the expected digit counts per column (see `ranked` for the order:
    /// the least total |digits − hint|, then the most even digit counts, then leftmost-greedy).
    public static func split(_ tokens: [String], columns: Int, hints: [Int?] = []) -> DigitSplit? {
        ranked(tokens, columns: columns, evidence: SplitEvidence(columnDigits: hints), limit: 1).first
            .map { DigitSplit(numbers: $0.cells, alternatives: $0.alternatives) }
    }

    /// Integer digits of a printed number (`-6 649 150` → 7, `-5,2` → 1); 0 for a placeholder.
    /// The measure `split` compares with its `hints`.
    public static func digitCount(_ number: String) -> Int {
        var n = 0
        for u in number.unicodeScalars {
            if u.value == 0x2C { break }
            if FinnishNumber.isDigit(u.value) { n += 1 }
        }
        return n
    }

    // MARK: - Tokens and candidate numbers

    /// What one token can be.
    enum Token {
        case sign                       // a lone `-` `+` `−` `–`: detached sign, or a dash placeholder
        case placeholder                // `xx`, `..`, `—`…
        case unit                       // a lone `%` or `€`
        /// closes: a decimal part or a unit is attached; unit: a unit is attached (no unit token may follow).
        case digits(length: Int, signed: Bool, zeroLed: Bool, closes: Bool, unit: Bool)
    }

    /// A number spanning tokens `start..<end`; `digits` is nil for a placeholder.
    struct Candidate {
        var start: Int
        var end: Int
        var digits: Int?
    }

    static func classify(_ token: String) -> Token? {
        let scalars = Array(token.unicodeScalars)
        guard let first = scalars.first else { return nil }
        if scalars.count == 1 {
            if FinnishNumber.isMinus(first.value) || first.value == 0x2B { return .sign }
            if FinnishNumber.unit(first.value) != nil { return .unit }
        }
        if FinnishNumber.isPlaceholder(token) { return .placeholder }
        var i = 0
        let signed = FinnishNumber.isMinus(first.value) || first.value == 0x2B
        if signed { i = 1 }
        var length = 0
        while i < scalars.count, FinnishNumber.isDigit(scalars[i].value) { length += 1; i += 1 }
        guard length > 0 else { return nil }
        // Dot groups ("16.756.130", "-10.100,97"; HTML exporters, Lapua's minutes) make a number
        // whole in one token: its first group 1–3 digits, then groups of exactly three.
        var dotGroups = 0
        if length <= 3 {
            var j = i
            let digit = { (k: Int) in FinnishNumber.isDigit(scalars[k].value) }
            while j + 3 < scalars.count, scalars[j].value == 0x2E, digit(j + 1), digit(j + 2), digit(j + 3),
                  j + 4 == scalars.count || !digit(j + 4) {
                j += 4
                dotGroups += 1
            }
            if dotGroups > 0 { i = j; length += 3 * dotGroups }
        }
        let zeroLed = scalars[signed ? 1 : 0].value == 0x30
        var closes = false, unit = false
        if i < scalars.count, scalars[i].value == 0x2C {
            i += 1
            let fractionStart = i
            while i < scalars.count, FinnishNumber.isDigit(scalars[i].value) { i += 1 }
            guard i > fractionStart else { return nil }
            closes = true
        }
        if i < scalars.count, FinnishNumber.unit(scalars[i].value) != nil { i += 1; closes = true; unit = true }
        guard i == scalars.count else { return nil }
        return .digits(length: length, signed: signed, zeroLed: zeroLed, closes: closes || dotGroups > 0, unit: unit)
    }

    /// The tokens, every number that can start at each token, and how many readings remain.
    struct Graph {
        let tokens: [String]
        let columns: Int
        /// candidates[i]: numbers starting at token i, longest first.
        var candidates: [[Candidate]]
        /// ways[i][k]: readings of tokens i..<n as exactly k numbers (saturating).
        var ways: [[Int]]

        init?(_ tokens: [String], columns: Int) {
            guard columns > 0, !tokens.isEmpty, tokens.count <= DigitRunSplitter.maxTokens else { return nil }
            var kinds: [Token] = []
            var marks: [NotationTokens.Marks] = []
            for t in tokens {
                if let k = DigitRunSplitter.classify(t) {
                    kinds.append(k)
                    marks.append(NotationTokens.Marks())
                } else if let (core, m) = NotationTokens.split(t), let k = DigitRunSplitter.classify(core) {
                    // A word in a printed notation (`937,8-`, `(12`, `340'223`): its plain core.
                    kinds.append(k)
                    marks.append(m)
                } else {
                    return nil
                }
            }
            self.tokens = tokens
            self.columns = columns
            let n = tokens.count
            // Every figure of a run that prints "€" after its figures ends with one (`EuroClosedFigures`).
            let euroClosed = EuroClosedFigures.applies(tokens)
            candidates = (0..<n).map { Graph.numbers(startingAt: $0, kinds, marks, tokens, euroClosed: euroClosed) }
            ways = Array(repeating: Array(repeating: 0, count: columns + 1), count: n + 1)
            ways[n][0] = 1
            for i in stride(from: n - 1, through: 0, by: -1) {
                for k in 1...columns {
                    var total = 0
                    for c in candidates[i] {
                        let (sum, overflow) = total.addingReportingOverflow(ways[c.end][k - 1])
                        total = overflow ? Int.max : sum
                    }
                    ways[i][k] = total
                }
            }
        }

        private static func numbers(startingAt i: Int, _ kinds: [Token], _ marks: [NotationTokens.Marks],
                                    _ tokens: [String], euroClosed: Bool = false) -> [Candidate] {
            var found: [Candidate] = []
            /// A number ends here; a following unit token is part of it unless one is attached.
            /// One holding a notation mark is a number only when the one reader reads its text.
            func add(_ end: Int, _ digits: Int?, unitAttached: Bool = false) {
                var c = Candidate(start: i, end: end, digits: digits)
                var unitClosed = unitAttached
                if !unitAttached, end < kinds.count, case .unit = kinds[end] { c.end = end + 1; unitClosed = true }
                if euroClosed, digits != nil, !unitClosed,
                   !EuroClosedFigures.standsWithoutSign(tokens[end - 1], singleToken: end - i == 1) { return }
                if marks[i..<end].contains(where: \.any) {
                    guard FinnishNumber.parse(tokens[c.start..<c.end].joined(separator: " "), allowing: .all) == nil,
                          PrintedNotation.read(tokens[c.start..<c.end].joined(separator: " ")) != nil else { return }
                }
                found.append(c)
            }
            var first = i
            switch kinds[i] {
            case .placeholder:
                add(i + 1, nil)
                return found
            case .sign:
                if FinnishNumber.isPlaceholder(tokens[i]) { add(i + 1, nil) }   // a lone dash: empty cell
                guard i + 1 < kinds.count, !marks[i + 1].any, case .digits(_, false, _, _, _) = kinds[i + 1] else { return found.reversed() }
                first = i + 1
            case .unit:
                return []
            case .digits:
                break
            }
            guard case let .digits(length, _, zeroLed, closes, unit) = kinds[first] else { return found.reversed() }
            if zeroLed && length > 1 { return found.reversed() }
            let opening = marks[first]
            // A `)` or a trailing minus ends a number; a `(` needs its `)` (NotationTokens).
            if opening.shuts && !opening.opens { return found.reversed() }
            if !opening.opens || opening.shuts { add(first + 1, length, unitAttached: unit) }
            guard length <= 3, !zeroLed, !closes, !opening.shuts, !opening.trailingMinus, !opening.apostrophes
            else { return found.reversed() }
            var j = first + 1, digits = length
            while j < kinds.count, case let .digits(3, false, _, closesHere, unitHere) = kinds[j] {
                let mark = marks[j]
                if mark.opens || mark.apostrophes || (mark.shuts && !opening.opens) { break }
                digits += 3
                if !opening.opens || mark.shuts { add(j + 1, digits, unitAttached: unitHere) }
                if closesHere || mark.shuts || mark.trailingMinus { break }
                j += 1
            }
            return found.reversed()
        }

        /// The printed text of one number: its tokens joined by one space.
        func text(_ c: Candidate) -> String {
            tokens[c.start..<c.end].joined(separator: " ")
        }
    }
}
