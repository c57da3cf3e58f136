import Foundation

/// Runs the arithmetic identities (design/DOMAIN.md) over every table of a document, in
/// reading order, then the identities between tables (`DocumentIdentity`).
///
/// For each table the checks are appended rule by rule (each rule already ordered by row, then
/// column); a check that repeats one already made (same total, same terms) is dropped. Each check
/// then gets its outcome: `ok` and `rounding` come from the comparison itself (Check.compare);
/// a check that fails but holds under the other sign convention is `sign` when the field says
/// that sign is not consistent (MUUTOS) or when a second check of the document holds only under
/// the same convention, and `mismatch` otherwise. A mismatch flags its computed cell
/// `check-failed` and adds one `identity-mismatch` warning that spells out the arithmetic; a
/// `sign` adds a `sign` info note. Printed values are never changed. Last, every table counts
/// its verified cells (the total and the operands of its `ok` and `rounding` checks).
struct IdentityChecker: Sendable {
    var rules: [any TableIdentity] = [
        NettomenoRule(),
        OperatingSumRule(),
        GroupTotalRule(),
        VarianceRule(),
        BudgetFollowUpRule(),
        StatementChainRule(),
        OutlineSubtotalRule(),
        NumberedOutlineRule(),
        TableTotalRowRule(),
        DifferenceColumnRule(),
        RatioColumnRule(),
        ChangeRowRule(),
        PerResidentRule(),
        LabelRatioRule(),
        InvestmentFinancingRule(),
        BalanceMovementRule(),
        CarryOverRule(),
        SavingsTargetRule(),
        PlanCopyColumnRule(),
        // Last: it finds totals by their sums alone, so where a rule that knows the structure
        // made the same check, that rule's name is kept.
        RunningTotalRule(),
    ]
    var documentRules: [any DocumentIdentity] = [
        BalanceSheetRule(),
        BalanceSheetKeyFigures(),
        CashBalanceRule(),
        SameItemRule(),
        CounterpartItemRule(),
        AgreeingColumnsRule(),
        TableSumRule(),
        MovementNoteClosingRule(),
        ShareCapitalByClassRule(),
        DepreciationOnlyChangeRule(),
        InvestmentPartRule(),
    ]

    /// Threads the tables' own checks and the document identities run on (the decisions after
    /// them run on one): each table's checks depend on that table alone, each document rule's on
    /// the tables alone, so the output is the same for any count.
    var threads = 1

    func check(_ document: inout Document) {
        var tables = document.allTables
        let read = tables
        let rules = self.rules
        // Each table is first re-read where its identities decide between readings of
        // run-together digits (IdentityReadings), then checked as read.
        let own = ParallelMap.map(count: read.count, threads: threads) { i -> (Table, [Check], [Issue]) in
            let (decided, notes) = IdentityReadings.decide(read[i], rules: rules)
            return (decided, Self.unique(rules.flatMap { $0.checks(in: decided) }, after: decided.checks), notes)
        }
        var readingNotes: [Issue] = []
        for i in tables.indices {
            tables[i] = own[i].0
            tables[i].checks += own[i].1
            readingNotes += own[i].2
        }
        // Each table's keys are built once and grown with its checks, not again per check: a
        // document rule's checks arrive one at a time (konserni: 53 M instructions rebuilding them).
        // The document rules read the tables' cells and labels, never their checks, so each
        // finds the same checks whatever the others found: they run side by side on the threads
        // and their checks are added in rule order, as one after the other would (valtion: 0.19 G
        // instructions of document rules on one thread, issue 8).
        let documentRules = self.documentRules, readTables = tables
        let found = ParallelMap.map(count: documentRules.count, threads: threads) { documentRules[$0].checks(in: readTables) }
        var seen: [Int: Set<UniqueKey>] = [:]
        for ruleChecks in found {
            for (index, check) in ruleChecks where tables.indices.contains(index) {
                if seen[index] == nil { seen[index] = Set(tables[index].checks.map(UniqueKey.init)) }
                if seen[index]?.insert(UniqueKey(check)).inserted == true { tables[index].checks.append(check) }
            }
        }
        Self.decideSigns(&tables)
        var issues: [Issue] = readingNotes
        for i in tables.indices {
            issues += Self.report(&tables[i])
        }
        Self.countVerified(&tables)
        var k = 0
        document.updateTables { table in
            table = tables[k]
            k += 1
        }
        document.issues += issues
    }

    /// Checks of one table on its own (tests and the split resolver): outcomes decided within the
    /// table only; returns the issues.
    func check(_ table: inout Table) -> [Issue] {
        var tables = [table]
        tables[0].checks += Self.unique(rules.flatMap { $0.checks(in: table) }, after: table.checks)
        Self.decideSigns(&tables)
        let issues = Self.report(&tables[0])
        Self.countVerified(&tables)
        table = tables[0]
        return issues
    }

    /// `checks` without those whose total and terms an earlier check already has.
    static func unique(_ checks: [Check], after existing: [Check]) -> [Check] {
        var seen = Set(existing.map(UniqueKey.init))
        return checks.filter { seen.insert(UniqueKey($0)).inserted }
    }

