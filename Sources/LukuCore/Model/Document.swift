/// One ingested document: the root of the `luku.document/2` contract (docs/output-format.md).
public struct Document: Equatable, Sendable {
    /// What Luku writes.
    public static let schemaID = "luku.document/2"
    /// What Luku reads: version 2 only added optional fields (cell `bbox`, row `page`), so every
    /// version-1 file is a version-2 file without them.
    public static let readableSchemaIDs: Set<String> = ["luku.document/1", "luku.document/2"]

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

    /// Every section in reading order, depth first.
    public var allSections: [Section] {
        sections.flatMap { [$0] + $0.allSections }
    }
}
