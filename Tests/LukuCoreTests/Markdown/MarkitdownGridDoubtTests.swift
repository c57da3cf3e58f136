import Foundation
import XCTest
@testable import LukuCore

/// The markitdown (`markitdown[pdf]`, pdfplumber's fine grid) rules of the eleventh session, on
/// lines copied from markitdown's Markdown of the synth statements (../shared/synth) and hold-out 08:
/// an all-empty pipe column before the values is dropped (`SpacerPipeColumns`); headers beside the
/// values, figures in a header-less half of a joined column or left of every header are read in
/// doubt (`HeadersBesideValueColumns`); a column that holds two figures in one cell doubts every
/// cell of it that cuts into two figures (`ColumnOfTwoFigureCells`); a footnote mark fused to the
/// last thousands group is flagged (`MarkedNumber`).
final class MarkitdownGridDoubtTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-grid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    private func row(_ table: Table, _ label: String) throws -> Row {
        try XCTUnwrap(table.rows.first { $0.label == label }, label)
    }

    /// Synth kurkivirta (HTML-made) tase: pipe column 1 is empty in every row; kept, it put every
    /// value one column right of its truth column (two columns per year: item, then subtotal).
    func testKurkivirtaEmptyFirstColumnIsDropped() throws {
        let text = """
        Vastaavaa
        |     |     | 31.12.2025  |     | 31.12.2024  |     |
        | --- | --- | ----------- | --- | ----------- | --- |
        |     |     | 1 000 euroa |     | 1 000 euroa |     |
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        | 1. Aineettomat oikeudet         |     | 32  |     | 31  |     |
        | ------------------------------- | --- | --- | --- | --- | --- |
        | 2. Muut pitkävaikutteiset menot |     | 383 | 415 | 355 | 386 |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        XCTAssertEqual(table.columns.count, 4)
        XCTAssertEqual(try row(table, "2. Muut pitkävaikutteiset menot").cells.map { $0?.value }, [383, 415, 355, 386])
        XCTAssertEqual(try row(table, "1. Aineettomat oikeudet").cells.map { $0?.value }, [32, nil, 31, nil])
        // Every row's values stand where the other rows put theirs: nothing in doubt.
        XCTAssertTrue(table.rows.allSatisfy { $0.cells.allSatisfy { $0 == nil || $0!.flags.isEmpty } })
    }

    /// Synth honkaniemi (Word-made) tase: the years one column left of the figures ("1170" is
    /// 31.12.2024's, under "31.12.2023"); every figure is flagged, none moved.
    func testHonkaniemiHeadersBesideFiguresAreDoubted() throws {
        let text = """
        Vastaavaa
        | 1 000 €                  | 31.12.2024 | 31.12.2023    |      |     |
        | ------------------------ | ---------- | ------------- | ---- | --- |
        | A PYSYVÄT VASTAAVAT      |            | 170422 170263 |      |     |
        | I Aineettomat hyödykkeet |            | 1170          | 1145 |     |
        | Ennakkomaksut            |     | 116           | 108   |     |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let figures = table.rows.flatMap { $0.cells.compactMap { $0 } }.filter { $0.value != nil }
        XCTAssertFalse(figures.isEmpty)
        for cell in figures { XCTAssertTrue(cell.flags.contains(.ambiguousSplit), cell.text) }
        XCTAssertTrue(try row(table, "Ennakkomaksut").cells.compactMap { $0?.value }.elementsEqual([116, 108]))
    }

    /// Synth kalliosalo (sheet-made) tuloslaskelma in euros: the item under "2024" in one pipe
    /// column, the subtotal in the header-less one beside it; the two are joined into one column,
    /// so the subtotal rows are flagged. The item rows are flagged too since the eleventh session
    /// (`PairedMembersInJoinedColumns`): rows on the first member of both pairs and rows on the
    /// second show the pairs may be item and subtotal columns, as the page prints them (truth
    /// tuloslaskelma-eur: Myyntituotot in the item column of four).
    func testKalliosaloSubtotalInHeaderlessHalfIsDoubted() throws {
        let text = """
        Tuloslaskelma 1.1.-31.12.2024
        |     | 2024  |     | 2023  |     |
        | --- | ----- | --- | ----- | --- |
        |     | euroa |     | euroa |     |
        Toimintatuotot
        | Myyntituotot       | 580 327,18 € |     | 593 215,62 € |     |
        | ------------------ | ------------ | --- | ------------ | --- |
        | Maksutuotot        | 397 887,43 € |     | 374 112,49 € |     |
        | Valmistus omaan käyttöön |     | 80 587,32 € |     | 39 501,36 € |
        | ------------------------ | --- | ----------- | --- | ----------- |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let valmistus = try row(table, "Valmistus omaan käyttöön")
        XCTAssertEqual(valmistus.cells.compactMap { $0?.value }, [Decimal(string: "80587.32"), Decimal(string: "39501.36")])
        XCTAssertTrue(valmistus.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
        let myynti = try row(table, "Myyntituotot")
        XCTAssertEqual(myynti.cells.compactMap { $0?.value }, [Decimal(string: "580327.18"), Decimal(string: "593215.62")])
        XCTAssertTrue(myynti.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
    }

    /// Synth katajaselka (HTML-made) rahoituslaskelma: "215 –2 546" shows that pipe column 2 holds
    /// item and subtotal side by side, so "–105 577" there (−105 and 577) is doubted; a figure left of
    /// every header ("| –1 200 |" before the "Tilinpäätös" columns) is doubted too.
    func testKatajaselkaFusedPairsAndFiguresLeftOfHeaders() throws {
        let text = """
        RAHOITUSLASKELMA
        |     |     | Tilinpäätös |     | Tilinpäätös |     |
        | --- | --- | ----------- | --- | ----------- | --- |
        |     |     | 2025        |     | 2024        |     |
        Toiminnan rahavirta
        | Vuosikate                   |     | 682      |     | 371 |     |
        | --------------------------- | --- | -------- | --- | --- | --- |
        | Tulorahoituksen korjauserät |     | –105 577 |     | –98 | 273 |
        Pysyvien vastaavien
        | hyödykkeiden luovutustulot |     | 215 –2 546 |     | 237 | –1 806 |
        | -------------------------- | --- | ---------- | --- | --- | ------ |
        | Lyhytaikaisten lainojen muutos | –1 200 | 4 713 |        | -   | 1 954 |
        """
        let tables = try ingest(text).allTables
        let table = try XCTUnwrap(tables.first)
        for label in ["Tulorahoituksen korjauserät", "Lyhytaikaisten lainojen muutos"] {
            let found = try XCTUnwrap(tables.lazy.compactMap { $0.rows.first { $0.label == label } }.first, label)
            let figures = found.cells.compactMap { $0 }.filter { $0.value != nil }
            XCTAssertFalse(figures.isEmpty, label)
            for cell in figures { XCTAssertTrue(cell.flags.contains(.ambiguousSplit), "\(label): \(cell.text)") }
        }
        // A row with no cut-able cell in that column and no figure left of the headers stays as read.
        XCTAssertTrue(try row(table, "Vuosikate").cells.compactMap { $0 }.allSatisfy { $0.flags.isEmpty })
    }

    /// Synth tamminiemi (sheet-made) key figures: two per-cent figures in one cell
    /// ("23,46 % 22,20 %") make the row doubtful like two plain figures do.
    func testPerCentPairInOneCell() {
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("23,46 % 22,20 %"))
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("–11,0 % –10,9 %"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("21,47 %"))
        XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures("1 234 %"))
    }

    /// markitdown of Lapua's minutes (real, p. 18): dot-grouped figures, a zero-width space after
    /// each minus, the second figure's minus against the first one's last digit.
    func testDotGroupedPairsJoinedAtTheMinus() {
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("-\u{200B} 16.317.230-\u{200B}12.806.828"))
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("-\u{200B}300.000-\u{200B}197.027"))
        XCTAssertTrue(TwoFiguresInOnePipeCell.holdsTwoFigures("-\u{200B}20.000 1.581"))
        // One dot-grouped figure, a period and a date range are no pair.
        for one in ["-\u{200B}16.317.230", "2023-2024", "1.1.-30.9.2024", "12.806.828"] {
            XCTAssertFalse(TwoFiguresInOnePipeCell.holdsTwoFigures(one), one)
        }
    }

    /// Hold-out 08 in markitdown: the inline mark of "–998 184 1)" fused to the last group
    /// ("–998 1841)"); the cell reads as no value and is flagged, never passed as text.
    func testFootnoteMarkFusedToLastGroupIsFlagged() {
        for text in ["–998 1841)", "–753 9022)", "–112 0454)"] {
            let cell = CellReader.cell(text, column: nil)
            XCTAssertNil(cell.value, text)
            XCTAssertEqual(cell.flags, [.unreadable], text)
        }
        // Digits with no group space before them are no fused mark.
        XCTAssertFalse(MarkedNumber.footnoted("18411)"))
    }
}
