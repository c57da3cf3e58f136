/// A converter's table that gives the outline markers of the labels a column of their own:
/// pymupdf4llm writes the balance sheets of the spreadsheet-made synthetic statements
/// (synth pauhaselka p. 13, tamminiemi, petajalampi, louhivirta; html katajaselka, kurkivirta)
/// as "|**A**|**PYSYVÄT VASTAAVAT**|…|", "|I|Aineettomat hyödykkeet|…|", "|1|.<br>Aineettomat
/// oikeudet|…|", and splits a long numeral over the two cells ("|II|I<br>Sijoitukset|": "III").
/// Read as printed, the marker column is the label and the label a column of text, so every
/// value stands one column to the right of its header. When the filled first cell of every row
/// with figures is a marker (a capital letter, a Roman numeral, a number of one or two digits),
/// at least three first cells are, and no second cell holds a number, the two cells are one
/// label, as the PDF prints it and the truth keeps it ("1. Aineettomat oikeudet", "III Sijoitukset"). Value cells are not touched.
enum MarkerLabelColumn {
    /// Fewer markers than this do not make a column of them.
    static let minMarkers = 3

    /// The rows' first cells are markers and their second cells labels.
    static func applies(_ rows: [[String]]) -> Bool {
        guard rows.allSatisfy({ $0.count >= 3 }) else { return false }
        // A row with no figure may open with a caption cut over the two cells ("|**Vast**|**attavaa**|||||",
        // synth kurkivirta p. 4, between the two halves of its balance sheet).
        let firsts = rows.filter(holdsFigure).map { $0[0] }.filter { !$0.isEmpty }
        let markers = rows.map { $0[0] }.filter(isMarker)
        guard markers.count >= minMarkers, firsts.allSatisfy(isMarker) else { return false }
        let labels = rows.map { $0[1] }.filter { !$0.isEmpty }
        return labels.count >= minMarkers && labels.allSatisfy { $0.contains(where: \.isLetter) && FinnishNumber.parse($0) == nil }
    }

    /// A figure in a value cell (after the marker and label cells).
    static func holdsFigure(_ row: [String]) -> Bool {
        row.dropFirst(2).contains { FinnishNumber.parse($0) != nil }
    }

    /// The row with its marker and label cells joined into one label.
    static func merge(_ row: [String]) -> [String] {
        [label(marker: row[0], text: row[1])] + row.dropFirst(2)
    }

    /// "1" + ". Aineettomat oikeudet" → "1. Aineettomat oikeudet"; "II" + "I Sijoitukset" →
    /// "III Sijoitukset"; "A" + "PYSYVÄT VASTAAVAT" → "A PYSYVÄT VASTAAVAT".
    static func label(marker: String, text: String) -> String {
        if marker.isEmpty { return text }
        if text.isEmpty { return marker }
        if text.first == "." { return marker + text }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        if let head = words.first, isRoman(marker), isRoman(head), isRoman(marker + head) {
            return words.count > 1 ? marker + head + " " + words[1] : marker + head
        }
        return marker + " " + text
    }

    /// One marker, or the markers of rows the converter stacked in one cell at a page break
    /// ("|1.<br>2.|Osakkeet ja osuudet<br><br>Rahamarkkinainstrumentit|8208|-|", petajalampi p. 3).
    static func isMarker(_ cell: String) -> Bool {
        let parts = cell.split(separator: " ")
        return parts.count > 1 ? parts.allSatisfy { isOneMarker(String($0)) } : isOneMarker(cell)
    }

    static func isOneMarker(_ cell: String) -> Bool {
        let t = cell.hasSuffix(".") ? String(cell.dropLast()) : cell
        if t.count == 1, let c = t.first, c.isUppercase, c.isLetter { return true }
        if (1...2).contains(t.count), t.allSatisfy({ $0.isASCII && $0.isNumber }) { return true }
        return isRoman(t)
    }

    /// I … XX.
    static func isRoman(_ s: String) -> Bool {
        romans.contains(s)
    }

    static let romans: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
                                      "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]
}
