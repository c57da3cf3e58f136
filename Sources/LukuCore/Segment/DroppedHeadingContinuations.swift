/// Lines that went on with a heading's title stop being a title's when the heading is dropped.
/// `HeadingWrap` joins a lower-case line to the numbered line above it ("5. Ennakkomaksut ja
/// keskeneräiset" / "hankinnat") and marks it a continuation, and only afterwards drops numbers
/// that fall back as list items, not sections ("5." after "1." … "4." inside a section numbered
/// 1.4). The continuation mark stayed: the line was kept out of every text table, so the
/// one-cell-per-line balance sheet ended at "hankinnat", lost the row "5. Ennakkomaksut ja
/// keskeneräiset hankinnat" with its four figures, and went on as a second table (synth
/// honkakoski p. 3 "1. Lainat rahoitus- ja" / "vakuutuslaitoksilta" too, in PyMuPDF's text).
/// A continuation is kept only while the line it continues (the first line above it that is no
/// continuation) is still a heading. Text input only: PDF headings are measured on their own.
enum DroppedHeadingContinuations {
    static func kept(_ continuations: Set<Int>, kinds: [HeadingDetector.Kind?]) -> Set<Int> {
        continuations.filter { c in
            var owner = c - 1
            while owner >= 0, continuations.contains(owner) { owner -= 1 }
            return owner >= 0 && owner < kinds.count && kinds[owner] != nil
        }
    }
}
