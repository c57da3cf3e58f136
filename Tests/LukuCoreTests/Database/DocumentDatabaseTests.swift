import Foundation
import XCTest
@testable import LukuCore

/// `luku ingest --db`: the database of the corpus, the README's queries on it, and re-ingesting.
final class DocumentDatabaseTests: XCTestCase {
    /// The README's "Toimintakate of every document" query, word for word.
    static let toimintakate = """
        SELECT document, table_id, label, header, value_exact
        FROM cell_facts
        WHERE label LIKE 'toimintakate%' AND kind = 'TP' AND value IS NOT NULL
        ORDER BY document, table_id, col
        """

    /// The README's "every failed check over 1 000 €" query, word for word.
    static let failedOver1000 = """
        SELECT document, table_id, label, group_name, header, expected_exact, actual_exact,
               gap * coalesce(scale, 1) AS gap_eur
        FROM check_facts
        WHERE NOT ok AND gap * coalesce(scale, 1) > 1000
        ORDER BY gap_eur DESC, document, table_id
        """

    private func corpusDatabase() throws -> DocumentDatabase {
        let scratch = try ScratchFolder(self)
        let database = try DocumentDatabase(path: scratch.url.appendingPathComponent("luku.sqlite").path)
        for name in Fixtures.goldenNames {
            XCTAssertEqual(try database.store(try Fixtures.golden(name), inputPath: Fixtures.corpus(name)), .added)
        }
        return database
    }

    func testToimintakateOfEveryDocument() throws {
        let rows = try corpusDatabase().query(Self.toimintakate)
        // Every document prints Toimintakate rows; each TP cell comes back with its exact digits.
        let documents = Set(rows.compactMap { $0[0].text })
        XCTAssertEqual(documents, ["kemijarvi-hallinto-tukipalvelut-2022-06.pdf", "kemijarvi-hallinto-tukipalvelut-2022-06.txt",
                                   "kemijarvi-hallintopalvelut-tp2024.pdf", "kemijarvi-hallintopalvelut-tp2024.txt",
                                   "kemijarvi-konserni-elinvoima-ta2026.pdf", "kemijarvi-konserni-elinvoima-ta2026.txt"])
        // The same cells straight from the JSON: the query finds all of them and nothing else.
        var fromJSON: [[String]] = []
        for name in Fixtures.goldenNames.sorted() {
            let document = try Fixtures.golden(name)
            for table in document.allTables.sorted(by: { $0.id < $1.id }) {
                for (c, column) in table.columns.enumerated() where column.kind == .tp {
                    for row in table.rows where row.label.lowercased().hasPrefix("toimintakate") {
                        if let value = row.cells[c]?.value {
                            fromJSON.append([name, table.id, row.label, column.header, NumberLiterals.decimal(value)!])
                        }
                    }
                }
            }
        }
        let fromSQL = rows.map { $0.map { $0.text ?? "" } }
        XCTAssertEqual(Set(fromSQL.map { $0.joined(separator: "|") }), Set(fromJSON.map { $0.joined(separator: "|") }))
        XCTAssertEqual(fromSQL.count, fromJSON.count)
        XCTAssertTrue(fromSQL.contains(["kemijarvi-hallintopalvelut-tp2024.pdf", "p5-t1", "TOIMINTAKATE/JÄÄMÄ", "TP 2024", "-4697832"]),
                      "\(fromSQL.filter { $0[0] == "kemijarvi-hallintopalvelut-tp2024.pdf" })")
    }

    func testFailedChecksOver1000Euros() throws {
        let database = try corpusDatabase()
        let rows = try database.query(Self.failedOver1000)
        XCTAssertFalse(rows.isEmpty)
        for row in rows {
            let expected = try XCTUnwrap(row[5].text.flatMap { Decimal(string: $0) })
            let actual = try XCTUnwrap(row[6].text.flatMap { Decimal(string: $0) })
            XCTAssertGreaterThan(abs(actual - expected), 1000, "\(row)")
        }
        // Against the JSON: every failed check of the corpus whose gap passes 1 000 (no table in the
        // corpus prints a scale, so one unit is one euro), and only those.
        let failed = Fixtures.goldenNames.flatMap { try! Fixtures.golden($0).allTables.flatMap(\.checks) }
            .filter { !$0.ok && abs($0.actual - $0.expected) > 1000 }
        XCTAssertEqual(rows.count, failed.count)
        let all = try database.query("SELECT count(*) FROM checks WHERE NOT ok").first?.first?.integer
        XCTAssertEqual(all, Int64(Fixtures.goldenNames.flatMap { try! Fixtures.golden($0).allTables.flatMap(\.checks) }.filter { !$0.ok }.count))
    }

