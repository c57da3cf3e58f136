import XCTest
@testable import LukuCore

/// A table of a text read as `luku ingest` reads it (`Segmenter().segmentText`), found by one of
/// its row labels, and a row's values: the lookups the tests of the text rules share.
enum TextTableLookup {
    static func table(_ text: String, with label: String) throws -> Table {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        return try XCTUnwrap(tables.first { $0.rows.contains { $0.label == label } }, "no table with \(label)")
    }

    static func row(_ t: Table, _ label: String) throws -> Row {
        try XCTUnwrap(t.rows.first { $0.label == label }, label)
    }

    static func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    /// Every filled cell of the row is flagged `ambiguous-split`.
    static func flagged(_ row: Row) -> Bool {
        row.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }
    }
}
