import Foundation
@testable import LukuCore

/// The tables the segmenter reads from a page of text, and a row's values by its label: what the
/// tests of the column-block readers (`StatementLabelBlock`, `GroupedFiguresAfterLabels`) ask.
protocol SegmentedTextTests {}

extension SegmentedTextTests {
    func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    /// The first row of that label with a cell.
    func row(_ tables: [Table], _ label: String) -> Row? {
        tables.flatMap(\.rows).first { $0.label == label && $0.cells.contains { $0 != nil } }
    }

    func values(_ tables: [Table], _ label: String) -> [Decimal?]? {
        row(tables, label)?.cells.map { $0?.value }
    }
}