    func testCountsMatchTheDocument() throws {
        let database = try corpusDatabase()
        let document = try Fixtures.golden("kemijarvi-konserni-elinvoima-ta2026.pdf")
        func count(_ sql: String) throws -> Int64? {
            try database.query(sql, [.text(document.source.file)]).first?.first?.integer
        }
        let tables = document.allTables
        XCTAssertEqual(try count("SELECT count(*) FROM tables t JOIN documents d ON d.id = t.document_id WHERE d.file = ?"), Int64(tables.count))
        XCTAssertEqual(try count("SELECT count(*) FROM cell_facts WHERE document = ?"),
                       Int64(tables.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }.count))
        XCTAssertEqual(try count("SELECT count(*) FROM cell_facts WHERE document = ? AND value IS NOT NULL"),
                       Int64(tables.reduce(0) { $0 + $1.numericCellCount }))
        XCTAssertEqual(try count("SELECT count(*) FROM issues i JOIN documents d ON d.id = i.document_id WHERE d.file = ?"),
                       Int64(document.issues.count))
    }

    /// Re-ingesting: the same bytes are skipped, changed bytes replace the document whole.
    func testReingestSkipsUnchangedAndReplacesChanged() throws {
        let scratch = try ScratchFolder(self)
        let input = try scratch.copy(Fixtures.corpus("kemijarvi-hallintopalvelut-tp2024.txt"), as: "in/hallinto.txt")
        let database = try DocumentDatabase(path: scratch.url.appendingPathComponent("db.sqlite").path)
        let pipeline = Pipeline(pageThreads: 1)
        let first = pipeline.run(path: input)
        XCTAssertEqual(try database.store(first, inputPath: input), .added)
        XCTAssertEqual(try database.store(pipeline.run(path: input), inputPath: input), .unchanged)

        // Drop every line from the first "TULOT" on: fewer tables than before.
        let text = try String(contentsOfFile: input, encoding: .utf8)
        let cut = try XCTUnwrap(text.range(of: "\nTULOT"))
        try String(text[..<cut.lowerBound]).write(toFile: input, atomically: true, encoding: .utf8)
        let second = pipeline.run(path: input)
        XCTAssertNotEqual(second.source.sha256, first.source.sha256)
        XCTAssertEqual(try database.store(second, inputPath: input), .replaced)

        let documents = try database.query("SELECT sha256 FROM documents")
        XCTAssertEqual(documents, [[.text(second.source.sha256)]])
        // Nothing of the old version is left behind: every child count is the new document's.
        XCTAssertEqual(try database.query("SELECT count(*) FROM tables").first?.first?.integer, Int64(second.allTables.count))
        XCTAssertEqual(try database.query("SELECT count(*) FROM cells").first?.first?.integer,
                       Int64(second.allTables.flatMap(\.rows).flatMap(\.cells).compactMap { $0 }.count))
        XCTAssertEqual(try database.query("SELECT count(*) FROM issues").first?.first?.integer, Int64(second.issues.count))
        XCTAssertNotEqual(first.allTables.count, second.allTables.count, "the edit must change the tables for this test to mean anything")
        // The same bytes at another path are another document.
        let copy = try scratch.copy(input, as: "other/hallinto.txt")
        XCTAssertEqual(try database.store(pipeline.run(path: copy), inputPath: copy), .added)
    }

    /// A --pages run gives other output from the same bytes: it replaces the full document, and
    /// the full run after it replaces it back; only then is the input unchanged.
    func testPartialRunIsNeverMistakenForTheFullDocument() throws {
        let scratch = try ScratchFolder(self)
        let input = Fixtures.hallintopalvelutPDF
        let database = try DocumentDatabase(path: scratch.url.appendingPathComponent("db.sqlite").path)
        let full = Pipeline(pageThreads: 1).run(path: input)
        var limited = Pipeline(pageThreads: 1)
        limited.pages = 4...5
        let partial = limited.run(path: input)
        XCTAssertEqual(partial.source.sha256, full.source.sha256)
        XCTAssertEqual(try database.store(full, inputPath: input), .added)
        XCTAssertEqual(try database.store(partial, inputPath: input), .replaced)
        XCTAssertEqual(try database.query("SELECT count(*) FROM tables").first?.first?.integer, Int64(partial.allTables.count))
        XCTAssertEqual(try database.store(full, inputPath: input), .replaced)
        XCTAssertEqual(try database.store(full, inputPath: input), .unchanged)
        XCTAssertEqual(try database.query("SELECT count(*) FROM tables").first?.first?.integer, Int64(full.allTables.count))
    }

    func testRefusesADatabaseLukuDidNotCreate() throws {
        let scratch = try ScratchFolder(self)
        let path = scratch.url.appendingPathComponent("other.sqlite").path
        let other = try SQLiteConnection(path: path)
        try other.execute("CREATE TABLE notes (x TEXT)")
        XCTAssertThrowsError(try DocumentDatabase(path: path)) { error in
            XCTAssertTrue("\(error)".contains("Luku did not create"), "\(error)")
        }
    }
}
