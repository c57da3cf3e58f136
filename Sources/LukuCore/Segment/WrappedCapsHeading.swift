/// A statement's main item in capitals, numbered with an outline marker and wrapped over two
/// lines with its figures on the second ("B POISTOERO JA VAPAAEHTOISET" / "VARAUKSET 927 1 056",
/// Kauhava tilinpäätös 2024 p. 35 in `pdftotext -raw` and pypdf, where the balance sheet's two
/// sides share the lines). The main items are the only capital lines and each starts with its
/// marker (A … E), so a capital line without a marker under a marked one with no figures ends
/// that item's name. The same two lines print as one item in the PDF path and in
/// `pdftotext -layout` of the same page, and the name is that of the statutory balance sheet
/// ("POISTOERO JA VAPAAEHTOISET VARAUKSET" in the truth of Kauhava p. 35 and p. 131 and of the
/// synth statements).
enum WrappedCapsHeading {
    /// The first line: a marker, then words in capitals, no figures ("B POISTOERO JA VAPAAEHTOISET").
    static func opens(_ label: String) -> Bool {
        WordTraits.startsWithOutlineMarker(label) && isCaps(label)
    }

    /// The last line's label: capitals with no marker of its own ("VARAUKSET").
    static func ends(_ label: String) -> Bool {
        !label.isEmpty && !WordTraits.startsWithOutlineMarker(label) && !WordTraits.isOutlineMarker(label) && isCaps(label)
    }

    static func isCaps(_ text: String) -> Bool {
        text.contains(where: \.isLetter) && text == text.uppercased()
    }
}
