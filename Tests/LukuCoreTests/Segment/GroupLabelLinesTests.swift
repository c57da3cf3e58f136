import Foundation
import XCTest
@testable import LukuCore

/// `GroupLabelLines` in `HeaderlessTextTable`: group name lines between the rows of a header-less
/// text table are the rows' `group`, not the end of one table and a paragraph.
final class GroupLabelLinesTests: XCTestCase {
    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    /// Synth vaahterajoki p. 5 in `pdftotext -raw` (lines as extracted, the column titles come after
    /// the rows): four groups of three rows are one table of four columns, each row with its group;
    /// the first group's short row ("0,00 0,00 0,00", no percentage) keeps its numbers flagged.
    func testVaahterajokiPage5GroupsAreOneTable() throws {
        let text = """
MÄÄRÄRAHOJEN TOTEUTUMINEN
euroa euroa euroa
Varhaiskasvatus
Toimintakulut –21.550.000,00 –21.349.121,78 –200.878,22 99,1
Toimintatuotot 0,00 0,00 0,00
Toimintakate –21.550.000,00 –21.349.121,78 –200.878,22 99,1
Perusopetus
Toimintakulut –67.019.000,00 –65.819.876,58 –1.199.123,42 98,2
Toimintatuotot 4.525.900,00 4.531.914,32 –6.014,32 100,1
Toimintakate –62.493.100,00 –61.287.962,26 –1.205.137,74 98,1
Nuorisopalvelut
Toimintakulut –8.141.400,00 –8.177.936,52 36.536,52 100,4
Toimintatuotot 4.105.000,00 4.186.535,33 –81.535,33 102,0
Toimintakate –4.036.400,00 –3.991.401,19 –44.998,81 98,9
Sivistyslautakunta yhteensä
Toimintakulut –96.710.400,00 –95.346.934,88 –1.363.465,12 98,6
Toimintatuotot 8.630.900,00 8.718.449,65 –87.549,65 101,0
Toimintakate –88.079.500,00 –86.628.485,23 –1.451.014,77 98,4
Valtuusto hyväksyi vuoden 2022 talousarvion joulukuussa 2021. Talousarvion sitovuustaso käyttötaloudessa on toimielimen
"""
        let found = tables(text)
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.count, 4)
        XCTAssertEqual(table.rows.count, 12)
        XCTAssertEqual(table.rows.map { $0.group ?? "" }, ["Varhaiskasvatus", "Perusopetus", "Nuorisopalvelut", "Sivistyslautakunta yhteensä"].flatMap { Array(repeating: $0, count: 3) })
        XCTAssertEqual(values(table.rows[0]), [-21550000, Decimal(string: "-21349121.78"), Decimal(string: "-200878.22"), Decimal(string: "99.1")])
        XCTAssertEqual(table.rows[1].cells.compactMap { $0 }.flatMap { $0.flags }.isEmpty, false)
        XCTAssertEqual(values(table.rows[9]), [Decimal(string: "-96710400.00"), Decimal(string: "-95346934.88"), Decimal(string: "-1363465.12"), Decimal(string: "98.6")])
    }

    /// Synth vaahterajoki p. 7 in pypdf: five columns, groups ending in "Yhteensä".
    func testVaahterajokiPage7GroupsAreOneTable() throws {
        let text = """
€ € € €
Rakennusvalvonta
Toimintatuotot 0,00 0,00 0,00 0,00
Toimintakulut –19.779.000,00 –19.779.000,00 –18.087.483,77 –1.691.516,23 8,6
Toimintakate –19.779.000,00 –19.779.000,00 –18.087.483,77 –1.691.516,23 8,6
Ympäristönsuojelu
Toimintatuotot 1.514.900,00 1.412.900,00 1.387.463,96 25.436,04 1,8
Toimintakulut –13.521.000,00 –12.477.000,00 –11.789.605,82 –687.394,18 5,5
Toimintakate –12.006.100,00 –11.064.100,00 –10.402.141,86 –661.958,14 6,0
Yhteensä
Toimintatuotot 6.700.000,00 6.729.000,00 6.736.560,50 –7.560,50 –0,1
Toimintakulut –49.027.000,00 –49.120.000,00 –47.688.729,46 –1.431.270,54 2,9
Toimintakate –42.327.000,00 –42.391.000,00 –40.952.168,96 –1.438.831,04 3,4
"""
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.count, 5)
        XCTAssertEqual(table.rows.map { $0.group ?? "" }, ["Rakennusvalvonta", "Ympäristönsuojelu", "Yhteensä"].flatMap { Array(repeating: $0, count: 3) })
        XCTAssertEqual(values(table.rows[4]), [Decimal(string: "-13521000.00"), Decimal(string: "-12477000.00"), Decimal(string: "-11789605.82"), Decimal(string: "-687394.18"), Decimal(string: "5.5")])
    }

    /// Synth katajaselka p. 6 in `pdftotext -raw`: group names wrapped over two lines ("Kadut ja
    /// yleiset" / "alueet") are one group each, the first group too.
    func testKatajaselkaWrappedGroupNames() throws {
        let text = """
€ € €
Teknisen toimen
hallinto
Kulut –2 026 644 –2 023 000 –2 154 133 6,3
Tuotot - - -
Netto –2 026 644 –2 023 000 –2 154 133 6,3
Kadut ja yleiset
alueet
Kulut –919 366 –947 000 –984 358 7,1
Tuotot - - -
Netto –919 366 –947 000 –984 358 7,1
Ruokapalvelut
Kulut –1 570 316 –1 566 100 –1 460 526 –7,0
Tuotot 96 466 107 100 94 678 –1,9
Netto –1 473 850 –1 459 000 –1 365 848 –7,3
"""
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.rows.map { $0.group ?? "" }, ["Teknisen toimen hallinto", "Kadut ja yleiset alueet", "Ruokapalvelut"].flatMap { Array(repeating: $0, count: 3) })
        XCTAssertEqual(table.rows.map(\.label), Array(repeating: ["Kulut", "Tuotot", "Netto"], count: 3).flatMap { $0 })
        XCTAssertEqual(values(table.rows[3]).first, -919366)
    }

    /// Synth katajaselka p. 2 in `-raw`: row labels wrapped onto a lowercase line ("Antolainasaamisten"
    /// / "vähennykset - - 20 –194") are no group names; with one group line only, the lines are not
    /// read as a grouped table (which would split "- - 20 –194" into three columns unflagged).
    func testWrappedRowLabelsAreNoGroups() {
        let text = """
Rahoituksen rahavirta
Antolainauksen muutokset
Antolainasaamisten lisäykset - –214
Antolainasaamisten
vähennykset - - 20 –194
Lainakannan muutokset
Pitkäaikaisten lainojen lisäys 7 500 4 100
Pitkäaikaisten lainojen
vähennys –1 587 –2 146
Lyhytaikaisten lainojen muutos –1 200 4 713 - 1 954
"""
        let rows = tables(text).flatMap(\.rows)
        XCTAssertFalse(rows.contains { $0.group == "Lainakannan muutokset" })
        XCTAssertFalse(rows.contains { $0.cells.contains { $0?.text == "- 20" && $0?.flags.isEmpty == true } })
    }

    /// A label whose words break off ("Aineet, tarvikkeet ja") is the start of the row below, not a group.
    func testUnfinishedLineIsNoGroupName() {
        XCTAssertNil(GroupLabelLines.lineCount([["Aineet,", "tarvikkeet", "ja"], ["tavarat", "-53", "786"]]))
        XCTAssertEqual(GroupLabelLines.lineCount([["Kadut", "ja", "yleiset"], ["alueet"]]), 2)
        XCTAssertEqual(GroupLabelLines.lineCount([["Perusopetus"], ["Toimintakulut", "–67.019.000,00"]]), 1)
        // kauhava-tilinpaatos-2024 p. 38 (-raw): tulot and menot side by side, each group line printed twice.
        XCTAssertNil(GroupLabelLines.lineCount([["Investoinnit", "Investoinnit"], ["Rahoitusosuudet", "462"]]))
    }

    /// One label line over rows is as likely a title as a group: the rows are read as before and
    /// take no group (the first group of the page above on its own).
    func testOneLabelLineIsNoGroup() throws {
        let text = """
Perusopetus
Toimintakulut –67.019.000,00 –65.819.876,58 –1.199.123,42 98,2
Toimintatuotot 4.525.900,00 4.531.914,32 –6.014,32 100,1
Toimintakate –62.493.100,00 –61.287.962,26 –1.205.137,74 98,1
"""
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.rows.map(\.label), ["Toimintakulut", "Toimintatuotot", "Toimintakate"])
        XCTAssertEqual(table.rows.compactMap(\.group), [])
    }
}
