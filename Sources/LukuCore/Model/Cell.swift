import Foundation

/// A non-empty table cell. `text` is exactly as printed (whitespace folded); `value` is present
/// only when the text is a number and holds exactly the printed digits, never rescaled.
/// `bbox` is where the cell's words are printed (PDF only): on the row's page.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var value: Decimal?
    public var unit: String?
    public var flags: [CellFlag]
    public var bbox: BoundingBox?

    public init(text: String, value: Decimal? = nil, unit: String? = nil, flags: [CellFlag] = [], bbox: BoundingBox? = nil) {
        self.text = text
        self.value = value
        self.unit = unit
        self.flags = flags
        self.bbox = bbox
    }
}

/// Why a reader should look at a cell twice.
public enum CellFlag: String, Equatable, Sendable, Comparable {
    /// More than one reading of the digits fitted and a heuristic chose.
    case ambiguousSplit = "ambiguous-split"
    /// An arithmetic identity through this cell failed.
    case checkFailed = "check-failed"
    /// The layout stage had more than one reading of this cell (a split of run-together digits,
    /// the columns of a row of fewer numbers than columns) and the reading under which the
    /// table's own identities hold was kept (IdentityReadings, ShortRowsByChecks,
    /// IdentitySplitResolver, ArithmeticPlacedRows). Since `luku.document/5`.
    case identityChosen = "identity-chosen"
    /// The text spans several columns in the source.
    case merged
    /// The text is made of digits and number marks but reads as no number ("-691.96", "1.67" where
    /// a converter dropped a group's zeros): a value was printed, and Luku cannot say which.
    case unreadable

    public static func < (a: CellFlag, b: CellFlag) -> Bool { a.rawValue < b.rawValue }
}
