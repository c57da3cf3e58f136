/// A gap between two words, in em, against a threshold in em, with floating-point rounding
/// taken out: a gap within `rounding` of the threshold is the threshold.
///
/// Laid-out text (`LaidOutText`) sets every character a third of an em wide, so three spaces are
/// exactly the 1 em label gap (`TableSettings.labelGapEm`, `LaidOutText.minColumnGap`). Computed
/// from the word boxes (column × 10/3 pt) the same three spaces come out 0.99999… em at some
/// columns and 1.0 at others: konserni-elinvoima TA 2026 `-layout` prints "TP   TA+MUUTOS" three
/// spaces apart on p. 25 (columns 53–56: 1.0, two header cells) and on p. 26 (columns 48–51:
/// 0.99999…, one cell), and on p. 26 the two headers became one column, every text cell of the
/// cost-centre table one column left and TA 2026's figures under TPE. PDF word gaps are
/// measured, not multiples of a grid, and lie within `rounding` of a threshold only by chance.
enum GapThreshold {
    /// Far below any measured difference (a PDF coordinate is rounded to 0.01 pt at best), far
    /// above the rounding of a subtraction of coordinates of a few hundred points (1e-13).
    static let rounding = 1e-9

    /// Whether `gapEm` is below `thresholdEm`, a tie (within `rounding`) not.
    static func isBelow(_ gapEm: Double, _ thresholdEm: Double) -> Bool {
        gapEm < thresholdEm - rounding
    }
}
