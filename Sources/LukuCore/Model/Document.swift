/// One ingested document: the root of the `luku.document/4` contract (docs/output-format.md).
public struct Document: Equatable, Sendable {
    /// What Luku writes.
    public static let schemaID = "luku.document/5"
    /// What Luku reads: version 2 only added optional fields (cell `bbox`, row `page`), so every
    /// version-1 file is a version-2 file without them; version 3 replaced a check's `ok` by its
    /// `outcome` and added the verified counts, and older files are read with `ok` mapped to an
    /// outcome and the counts taken from their checks (README, "Migrating from /2 to /3").
    public static let readableSchemaIDs: Set<String> = ["luku.document/1", "luku.document/2", "luku.document/3", "luku.document/4", "luku.document/5"]

    public var source: Source
    public var title: String?
    /// Content before the first heading.
    public var blocks: [Block]
    public var sections: [Section]
    public var issues: [Issue]

    public init(source: Source, title: String? = nil, blocks: [Block] = [],
                sections: [Section] = [], issues: [Issue] = []) {
        self.source = source
        self.title = title
        self.blocks = blocks
        self.sections = sections
        self.issues = issues
    }

    /// Every table in reading order, depth first.
    public var allTables: [Table] {
        blocks.compactMap(\.table) + sections.flatMap(\.allTables)
    }

    /// Numeric cells in all tables.
    public var numericCellCount: Int { allTables.reduce(0) { $0 + $1.numericCellCount } }

    /// Numeric cells proved by an `ok` or `rounding` check, in all tables.
    public var verifiedCellCount: Int { allTables.reduce(0) { $0 + $1.verifiedCells } }

    /// Every table in reading order, depth first, changed in place by `body`.
    public mutating func updateTables(_ body: (inout Table) -> Void) {
        func update(_ blocks: inout [Block]) {
            for i in blocks.indices {
                guard case .table(var table) = blocks[i] else { continue }
                body(&table)
                blocks[i] = .table(table)
            }
        }
        func update(_ sections: inout [Section]) {
            for i in sections.indices {
                update(&sections[i].blocks)
                update(&sections[i].sections)
            }
        }
        update(&blocks)
        update(&sections)
    }

    /// Every section in reading order, depth first.
    public var allSections: [Section] {
        sections.flatMap { [$0] + $0.allSections }
    }
}
