/// A heading with the blocks and sub-sections that follow it.
public struct Section: Equatable, Sendable {
    public var heading: Heading
    public var blocks: [Block]
    public var sections: [Section]

    public init(heading: Heading, blocks: [Block] = [], sections: [Section] = []) {
        self.heading = heading
        self.blocks = blocks
        self.sections = sections
    }

    public var allTables: [Table] {
        blocks.compactMap(\.table) + sections.flatMap(\.allTables)
    }

    public var allSections: [Section] {
        sections.flatMap { [$0] + $0.allSections }
    }
}
