/// A row whose figures each end with the euro sign: "1. Maa- ja vesialueet 824 371,27 € 796 402,33 €"
/// (pdfplumber's text of the spreadsheet-made synth kalliosalo, cells formatted `# ##0,00 €`, and of
/// Kauhava's and the other synthetic statements' tables that print "€" after each figure). The sign
/// closes each printed figure, so "824 371,27 €" is one figure, never "824" and "371,27 €": read
/// as four columns of a paired balance sheet, the row split each figure in two and the one reading
/// that fitted went out unflagged (kalliosalo p. 4, 16 figures).
///
/// Read: when the run of a row's figures ends with "€" and holds two or more of them, every figure
/// of the run ends with "€" (attached or as the next token) or with its own decimals; a dash or
/// another placeholder stays an empty cell, and a lone "0" a zero. A run without the sign, or with
/// one alone (a total printed "€" once), is read as before.
enum EuroClosedFigures {
    static let euro: Unicode.Scalar = "\u{20AC}"

    /// The run ends with the euro sign and holds it at least twice.
    static func applies(_ tokens: [String]) -> Bool {
        guard let last = tokens.last, last.unicodeScalars.last == euro else { return false }
        return tokens.lazy.filter { $0.unicodeScalars.last == euro }.prefix(2).count == 2
    }

    /// May a figure that ends with `last` and no euro sign stand in such a run: its own decimals
    /// close it ("12,5"), or it is a lone zero.
    static func standsWithoutSign(_ last: String, singleToken: Bool) -> Bool {
        (singleToken && last == "0") || last.contains(",")
    }
}
