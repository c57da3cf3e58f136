/// A line holding only a minus sign right under a row of figures, in text without positions
/// (`pdftotext -raw`, pypdf): the Word-made synth kuusimaki prints its minus signs a little below
/// the figures' baseline, so `-raw` puts them on a line of their own after the row they belong to:
/// "Rahoitusosuudet investointimenoihin 236 347,62 524 814,66 55,0%" / "−" (truth −55,0 %;
/// p. 2, the rahoituslaskelma, six rows). `SignLineAbove` gives such a line to the row after it;
/// whether it is that row's or the row's above is not in the text, so the row above keeps its
/// figures as printed and they are flagged `ambiguous-split` too. Before the change column of
/// that table was read (`PeriodsLineOverStackedChange`), these rows fitted no reading and were
/// kept as merged text; read, they were six percentages without their sign and without a flag.
enum SignLineBelow {
    /// Whether a lone sign line after the row with `tail` may be that row's: it holds figures.
    static func mayBelongAbove(_ tail: [String]) -> Bool {
        tail.contains { $0.contains(where: \.isNumber) }
    }
}
