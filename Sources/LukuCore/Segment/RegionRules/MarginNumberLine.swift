/// A line of nothing but a three-digit group at the labels' margin, right under a line that ends
/// in a number, ends a region instead of going on as a row: it is the rest of that number, wrapped
/// with its sentence ("Kokonaistulot - Kokonaismenot = 77 097 - 72 687 = 4" / "410" under the
/// kokonaistulot ja -menot tables, Kauhava p. 38), never a cell. A project code alone at the
/// margin over its name ("3280" / "Asianhallintajärjestelmän" / "käyttöönotto  240 000 …", synth
/// word family p. 7) follows no number and stays.
enum MarginNumberLine {
    /// `firstRole` is the region's first line's role, as the caller classified it.
    static func ends(_ line: TextLine, labelCount: Int, after previous: TextLine, regionStart first: TextLine,
                     firstRole: TableLineRole) -> Bool {
        guard labelCount == 0, line.words.count == 1, let text = line.words.first?.text,
              text.count == 3, text.allSatisfy(\.isASCIIDigit),
              let last = previous.words.last?.text, last.last?.isNumber == true,
              case .data(let firstLabels) = firstRole, firstLabels > 0,
              let x = line.words.first?.box?.x0, let labelX = first.words.first?.box?.x0 else { return false }
        return x < labelX + max(first.fontSize, 1)
    }
}
