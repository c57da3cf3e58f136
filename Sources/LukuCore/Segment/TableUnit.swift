import Foundation

/// The scale or unit printed near a table ("1 000 €", "t€", "€"). Values are never rescaled by it.
enum TableUnit {
    private static let pattern = try! Pattern(#"(?:^|[\s(])((?:1\s?000|1000)\s?(?:€|euroa|eur)|t€|milj\.\s?€|€)(?:[\s)]|$)"#, caseless: true)

    /// A whole printed cell that is only a unit: "1 000 €", "(1000 €)", "t€", "€", "euroa", "%".
    private static let whole = try! Pattern(
        #"^\(?(?:(?:1\s?000|1000)\s?(?:€|euroa|eur)|t€|tuhatta euroa|milj\.\s?€|€|euroa|eur|%)\)?$"#, caseless: true)

    /// A whole cell that is only a unit ("1 000 euroa", "t€", "%"): no figure of a column.
    static func isUnitCell(_ text: String) -> Bool {
        whole.firstMatch(in: text.trimmingCharacters(in: .whitespaces)) != nil
    }

    /// The unit of a line that prints nothing but units, one under each column or once
    /// ("1 000 €  1 000 €", Kauhava p. 35; "€" under the year headers, synth sheet family):
    /// the table's `unit`, never a data row and never part of a column header.
    static func ofUnitLine(_ line: TextLine, settings: TableSettings = .default) -> String? {
        // Runs on every line: only lines of a few words holding "€", "%" or "eur" go on to the pattern.
        guard line.words.count <= 12, var last = line.words.last?.text[...] else { return nil }
        if last.hasSuffix(")") { last = last.dropLast() }
        guard UnitSuffixByte.mayEnd(last.utf8.last), last.hasSuffix("€") || last.hasSuffix("%") || last.hasSuffix("euroa")
                || last.hasSuffix("eur") || last.hasSuffix("EUR") else { return nil }
        var chunks = line.chunks(gapEm: settings.labelGapEm).map { $0.map(\.text).joined(separator: " ") }
        // Text input has no gaps to cut at: "1 000 € 1 000 €" is the same unit printed twice.
        if line.box == nil {
            let words = line.words.map(\.text)
            guard let n = (1...min(words.count, 8)).first(where: { n in
                words.count % n == 0 && stride(from: 0, to: words.count, by: words.count / n).allSatisfy {
                    Array(words[$0..<$0 + words.count / n]) == Array(words[0..<words.count / n])
                }
            }) else { return nil }
            chunks = [words[0..<words.count / n].joined(separator: " ")]
        }
        guard let first = chunks.first, chunks.allSatisfy({ $0 == first }), whole.firstMatch(in: first) != nil else { return nil }
        return first.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
    }

    /// The unit of a text line right under a table's header that prints the unit once per column
    /// ("1 000 € 1 000 €", "1 000 euroa 1 000 euroa" under "Tilinpäätös" / "2024" / "Tilinpäätös" /
    /// "2023" in `-raw`, synth tammiselka pp. 1–2, katajaselka pp. 1–2; "euroa euroa", varpuvirta
    /// p. 2): `ofUnitLine` reads such a line only when it is one chunk, so the repeats are cut here.
    /// Only under a header: elsewhere the same line may head a block of labels whose figures the
    /// page prints apart (synth petajalampi p. 4, "euroa euroa euroa euroa" over "Toimintakulut
    /// -1,4 %"), which `FigureRowsUnderLabels` reads.
    static func ofUnitLineUnderHeader(_ line: TextLine) -> String? {
        if let unit = ofUnitLine(line) { return unit }
        let words = line.words.map(\.text)
        // Up to eight columns of a unit of up to three words ("1 000 €" over six columns, hold-out 2).
        guard line.box == nil, words.count >= 2, words.count <= 24 else { return nil }
        guard let n = (2...min(words.count, 8)).reversed().first(where: { n in
            words.count % n == 0 && stride(from: 0, to: words.count, by: words.count / n).allSatisfy {
                Array(words[$0..<$0 + words.count / n]) == Array(words[0..<words.count / n])
            }
        }) else { return nil }
        let chunk = words[0..<words.count / n].joined(separator: " ")
        return whole.firstMatch(in: chunk) != nil ? chunk : nil
    }

    /// The unit of a PDF line that prints a different unit over each column, after a title or none
    /// ("TULOT  1 000 €  %", Kauhava p. 38): a header line naming its columns by their units; the
    /// unit is the first that is not "%".
    static func ofTitledUnitLine(_ line: TextLine, settings: TableSettings = .default) -> String? {
        guard line.box != nil, line.words.count <= 12,
              let last = line.words.last?.text, UnitSuffixByte.mayEnd(last.utf8.last),
              last.hasSuffix("€") || last.hasSuffix("%") else { return nil }
        var chunks = line.chunks(gapEm: settings.labelGapEm).map { $0.map(\.text).joined(separator: " ") }
        if let title = chunks.first, whole.firstMatch(in: title) == nil {
            guard !title.contains(where: \.isNumber) else { return nil }
            chunks.removeFirst()
        }
        guard chunks.count >= 2, Set(chunks).count > 1, chunks.allSatisfy({ whole.firstMatch(in: $0) != nil }) else { return nil }
        let units = chunks.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "()")) }
        return units.first { $0 != "%" } ?? units[0]
    }

    /// The unit when `text` is nothing but one ("1 000 euroa", "(€)").
    static func ofWholeText(_ text: String) -> String? {
        whole.firstMatch(in: text) == nil ? nil : text.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
    }

    static func find(in text: String?) -> String? {
        guard let text, let m = pattern.firstMatch(in: text) else { return nil }
        return m[1]
    }
}
