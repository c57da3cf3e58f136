import Foundation

/// An identity between tables of one document (a statement printed in two tables, the two halves
/// of a balance sheet). It reads all tables in reading order and returns each check with the
/// index of the table it belongs to (the one holding the total); the check's `table` names the
/// table its operands lie in.
protocol DocumentIdentity: Sendable {
    func checks(in tables: [Table]) -> [(Int, Check)]
}
