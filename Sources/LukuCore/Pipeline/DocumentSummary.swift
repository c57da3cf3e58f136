/// One line per document for `luku ingest --summary` and `make demo`.
public struct DocumentSummary: Equatable, Sendable {
    public var file: String
    public var pages: Int
    public var sections: Int
    public var tables: Int
    public var numericCells: Int
    public var failedChecks: Int
    /// Checks by outcome, in `Check.Outcome` order.
    public var outcomes: [Check.Outcome: Int]
    public var verifiedCells: Int
    public var issues: Int
    public var errors: Int

    public init(_ document: Document) {
        file = document.source.file
        pages = document.source.pages
        sections = document.allSections.count
        let tables = document.allTables
        self.tables = tables.count
        numericCells = tables.reduce(0) { $0 + $1.numericCellCount }
        failedChecks = tables.reduce(0) { $0 + $1.checks.filter { !$0.ok }.count }
        var outcomes: [Check.Outcome: Int] = [:]
        for check in tables.flatMap(\.checks) { outcomes[check.outcome, default: 0] += 1 }
        self.outcomes = outcomes
        verifiedCells = tables.reduce(0) { $0 + $1.verifiedCells }
        issues = document.issues.count
        errors = document.issues.filter { $0.severity == .error }.count
    }

    public var line: String {
        let status = errors > 0 ? "  ERROR" : ""
        let checks = outcomes.values.reduce(0, +)
        let kinds = Check.Outcome.allCases.map { "\(outcomes[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        return "\(file): \(pages) pages, \(sections) sections, \(tables) tables, \(numericCells) numeric cells, "
            + "\(checks) checks (\(kinds)), verified \(verifiedCells) of \(numericCells) numeric cells (\(Self.percent(verifiedCells, of: numericCells))), "
            + "\(issues) issues\(status)"
    }

    /// "73.4 %", one decimal, rounded half up; "0.0 %" for nothing to count.
    static func percent(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "0.0 %" }
        let tenths = (part * 2000 / whole + 1) / 2
        return "\(tenths / 10).\(tenths % 10) %"
    }
}
