/// Rows of plain text whose digits cannot make as many numbers as the table has columns ("Maksutuotot
/// 0 0" under five period columns): some columns are empty and the text no longer says which.
/// Budget tables leave the oldest columns empty (a new cost centre has no actuals or earlier
/// budget), so the numbers go to the rightmost columns — a heuristic, so every placed cell is
/// flagged `ambiguous-split` and the table gets an issue.
enum ShortRows {
    /// The number count to read every short row as: one all the rows allow ("0 0" only allows 2),
    /// and among those the one whose numbers are most alike in size row by row ("-156 430 -156 430"
    /// as two numbers of six digits, not "-156 430 | -156 | 430"), then the fewest numbers, but more
    /// than one when possible ("386 700 386 700" is two numbers before it is one or four).
    /// nil when the rows share no count.
    static func width(_ tails: [[String]], columns: Int) -> Int? {
        if let all = sharedWidth(tails, columns: columns) { return all }
        // A stray line among the rows (a page number pypdf glued to the next row, "16Vuokrat 0 0",
        // kemijarvi-konserni-elinvoima-ta2026 page 16) allows no count the others share. The count
        // that at least three rows in four allow is taken; the rest are no row of it and are
        // kept whole and flagged by the caller.
        var best: (width: Int, fits: Int)?
        for width in 1..<max(columns, 1) {
            let fits = tails.filter { DigitRunSplitter.split($0, columns: width) != nil }.count
            if fits > best?.fits ?? 0 { best = (width, fits) }
        }
        guard let best, best.fits * 4 >= tails.count * 3, tails.count > 1 else { return nil }
        return sharedWidth(tails.filter { DigitRunSplitter.split($0, columns: best.width) != nil }, columns: columns)
    }

    private static func sharedWidth(_ tails: [[String]], columns: Int) -> Int? {
        guard !tails.isEmpty, columns > 1 else { return nil }
        var best: (width: Int, spread: Int)?
        for width in (1..<columns) {
            var spread = 0
            var fits = true
            for tail in tails {
                guard let split = DigitRunSplitter.split(tail, columns: width) else { fits = false; break }
                let digits = split.numbers.map { $0.filter(\.isASCIIDigit).count }
                spread += (digits.max() ?? 0) - (digits.min() ?? 0)
            }
            guard fits else { continue }
            if width == 1, best != nil { continue }
            if let b = best, b.width > 1, b.spread <= spread { continue }
            best = (width, spread)
        }
        return best?.width
    }

    /// The row's numbers read as `width` numbers, placed in the last `width` of `columns` cells
    /// (in the first ones when only a closing percent column is blank: BlankPercentColumn).
    static func place(_ tail: [String], width: Int, columns: [Column]) -> [Cell?]? {
        guard let split = DigitRunSplitter.split(tail, columns: width) else { return nil }
        var cells = Array(repeating: Cell?.none, count: columns.count)
        let offset = BlankPercentColumn.fillsFiguresFirst(split.numbers, columns: columns) ? 0 : columns.count - width
        for (c, text) in split.numbers.enumerated() {
            cells[offset + c] = CellReader.cell(text, column: columns[offset + c], doubtful: true)
        }
        return cells
    }

    /// A reading that cuts a number apart to fill the columns: a minus sign with one lone group,
    /// followed by a bare three-digit group ("-156 | 430 | -161 | 900" for "-156 430 -161 900"), with
    /// or without decimals and further groups ("-25 | 130,19" for "-25 130,19", "-4 | 567 075,00" for
    /// "-4 567 075,00", kauhava-tilinpaatos-2024 page 126 in pypdf).
    /// The group rule allows it, but the row's figures flip sign at every column, which budget
    /// rows do not do; the row is better read as fewer numbers than columns.
    static func cutsNumbersApart(_ numbers: [String]) -> Bool {
        zip(numbers, numbers.dropFirst()).contains { previous, next in
            let integer = next.split(separator: ",", maxSplits: 1).first?.split(separator: " ").first ?? ""
            guard let sign = previous.first, "-−–".contains(sign), !previous.contains(","), !previous.contains(" "),
                  integer.count == 3, integer.allSatisfy(\.isASCIIDigit), next.first?.isASCIIDigit == true else { return false }
            return true
        }
    }
}
