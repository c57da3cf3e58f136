import Foundation
import XCTest
@testable import LukuCore

/// `ProseBesideTableSplitter` (PDF) and `TextProseBesideTable` (`pdftotext -layout`): a table
/// standing beside running prose is read without the prose. Hold-out set 3 (tools/holdout/README3.md,
/// failures 5 and 6); expected values from the printed page / the set's truth files.
final class ProseBesideTableTests: XCTestCase {
    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }
    private func decimals(_ xs: [String]) -> [Decimal?] { xs.map { Decimal(string: $0) } }

    /// hold3-06 (PDF): the left column's table of three boards × MENOT / TULOT / NETTOMENO, the
    /// right column's prose level with its rows. Every row has its three printed values and no
    /// cell holds prose (before: `'104,9 poistot, mutta …'`, a 4th column headed by prose).
    func testTableInOneColumnOfATwoColumnPageFromThePDF() throws {
        let tables = Pipeline(pageThreads: 1).run(path: Fixtures.holdOut3TwoColumnTablePDF).allTables
        let found = tables.filter { $0.rows.contains { $0.label == "NETTOMENO" } }
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.count, 3, "\(table.columns.map(\.header))")
        let truth: [(String, String, [String])] = [
            ("Keskusvaalilautakunta", "MENOT", ["-490719", "-514918", "104.9"]),
            ("Keskusvaalilautakunta", "NETTOMENO", ["-456325", "-480968", "105.4"]),
            ("Tarkastuslautakunta", "TULOT", ["40895", "42635", "104.3"]),
            ("Kaupunginhallitus", "MENOT", ["-798945", "-779502", "97.6"]),
            ("Kaupunginhallitus", "NETTOMENO", ["-746302", "-722739", "96.8"]),
        ]
        for (group, label, printed) in truth {
            let row = try XCTUnwrap(table.rows.first { $0.label == label && $0.group == group }, "\(group) / \(label)")
            XCTAssertEqual(values(row), decimals(printed), "\(group) / \(label)")
        }
        XCTAssertEqual(table.rows.count, 9)
        let texts = table.rows.flatMap { $0.cells.compactMap { $0?.text } }
        XCTAssertFalse(texts.contains { $0.contains("poistot") || $0.contains("Kunnan") || $0.contains("henkilöstömenot") }, "\(texts)")
    }

    /// The page's lines through the layout stage: the right column's prose is no longer on the
    /// table's row lines ("MENOT -490 719 -514 918 104,9 poistot, mutta …" was one line).
    func testRowLinesHoldNoProse() throws {
        let pages = try Fixtures.pages(Fixtures.holdOut3TwoColumnTablePDF)
        let lines = Pipeline(pageThreads: 1).layout(pages[0])
        let menot = lines.filter { $0.words.first?.text == "MENOT" }
        XCTAssertEqual(menot.count, 3)
        XCTAssertEqual(menot.first?.words.map(\.text), ["MENOT", "-490 719", "-514 918", "104,9"])
        // The right column follows the left column, whole lines of prose.
        XCTAssertTrue(lines.contains { $0.text == "Lainakanta pysyi ennallaan, ja kassan riittävyys oli" })
    }

    /// hold3-03 in `pdftotext -layout`: the key-figures box floated right of the review's prose.
    static let keyFiguresBeside = """
1 Kunnanjohtajan katsaus
Kunnan talous kehittyi tilikaudella ennakoitua vakaammin.              Keskeiset tunnusluvut
Verotulot kasvoivat, ja toimintakulujen kasvu jäi talousarviossa                                   TP 2024    TA 2025   TA 2026
arvioitua pienemmäksi. Investoinnit toteutuivat pääosin                 Asukasluku 31.12.             9 027     8 901      8 768
suunnitellusti.                                                         Tuloveroprosentti              8,40      8,40        8,50
                                                                        Verotulot, €/asukas           4 479     4 538      4 164
Palvelutarpeen kasvu näkyi erityisesti ikääntyneiden palveluissa ja
                                                                        Valtionosuudet, €/asukas      2 557     2 315      1 822
varhaiskasvatuksessa, joissa henkilöstömenot ylittivät arvion.
                                                                        Vuosikate, €/asukas             269      334         446
Hankintojen keskittäminen alensi aineiden ja tarvikkeiden menoja.
                                                                        Lainakanta, €/asukas          5 490     2 461      3 150
Valtuusto hyväksyi talousarviomuutokset kesäkuussa ja                   Henkilöstö, htv             1 265,9   1 291,1      452,7
marraskuussa. Muutokset kohdistuivat pääosin sivistystoimeen ja         Investoinnit, 1 000 €      17 567,8   5 183,9   12 252,8
teknisiin palveluihin, ja ne on esitetty sarakkeessa TA-muutokset.
Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan poistot, mutta
investointien omahankintamenosta vain osan.
"""

    func testKeyFiguresBoxBesideProseFromLayoutText() throws {
        let lines = Self.keyFiguresBeside.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let split = try XCTUnwrap(TextProseBesideTable.split(lines))
        // The prose comes first, whole; the box after it, its rows with nothing of the prose.
        XCTAssertTrue(split.contains("arvioitua pienemmäksi. Investoinnit toteutuivat pääosin"))
        let row = try XCTUnwrap(split.first { $0.contains("Asukasluku 31.12.") })
        XCTAssertEqual(row.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true).first, "Asukasluku")
        let output = Segmenter().segmentText(TextFileReader.parse(Self.keyFiguresBeside).lines)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        let rows = tables.flatMap(\.rows)
        let truth: [(String, [String])] = [
            ("Asukasluku 31.12.", ["9027", "8901", "8768"]),
            ("Tuloveroprosentti", ["8.40", "8.40", "8.50"]),
            ("Vuosikate, €/asukas", ["269", "334", "446"]),
            ("Investoinnit, 1 000 €", ["17567.8", "5183.9", "12252.8"]),
        ]
        for (label, printed) in truth {
            let found = try XCTUnwrap(rows.first { $0.label == label }, label)
            XCTAssertEqual(values(found), decimals(printed), label)
        }
        // No value hangs on a prose line read as a label.
        XCTAssertFalse(rows.contains { $0.label.contains("pääosin") || $0.label.contains("suunnitellusti") }, "\(rows.map(\.label))")
    }

    /// A table whose last column is text (a "Perustelu" column, wrapped inside its rows) is not
    /// prose beside a table: the text never runs on past the rows.
    func testTextColumnWithinTheRowsIsNotSplit() {
        let page = [
            "Investointi                          TA 2026     TS 2027   Perustelu",
            "Koulun peruskorjaus                  450 000     300 000   Hanke jatkuu vuonna 2027 kuten",
            "                                                           valtuusto päätti kesäkuussa tänä vuonna",
            "Kadun päällystys                     120 000      80 000   Siirtyy osin seuraavalle vuodelle",
            "                                                           kaavoituksen viivästymisen vuoksi kokonaan",
            "Vesihuolto                            75 000      75 000   Toteutuu suunnitelman mukaisesti",
            "Yhteensä                             645 000     455 000",
        ]
        XCTAssertNil(TextProseBesideTable.split(page))
    }
}
