import XCTest
@testable import LukuCore

/// Goal tables in plain text: header words name the columns, blank-separated blocks are the
/// cells. Text from corpus/kemijarvi-hallintopalvelut-tp2024.txt (lines 43–72 and 346–380) and
/// corpus/kemijarvi-konserni-elinvoima-ta2026.txt (lines 488–503).
final class TextGridBuilderTests: XCTestCase {
    private func grids(_ text: String) -> [TableDraft] {
        TextGridBuilder().tables(in: Fixtures.textLines(text), excluded: [])
    }

    func testHeaderWordsMakeColumns() {
        XCTAssertEqual(TextGridBuilder.columns(["Tavoite", "Toimenpiteet", "Mittarit"]), ["Tavoite", "Toimenpiteet", "Mittarit"])
        XCTAssertEqual(TextGridBuilder.columns("Toiminnalliset tavoitteet Toimenpiteet Mittarit TP 2024".split(separator: " ").map(String.init)),
                       ["Toiminnalliset tavoitteet", "Toimenpiteet", "Mittarit", "TP 2024"])
        XCTAssertEqual(TextGridBuilder.columns("Tuottavuustoimenpide / Hanke Tulokset Mittarit/Arviointi".split(separator: " ").map(String.init)),
                       ["Tuottavuustoimenpide / Hanke", "Tulokset", "Mittarit/Arviointi"])
        XCTAssertNil(TextGridBuilder.columns(["Tavoitteena", "on", "hyvä", "arki"]), "prose is no header")
    }

    func testBlocksFillRowsLabelFirst() throws {
        let tables = grids("""
        Toiminnalliset
        tavoitteet Toimenpiteet Mittarit TP 2024

        Palvelujen
        kehittäminen
        asiakaslähtöisesti

        Asiakaskysely
        osallistuvan
        budjetoinnin

        Osallistuvan budjetoinnin
        toteutuksen palaute
        (tavoitetaso 4 asteikolla 1-
        5)

        Asiakaskyselyä ei ole
        toteutettu vuoden 2024
        aikana.
        """)
        XCTAssertEqual(tables.count, 1)
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(t.columns.map(\.header), ["Toimenpiteet", "Mittarit", "TP 2024"])
        XCTAssertEqual(t.rows.map(\.label), ["Palvelujen kehittäminen asiakaslähtöisesti"])
        XCTAssertEqual(t.rows[0].cells.map { $0?.text }, ["Asiakaskysely osallistuvan budjetoinnin",
                                                          "Osallistuvan budjetoinnin toteutuksen palaute (tavoitetaso 4 asteikolla 1-5)",
                                                          "Asiakaskyselyä ei ole toteutettu vuoden 2024 aikana."])
        XCTAssertTrue(t.rows[0].cells.allSatisfy { $0?.value == nil }, "text cells carry no numbers")
    }

    func testLabelColumnNamedAboveTheHeader() throws {
        let tables = grids("""
        Toiminnalliset
        tavoitteet ja
        painopisteet

        Toimenpiteet Mittarit TP 2024

        Tasapainoinen kuntatalous

        Talousraportoinnin kehittäminen

        Vuosikate

        Tiedot saatavilla.
        """)
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(t.firstLine, 0, "the table starts at its label column's name")
        XCTAssertEqual(t.rows.map(\.label), ["Tasapainoinen kuntatalous"])
        XCTAssertEqual(t.rows[0].cells.map { $0?.text }, ["Talousraportoinnin kehittäminen", "Vuosikate", "Tiedot saatavilla."])
    }

    func testBlocksThatDoNotFillWholeRowsStayProse() {
        // Four value blocks for three columns: a cell broke into two blocks, and nothing says which.
        let tables = grids("""
        Tavoite Toimenpiteet Mittarit TP 2024

        Tasapainoinen kuntatalous

        Talousraportoinnin kehittäminen

        Vuosikate

        Kuntien tilinpäätösten valmistuessa tiedot v. 2024 saatavilla.

        Investoinnit eivät kaikilta osin ole edenneet.
        """)
        XCTAssertEqual(tables.count, 0)
    }

    func testAHeaderWordAloneInACellDoesNotEndTheTable() throws {
        let tables = grids("""
        Tuottavuustoimenpide / Hanke Tulokset Mittarit/Arviointi
        Digitiekartan toimenpiteiden
        toteuttaminen.

        Digitalisaation edistämisen
        toimenpiteet etenevät.

        Toimenpidesuunnitelman
        toteutuminen
        Suomi.fi-viestit käytössä
        """)
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(t.rows[0].cells.last??.text, "Toimenpidesuunnitelman toteutuminen Suomi.fi-viestit käytössä")
    }
}
