import XCTest
@testable import LukuCore

final class InspectRendererTests: XCTestCase {
    func testDocumentExactOutput() {
        let text = InspectRenderer(width: 100).render(RenderFixtures.document())
        let expected = [
            "hallintopalvelut-tp2024.pdf · pdf · 7 pages · 3 sections · 1 table · 2 numeric cells",
            "  · 0 verified (0.0 %) · 4 issues",
            "",
            "HALLINTOPALVELUT TOIMIALA",
            "",
            "(1 paragraph)",
            "",
            "8  Määrärahat  (p. 5)",
            "  (2 paragraphs, 1 list)",
            "",
            "  Table p5-t2 (page 5) · €",
            sp(13) + "TP",
            sp(11) + "2024",
            "  " + String(repeating: "─", count: 13),
            "  MENOT  -1 000",
            "  TULOT" + sp(5) + "200",
            "",
            "  8.1  Joukkoliikenne  (p. 6)",
            "    (1 paragraph)",
            "",
            "Liitteet  (p. 7)",
            "",
            "Issues (4)",
            "  errors (1)",
            "    p. 3  no-text-layer: Page 3 has no text layer",
            "  warnings (2)",
            "    p. 5  ambiguous-split: 213 930 260 chosen",
            "    p. 9  identity-mismatch: MENOT + TULOT ≠ NETTOMENO",
            "  info (1)",
            "    –  note: Text input",
        ]
        XCTAssertEqual(text, expected.map { $0 + "\n" }.joined())
        XCTAssertEqual(text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init),
                       expected)
    }

    func testShowParagraphs() {
        let lines = InspectRenderer(width: 100, showParagraphs: true).render(RenderFixtures.document())
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let thirteen = Array(repeating: "Määrä", count: 13).joined(separator: " ")   // 77 cells
        XCTAssertEqual(Array(lines[5...11]), [  // the header line wraps at 100: lines 0-1
            "¶ Johdanto.",
            "",
            "8  Määrärahat  (p. 5)",
            "  ¶ " + thirteen + "…",
            "  ¶ Toinen kappale.",
            "  • Ensimmäinen",
            "  • Toinen",
        ])
        XCTAssertTrue(lines.contains("    ¶ Bussit."))
    }

    func testFitsWidthWithWideTables() {
        let doc = RenderFixtures.document(tables: [RenderFixtures.numericTable, RenderFixtures.goalTable])
        for width in [60, 80, 120] {
            let text = InspectRenderer(width: width, showParagraphs: true).render(doc)
            for line in text.split(separator: "\n") {
                XCTAssertLessThanOrEqual(renderTestCells(String(line)), width, "\(width): \(line)")
                XCTAssertFalse(line.hasSuffix(" "), "trailing space: \(line)")
            }
            XCTAssertTrue(text.hasSuffix("\n"))
            XCTAssertFalse(text.contains("\n\n\n"))
        }
    }

    func testNarrowHeaderLineBreaksBetweenParts() {
        let text = InspectRenderer(width: 60).render(RenderFixtures.document())
        XCTAssertTrue(text.hasPrefix("""
            hallintopalvelut-tp2024.pdf · pdf · 7 pages · 3 sections
              · 1 table · 2 numeric cells · 0 verified (0.0 %)
              · 4 issues

            """))
    }

    func testNoIssuesAndNoTitle() {
        let doc = Document(source: Source(file: "a.txt", sha256: "", format: .text, pages: 1))
        XCTAssertEqual(InspectRenderer().render(doc), """
            a.txt · text · 1 page · 0 sections · 0 tables · 0 numeric cells · 0 verified (0.0 %) · 0 issues

            Issues: none

            """)
    }

    func testDeterministic() {
        let doc = RenderFixtures.document(tables: [RenderFixtures.numericTable, RenderFixtures.goalTable])
        let first = InspectRenderer(width: 90).render(doc)
        for _ in 0..<5 { XCTAssertEqual(InspectRenderer(width: 90).render(doc), first) }
    }
}

final class RenderRobustnessTests: XCTestCase {
    /// Absurdly narrow widths and ragged rows must not crash.
    func testTinyWidthsAndRaggedRows() {
        let ragged = Table(id: "x", page: 1, pages: [], columns: [Column(header: ""), Column(header: "B")],
                           rows: [Row(label: "", level: 5, cells: [RenderFixtures.number("1", 1)])])
        let doc = RenderFixtures.document(tables: [RenderFixtures.numericTable, RenderFixtures.goalTable, ragged])
        for width in [0, 1, 2, 5, 10, 20] {
            XCTAssertFalse(InspectRenderer(width: width, showParagraphs: true).render(doc).isEmpty)
            for table in doc.allTables { XCTAssertFalse(TableRenderer(width: width).lines(table).isEmpty) }
        }
    }
}
