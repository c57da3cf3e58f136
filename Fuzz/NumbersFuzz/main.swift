// libFuzzer entry point for the number stage: FinnishNumber.parse, DigitRunSplitter (splits,
// split, ranked) and, when built with -D LUKU_HAS_LEXER, NumberLexer.scan.
// Built by `make fuzz` together with the LukuCore sources it needs, in one module (no import).
//
// Input: the first byte is a control byte, the rest UTF-8 text (invalid bytes are replaced).
// Columns N = control % 8 + 1 ('0'…'7' give 1…8); bit 0x40 ('@'…'G' give 1…8) adds column, row
// and identity evidence. Besides "no crash", the harness checks invariants and traps on a breach:
// every reading's cells are numbers FinnishNumber accepts (or a placeholder), `split` is the first
// of `ranked`, ranked scores never decrease, and `splits` and `ranked` agree on the count.

import Foundation

/// Rows longer than this are cut: the splitter's cost grows with tokens × columns.
private let maxTokens = 40
/// Significant digits a Foundation `Decimal` holds exactly.
private let maxDecimalDigits = FinnishNumber.maxDigits

@_cdecl("LLVMFuzzerTestOneInput")
public func numbersFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let control = data[0]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    fuzzParse(text)
    fuzzSplit(text, columns: Int(control % 8) + 1, evidence: control & 0x40 != 0)
    #if LUKU_HAS_LEXER
    fuzzLexer(text)
    #endif
    return 0
}

private func fuzzParse(_ text: String) {
    _ = FinnishNumber.parse(text)
    _ = FinnishNumber.isPlaceholder(text)
    for word in text.split(whereSeparator: \.isWhitespace) {
        if let n = FinnishNumber.parse(String(word)) {
            // An accepted single word has no separators, so it reads the same with a space before it.
            check(FinnishNumber.parse(" " + word) == n, "parse not stable under a leading space: \(word)")
        }
    }
}

private func fuzzSplit(_ text: String, columns: Int, evidence withEvidence: Bool) {
    let tokens = Array(text.split(whereSeparator: \.isWhitespace).prefix(maxTokens).map(String.init))
    var evidence = SplitEvidence.none
    if withEvidence {
        let seed = text.utf8.count
        evidence = SplitEvidence(
            columnDigits: (0..<columns).map { k in (seed + 7 * k) % 13 == 0 ? nil : (seed + 7 * k) % 13 },
            rowDigits: [seed % 11],
            identities: { values in values.compactMap { $0 }.filter { $0 > 0 }.count })
    }
    let limit = 32
    let (ranked, capped) = DigitRunSplitter.search(tokens, columns: columns, evidence: evidence, limit: limit)
    // A capped search (over its step budget) gives no reading by design; nothing to compare.
    if capped { return check(ranked.isEmpty, "a capped search returned readings") }
    let listed = DigitRunSplitter.splits(tokens, columns: columns, limit: limit)
    check(ranked.count == listed.count, "ranked \(ranked.count) vs splits \(listed.count): \(tokens) / \(columns)")
    check(Set(ranked.map(\.cells)).count == ranked.count, "duplicate readings: \(tokens) / \(columns)")
    if let first = ranked.first {
        check(first.alternatives >= ranked.count, "alternatives below readings listed")
        check(ranked.count == min(limit, first.alternatives), "fewer readings than fit: \(tokens) / \(columns)")
    }
    if !withEvidence {
        check(zip(ranked, ranked.dropFirst()).allSatisfy { !($1.score < $0.score) }, "scores out of order: \(tokens)")
        check(DigitRunSplitter.split(tokens, columns: columns)?.numbers == ranked.first?.cells,
              "split is not the first ranked reading: \(tokens) / \(columns)")
    }
    for reading in ranked {
        check(reading.cells.count == columns, "reading with \(reading.cells.count) cells for \(columns) columns")
        check(reading.cells.joined(separator: " ") == tokens.joined(separator: " "), "reading loses tokens: \(tokens)")
        for cell in reading.cells {
            let head = String(cell.prefix { $0 != " " })
            // Beyond Decimal's 38 digits (integer and fraction together) the parser refuses a number
            // rather than round it; the splitter may still offer the reading.
            check(FinnishNumber.parse(cell) != nil || FinnishNumber.isPlaceholder(head)
                  || cell.unicodeScalars.filter({ $0.value >= 48 && $0.value <= 57 }).count > maxDecimalDigits,
                  "cell \(cell.debugDescription) is neither a number nor a placeholder")
        }
    }
}

#if LUKU_HAS_LEXER
private func fuzzLexer(_ text: String) {
    let utf8Count = text.utf8.count
    for token in NumberLexer.scan(text) {
        check(token.utf8.lowerBound >= 0 && token.utf8.upperBound <= utf8Count, "token span outside the text")
        _ = text[token.range]   // traps if the span is not a valid range of `text`
    }
}
#endif

/// A breached invariant is a crash for libFuzzer (the message says which).
private func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant: " + message()) }
}
