import Foundation
import XCTest
@testable import LukuCore

/// The segmenting stage on the whole of corpus/kemijarvi-hallintopalvelut-tp2024.pdf: title,
/// section tree, and the tables of sections 6, 8 and 9. Every expected value is read off
/// `pdftotext -layout` of the file (pages 1, 4–8).
final class SegmenterCorpusTests: XCTestCase {
    private static var cached: Segmenter.Output?

    private func output() throws -> Segmenter.Output {
        if let o = Self.cached { return o }
        let pages = try Fixtures.pages(Fixtures.hallintopalvelutPDF)
        let joiner = NumberJoiner()
        let lines = pages.flatMap { LineBuilder().lines(of: $0).map(joiner.join) }
        let o = Segmenter().segmentPDF(lines)
        Self.cached = o
        return o
    }

    private func section(_ number: String) throws -> Section {
        try XCTUnwrap(output().sections.first { $0.heading.number == number }, "no section \(number)")
    }

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }
    private func texts(_ row: Row) -> [String?] { row.cells.map { $0?.text } }

    func testTitleAndTopLevelSections() throws {
        let o = try output()
        XCTAssertEqual(o.title, "HALLINTOPALVELUT TOIMIALA")
        XCTAssertTrue(o.blocks.isEmpty, "nothing but the title precedes section 1")
        XCTAssertEqual(o.sections.map(\.heading.number), (1...9).map { Optional(String($0)) })
        XCTAssertEqual(o.sections.map(\.heading.text), [
            "Toiminta-ajatus ja toimintaympäristö",
            "Kaupunkistrategiasta johdettu konsernitasoinen tavoite – laadukkaat palvelut",
            "Toiminnalliset tavoitteet",
            "Vuoden 2024 tuottavuustoimenpiteet ja -hankkeet",
            "Toiminnan painopistealueet 2024",
            "Talouden ja toiminnan tunnusluvut",
            "Sisäinen valvonta ja riskienhallinta",
            "Määrärahat",
            "Toimialan käyttötalous",
        ])
        XCTAssertEqual(o.sections.map(\.heading.level), Array(repeating: 1, count: 9))
        XCTAssertEqual(o.sections.map(\.heading.page), [1, 1, 2, 2, 3, 4, 4, 4, 5])
        XCTAssertTrue(o.sections.allSatisfy(\.sections.isEmpty), "no numbered sub-sections in this document")
        XCTAssertTrue(o.issues.isEmpty)
    }

    func testSection1ParagraphAndList() throws {
        let s = try section("1")
        guard case .paragraph(let first)? = s.blocks.first else { return XCTFail("section 1 starts with a paragraph") }
        XCTAssertEqual(first.page, 1)
        XCTAssertEqual(first.text, "Hallintopalvelut toimialan tehtävänä on johtaa ja valvoa kaupungin hallintoa ja huolehtia "
            + "kaupungin kehittämisedellytyksiin liittyvistä asioista sekä Itä-Lapin maaseutuhallinnon "
            + "yhteistoiminta-alueen toimivuudesta. Lisäksi toimiala vastaa koko kaupunkiorganisaation talouden ja "
            + "toimintojen yhteensovittamisesta, kaupunginvaltuuston ja –hallituksen päätöksenteon valmistelusta ja "
            + "päätösten toimeenpanosta ja konsernijohtamisen tuesta.")
        let lists = s.blocks.compactMap { b -> ListBlock? in if case .list(let l) = b { return l } else { return nil } }
        XCTAssertEqual(lists.count, 1)
        XCTAssertEqual(lists.first?.items, [
            "Henkilöstöasioissa mm. palvelussuhdeasiat, rekrytointi, työhyvinvointi, osaamisen kehittäminen.",
            "Talouden ohjaukseen, suunnittelun ja raportointiin liittyvissä asioissa sekä kaupungin talousarvion ja "
                + "tilinpäätöstietojen kokoamisesta ja esittelystä valtuustolle. Yhtiöiden osalta talouspalvelut toimii "
                + "konsultoivana tukena toimitusjohtajille ja yhtiöiden hallituksille.",
            "Tietohallintojärjestelmien hankinta, kehittäminen ja käytön ohjaus keskitetysti.",
            "Yleishallintoon liittyvät asiakaspalvelutehtävät, viestintä, asianhallintajärjestelmän ylläpito, "
                + "arkistointi, kirjaamo ja lähettipalvelut.",
            "kaupungin joukkoliikenne ja asiakaspalvelupiste Sortteeri.",
            "Maaseutuhallinnon viranomaistehtävät ja yhteistoiminta-alueen maaseutupalvelutoiminnan johtaminen.",
        ])
    }

    func testSection8AppropriationTable() throws {
        let tables = try section("8").blocks.compactMap(\.table)
        XCTAssertEqual(tables.count, 1)
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(t.page, 4)
        XCTAssertEqual(t.pages, [4])
        XCTAssertEqual(t.caption, "Hallintopalvelut")
        XCTAssertEqual(t.columns.map(\.header), ["TA+muutos 2024", "TP 2024", "POIKKEAMA €", "POIKKEAMA %"])
        XCTAssertEqual(t.columns.map(\.kind), [.taMuutos, .tp, .poikkeama, .poikkeama])
        XCTAssertEqual(t.columns.map(\.year), [2024, 2024, nil, nil])
        XCTAssertEqual(t.columns.map(\.unit), [nil, nil, "€", "%"])
        XCTAssertEqual(t.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(t.rows.map(\.group), [nil, nil, nil])
        XCTAssertEqual(texts(t.rows[0]), ["-6 649 150", "-6 305 569", "343 581", "-5,2"])
        XCTAssertEqual(values(t.rows[0]), [-6649150, -6305569, 343581, Decimal(string: "-5.2")])
        XCTAssertEqual(values(t.rows[1]), [1204150, 1607737, 403587, Decimal(string: "33.5")])
        XCTAssertEqual(values(t.rows[2]), [-5445000, -4697832, 747168, Decimal(string: "-13.7")])
        XCTAssertEqual(t.rows.map { $0.cells[3]?.unit }, ["%", "%", "%"])
        XCTAssertTrue(t.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags == [] } })
        let box = try XCTUnwrap(t.bbox)
        XCTAssertTrue(box.x0 > 50 && box.x0 < 60 && box.x1 < 595.3 && box.y0 > 560 && box.y1 < 700, "\(box)")
    }

    func testSection6KeyFigures() throws {
        let t = try XCTUnwrap(section("6").blocks.compactMap(\.table).first)
        XCTAssertEqual(t.caption, "Tunnusluvut")
        XCTAssertEqual(t.columns.map(\.header), ["TP 2022", "MTA 2023", "TP 2023", "MTA 2024*", "TP 2024"])
        XCTAssertEqual(t.columns.map(\.kind), [.tp, .mta, .tp, .mta, .tp])
        XCTAssertEqual(t.rows.map(\.label), ["Vakinaiset virat ja toimet 31.12.", "Henkilöstömenot €", "Muutos %",
                                             "Palvelujen ostot €", "Muutos %", "Toimintakate €/asukas"])
        XCTAssertEqual(values(t.rows[0]), [36, 23, 19, 22, 22])
        XCTAssertEqual(values(t.rows[2]), ["16.2", "-11.6", "-20.0", "7.6", "7.4"].map { Decimal(string: $0) })
        XCTAssertEqual(texts(t.rows[4]), ["10,4", "-18,6", "-19,4", "9,5", "5,0"])
        XCTAssertEqual(values(t.rows[5]), [-926, -697, -659, -778, -676])
    }

    func testSection9OperatingBudgetTable() throws {
        let tables = try section("9").blocks.compactMap(\.table)
        XCTAssertEqual(tables.count, 2, "the operating budget on page 5, then the unit table on pages 5–8")
        let t = try XCTUnwrap(tables.first)
        XCTAssertEqual(t.pages, [5])
        XCTAssertEqual(t.columns.map(\.header), ["TP 2022", "TA+MUUTOS 2023", "TP 2023", "TA+MUUTOS 2024", "TP 2024"])
        XCTAssertEqual(t.columns.map(\.kind), [.tp, .taMuutos, .tp, .taMuutos, .tp])
        XCTAssertEqual(t.columns.map(\.year), [2022, 2023, 2023, 2024, 2024])
        let myynti = try XCTUnwrap(t.rows.first { $0.label == "Myyntituotot" })
        XCTAssertEqual(myynti.group, "TOIMINTATUOTOT")
        XCTAssertEqual(values(myynti), [213930, 260000, 374119, 268670, 278750])
        let aineet = try XCTUnwrap(t.rows.first { $0.label == "Aineet, tarvikkeet ja tavarat" })
        XCTAssertEqual(aineet.group, "TOIMINTAKULUT")
        XCTAssertEqual(values(aineet), [-53786, -60600, -49880, -33700, -90756])
        XCTAssertGreaterThan(aineet.level, try XCTUnwrap(t.rows.first { $0.label == "TOIMINTAKULUT" }).level)
        let kate = try XCTUnwrap(t.rows.last)
        XCTAssertEqual(kate.label, "TOIMINTAKATE/JÄÄMÄ")
        XCTAssertEqual(values(kate), [-6478548, -4930000, -4634981, -5445000, -4697832])
    }

    func testUnitTableIsOneTableAcrossPages5To8() throws {
        let tables = try section("9").blocks.compactMap(\.table)
        let t = try XCTUnwrap(tables.last)
        XCTAssertEqual(t.page, 5)
        XCTAssertEqual(t.pages, [5, 6, 7, 8])
        XCTAssertEqual(t.columns.map(\.header), ["TP 2022", "TA+MUUTOS 2023", "TP 2023", "TA+MUUTOS 2024", "TP 2024"])

        // Every cost centre printed, in order, each with MENOT / TULOT / NETTOMENO.
        let groups = [
            "Keskusvaalilautakunta", "Tarkastuslautakunta", "Kaupunginvaltuusto", "Kaupunginhallitus",
            "Kaupungin johtaminen", "Suhdetoiminta", "Kemijärvi historia 3", "Kemijärvi 150", "Kuntaliitto",
            "Lapin liitto", "Itä-Lapin kuntayhtymä", "Hallintopalvelut", "Henkilöstöpalvelut", "Talouspalvelut",
            "Kunnallisverotus ja tasausmaksu", "Työterveyshuolto", "Yhteistoiminta", "Henkilöstön lomaosake",
            "Työsuojelu", "Ystävyyskaupunkitoiminta", "Muu toiminta ja avustukset", "Joukkoliikenne",
            "Tietohallinto/ict-palvelut", "Sortteeri", "Työllisyyspalvelut", "Opiskelijoiden kesätyö",
            "Työmarkkinatuen kuntaosuus", "Kehittämisprojektit", "Maaseutuneuvontapalvelut",
            "Osallistuva budjetointi", "Terveys- ja työhyvinvointipalvelut", "Kotouttaminen", "Toimiala yhteensä",
        ]
        let expected = groups.flatMap { g in ["MENOT", "TULOT", "NETTOMENO"].map { "\(g) | \($0)" } }
        XCTAssertEqual(t.rows.map { "\($0.group ?? "-") | \($0.label)" }, expected)
        XCTAssertTrue(t.rows.allSatisfy { $0.cells.count == 5 && $0.cells.allSatisfy { $0?.value != nil } })

        func row(_ group: String, _ label: String) throws -> Row {
            try XCTUnwrap(t.rows.first { $0.group == group && $0.label == label }, "\(group) \(label)")
        }
        // The group heading ends page 6, its rows start page 7.
        let ystävyys = try row("Ystävyyskaupunkitoiminta", "MENOT")
        XCTAssertEqual(values(ystävyys), [0, -10000, -5023, -15500, -3746])
        XCTAssertEqual(texts(ystävyys), ["0", "-10 000", "-5 023", "-15 500", "-3 746"])
        // MENOT and TULOT end page 5, NETTOMENO starts page 6.
        XCTAssertEqual(values(try row("Kemijärvi historia 3", "NETTOMENO")), [0, -50000, -11450, -35000, -23079])
        XCTAssertEqual(values(try row("Kemijärvi historia 3", "MENOT")), [0, -50000, -11450, -35000, -23079])
        // Printed as is, even where the document's own arithmetic fails: positive MENOT
        // "19 036" (page 5) and NETTOMENO "-1 611 034" ≠ -1 093 077 + 82 043 (page 7).
        XCTAssertEqual(texts(try row("Keskusvaalilautakunta", "MENOT")), ["19 036", "-20 000", "-22 986", "-52 670", "-54 950"])
        XCTAssertEqual(values(try row("Tietohallinto/ict-palvelut", "NETTOMENO")),
                       [-1611034, -726370, -822776, -911350, -956836])
        XCTAssertEqual(values(try row("Toimiala yhteensä", "NETTOMENO")),
                       [-6478548, -4930000, -4634981, -5445000, -4697832])
    }
}