    /// What makes two checks the same: total cell, table, and the set of terms. The set is held
    /// as its members sorted, without repeats (equal exactly when the sets are), which hashes in
    /// one pass where a `Set` hashes each member on its own.
    struct UniqueKey: Hashable {
        var row: Int
        var column: Int
        var table: String?
        var operands: [Check.Cell]
        init(_ check: Check) {
            row = check.row
            column = check.column
            table = check.table
            var terms = check.operands.sorted { ($0.row, $0.column, $0.coefficient) < ($1.row, $1.column, $1.coefficient) }
            if terms.count > 1 {
                var k = 1
                for i in 1..<terms.count where terms[i] != terms[k - 1] {
                    terms[k] = terms[i]
                    k += 1
                }
                terms.removeLast(terms.count - k)
            }
            operands = terms
        }
    }

    /// Turns a mismatch that holds under the other sign convention into `sign` when the convention
    /// needs no second example, or when the document has at least two such checks.
    static func decideSigns(_ tables: inout [Table]) {
        func holdsOtherwise(_ c: Check) -> Bool {
            guard c.outcome == .mismatch, let alternative = c.alternative else { return false }
            return Check.compare(alternative, c.actual, tolerance: c.tolerance) != .mismatch
        }
        var uses: [String: Int] = [:]
        for table in tables {
            for c in table.checks where holdsOtherwise(c) {
                if let convention = c.convention { uses[convention, default: 0] += 1 }
            }
        }
        for t in tables.indices {
            for i in tables[t].checks.indices {
                let c = tables[t].checks[i]
                if holdsOtherwise(c), c.convention.map({ uses[$0, default: 0] >= 2 }) ?? true {
                    tables[t].checks[i].outcome = .sign
                }
                tables[t].checks[i].alternative = nil
                tables[t].checks[i].convention = nil
            }
        }
    }

    /// Flags the cells of mismatches and returns the issues of one table.
    static func report(_ table: inout Table) -> [Issue] {
        var issues: [Issue] = []
        for check in table.checks {
            switch check.outcome {
            case .mismatch:
                flag(&table, row: check.row, column: check.column)
                issues.append(Issue(severity: .warning, code: "identity-mismatch", page: table.page,
                                    message: message(check, in: table)))
            case .sign:
                issues.append(Issue(severity: .info, code: "sign", page: table.page, message: signMessage(check, in: table)))
            case .ok, .rounding:
                break
            }
        }
        return issues
    }

    /// Sets every table's `verifiedCells`: numeric cells that are the total or a term of an `ok`
    /// or `rounding` check.
    static func countVerified(_ tables: inout [Table]) {
        var index: [String: Int] = [:]
        for (i, t) in tables.enumerated() where index[t.id] == nil { index[t.id] = i }
        var proved = Array(repeating: Set<Check.Cell>(), count: tables.count)
        for (i, table) in tables.enumerated() {
            for check in table.checks where check.verifies {
                proved[i].insert(Check.Cell(row: check.row, column: check.column))
                for o in check.operands {
                    let other = (o.table ?? check.table).flatMap { index[$0] } ?? i
                    proved[other].insert(Check.Cell(row: o.row, column: o.column))
                }
            }
        }
        for i in tables.indices {
            tables[i].verifiedCells = proved[i].filter { IdentitySupport.value(tables[i], $0.row, $0.column) != nil }.count
        }
    }

    static func flag(_ table: inout Table, row: Int, column: Int) {
        guard table.rows.indices.contains(row), table.rows[row].cells.indices.contains(column),
              var cell = table.rows[row].cells[column] else { return }
        cell.flags = Array(Set(cell.flags + [.checkFailed])).sorted()
        table.rows[row].cells[column] = cell
    }

    /// "<table id> row <label> (<group>) column <header>"; an empty header is shown as "#<index>".
    static func place(_ check: Check, in table: Table) -> String {
        "\(table.id) row \(rowName(check.row, in: table)) column \(columnName(check.column, in: table))"
    }

    static func rowName(_ row: Int, in table: Table) -> String {
        guard table.rows.indices.contains(row) else { return "\(row)" }
        let r = table.rows[row]
        return r.group.map { "\(r.label) (\($0))" } ?? r.label
    }

    static func columnName(_ column: Int, in table: Table) -> String {
        let header = table.columns.indices.contains(column) ? table.columns[column].header : ""
        return header.isEmpty ? "#\(column)" : header
    }

    static func number(_ d: Decimal) -> String { NumberLiterals.decimal(d) ?? d.description }

    /// The terms as printed with their signs: "-318280 + 12 − 5" (a cross-table term names its table).
    static func arithmetic(_ check: Check, in table: Table) -> String {
        var text = ""
        for (k, o) in check.operands.enumerated() {
            let printed = IdentitySupport.cell(table, o.row, o.column)?.text ?? "·"
            let term = (o.table ?? check.table).map { "[\($0) row \(o.row) col \(o.column)]" } ?? printed
            text += k == 0 ? (o.coefficient < 0 ? "− " : "") + term : (o.coefficient < 0 ? " − " : " + ") + term
        }
        return text
    }

    static func message(_ check: Check, in table: Table) -> String {
        var text = "\(place(check, in: table)): \(check.rule) gives \(number(check.expected)), printed \(number(check.actual))"
        text += " (off by \(number((check.expected - check.actual).magnitude))"
        text += check.tolerance > 0 ? ", rounding allows \(number(check.tolerance)))" : ")"
        if !check.operands.isEmpty, check.table == nil || check.operands.contains(where: { $0.table != nil }),
           !check.rule.contains("×") {
            text += "; terms: \(arithmetic(check, in: table))"
        }
        return text
    }

    static func signMessage(_ check: Check, in table: Table) -> String {
        "\(place(check, in: table)): \(check.rule) holds with the other sign convention: "
            + "arithmetic gives \(number(check.expected)), printed \(number(check.actual))"
    }
}
