import Foundation

/// Runs the arithmetic identities (design/DOMAIN.md) over every table of a document, in
/// reading order. For each table the checks are appended rule by rule (each rule already ordered
/// by row, then column). A failed check flags its computed cell `check-failed` and adds one
/// `identity-mismatch` warning; a check that passes only in magnitude (MUUTOS, whose printed sign
/// is not consistent) adds a `sign` info note. Printed values are never changed.
struct IdentityChecker: Sendable {
    var rules: [any TableIdentity] = [
        NettomenoRule(),
        OperatingSumRule(),
        GroupTotalRule(),
        VarianceRule(),
    ]

    func check(_ document: inout Document) {
        var issues: [Issue] = []
        check(&document.blocks, &issues)
        check(&document.sections, &issues)
        document.issues += issues
    }

    private func check(_ sections: inout [Section], _ issues: inout [Issue]) {
        for i in sections.indices {
            check(&sections[i].blocks, &issues)
            check(&sections[i].sections, &issues)
        }
    }

    private func check(_ blocks: inout [Block], _ issues: inout [Issue]) {
        for i in blocks.indices {
            guard case .table(var table) = blocks[i] else { continue }
            issues += check(&table)
            blocks[i] = .table(table)
        }
    }

    /// Appends the checks to `table.checks`, flags the cells of failed ones and returns the issues.
    func check(_ table: inout Table) -> [Issue] {
        var issues: [Issue] = []
        for rule in rules {
            for check in rule.checks(in: table) {
                table.checks.append(check)
                if !check.ok {
                    Self.flag(&table, row: check.row, column: check.column)
                    issues.append(Issue(severity: .warning, code: "identity-mismatch", page: table.page,
                                        message: Self.message(check, in: table)))
                } else if check.expected != check.actual {
                    issues.append(Issue(severity: .info, code: "sign", page: table.page,
                                        message: Self.signMessage(check, in: table)))
                }
            }
        }
        return issues
    }

    static func flag(_ table: inout Table, row: Int, column: Int) {
        guard table.rows.indices.contains(row), table.rows[row].cells.indices.contains(column),
              var cell = table.rows[row].cells[column] else { return }
        cell.flags = Array(Set(cell.flags + [.checkFailed])).sorted()
        table.rows[row].cells[column] = cell
    }

    /// "<table id> row <label> (<group>) column <header>"; an empty header is shown as "#<index>".
    static func place(_ check: Check, in table: Table) -> String {
        var text = "\(table.id) row"
        if table.rows.indices.contains(check.row) {
            let row = table.rows[check.row]
            text += " \(row.label)"
            if let group = row.group { text += " (\(group))" }
        } else {
            text += " \(check.row)"
        }
        text += " column "
        let header = table.columns.indices.contains(check.column) ? table.columns[check.column].header : ""
        text += header.isEmpty ? "#\(check.column)" : header
        return text
    }

    static func number(_ d: Decimal) -> String { NumberLiterals.decimal(d) ?? d.description }

    static func message(_ check: Check, in table: Table) -> String {
        "\(place(check, in: table)): \(check.rule) gives \(number(check.expected)), printed \(number(check.actual))"
    }

    static func signMessage(_ check: Check, in table: Table) -> String {
        "\(place(check, in: table)): \(check.rule) holds in magnitude, but the sign differs: "
            + "arithmetic gives \(number(check.expected)), printed \(number(check.actual))"
    }
}
