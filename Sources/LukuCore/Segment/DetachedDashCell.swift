/// A lone dash cell right before an unsigned figure (read or not: "23,6%" there is `unreadable`) in a row read from single-spaced text:
/// "Investointimenot - 23,6%" read as - | 23,6 % (synth katajalampi p. 3, `-raw` and pypdf,
/// where the euro columns stand apart in blocks and the truth is −23,6 in the change column).
/// A dash is an empty cell's mark in Finnish tables ("Satunnaiset erät - -") and also a minus
/// sign the extractor parted from its figure; the text does not say which, so both cells are
/// flagged `ambiguous-split`.
enum DetachedDashCell {
    static let dashes: Set<String> = ["-", "–", "−"]

    static func flagged(_ row: Row) -> Row {
        var out = row
        for c in row.cells.indices.dropLast() {
            guard let a = row.cells[c], dashes.contains(a.text), let b = row.cells[c + 1],
                  let f = b.text.first, f.isASCIIDigit else { continue }
            out.cells[c] = UnspacedTextRows.doubted(out.cells[c])
            out.cells[c + 1] = UnspacedTextRows.doubted(out.cells[c + 1])
        }
        return out
    }
}
