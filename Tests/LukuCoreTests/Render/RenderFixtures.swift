import Foundation
@testable import LukuCore

/// Hand-built documents and tables for the renderer tests.
enum RenderFixtures {
    static func number(_ text: String, _ value: Decimal, _ flags: [CellFlag] = []) -> Cell? {
        Cell(text: text, value: value, flags: flags)
    }

    static func text(_ text: String, _ flags: [CellFlag] = []) -> Cell? {
        Cell(text: text, flags: flags)
    }

    /// Three value columns, a group of level-1 rows, null cells, every kind of flag, a text cell
    /// in a numeric column and one failed check.
    static let numericTable = Table(
        id: "p5-t1", page: 5, pages: [5], caption: "Hallintopalvelut", unit: "€",
        columns: [
            Column(header: "TA+muutos 2024", kind: .taMuutos, year: 2024),
            Column(header: "TP 2024", kind: .tp, year: 2024),
            Column(header: "POIKKEAMA €", kind: .poikkeama, unit: "€"),
        ],
        rows: [
            Row(label: "MENOT", cells: [number("-6 649 150", -6649150), number("-6 305 569", -6305569),
                                        number("343 581", 343581)]),
            Row(label: "TULOT", cells: [number("1 200", 1200, [.merged]), number("1 350", 1350),
                                        number("150", 150)]),
            Row(label: "MENOT", group: "Joukkoliikenne", level: 1,
                cells: [number("-318 280", -318280), text("siirretty"),
                        number("213 930 260", 213930260, [.ambiguousSplit])]),
            Row(label: "NETTOMENO", group: "Joukkoliikenne", level: 1,
                cells: [number("-318 280", -318280), nil, number("-1 611 034", -1611034, [.checkFailed])]),
            Row(label: "Yhteensä", cells: [nil, number("-6 305 569", -6305569), nil]),
        ],
        checks: [
            Check(rule: "MENOT + TULOT = NETTOMENO", column: 0, row: 3, expected: -318280, actual: -318280),
            Check(rule: "MENOT + TULOT = NETTOMENO", column: 2, row: 3, expected: -1011034, actual: -1611034),
        ],
        // What IdentityChecker.countVerified gives: the passing check (no operands listed) proves its total.
        verifiedCells: 1)

    /// A goal table: text only, cells longer than a fair column share.
    static let goalTable = Table(
        id: "p7-t1", page: 7, pages: [7, 8], caption: "Tavoitteet",
        columns: [Column(header: "Mittari"), Column(header: "Tavoitetaso 2024"), Column(header: "Toteuma")],
        rows: [
            Row(label: "Asukaslähtöisyys", cells: [text("Asiakastyytyväisyys kyselyn mukaan"),
                                                   text("Vähintään 4,0 asteikolla 1–5"),
                                                   text("4,2 tavoite saavutettu")]),
            Row(label: "Talous", cells: [text("Toimintakate"), text("Talousarviossa pysyminen"), nil]),
        ])

    /// One small numeric table for the document fixture.
    static let smallTable = Table(
        id: "p5-t2", page: 5, pages: [5], unit: "€",
        columns: [Column(header: "TP 2024", kind: .tp, year: 2024)],
        rows: [
            Row(label: "MENOT", cells: [number("-1 000", -1000)]),
            Row(label: "TULOT", cells: [number("200", 200)]),
        ])

    /// Thirteen words "Määrä" (the ä's decomposed in some) and one more: 82 cells.
    static let longParagraph = (Array(repeating: "Määrä", count: 7)
        + Array(repeating: "Ma\u{308}a\u{308}ra\u{308}", count: 6) + ["ja"]).joined(separator: " ")

    /// Two levels of sections, an unnumbered section, content before the first heading and
    /// issues of every severity.
    static func document(tables: [Table] = [smallTable]) -> Document {
        Document(
            source: Source(file: "hallintopalvelut-tp2024.pdf", sha256: "00", format: .pdf, pages: 7),
            title: "HALLINTOPALVELUT TOIMIALA",
            blocks: [.paragraph(Paragraph(page: 1, text: "Johdanto."))],
            sections: [
                Section(
                    heading: Heading(number: "8", text: "Määrärahat", level: 1, page: 5),
                    blocks: [.paragraph(Paragraph(page: 5, text: longParagraph)),
                             .paragraph(Paragraph(page: 5, text: "Toinen kappale.")),
                             .list(ListBlock(page: 5, items: ["Ensimmäinen", "Toinen"]))]
                        + tables.map(Block.table),
                    sections: [
                        Section(heading: Heading(number: "8.1", text: "Joukkoliikenne", level: 2, page: 6),
                                blocks: [.paragraph(Paragraph(page: 6, text: "Bussit."))]),
                    ]),
                Section(heading: Heading(number: nil, text: "Liitteet", level: 1, page: 7)),
            ],
            issues: [
                Issue(severity: .warning, code: "identity-mismatch", page: 9, message: "MENOT + TULOT ≠ NETTOMENO"),
                Issue(severity: .error, code: "no-text-layer", page: 3, message: "Page 3 has no text layer"),
                Issue(severity: .warning, code: "ambiguous-split", page: 5, message: "213 930 260 chosen"),
                Issue(severity: .info, code: "note", message: "Text input"),
            ])
    }
}

/// Width in terminal cells, counted independently of the renderer: characters that are not
/// made only of combining marks.
func renderTestCells(_ s: String) -> Int {
    s.filter { c in !c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } }.count
}
