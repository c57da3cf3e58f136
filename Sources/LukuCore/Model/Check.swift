import Foundation

/// One arithmetic identity tested in a table. `row` and `column` are 0-based indexes of the
/// cell the identity computes (the total).
public struct Check: Equatable, Sendable {
    public var rule: String
    public var column: Int
    public var row: Int
    public var expected: Decimal
    public var actual: Decimal
    public var ok: Bool

    public init(rule: String, column: Int, row: Int, expected: Decimal, actual: Decimal) {
        self.rule = rule
        self.column = column
        self.row = row
        self.expected = expected
        self.actual = actual
        self.ok = expected == actual
    }
}
