/// Every tolerance of the PDF table stage in one value, in em (multiples of the line's font
/// size) where it measures distance, so that it holds for any type size. `Pipeline` passes it
/// to `Segmenter`, which hands it to each table step; a test can then say "with the defaults,
/// page 18 gives three columns". The defaults were measured on the corpus, ../shared/real and
/// ../shared/synth (design/TABLES.md, POPPLER-NOTES.md).
public struct TableSettings: Equatable, Sendable {
    /// Value words stand at least this far right of the label ("Kemijärvi historia 3" is a name).
    public var labelGapEm = 1.0
    /// A lone number a label ends in is a cell only when set this far from the label: wider than
    /// a word space (0.2–0.3 em), so "Kertynyt yli-/alijäämä, 1000 €" keeps its unit.
    public var loneValueGapEm = 0.5
    /// Largest vertical gap inside a table.
    public var maxRowGapEm = 4.5
    /// Header lines above the first row.
    public var maxHeaderLines = 3
    /// Label-only lines in a row before a table ends.
    public var maxLabelOnlyRun = 3
    /// … when they stand in the table's row pitch (items with empty amounts).
    public var maxPitchedLabelRun = 8
    /// Line steps up to this are a table's row pitch, not the space before new content.
    public var rowPitchEm = 2.2
    /// Right (or left) edges closer than this belong to one column.
    public var columnToleranceEm = 1.0
    /// How far right of its column's right edge a header may reach.
    public var headerPaddingEm = 0.5
    /// Lines closer than this share of the usual row pitch belong to one wrapped row.
    public var tightRowShare = 0.85
    /// Label indents closer than this are one outline level.
    public var indentToleranceEm = 0.4
    /// The geometry is the characters of laid-out text (`LaidOutText`), where a column gap can
    /// shrink to one space; a PDF's glyph positions tell the gaps apart (`StraddlingNumber`).
    public var charactersAreCells = false

    public init() {}

    public static let `default` = TableSettings()

    /// Why a settings value cannot work.
    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// The settings, or why they cannot work: distances positive, a lone value's gap below the
    /// label gap, counts at least one, the pitch share between 0 and 1.
    public func validated() throws -> TableSettings {
        let distances: [(String, Double)] = [
            ("labelGapEm", labelGapEm), ("loneValueGapEm", loneValueGapEm), ("maxRowGapEm", maxRowGapEm),
            ("rowPitchEm", rowPitchEm), ("columnToleranceEm", columnToleranceEm),
            ("headerPaddingEm", headerPaddingEm), ("indentToleranceEm", indentToleranceEm),
        ]
        for (name, value) in distances where !(value > 0 && value.isFinite) {
            throw Invalid(description: "\(name) must be a positive number of em, not \(value)")
        }
        guard loneValueGapEm < labelGapEm else {
            throw Invalid(description: "loneValueGapEm (\(loneValueGapEm)) must be below labelGapEm (\(labelGapEm))")
        }
        for (name, value) in [("maxHeaderLines", maxHeaderLines), ("maxLabelOnlyRun", maxLabelOnlyRun),
                              ("maxPitchedLabelRun", maxPitchedLabelRun)]
        where value < 1 {
            throw Invalid(description: "\(name) must be at least 1, not \(value)")
        }
        guard tightRowShare > 0, tightRowShare < 1 else {
            throw Invalid(description: "tightRowShare must be between 0 and 1, not \(tightRowShare)")
        }
        return self
    }
}
