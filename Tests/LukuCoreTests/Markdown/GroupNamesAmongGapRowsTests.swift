import Foundation
import XCTest
@testable import LukuCore

/// `GroupNamesAmongGapRows`: group names among the rows markitdown leaves as text in a gap longer
/// than `TextLinesBetweenPipeBlocks.maxLines` between a grid's blocks. Lines copied from
/// markitdown's Markdown of the synth statements (.build-flavours/synth), expected figures from
/// their truth files.
final class GroupNamesAmongGapRowsTests: XCTestCase {
    private func tables(_ text: String) throws -> [Table] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-gapnames-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path).allTables
    }

    private func d(_ s: String) -> Decimal? { Decimal(string: s) }

    /// Synth kuusiselka (Word-made) p. 2, the rahoituslaskelma: three rows and two group names
    /// ("Rahoituksen rahavirta", "Antolainauksen muutokset") left as text between the grid's
    /// blocks, five lines. One table; the rows read from text carry truth's figures, flagged.
    static let kuusiselka = """
    RAHOITUSLASKELMA
    Muutos-
    |     | 1.1.-31.12.2020 |     |     | 1.1.-31.12.2019 |     | %   |
    | --- | --------------- | --- | --- | --------------- | --- | --- |
    Toiminnan rahavirta
    | Vuosikate                   |     | 59.160.576,44 |     |     | 44.471.647,78 | 33,0%  |
    | --------------------------- | --- | ------------- | --- | --- | ------------- | ------ |
    | Tulorahoituksen korjauserät |     | -586.038,89   |     |     | -89.291,27    | 556,3% |
    Investointien rahavirta
    | Investointimenot |     | 42.619.376,89 |     |     | 37.922.683,94 | 12,4% |
    | ---------------- | --- | ------------- | --- | --- | ------------- | ----- |
    Rahoitusosuudet investointeihin 4.071.823,54 1.874.511,12 117,2%
    Pysyvien vastaavien luovutustulot 321.754,95 818.293,82 -60,7%
    TOIMINNAN JA INVESTOINTIEN RAHAVIRTA 20.348.739,15 9.152.477,51 122,3%
    Rahoituksen rahavirta
    Antolainauksen muutokset
    | Antolainasaamisten lisäykset |     | 745.168,39 |     |     | 1.061.794,69 | -29,8% |
    | ---------------------------- | --- | ---------- | --- | --- | ------------ | ------ |
    Antolainasaamisten vähennykset 1.368.880,69 339.248,81 303,5%
    Lainakannan muutokset
    Pitkäaikaisten lainojen lisäys 22.000.000,00 31.500.000,00 -30,2%
    Pitkäaikaisten lainojen vähennys 14.259.275,03 11.299.591,53 26,2%
    | Lyhytaikaisten lainojen muutos |     | 13.100.000,00 |     |     | 0,00 |     |
    | ------------------------------ | --- | ------------- | --- | --- | ---- | --- |
    Muut maksuvalmiuden muutokset
    Toimeksiantojen varojen ja pääomien muutokset 4.975,68 39.106,44 -87,3%
    | Vaihto-omaisuuden muutos    |     | -110.836,50    |     |     | 150.145,65     |       |
    | --------------------------- | --- | -------------- | --- | --- | -------------- | ----- |
    | Saamisten muutos            |     | -502.748,32    |     |     | 2.792.671,77   |       |
    | Korottomien velkojen muutos |     | 3.577.102,34   |     |     | 3.677.002,82   | -2,7% |
    | RAHOITUKSEN RAHAVIRTA       |     | 24.432.930,47  |     |     | 26.136.789,27  | -6,5% |
    """

    func testKuusiselkaLongGapIsRowsAndGroups() throws {
        let found = try tables(Self.kuusiselka)
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        let labels = table.rows.map(\.label)
        XCTAssertEqual(labels.filter { $0 == "Antolainasaamisten lisäykset" }.count, 1)
        let total = try XCTUnwrap(table.rows.first { $0.label == "TOIMINNAN JA INVESTOINTIEN RAHAVIRTA" })
        XCTAssertEqual(total.cells.map { $0?.value }, [d("20348739.15"), d("9152477.51"), d("122.3")])
        XCTAssertTrue(total.cells.allSatisfy { !($0?.flags.isEmpty ?? true) }, "read from a text line: in doubt")
        let item = try XCTUnwrap(table.rows.first { $0.label == "Antolainasaamisten lisäykset" })
        XCTAssertEqual(item.cells.map { $0?.value }, [d("745168.39"), d("1061794.69"), d("-29.8")])
        let loans = try XCTUnwrap(table.rows.first { $0.label == "Pitkäaikaisten lainojen lisäys" })
        XCTAssertEqual(loans.cells.map { $0?.value }, [d("22000000.00"), d("31500000.00"), d("-30.2")])
    }

    /// The same gap with its group names replaced by sentences of the document's prose (p. 2): a
    /// long gap that reads as prose is no part of the grid, and its rows stay out.
    func testProseInLongGapKeepsBlocksApart() throws {
        let prose = Self.kuusiselka.replacingOccurrences(of: "Rahoituksen rahavirta\nAntolainauksen muutokset",
            with: "Rahoituslaskelma osoittaa, kuinka paljon rahavirrasta jää nettoantolainaukseen, lainojen lyhennyksiin ja kassan vahvistamiseen.\nTaseen loppusumma oli 609,3 miljoonaa euroa.")
        XCTAssertNotEqual(prose, Self.kuusiselka)
        let found = try tables(prose)
        let joined = found.filter { table in
            table.rows.contains { $0.label == "Investointimenot" } && table.rows.contains { $0.label == "Antolainasaamisten lisäykset" }
        }
        XCTAssertTrue(joined.isEmpty, "prose between the blocks keeps them apart")
    }

    func testShapeOfLongGap() {
        XCTAssertTrue(GroupNamesAmongGapRows.allows([("Rahoitusosuudet", true), ("Pysyvien", true), ("TOIMINNAN", true),
                                                      ("Rahoituksen rahavirta", false), ("Antolainauksen muutokset", false)]))
        // More names than rows: headings and prose, not a statement's rows.
        XCTAssertFalse(GroupNamesAmongGapRows.allows([("Tilinpäätössiirrot", false), ("Poistoeron lisäys", true),
                                                       ("Varausten muutos", false), ("Rahastojen lisäys", false), ("Tulos", true)]))
        XCTAssertFalse(GroupNamesAmongGapRows.isShortName("Taseen loppusumma oli 609,3 miljoonaa euroa."))
    }
}
