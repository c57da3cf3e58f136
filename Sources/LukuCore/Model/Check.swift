import Foundation

/// One arithmetic identity tested in a table. `row` and `column` are 0-based indexes of the
/// cell the identity computes (the total); `operands` are the cells it combines (its terms, each
/// added or, with coefficient −1, subtracted), so a reader can redo the arithmetic on the page.
/// `table` names another table when the operands lie there (a cross-table identity such as
/// VASTATTAVAA = VASTAAVAA); nil means this table. An operand with its own `table` lies in that
/// one instead (a sum over several tables).
///
/// `expected` is what the arithmetic gives from the printed operands, `actual` the printed total,
/// `tolerance` the difference the printed precision allows (Checks/RoundingTolerance.swift), and
/// `outcome` what the comparison says. Only a `mismatch` flags a cell.
public struct Check: Equatable, Sendable {
    /// A term of the identity: a cell by 0-based row and column, added (`coefficient` 1) or
    /// subtracted (−1). `table` names the table the cell lies in when it is neither this table
    /// nor the check's `table` (a total table summed from several others, since version 4).
    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public var coefficient: Int
        public var table: String?
        public init(row: Int, column: Int, coefficient: Int = 1, table: String? = nil) {
            self.row = row
            self.column = column
            self.coefficient = coefficient
            self.table = table
        }
    }

    /// How the printed total compares with the arithmetic.
    public enum Outcome: String, Equatable, Sendable, CaseIterable {
        /// Exactly equal.
        case ok
        /// Different, but within the rounding the printed precision allows for the number of terms.
        case rounding
        /// Holds only under the other sign convention (a Poikkeama printed as budget − actual, a
        /// MUUTOS whose sign is not consistent), which the document uses elsewhere too.
        case sign
        /// A real difference: the cell is flagged `check-failed` and an `identity-mismatch` raised.
        case mismatch
    }

    public var rule: String
    public var column: Int
    public var row: Int
    public var table: String?
    public var operands: [Cell]
    public var expected: Decimal
    public var actual: Decimal
    public var tolerance: Decimal
    public var outcome: Outcome
    /// What the identity gives under the other sign convention, when a rule knows one; the
    /// checker decides with it and then clears it (it is not part of the output).
    var alternative: Decimal?
    /// The convention `alternative` stands for ("POIKKEAMA = budget − actual"): a `sign` outcome
    /// needs a second check in the document that holds only under the same convention. Nil means
    /// the field itself says the sign is not consistent (MUUTOS, DOMAIN), so no second one is needed.
    var convention: String?

    /// Whether the identity holds in any reading (`ok`, `rounding` or `sign`).
    public var ok: Bool { outcome != .mismatch }

    /// Whether the check proves its cells: `ok` or `rounding` (what the verified share counts).
    public var verifies: Bool { outcome == .ok || outcome == .rounding }

    public init(rule: String, column: Int, row: Int, table: String? = nil, operands: [Cell] = [],
                expected: Decimal, actual: Decimal, tolerance: Decimal = 0, outcome: Outcome? = nil) {
        self.rule = rule
        self.column = column
        self.row = row
        self.table = table
        self.operands = operands
        self.expected = expected
        self.actual = actual
        self.tolerance = tolerance
        self.outcome = outcome ?? Self.compare(expected, actual, tolerance: tolerance)
    }

    /// `ok` when equal, `rounding` when within `tolerance`, else `mismatch`.
    public static func compare(_ expected: Decimal, _ actual: Decimal, tolerance: Decimal) -> Outcome {
        if expected == actual { return .ok }
        return (expected - actual).magnitude <= tolerance ? .rounding : .mismatch
    }

    public static func == (a: Check, b: Check) -> Bool {
        a.rule == b.rule && a.column == b.column && a.row == b.row && a.table == b.table && a.operands == b.operands
            && a.expected == b.expected && a.actual == b.actual && a.tolerance == b.tolerance && a.outcome == b.outcome
    }
}
