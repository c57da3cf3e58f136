import Foundation

/// One arithmetic identity tested in a table. `row` and `column` are 0-based indexes of the
/// cell the identity computes (the total); `operands` are the cells it adds up (its terms), so a
/// reader can see a failed check's arithmetic on the page.
public struct Check: Equatable, Sendable {
    /// A cell of the table by 0-based row and column.
    public struct Cell: Hashable, Sendable {
        public var row: Int
        public var column: Int
        public init(row: Int, column: Int) { self.row = row; self.column = column }
    }

    public var rule: String
    public var column: Int
    public var row: Int
    public var operands: [Cell]
    public var expected: Decimal
    public var actual: Decimal
    public var ok: Bool

    public init(rule: String, column: Int, row: Int, operands: [Cell] = [], expected: Decimal, actual: Decimal) {
        self.rule = rule
        self.column = column
        self.row = row
        self.operands = operands
        self.expected = expected
        self.actual = actual
        self.ok = expected == actual
    }
}
