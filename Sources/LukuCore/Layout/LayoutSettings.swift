/// The tolerances of the geometric layout stages, in em (multiples of the font size) so they
/// hold for any font size. Values measured on the corpus and on the PDFs in POPPLER-NOTES.md.
public struct LayoutSettings: Sendable {
    /// Two glyphs belong to one line when their vertical centres differ by less than this
    /// fraction of the glyph height.
    public var lineCentreTolerance: Double
    /// A horizontal gap wider than this splits a word even without a space character
    /// (poppler glues cells: "770,08-112").
    public var wordGapEm: Double
    /// Digit groups closer than this are one number: a thousands separator is 0.22–0.30 em.
    public var thousandsGapEm: Double
    /// Gaps between `thousandsGapEm` and this are joined but marked doubtful: column gaps were
    /// seen as small as 0.39 em.
    public var doubtfulGapEm: Double

    public static let `default` = LayoutSettings(
        lineCentreTolerance: 0.4, wordGapEm: 0.12, thousandsGapEm: 0.34, doubtfulGapEm: 0.42)
}
