import XCTest
@testable import LukuCore

final class IdentityChecksTests: XCTestCase {
    typealias F = CheckFixtures

    static func document(_ tables: [Table]) -> Document {
        var blocks = tables.map(Block.table)
        let first = blocks.removeFirst()
        let nested = Section(heading: Heading(number: "9.1", text: "Käyttötalous", level: 2, page: 5),
                             blocks: [.paragraph(Paragraph(page: 5, text: "Teksti."))] + blocks)
        return Document(source: Source(file: "x.pdf", sha256: "", format: .pdf, pages: 8),
                        blocks: [first],
                        sections: [Section(heading: Heading(number: "9", text: "Määrärahat", level: 1, page: 5),
                                           sections: [nested])],
                        issues: [.error("earlier")])
    }

    func testFailedChecksFlagCellsAndBecomeWarnings() {
        var document = Self.document([VarianceChecksTests.poikkeama, F.hallintopalvelut])
        IdentityChecker().check(&document)

        let table = document.allTables[1]
        XCTAssertEqual(table.checks.count, 15)
        // TP 2024 of Keskusvaalilautakunta (-54 950 + 43 181 = -11 769, printed -11 770) is rounding.
        XCTAssertEqual(table.checks.filter { !$0.ok }.map { [$0.row, $0.column] }, [[2, 0], [8, 0]])
        XCTAssertEqual(table.checks.filter { $0.outcome == .rounding }.map { [$0.row, $0.column] }, [[2, 4]])
        XCTAssertEqual(table.rows[8].cells[0]?.flags ?? [], [CellFlag]([.checkFailed]))
        XCTAssertEqual(table.rows[8].cells[1]?.flags ?? [], [CellFlag]([]))
        XCTAssertEqual(table.rows[6].cells[0]?.flags ?? [], [CellFlag]([]), "the operands are not flagged")

        XCTAssertEqual(document.issues.first, Issue.error("earlier"))
        XCTAssertEqual(Array(document.issues.dropFirst()), [
            Issue(severity: .warning, code: "identity-mismatch", page: 5,
                  message: "p5-t2 row NETTOMENO (Keskusvaalilautakunta) column TP 2022: MENOT + TULOT = NETTOMENO gives 38565, "
                      + "printed 493 (off by 38072, rounding allows 1); terms: 19 036 + 19 529"),
            Issue(severity: .warning, code: "identity-mismatch", page: 5,
                  message: "p5-t2 row NETTOMENO (Tietohallinto/ict-palvelut) column TP 2022: MENOT + TULOT = NETTOMENO gives -1011034, "
                      + "printed -1611034 (off by 600000, rounding allows 1); terms: -1 093 077 + 82 043"),
        ])
        XCTAssertTrue(document.allTables[0].checks.allSatisfy(\.ok))
        XCTAssertEqual(document.allTables[0].checks.count, 9)
    }

    func testPrintedValuesAreNeverChanged() {
        let original = Self.document([F.hallintopalvelut, F.operating(kulut: "-1"), GroupTotalChecksTests.groups(menot: "-99")])
        var document = original
        IdentityChecker().check(&document)
        XCTAssertEqual(F.printed(document), F.printed(original))
        XCTAssertFalse(document.allTables.flatMap(\.checks).filter { !$0.ok }.isEmpty)
        // Only flags, checks and the verified counts differ.
        var stripped = document
        for i in stripped.sections[0].sections[0].blocks.indices {
            guard case .table(var t) = stripped.sections[0].sections[0].blocks[i] else { continue }
            t.checks = []
            t.verifiedCells = 0
            for r in t.rows.indices { t.rows[r].cells = t.rows[r].cells.map { $0.map { var c = $0; c.flags = []; return c } } }
            stripped.sections[0].sections[0].blocks[i] = .table(t)
        }
        if case .table(var t) = stripped.blocks[0] {
            t.checks = []
            t.verifiedCells = 0
            for r in t.rows.indices { t.rows[r].cells = t.rows[r].cells.map { $0.map { var c = $0; c.flags = []; return c } } }
            stripped.blocks[0] = .table(t)
        }
        stripped.issues = original.issues
        XCTAssertEqual(stripped, original)
    }

    func testFlagsStaySortedAndUnique() {
        var table = F.hallintopalvelut
        table.rows[8].cells[0]?.flags = [.merged, .ambiguousSplit]
        var document = Self.document([table])
        IdentityChecker().check(&document)
        IdentityChecker().check(&document)
        XCTAssertEqual(document.allTables[0].rows[8].cells[0]?.flags ?? [], [CellFlag]([.ambiguousSplit, .checkFailed, .merged]))
    }

    func testChecksAreOrderedByRuleThenRowThenColumn() {
        // One table that every rule applies to: operating sums, then group rows with a total.
        var table = GroupTotalChecksTests.groups()
        table.rows += F.operating().rows
        var document = Self.document([table])
        IdentityChecker().check(&document)
        let checks = document.allTables[0].checks
        func family(_ c: Check) -> Int {
            c.rule == NettomenoRule.rule ? 0 : c.rule.hasSuffix("sum of groups") ? 2 : 1
        }
        XCTAssertEqual(Set(checks.map(family)), [0, 1, 2])
        let keys = checks.map { [family($0), $0.row, $0.column] }
        XCTAssertEqual(keys, keys.sorted { $0.lexicographicallyPrecedes($1) })
        // Same input, same output.
        var again = Self.document([table])
        IdentityChecker().check(&again)
        XCTAssertEqual(again, document)
    }

    func testMuutosSignDifferenceIsAnInfoNote() {
        var document = Self.document([F.table(id: "p7-t3", page: 7, columns: F.muutosColumns, [
            F.row("MENOT", ["−6 837 670", "−5 341 090", "−1 496 580", "−21,9"]),
            F.row("TULOT", ["1 297 670", "874 530", "-423 140", "-32,6"]),
        ])])
        IdentityChecker().check(&document)
        let table = document.allTables[0]
        XCTAssertTrue(table.checks.allSatisfy(\.ok))
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? true } })
        XCTAssertEqual(Array(document.issues.dropFirst()), [
            Issue(severity: .info, code: "sign", page: 7,
                  message: "p7-t3 row MENOT column MUUTOS €: |MUUTOS €| = |TA 2026 − TA+muutos 2025| holds with the other "
                      + "sign convention: arithmetic gives 1496580, printed -1496580"),
        ])
    }

    func testEmptyHeaderIsNamedByIndex() {
        var document = Self.document([F.table(columns: [Column(header: "")], [
            F.row("MENOT", ["-10"]), F.row("TULOT", ["4"]), F.row("NETTOMENO", ["-9"]),
        ])])
        IdentityChecker().check(&document)
        XCTAssertEqual(document.issues.last?.message,
                       "p5-t2 row NETTOMENO column #0: MENOT + TULOT = NETTOMENO gives -6, printed -9 (off by 3, rounding allows 1); terms: -10 + 4")
    }
}
