/// A row's first figures written into its label cell, each joined to what stands before it by its
/// minus: markitdown's Markdown of Lapua's minutes (pdfminer text, a zero-width space after each
/// minus; p. 18) prints "| Toimintakulut *)-​ 16.756.130-​ 13.155.924 | | | 78,​5 |" where the page
/// has "Toimintakulut *)" and the figures under TA 2024 and Tot. 09/2024, and "| Yläkoulun
/// irtaimisto-​10.000 | | -​9.706 | 97,​1 |" (the investments' TA 2024 figure). The label ends in one
/// or more negative figures, each a whole grouped number ("-​ 16.756.130", thousands grouped by
/// dots or spaces), joined to a label word or mark, and as many value cells right after the label
/// are empty: the figures are those cells'. They are put there in order and the row is read in
/// doubt (`SpacerPipeColumns.doubtMark`: every figure of it flagged). A hyphen inside a label
/// ("Sosiaali- ja terveyspalvelut"), a year range ("2023-2024") or a figure not grouped stays as printed.
enum FiguresFusedToPipeLabel {
    static let minuses: Set<Character> = ["-", "\u{2212}", "\u{2013}"]

    static func reorder(_ text: String) -> String {
        guard text.contains("|") else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false
        for k in lines.indices {
            guard let row = SideBySidePipeTables.rawCells(lines[k]), row.count >= 3, !FigureInLabelCell.isAlignment(row),
                  let (label, figures) = split(row[0]), figures.count < row.count,
                  row[1...figures.count].allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            var out = row
            out[0] = String(SpacerPipeColumns.doubtMark) + label
            for (c, figure) in figures.enumerated() { out[c + 1] = figure }
            lines[k] = "|" + out.joined(separator: "|") + "|"
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    /// (label, figures) of a label cell ending in minus-joined grouped figures, else nil.
    static func split(_ cell: String) -> (String, [String])? {
        let chars = Array(cell.trimmingCharacters(in: .whitespaces))
        guard chars.first != SpacerPipeColumns.doubtMark else { return nil }
        for start in chars.indices where minuses.contains(chars[start]) {
            // Joined to a label word or mark: no digit, no space before the minus.
            guard let before = chars[..<start].last(where: { !isInvisible($0) }),
                  !before.isNumber, before != " ", before != "\u{00A0}" else { continue }
            let label = String(chars[..<start]).trimmingCharacters(in: .whitespaces)
            guard label.contains(where: \.isLetter) else { continue }
            let cuts = chars.indices.filter { $0 >= start && minuses.contains(chars[$0]) }
            let pieces = cuts.indices.map { n in String(chars[cuts[n]..<(n + 1 < cuts.count ? cuts[n + 1] : chars.count)]) }
            if pieces.allSatisfy(isGroupedNegative) {
                return (label, pieces.map { $0.trimmingCharacters(in: .whitespaces) })
            }
        }
        return nil
    }

    /// "-​ 16.756.130", "-​643.630", "- 1 865": a minus and one whole number with thousands groups.
    static func isGroupedNegative(_ piece: String) -> Bool {
        let body = piece.dropFirst().filter { !isInvisible($0) }.trimmingCharacters(in: .whitespaces)
        guard body.first?.isASCIIDigit == true, let n = FinnishNumber.parse(String(piece.filter { !isInvisible($0) })),
              n.value < 0 else { return false }
        let integer = body.split(separator: ",", maxSplits: 1).first.map(String.init) ?? body
        let groups = integer.split(whereSeparator: { $0 == "." || $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" })
        return groups.count >= 2 && groups.dropFirst().allSatisfy { $0.count == 3 }
    }

    private static func isInvisible(_ c: Character) -> Bool {
        guard c.unicodeScalars.count == 1, let scalar = c.unicodeScalars.first else { return false }
        return FinnishNumber.isInvisible(scalar.value)
    }
}
