/// Nests a flat, ordered stream of headings and blocks into the section tree: a heading opens a
/// section under the nearest open section of a lower level; blocks go into the innermost open
/// section, or before the first heading into the document's own blocks.
enum SectionTreeBuilder {
    enum Element {
        case heading(Heading)
        case block(Block)
    }

    static func build(_ elements: [Element]) -> (blocks: [Block], sections: [Section]) {
        var front: [Block] = []
        var roots: [Section] = []
        var stack: [Section] = []

        func closeTop() {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].sections.append(done) }
        }
        for element in elements {
            switch element {
            case .heading(let h):
                while let top = stack.last, top.heading.level >= h.level { _ = top; closeTop() }
                stack.append(Section(heading: h))
            case .block(let b):
                if stack.isEmpty { front.append(b) } else { stack[stack.count - 1].blocks.append(b) }
            }
        }
        while !stack.isEmpty { closeTop() }
        return (front, roots)
    }
}
