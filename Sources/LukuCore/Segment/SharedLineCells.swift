/// Goal-table cells as the seed texts' extractor prints them when a row's label fits on one
/// line: the label and the first line of the next cell come out as one line ("Riskienhallinnan
/// parantaminen Laaditaan elinkeino- ja" / "työllisuuspalveluille" / …), and a cell may go on
/// after a blank line mid-sentence ("Tiiviillä kaupungin sisäisellä ja" / blank / "ulkopuolisten
/// sidosryhmien …"). Proven on kemijarvi-konserni-elinvoima-ta2026 pages 5 (hallinto, Hyvä ja
/// sujuva arki) and 25 (elinkeino, sisäinen valvonta, where "Sisäisen valvonnan suunnitelma
/// Suunnitelma laaditaan Suunnitelma laadittu" is a whole row on one line).
///
/// The last reading tried: a block that ends unfinished ("ja", a comma, a hyphen) goes on with a
/// next block that starts in lowercase; a block's first line is cut before each capital that
/// follows a word ending in a lowercase letter, into pieces of two words or more (into two
/// pieces, the label and the next cell's first line, unless the block is that one line; and the
/// line half again as long as the block's other lines, each one cell's). The
/// reading is taken only when each cut lands where a row starts (the label is the row's first
/// cell) and the blocks divide into rows; proper nouns, which also make such capitals, then
/// fail the count instead of making wrong cells.
enum SharedLineCells {
    /// The blocks' texts (one string per printed line) read so, or nil.
    static func blocks(_ texts: [[String]], width: Int) -> [[String]]? {
        guard width >= 2 else { return nil }
        var joined: [[String]] = []
        for block in texts {
            if let previous = joined.last, let end = previous.last, WordTraits.endsUnfinished(end),
               let first = block.first, WordTraits.startsLowercase(first) {
                joined[joined.count - 1] += block
            } else {
                joined.append(block)
            }
        }
        var out: [[String]] = []
        var cuts = false
        for block in joined {
            guard let first = block.first else { continue }
            let pieces = cut(first)
            if pieces.count > 1 {
                // The first piece is a row's label. Only a row printed whole on one line shares
                // it among more than two cells; a longer block that does is text laid out in
                // columns side by side (`pdftotext -layout`), which this reading cannot cut.
                guard out.count % width == 0, block.count == 1 || pieces.count == 2, pieces.count <= width else { return nil }
                // Two cells' words on a line where the block's other lines hold one cell's: the
                // shared line is half again as long as any other (in text laid out side by side
                // every line is as long).
                guard block.dropFirst().allSatisfy({ Double($0.count) * 1.5 <= Double(first.count) }) else { return nil }
                cuts = true
                out += pieces.dropLast().map { [$0] }
                out.append([pieces.last!] + block.dropFirst())
            } else {
                out.append(block)
            }
        }
        guard cuts || joined.count != texts.count, !out.isEmpty, out.count % width == 0 else { return nil }
        return out
    }

    /// The line cut before each capital that follows a word ending in a lowercase letter, except
    /// where the piece would be one word; the line whole when no cut is left.
    static func cut(_ line: String) -> [String] {
        let words = line.split(separator: " ").map(String.init)
        var pieces: [[String]] = [[]]
        for (k, word) in words.enumerated() {
            if k > 0, words[k - 1].last?.isLowercase == true, word.first?.isUppercase == true {
                pieces.append([])
            }
            pieces[pieces.count - 1].append(word)
        }
        // A one-word piece is a proper noun inside a cell ("olevan Cloudia-", "ja Kemijärven"):
        // it stays with the words before it (or after it, at the line's start).
        var merged: [[String]] = []
        for piece in pieces {
            if piece.count < 2, !merged.isEmpty { merged[merged.count - 1] += piece } else { merged.append(piece) }
        }
        if merged.count > 1, merged[0].count < 2 { merged[1] = merged[0] + merged[1]; merged.removeFirst() }
        guard merged.count > 1 else { return [line] }
        return merged.map { $0.joined(separator: " ") }
    }
}
