import Foundation
@testable import LukuCore

/// A row's cell values, and figures as a truth file writes them ("-4292394", "23538.3"), for
/// comparing a read row with the printed page.
enum PrintedFigures {
    static func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }
    static func decimals(_ xs: [String]) -> [Decimal?] { xs.map { Decimal(string: $0) } }

    /// The values of the row of `table` labelled `label`; throws when the table has no such row.
    static func values(of label: String, in table: Table) throws -> [Decimal?] {
        guard let row = table.rows.first(where: { $0.label == label }) else { throw NoRow(label: label) }
        return values(row)
    }

    struct NoRow: Error { var label: String }
}
