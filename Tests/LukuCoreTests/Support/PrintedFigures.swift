import Foundation
@testable import LukuCore

/// A row's cell values, and figures as a truth file writes them ("-4292394", "23538.3"), for
/// comparing a read row with the printed page.
enum PrintedFigures {
    static func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }
    static func decimals(_ xs: [String]) -> [Decimal?] { xs.map { Decimal(string: $0) } }
}
