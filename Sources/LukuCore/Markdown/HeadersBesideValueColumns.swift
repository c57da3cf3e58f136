/// A pipe table whose header words and figures sit on different pipe columns with no column that
/// joins them: a header-only column (filled by rows with no figure, none with one) and a
/// value-only column (filled by figure rows, no header row) in one table run. markitdown
/// (pdfplumber's fine grid) cuts a right-aligned header one grid column left of its values, so
/// the header row fills columns the figures do not and the figures fill one the header does not:
/// synth honkaniemi's tase ("| 1 000 € | 31.12.2024 | 31.12.2023 | | |" over
/// "| I Aineettomat hyödykkeet | | 1170 | 1145 | |": 1170 is 2024's, under "31.12.2023"), the same in
/// koivukyla and kalliosalo. Which header a value belongs to is then a guess (one column off, or
/// the two-columns-per-year layout), so every figure row of the run is read in doubt (its values
/// flagged); no header or figure is moved.
///
/// The same doubt within one column put together from several: when two of its pipe columns hold
/// figures and only one has a header over it, the header-less one may be a printed column of its
/// own that no row shares with the other (the group subtotal beside the items, two columns per
/// year): synth kalliosalo's tuloslaskelma in euros ("| | 2024 | | 2023 | |" over
/// "| Myyntituotot | 580 327,18 € | | 593 215,62 € | |" and "| Valmistus omaan käyttöön | | 80 587,32 € |
/// | 39 501,36 € |", the subtotal). A row with a figure in such a pipe column is read in doubt.
/// Hold-out 02's TS 2027 drawn as two pipe columns has a header word over each ("TS", "1 000 €").
///
/// And a figure left of every header: headers stand over or left of their right-aligned figures,
/// so a figure in a column before the first one any header fills was cut off its own column:
/// synth katajaselka's rahoituslaskelma ("| | | Tilinpäätös | | Tilinpäätös | |" over
/// "| Lyhytaikaisten lainojen muutos | –1 200 | 4 713 | | - | 1 954 |", each figure one column left of
/// where the other rows put it). A row with a figure there is read in doubt.
enum HeadersBesideValueColumns {
    /// Whether `columns` (each a set of pipe column indices read as one column) hold a header-only
    /// and a value-only column. `headerFilled[r]` / `figureFilled[r]`: the columns each header row /
    /// figure row fills.
    static func applies(_ columns: [[Int]], headerFilled: [Set<Int>], figureFilled: [Set<Int>]) -> Bool {
        guard headerFilled.contains(where: { !$0.isEmpty }) else { return false }
        let header = headerFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let figure = figureFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let headerOnly = columns.contains { g in g.contains { header.contains($0) } && !g.contains { figure.contains($0) } }
        let valueOnly = columns.contains { g in g.contains { figure.contains($0) } && !g.contains { header.contains($0) } }
        return headerOnly && valueOnly
    }

    /// The pipe columns that hold figures under no header inside a column of several pipe columns
    /// of which another holds figures under a header.
    static func headerlessHalves(_ columns: [[Int]], headerFilled: [Set<Int>], figureFilled: [Set<Int>]) -> Set<Int> {
        let header = headerFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let figure = figureFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        var out = Set<Int>()
        for g in columns where g.count > 1 {
            let figured = g.filter { figure.contains($0) }
            guard figured.contains(where: { header.contains($0) }) else { continue }
            out.formUnion(figured.filter { !header.contains($0) })
        }
        return out
    }

    /// The pipe columns holding figures in the columns before the first column a header fills
    /// (empty when no header row fills any column).
    static func figuresLeftOfHeaders(_ columns: [[Int]], headerFilled: [Set<Int>], figureFilled: [Set<Int>]) -> Set<Int> {
        let header = headerFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        let figure = figureFilled.reduce(into: Set<Int>()) { $0.formUnion($1) }
        guard let first = columns.firstIndex(where: { g in g.contains { header.contains($0) } }) else { return [] }
        return Set(columns[..<first].flatMap { $0 }.filter { figure.contains($0) })
    }
}
