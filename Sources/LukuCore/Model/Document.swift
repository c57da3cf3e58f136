/// One ingested document: the root of the `luku.document/1` contract (docs/output-format.md).
public struct Document: Equatable, Sendable {
    public static let schemaID = "luku.document/1"

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
