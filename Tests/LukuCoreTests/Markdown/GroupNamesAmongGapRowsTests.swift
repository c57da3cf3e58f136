import Foundation
import XCTest
@testable import LukuCore

/// `GroupNamesAmongGapRows`: group names among the rows markitdown leaves as text in a gap longer
/// than `TextLinesBetweenPipeBlocks.maxLines` between a grid's blocks. Lines copied from
/// markitdown's Markdown of the synth statements (.build-flavours/synth), expected figures from
/// their truth files.
extension MarkitdownGridBlocksTests {
    /// Synth pauhavaara (Word-made) p. 3, the rahoituslaskelma: four rows and two group names
    /// ("Rahoituksen rahavirta", "Antolainauksen muutokset") left as text between the grid's
    /// blocks, six lines. One table; the rows read from text carry truth's figures, flagged.
    static let pauhavaaraGap = """
    |     | Tilinpäätös 2020 |     | Tilinpäätös 2019 |     | Muutos % |
    | --- | ---------------- | --- | ---------------- | --- | -------- |
    Toiminnan rahavirta
    | Vuosikate |     | 4 859 700,72 |     | 2 765 996,13 | 75,7% |
    | --------- | --- | ------------ | --- | ------------ | ----- |
    Satunnaiset erät
    | Tulorahoituksen korjauserät  |     | –302 694,97  |     | –92 866,13   | 225,9% |
    | ---------------------------- | --- | ------------ | --- | ------------ | ------ |
    | Toiminnan rahavirta yhteensä |     | 4 557 005,75 |     | 2 673 130,00 | 70,5%  |
    Investointien rahavirta
    | Investointimenot |     | –23 235 761,10 |     | –17 601 054,49 | 32,0% |
    | ---------------- | --- | -------------- | --- | -------------- | ----- |
    Rahoitusosuudet investointimenoihin 1 574 961,10 440 512,46 257,5%
    Pysyvien vastaavien hyödykkeiden luovutustulot 271 782,21 873 183,17 –68,9%
    Investointien rahavirta yhteensä –21 389 017,79 –16 287 358,86 31,3%
    Toiminnan ja investointien rahavirta –16 832 012,04 –13 614 228,86 23,6%
    Rahoituksen rahavirta
    Antolainauksen muutokset
    | Antolainasaamisten lisäykset      |     | –84 182,45 |     | 0,00       |        |
    | --------------------------------- | --- | ---------- | --- | ---------- | ------ |
    | Antolainasaamisten vähennykset    |     | 24 632,35  |     | 263 208,60 | –90,6% |
    | Antolainauksen muutokset yhteensä |     | –59 550,10 |     | 263 208,60 |        |
    """

    func testPauhavaaraLongGapIsRowsAndGroups() throws {
        let found = try tables(Self.pauhavaaraGap)
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        let total = try XCTUnwrap(table.rows.first { $0.label == "Toiminnan ja investointien rahavirta" })
        XCTAssertEqual(total.cells.map { $0?.value }, [d("-16832012.04"), d("-13614228.86"), d("23.6")])
        XCTAssertTrue(total.cells.allSatisfy { !($0?.flags.isEmpty ?? true) }, "read from a text line: in doubt")
        let sale = try XCTUnwrap(table.rows.first { $0.label == "Pysyvien vastaavien hyödykkeiden luovutustulot" })
        XCTAssertEqual(sale.cells.map { $0?.value }, [d("271782.21"), d("873183.17"), d("-68.9")])
        let item = try XCTUnwrap(table.rows.first { $0.label == "Antolainasaamisten vähennykset" })
        XCTAssertEqual(item.cells.map { $0?.value }, [d("24632.35"), d("263208.60"), d("-90.6")])
    }

    /// The same gap with its group names replaced by sentences of the document's prose: a long
    /// gap that reads as prose is no part of the grid, and the blocks around it stay apart.
    func testProseInLongGapKeepsBlocksApart() throws {
        let prose = Self.pauhavaaraGap.replacingOccurrences(of: "Rahoituksen rahavirta\nAntolainauksen muutokset",
            with: "Rahoituslaskelma osoittaa, kuinka paljon rahavirrasta jää nettoantolainaukseen, lainojen lyhennyksiin ja kassan vahvistamiseen.\nTaseen loppusumma oli 609,3 miljoonaa euroa.")
        XCTAssertNotEqual(prose, Self.pauhavaaraGap)
        let found = try tables(prose)
        let joined = found.filter { table in
            table.rows.contains { $0.label == "Investointimenot" } && table.rows.contains { $0.label == "Antolainasaamisten vähennykset" }
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
