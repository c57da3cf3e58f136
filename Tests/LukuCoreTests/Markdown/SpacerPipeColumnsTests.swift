import Foundation
import XCTest
@testable import LukuCore

/// `SpacerPipeColumns` on lines copied from markitdown 0.1 (`markitdown[pdf]`) Markdown of hold-out 02
/// and the synth kuusiselka, louhivirta and pihlajaniemi PDFs.
final class SpacerPipeColumnsTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-spacer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }

    /// Hold-out 02: the header's words and units and each row's values on different grid columns;
    /// one column (TS 2027) is drawn as two that no row fills both of.
    func testHoldOut02ValuesUnderTheirHeaders() throws {
        let text = """
        Tulosalueiden määrärahat ja tuloarviot
        |     | TP   |         | TA   |         | TA   |         | TS   |         | TS      | Muutos-%  |     |
        | --- | ---- | ------- | ---- | ------- | ---- | ------- | ---- | ------- | ------- | --------- | --- |
        |     | 2024 |         | 2025 |         | 2026 |         | 2027 |         | 2028    | TA26/TA25 |     |
        |     |      | 1 000 € |      | 1 000 € |      | 1 000 € |      | 1 000 € | 1 000 € |           |     |
        Kadut ja liikenneväylät
        | Menot |     | 6 365,1- |     | 922,8-  |     | 7 367,7- | 4 722,8- |       | 3 091,7- |     | 698,4- |
        | ----- | --- | -------- | --- | ------- | --- | -------- | -------- | ----- | -------- | --- | ------ |
        | Tulot |     | 3 427,3  |     | 2 636,3 |     | 841,5    |          | 240,8 | 1 666,8  |     | 68,1-  |
        | Netto |     | 2 937,8- |     | 1 713,5 |     | 6 526,2- | 4 482,0- |       | 1 424,9- |     | 480,9- |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        XCTAssertEqual(table.columns.count, 6)
        let tulot = try XCTUnwrap(table.rows.first { $0.label == "Tulot" })
        XCTAssertEqual(tulot.cells.map { $0?.value }, [Decimal(string: "3427.3"), Decimal(string: "2636.3"), Decimal(string: "841.5"),
                                                      Decimal(string: "240.8"), Decimal(string: "1666.8"), Decimal(string: "-68.1")])
        let menot = try XCTUnwrap(table.rows.first { $0.label == "Menot" })
        XCTAssertEqual(menot.cells[3]?.value, Decimal(string: "-4722.8"))
        // Every row fills every column: nothing is in doubt.
        XCTAssertTrue(table.rows.filter { ["Menot", "Tulot", "Netto"].contains($0.label) }.allSatisfy { $0.cells.allSatisfy { $0?.flags == [] } })
    }

    /// Synth louhivirta (sheet-made) unit table: header words on the spacer columns, values on the
    /// columns between them.
    func testLouhivirtaHeaderWordsJoinTheirValues() throws {
        let rows = """
        |     | Talousarvio |      | TA-       |     |           | +   | TP      |     | Poikkeama |     |
        | --- | ----------- | ---- | --------- | --- | --------- | --- | ------- | --- | --------- | --- |
        |     |             | 2019 | muutokset |     | muutokset |     | 2019    |     |           | €   |
        |     | 1 000 €     |      | 1 000 €   |     | 1 000 €   |     | 1 000 € |     | 1 000 €   |     |
        Toimintatuotot
        | Myyntituotot            |     | 1 212  |     | 1   |     | 1 213  |     | 1 141  |     | -72  |
        | ----------------------- | --- | ------ | --- | --- | --- | ------ | --- | ------ | --- | ---- |
        | Maksutuotot             |     | 3 819  |     | 3   |     | 3 822  |     | 3 596  |     | -226 |
        """.split(separator: "\n").map(String.init)
        let rewritten = SpacerPipeColumns.reorder(rows.joined(separator: "\n")).split(separator: "\n").map(String.init)
        XCTAssertEqual(rewritten[0], "||Talousarvio|TA-|+|TP|Poikkeama|")
        XCTAssertEqual(rewritten[2], "||2019|muutokset|muutokset|2019|€|")
        XCTAssertEqual(rewritten[5], "|Myyntituotot|1 212|1|1 213|1 141|-72|")
        XCTAssertEqual(rewritten[4], "Toimintatuotot")
    }

    /// Synth kuusiselka (Word-made): the Toteutuma value of MENOT and TULOT on different grid
    /// columns, and a row ("TULOT | | | 0 | | 0 | 0 |") filling both, so the two stay apart: the
    /// rows that do not fill every column are flagged, none is left wrong without a flag.
    func testKuusiselkaRowsInDoubtAreFlagged() throws {
        let text = """
        KAUPUNGINHALLITUS, KÄYTTÖTALOUS
        |     | Alkuperäinen |        | TA muutosten |         |           |     | Poikkeama |     | Poikkeama |     |     |
        | --- | ------------ | ------ | ------------ | ------- | --------- | --- | --------- | --- | --------- | --- | --- |
        |     | TA 2020      |        |              | jälkeen | Toteutuma |     |           | €   | %         |     |     |
        |     |              | 1000 € |              | 1000 €  | 1000 €    |     | 1000 €    |     |           |     |     |
        Yleishallinto
        | MENOT     |     | -32 764 |     | -36 017 | -34 313 |        |     | 1 704  |     | -4,7% |     |
        | --------- | --- | ------- | --- | ------- | ------- | ------ | --- | ------ | --- | ----- | --- |
        | TULOT     |     | 19 362  |     | 19 509  |         | 17 790 |     | -1 719 |     | -8,8% |     |
        Talous- ja henkilöstöhallinto
        | MENOT     |     | -36 697 |     | -38 738 | -40 937 |     |     | -2 199 |     | 5,7% |     |
        | --------- | --- | ------- | --- | ------- | ------- | --- | --- | ------ | --- | ---- | --- |
        | TULOT     |     |         | 0   |         | 0       | 0   |     | 0      |     |      |     |
        """
        let table = try XCTUnwrap(try ingest(text).allTables.first)
        let body = table.rows.filter { $0.label == "MENOT" || $0.label == "TULOT" }
        XCTAssertEqual(body.count, 4)
        for row in body {
            for cell in row.cells.compactMap({ $0 }) where cell.value != nil {
                XCTAssertTrue(cell.flags.contains(.ambiguousSplit), "\(row.label): \(cell.text)")
            }
        }
        // The figures themselves are read as printed.
        XCTAssertEqual(body[0].cells.compactMap { $0?.value }, [-32764, -36017, -34313, 1704, Decimal(string: "-4.7")])
    }

    /// Synth pihlajaniemi (HTML-made) tase: the year headers one grid column left of the values
    /// ("| VASTAAVAA | 31.12.2020 | | 31.12.2019 | |"); no column empty throughout, but no row fills
    /// both columns of a pair. A table whose rows fill their columns alike is left as drawn.
    func testPihlajaniemiYearsOverValues() throws {
        let block = """
        | VASTAAVAA | 31.12.2020 |     | 31.12.2019 |     |
        | --------- | ---------- | --- | ---------- | --- |
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        | 1. Muut pitkävaikutteiset menot |     | 244 |     | 245 |
        | ------------------------------- | --- | --- | --- | --- |
        | Aineettomat hyödykkeet yhteensä |     | 244 |     | 245 |
        """
        let out = SpacerPipeColumns.reorder(block).split(separator: "\n").map(String.init)
        XCTAssertEqual(out[0], "|VASTAAVAA|31.12.2020|31.12.2019|")
        XCTAssertEqual(out[4], "|1. Muut pitkävaikutteiset menot|244|245|")
        let drawn = """
        |Talousarvio|TP 2020|TA 2020|TP 2019|
        |---|---|---|---|
        |Myyntituotot|1 212||1 141|
        |Maksutuotot||3 500|3 596|
        """
        XCTAssertEqual(SpacerPipeColumns.reorder(drawn), drawn)
    }
}
