/// One line per document for `luku ingest --summary` and `make demo`.
public struct DocumentSummary: Equatable, Sendable {
    public var file: String
    public var pages: Int
    public var sections: Int
    public var tables: Int
    public var numericCells: Int
    public var failedChecks: Int
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
        issues = document.issues.count
        errors = document.issues.filter { $0.severity == .error }.count
    }

    public var line: String {
        let status = errors > 0 ? "  ERROR" : ""
        return "\(file): \(pages) pages, \(sections) sections, \(tables) tables, \(numericCells) numeric cells, \(failedChecks) failed checks, \(issues) issues\(status)"
    }
}
