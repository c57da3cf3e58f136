/// Group names among the rows markitdown leaves as text in a long gap between a grid's blocks: a
/// statement's group bands ("Rahoituksen rahavirta" / "Antolainauksen muutokset", "Lainakannan
/// muutokset") stand on lines of their own between rows pdfplumber ran together ("Rahoitusosuudet
/// investointimenoihin 1 574 961,10 440 512,46 257,5%"), and such a gap is often longer than
/// `TextLinesBetweenPipeBlocks.maxLines` (synth pauhavaara's rahoituslaskelma: four rows and two
/// group names; Kemijärvi tp2024's and konserni's toimialan käyttötalous: the TOIMINTAKULUT band
/// among the rows of TOIMINTATUOTOT and TOIMINTAKULUT). A long gap may hold group names when it reads like a
/// statement's rows, not like prose: at least as many rows of figures as names, no run of more
/// names than a short gap holds, and every name short (at most `maxWords` words) with no sentence
/// end. Prose between two tables of one width keeps the gap as printed. The rows' figures are read
/// in doubt as in any gap.
enum GroupNamesAmongGapRows {
    /// Words at most in a group name of a long gap ("Toimeksiantojen varojen ja pääomien muutokset").
    static let maxWords = 8

    /// Whether a gap of more than `TextLinesBetweenPipeBlocks.maxLines` lines, each a group name
    /// (`isRow` false) or a row of figures, may be read as the grid's rows.
    static func allows(_ lines: [(label: String, isRow: Bool)]) -> Bool {
        let names = lines.filter { !$0.isRow }
        guard !names.isEmpty else { return true }
        guard lines.count - names.count >= names.count else { return false }
        var run = 0
        for line in lines {
            run = line.isRow ? 0 : run + 1
            if run > TextLinesBetweenPipeBlocks.maxLines { return false }
        }
        return names.allSatisfy { isShortName($0.label) }
    }

    /// A short line ending in no sentence mark: a group band, not a sentence.
    static func isShortName(_ label: String) -> Bool {
        let words = label.split(whereSeparator: \.isWhitespace)
        guard let last = label.last, words.count <= maxWords else { return false }
        return !".:;!?".contains(last)
    }
}
