/// Decision 5 at the top of a table: what of the header zone heads columns. A unit line
/// ("1 000 €  1 000 €", Kauhava p. 35) gives the table's `unit` and heads no column; a line with
/// header words in the label column, wholly left of the values, is a subtitle ("TA 2024 vrt.
/// TA 2023", Kemijärvi's konserni document): it and the lines above it are not header. A header
/// wider than its numbers may start left of where the longest label ends and still stand over
/// its column ("1.1.2024-31.12.2024" beside "VOITTO / TAPPIO ENNEN TILINPÄÄTÖSSIIRTOJA…",
/// Koha-Suomi p. 3).
struct HeaderZone {
    /// Lines that head columns, top first.
    var headerLines: [Int]
    var unitLines: [Int]
    /// The unit the first unit line prints.
    var unit: String?

    /// `labelRight` is the right edge of the printed labels, `valueLeft` the left edge of the values.
    init(_ zone: [Int], lines: [TextLine], labelRight: Double, valueLeft: Double, settings: TableSettings) {
        let units = zone.filter {
            TableUnit.ofUnitLine(lines[$0], settings: settings) != nil && !PercentUnderHyphenatedHeader.ends($0, lines: lines)
        }
        var header = zone.filter { !units.contains($0) }
        if let subtitle = header.lastIndex(where: { i in
            // A unit in the label column's header cell is no subtitle word (`UnitInLabelHeaderCell`).
            let words = UnitInLabelHeaderCell.split(lines[i], valueLeft: valueLeft, settings: settings)?.rest.words ?? lines[i].words
            return words.contains { w in
                guard ColumnHeader.isHeaderToken(w.text), let box = w.box else { return false }
                return box.x0 < labelRight && box.x1 < valueLeft
            }
        }) {
            header.removeFirst(subtitle + 1)
        }
        headerLines = header
        unitLines = units
        // A line of different units over the columns ("TULOT  1 000 €  %") names them and stays.
        unit = units.first.flatMap { TableUnit.ofUnitLine(lines[$0], settings: settings) }
            ?? header.lazy.compactMap { TableUnit.ofTitledUnitLine(lines[$0], settings: settings) }.first
    }
}
