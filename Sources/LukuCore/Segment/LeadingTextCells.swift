/// Plain-text rows whose first period columns hold words and whose last ones hold numbers
/// ("MENOT  Kehityksessä Kehityksessä Kehityksessä  -252 520 -252 520" under TP | TA+MUUTOS |
/// TPE | TA | KS: a cost centre that was budgeted elsewhere before 2026). The words end up in the
/// row's label, and the numbers, too few for the columns, in the last columns. The label is read
/// back as a label and one text cell per empty leading column only when its words end in exactly
/// that many equal pieces: the repeated note is the evidence that the words are cells, as a
/// person sees three times "hallintopalveluissa" under three headers. A single empty column is
/// never filled so: one piece is no repetition.
///
/// Proven on kemijarvi-konserni-elinvoima-ta2026 page 26 (elinkeino- ja työllisyyspalvelut,
/// kustannuspaikat): one-line rows ("Kehityksessä" ×3) and rows whose three cells are each
/// hyphen-wrapped over two lines ("hallinto-" / "palveluissa" ×3), as the seed text prints them
/// and as `pdftotext -raw` and pypdf print them (every piece on its own line, the numbers on a
/// line alone); the label-only lines are joined by `RowAssembler` before this rule reads them.
enum LeadingTextCells {
    /// Most words one text cell may have; a longer run is a label, not repeated cells.
    static let maxPieceWords = 4

    /// The label's words cut into a label and `count` equal trailing pieces, the smallest pieces
    /// that fit; nil when no such cut leaves a label and pieces that hold letters.
    static func split(label: String, count: Int) -> (label: String, pieces: [String])? {
        let words = label.split(separator: " ").map(String.init)
        // One piece repeats nothing: the last word of any label would do ("Liiketoiminnan muut
        // kulut" over an empty first column in Koha-Suomi's `pdftotext` text).
        guard count >= 2 else { return nil }
        for size in 1...maxPieceWords where size * count < words.count {
            let tail = Array(words.suffix(size * count))
            let chunks = (0..<count).map { tail[($0 * size)..<(($0 + 1) * size)] }
            guard chunks.allSatisfy({ $0.elementsEqual(chunks[0]) }) else { continue }
            let piece = chunks[0].joined(separator: " ")
            // Numbers or placeholders are no note ("x x x" reads as placeholders elsewhere).
            guard piece.contains(where: \.isLetter), !chunks[0].contains(where: TextTableBuilder.isTailToken) else { continue }
            return (words.dropLast(size * count).joined(separator: " "), Array(repeating: piece, count: count))
        }
        return nil
    }

    /// The piece `words` repeats exactly `count` times, nil when they are not so made.
    static func equalPieces(_ words: [String], count: Int) -> String? {
        guard count >= 1, !words.isEmpty, words.count % count == 0 else { return nil }
        let size = words.count / count
        let chunks = (0..<count).map { words[($0 * size)..<(($0 + 1) * size)] }
        return chunks.allSatisfy({ $0.elementsEqual(chunks[0]) }) ? chunks[0].joined(separator: " ") : nil
    }

    /// A row's label whose words end in k equal pieces broken at a hyphen ("MENOT hallinto-
    /// hallinto- hallinto-"), and the line under it of k equal pieces ("palveluissa palveluissa
    /// palveluissa"): each cell went on under itself, as `pdftotext -layout` prints the same rows
    /// of kemijarvi-konserni-elinvoima-ta2026 page 26. Returns the label with each piece joined
    /// to its own continuation; nil for any other pair of lines.
    static func joinColumnWise(label: String, next: [String]) -> String? {
        guard next.count >= 2, next.count <= maxPieceWords * 3, next.allSatisfy({ $0.first?.isLowercase == true }) else { return nil }
        for count in 2...3 where next.count % count == 0 {
            guard let (head, pieces) = split(label: label, count: count), pieces[0].hasSuffix("-"), !head.isEmpty,
                  let lower = equalPieces(next, count: count) else { continue }
            let joined = TextJoiner.join([pieces[0], lower])
            return ([head] + Array(repeating: joined, count: count)).joined(separator: " ")
        }
        return nil
    }

    /// Rewrites each row whose first k cells are empty and whose other cells all hold numbers,
    /// when its label ends in k equal pieces: the pieces become the k cells. The numbers stay in
    /// their columns; their `ambiguous-split` flag (the short-row guess of where they go) is
    /// dropped when the text fills every other column and the digits have one reading into the
    /// columns left. Returns how many rows were rewritten and how many of them lost the flag.
    @discardableResult
    static func apply(_ rows: inout [Row], columns: [Column]) -> (rewritten: Int, settled: Int) {
        var rewritten = 0, settled = 0
        for r in rows.indices {
            let cells = rows[r].cells
            guard let k = cells.firstIndex(where: { $0 != nil }), k >= 1,
                  cells[k...].allSatisfy({ $0?.value != nil }),
                  let (label, pieces) = split(label: rows[r].label, count: k) else { continue }
            var out = cells
            for c in 0..<k { out[c] = Cell(text: pieces[c]) }
            let tokens = cells[k...].compactMap { $0?.text }.flatMap { $0.split(separator: " ").map(String.init) }
            if let digits = DigitRunSplitter.split(tokens, columns: cells.count - k), !digits.ambiguous,
               digits.numbers == cells[k...].compactMap({ $0?.text }) {
                for (c, text) in digits.numbers.enumerated() {
                    out[k + c] = CellReader.cell(text, column: columns[k + c])
                }
                if cells[k...].contains(where: { $0?.flags.contains(.ambiguousSplit) == true }) { settled += 1 }
            }
            rows[r].label = label
            rows[r].cells = out
            rewritten += 1
        }
        return (rewritten, settled)
    }
}
