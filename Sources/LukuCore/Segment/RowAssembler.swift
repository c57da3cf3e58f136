/// Turns the lines of a table region into rows, deciding what each label-only line is:
/// a wrapped label ("Aineet, tarvikkeet ja" + "tavarat  -53 786 …"), the continuation of the row
/// above (a lowercase line), or the sub-heading that names the `group` of the rows below it
/// ("Joukkoliikenne" → MENOT/TULOT/NETTOMENO). Sub-heading lines never become rows.
struct RowAssembler {
    let columnCount: Int
    var rows: [Row] = []
    private var pending: [String] = []
    private var wrapped: [String] = []
    /// The wrapped lines came from `addLabelRun`: a marker on the row's line goes first.
    private var markerFirst = false
    private var group: String?

    init(columnCount: Int) {
        self.columnCount = columnCount
    }

    /// Label-only lines left over at the end: the group of rows continuing on the next page.
    var pendingGroup: String? { pending.isEmpty ? nil : RowAssembler.groupName(pending) }

    mutating func addLabelOnly(_ label: String, level: Int) {
        if pending.isEmpty, let last = rows.last, !last.label.isEmpty,
           WordTraits.startsLowercase(label) || label.first?.isASCIIDigit == true && !WordTraits.startsWithOutlineMarker(label)
            || TopAlignedWrappedLabel.continues(last.label, with: label) {
            rows[rows.count - 1].label = TextJoiner.join([last.label, label])
            return
        }
        pending.append(label)
    }

    /// A label-only line known to be a sub-heading (a bold line the converter put into the label
    /// cell above, `BoldHeadingLineInLabelCell`), even in lowercase: never the row above's continuation.
    mutating func addHeading(_ label: String) {
        pending.append(label)
    }

    /// A line of words only in the value columns, under a row: the second line of multi-line
    /// cells ("hallinto-" / "palveluissa").
    /// `boxes`: where each column's words are printed (PDF), added to the cell's box.
    mutating func continueCells(_ parts: [Int: String], boxes: [Int: BoundingBox] = [:]) {
        guard !rows.isEmpty, pending.isEmpty else { return }
        for (c, text) in parts where c < columnCount {
            let old = rows[rows.count - 1].cells[c]
            let joined = TextJoiner.join([old?.text ?? "", text])
            rows[rows.count - 1].cells[c] = CellReader.cell(joined, column: nil)
            rows[rows.count - 1].cells[c]?.bbox = BoundingBox.union(old?.bbox, boxes[c])
        }
    }

    /// A group read from a merged first column (`MergedGroupColumn`): this row and those after it
    /// belong to `name`.
    mutating func startGroup(_ name: String) {
        group = name
    }

    /// The first line of the next row's label, known to wrap by its tight spacing.
    mutating func addWrappedLabel(_ text: String) {
        wrapped.append(text)
    }

    /// The first lines of the next row's label, known to wrap from the lines after them
    /// (`LabelRunReadings`). An outline marker printed on the row's own line, left of the label's
    /// last part (a cell aligned to the bottom: "POISTOERO JA VAPAAEHTOISET" / "B VARAUKSET …",
    /// synth pauhaselka p. 14), goes first.
    mutating func addLabelRun(_ text: String) {
        wrapped.append(text)
        markerFirst = true
    }

    /// Joins a row printed over two tight lines into the last row: labels joined, each column's
    /// two parts joined as one wrapped number or, where only one line has a cell, that cell.
    /// Returns false (and changes nothing) when the last row's label did not break or the
    /// columns do not fit together.
    mutating func mergeIntoLast(label: String, cells: [Cell?], columns: [Column]) -> Bool {
        guard pending.isEmpty, wrapped.isEmpty, let last = rows.last, WordTraits.endsUnfinished(last.label),
              cells.count == last.cells.count else { return false }
        var merged = last.cells
        for c in cells.indices {
            switch (last.cells[c], cells[c]) {
            case (nil, let lower): merged[c] = lower
            case (_, nil): break
            case (let upper?, let lower?):
                guard let joined = WrappedNumber.join(upper: [upper], lower: [lower], columns: [columns[c]]) else { return false }
                merged[c] = joined[0]
            }
        }
        rows[rows.count - 1].label = TextJoiner.join([last.label, label])
        rows[rows.count - 1].cells = merged
        return true
    }

    mutating func addRow(label: String, level: Int, cells: [Cell?]) {
        var label = label
        if !wrapped.isEmpty {
            if markerFirst, let space = label.firstIndex(of: " "), WordTraits.isOutlineMarker(String(label[..<space])),
               let top = wrapped.first, !WordTraits.startsWithOutlineMarker(top) {
                label = String(label[..<space]) + " " + TextJoiner.join(wrapped + [String(label[label.index(after: space)...])])
            } else {
                label = TextJoiner.join(wrapped + [label])
            }
            wrapped.removeAll()
            markerFirst = false
        }
        // A marker printed on the last line of a wrapped label ("Muut pitkävaikutteiset" / "2. menot",
        // an HTML cell aligned to the bottom, synth html family): the label went on from above.
        var marker = ""
        if !pending.isEmpty, let space = label.firstIndex(of: " "), WordTraits.isOutlineMarker(String(label[..<space])) {
            let rest = String(label[label.index(after: space)...])
            if WordTraits.continuesText(rest) {
                marker = String(label[..<space]) + " "
                label = rest
            }
        }
        defer { if !marker.isEmpty { rows[rows.count - 1].label = marker + rows[rows.count - 1].label } }
        if !pending.isEmpty {
            if label.isEmpty || WordTraits.continuesText(label) || WordTraits.endsUnfinished(pending[pending.count - 1])
                || RowAssembler.isBareTotal(label) {
                // The row's label began on the lines above.
                var start = pending.count - 1
                while start > 0, WordTraits.endsUnfinished(pending[start - 1]) || WordTraits.continuesText(pending[start]) {
                    start -= 1
                }
                label = TextJoiner.join(Array(pending[start...]) + [label])
                if start > 0 { group = RowAssembler.groupName(Array(pending[..<start])) }
            } else {
                group = RowAssembler.groupName(pending)
            }
            pending.removeAll()
        }
        rows.append(Row(label: label, group: group, level: level, cells: cells))
    }

    /// "YHTEENSÄ" alone names no row: it ends a label wrapped from the line above
    /// ("AINEETTOMAT HYÖDYKKEET" / "YHTEENSÄ  509").
    static func isBareTotal(_ label: String) -> Bool {
        label.lowercased() == "yhteensä"
    }

    /// The last sub-heading line, with the lines before it that it continues
    /// ("Kunnallisverotus ja" + "tasausmaksu").
    static func groupName(_ lines: [String]) -> String {
        var start = lines.count - 1
        while start > 0, WordTraits.endsUnfinished(lines[start - 1]) || WordTraits.continuesText(lines[start]) { start -= 1 }
        return TextJoiner.join(Array(lines[start...]))
    }
}
