/// An item numbered with a project or account code whose name wraps onto lines starting in
/// uppercase, the values on the last: "4030 Päiväkoti" / "Tuulenpesän uudisrakennus −3.414.000 …",
/// "4280 Kiinteistö Oy" / "Teollisuustalon osakkeet …" (synth saarnijoki p. 7), "5080 Päiväkoti" /
/// "Tuulenpesän" / "uudisrakennus 4 357 000 …" (synth varpuvirta p. 8), "Kiinteistö Oy" … (synth
/// pauhavaara p. 7), the code alone on the first line (`isLoneCode`). A lowercase line already goes on the label above (`RowAssembler`); an
/// uppercase one read alone names a group. The code numbers one item, so the lines up to its row
/// are its name when they start at its indent, in its weight, with no code or marker of their
/// own, and the row is the item's only one: its label is printed once in the table (a cost
/// centre's "Menot" / "Tulot" repeat under every centre, DOMAIN.md) and the next line is no row
/// of the same item (a new item, a heading, or a total).
struct CodeLedItemLabel: LabelRunReading {
    func run(at k: Int, in table: LabelRunLines) -> Int? {
        let first = table.lines[k]
        let em = first.fontSize
        guard table.isLabelOnly(k) && Self.startsWithCode(first.text) || Self.isLoneCode(k, in: table, em: em),
              let d = table.rowAfter(k), let label = table.dataLabel(d), !label.isEmpty
        else { return nil }
        for m in (k + 1)..<d {
            let line = table.lines[m]
            guard !WordTraits.startsWithOutlineMarker(line.text), line.isBold == first.isBold,
                  LabelRunLines.sameIndent(line.box?.x0, first.box?.x0, em: em) else { return nil }
        }
        let text = label.map(\.text).joined(separator: " ")
        guard !WordTraits.startsWithOutlineMarker(text), !Self.startsWithCode(text), table.lines[d].isBold == first.isBold,
              LabelRunLines.sameIndent(label.first?.box?.x0, first.box?.x0, em: em) else { return nil }
        // Printed once: a label repeated in the table is a row name under group headings. A repeat
        // led by a code line of its own is another item of the same name ("4142 Katuvalaistuksen"
        // / "LED-saneeraus" and "4184 Katuvalaistuksen" / "LED-saneeraus", hold-out document 10):
        // the codes tell them apart, so it does not count.
        let repeated = table.lines.indices.filter { m in
            guard m != d, table.dataLabel(m).map({ $0.map(\.text).joined(separator: " ") == text }) ?? false else { return false }
            return !(m > 0 && table.isLabelOnly(m - 1) && Self.startsWithCode(table.lines[m - 1].text))
        }.count > 0
        guard !repeated else { return nil }
        // The item's only row: what follows is no further row of it.
        if let after = table.dataLabel(d + 1) {
            let next = after.map(\.text).joined(separator: " ")
            guard next.lowercased().contains("yhteensä") || Self.startsWithCode(next) else { return nil }
        }
        return d - k
    }

    /// The code alone on its line at the margin of the name under it, where the column was too
    /// narrow for both ("3280" / "Asianhallintajärjestelmän" / "käyttöönotto  240 000 …", synth
    /// saarnisaari p. 7): a line of one number with no label, over a label-only line at its indent.
    static func isLoneCode(_ k: Int, in table: LabelRunLines, em: Double) -> Bool {
        let line = table.lines[k]
        guard case .data(0) = table.roles[k], line.words.count == 1, let code = line.words.first?.text,
              (3...6).contains(code.count), code.allSatisfy(\.isASCIIDigit), table.isLabelOnly(k + 1),
              WordTraits.startsUppercase(table.lines[k + 1].text) else { return false }
        return LabelRunLines.sameIndent(line.box?.x0, table.lines[k + 1].box?.x0, em: em)
    }

    /// "4030 Päiväkoti": a code of three to six digits, then a capitalised name.
    static func startsWithCode(_ text: String) -> Bool {
        let words = text.split(separator: " ", maxSplits: 1)
        guard words.count == 2, (3...6).contains(words[0].count), words[0].allSatisfy(\.isASCIIDigit) else { return false }
        return WordTraits.startsUppercase(String(words[1]))
    }
}
