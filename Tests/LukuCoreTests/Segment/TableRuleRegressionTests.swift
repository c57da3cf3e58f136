import Foundation
import XCTest
@testable import LukuCore

/// One regression test per table-stage rule, each on the real (or synthetic) page that proves it.
/// Expected values are read off the printed pages (`pdftotext -layout` of the page agrees), not
/// copied from Luku's output. The documents live in ../shared; the tests skip when it is absent.
final class TableRuleRegressionTests: XCTestCase {
    private static var cache: [String: Document] = [:]

    func document(_ relative: String) throws -> Document {
        if let d = Self.cache[relative] { return d }
        let url = SharedFolder.url.appendingPathComponent(relative)
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("\(url.path) not found (../shared)") }
        let d = Pipeline(pageThreads: 2).run(path: url.path)
        Self.cache[relative] = d
        return d
    }

    /// The table on `page` holding a row labelled `label` (and, when given, in `group`).
    func row(_ label: String, group: String? = nil, page: Int, in d: Document,
                     file: StaticString = #filePath, line: UInt = #line) throws -> (Table, Row) {
        for t in d.allTables where t.pages.contains(page) {
            if let r = t.rows.first(where: { $0.label == label && (group == nil || $0.group == group) }) { return (t, r) }
        }
        XCTFail("no row \"\(label)\" on page \(page)", file: file, line: line)
        throw XCTSkip("row missing")
    }

    func values(_ r: Row) -> [String?] { r.cells.map { $0?.value.map { "\($0)" } } }

    static let minutes = "real/lapua-sivla-poytakirja-2024-11-21.pdf"

    /// HTML export: columns a fifth of an em apart, dot groups, a minus with a space after it; the
    /// label "Toimintakulut *)" keeps its footnote mark and its three numbers are cells.
    func testNumbersTheLabelEndsInAreCells() throws {
        let (_, r) = try row("Toimintakulut *)", group: nil, page: 18, in: try document(Self.minutes))
        XCTAssertEqual(values(r).prefix(3), ["-16756130", "-13155924", "78.5"])
    }

    /// Left-aligned numbers: "366.500" and "0" stand half an em apart in two columns.
    func testLeftAlignedColumns() throws {
        let d = try document(Self.minutes)
        let t = d.allTables.filter { $0.pages.contains(18) }
            .first { $0.rows.contains { $0.label == "Toimintakate" && $0.cells.compactMap { $0?.value }.contains(-277130) } }
        let r = try XCTUnwrap(t?.rows.first { $0.label == "Toimintatuotot" })
        XCTAssertEqual(values(r), ["366500", "0", "0"])
    }

    /// A two-line running head ("Lapuan kaupunki Pöytäkirja …" over "Sivistyslautakunta 21.11.2024")
    /// does not stop the investment table from going on to page 19.
    func testTwoLineRunningHeadIsRemoved() throws {
        let (t, r) = try row("Alakoulut", page: 19, in: try document(Self.minutes))
        XCTAssertEqual(t.pages, [18, 19])
        XCTAssertEqual(values(r), ["-300000", "-197027", "65.7"])
    }

    /// Kauhava p. 35: the "1 000 €" line under the years is the unit, never a row.
    func testUnitLineGivesTheUnit() throws {
        let (t, r) = try row("A OMA PÄÄOMA", page: 35, in: try document("real/kauhava-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.unit, "1 000 €")
        XCTAssertFalse(t.rows.contains { $0.label.contains("1 000") || $0.label.isEmpty })
        XCTAssertEqual(values(r), ["54712", "50421"])
    }

    /// Lapua budget p. 2: "VAALIT" heads the same columns as the last table of page 1 but is
    /// another table; continuation merging needs the same title (or none).
    func testNewTitleStartsAnotherTable() throws {
        let (t, r) = try row("Toimintatuotot", page: 2, in: try document("real/lapua-ta2025-lautakuntien-talousarviot.pdf"))
        XCTAssertEqual(t.pages, [2])
        XCTAssertEqual(t.caption, "VAALIT")
        XCTAssertEqual(values(r), ["26182", "60000", "20000", "20000"])
    }

    /// Koha-Suomi p. 6: "Kpl  Euroa  Äänivalta / kpl" are no known header words, but stand one
    /// over each number of the one-row table.
    func testAlignedColumnTitlesHeadATable() throws {
        let (t, r) = try row("Osake", page: 6, in: try document("real/koha-suomi-oy-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.columns.map(\.header), ["Kpl", "Euroa", "Äänivalta / kpl"])
        XCTAssertEqual(values(r), ["1930450", "229908.22", "1"])
    }

    /// State budget: item numbers with a leading zero ("09.") start items; a label broken with
    /// U+2010 ("TU‐" / "LOUTUKSET") is joined; group lines opening page 4 keep the table whole.
    func testOutlineTableOfTheStateBudget() throws {
        let d = try document("real/valtion-talousarvio-2024-asiakirjayhdistelma.pdf")
        let (_, r) = try row("13. KORKOTULOT, OSAKKEIDEN MYYNTITULOT JA VOITON TULOUTUKSET", page: 3, in: d)
        XCTAssertEqual(values(r), ["2518908"])
        let (_, wrapped) = try row("09. Muiden eläkelaitosten puolesta maksettujen eläkemenojen ja valtion muille "
                                   + "eläkelaitoksille maksamien ennakoiden korkotulot", page: 3, in: d)
        XCTAssertEqual(values(wrapped), ["34522"])
        let (t, _) = try row("21. EDUSKUNTA", page: 3, in: d)
        XCTAssertTrue(t.pages.contains(4), "the appropriations table goes on over page 4")
    }

    static let tamminiemi = "synth/synth-1000-08-sheet-tamminiemi-2022.pdf"

    /// Outline markers in a column of their own join the label; group lines between rows ("C
    /// VAIHTUVAT VASTAAVAT", "5. Muut aineelliset hyödykkeet") are no headings; two value columns per
    /// year (item, subtotal) stay apart.
    func testMarkerColumnAndGroupLinesInABalanceSheet() throws {
        let d = try document(Self.tamminiemi)
        let (_, item) = try row("1. Aineettomat oikeudet", page: 3, in: d)
        XCTAssertEqual(values(item), [ "225458", nil, "225823", nil])
        let (_, subtotal) = try row("6. Ennakkomaksut ja keskeneräiset hankinnat", page: 3, in: d)
        XCTAssertEqual(values(subtotal), ["1504825", "53577162", "1456506", "53087459"])
        XCTAssertFalse(d.allSections.contains { $0.heading.text.contains("Muut aineelliset hyödykkeet") })
    }

    /// Header words go to the column whose zone holds their centre: "Talousarviomuutokset" heads
    /// the column of zeros, and no empty column appears.
    func testCentredHeadersOverNarrowNumbers() throws {
        let (t, r) = try row("Toimintakulut", page: 5, in: try document(Self.tamminiemi))
        XCTAssertEqual(t.columns.count, 5)
        XCTAssertEqual(t.columns[1].header, "Talousarviomuutokset")
        XCTAssertEqual(values(r), ["-2292", "0", "-2292", "-2295", "-3"])
    }

    /// A project code before a name starts an item ("3050 Paloaseman" / "peruskorjaus  1 459 000").
    func testCodedItemsWrapped() throws {
        let (_, r) = try row("3050 Paloaseman peruskorjaus", page: 6,
                             in: try document("synth/synth-1000-21-word-saarnisaari-2020.pdf"))
        XCTAssertEqual(values(r), ["1459000", "0", "1459000", "1495338", "36338"])
    }
}

extension TableRuleRegressionTests {
    /// A year printed over a statement's item and subtotal columns heads both and is a span; a
    /// group title over the columns ("Ulkoinen", synth word family) is a span naming no column.
    func testHeaderSpans() throws {
        let d = try document(Self.tamminiemi)
        let (t, _) = try row("1. Aineettomat oikeudet", page: 3, in: d)
        XCTAssertEqual(t.columns.map(\.header), ["31.12.2022", "31.12.2022", "31.12.2021", "31.12.2021"])
        XCTAssertEqual(t.spans, [HeaderSpan(header: "31.12.2022", first: 0, last: 1),
                                 HeaderSpan(header: "31.12.2021", first: 2, last: 3)])
        let word = try document("synth/synth-1000-15-word-varpuvirta-2021.pdf")
        let (rahoitus, _) = try row("Toiminnan rahavirta", page: 2, in: word)
        XCTAssertTrue(rahoitus.spans.contains(HeaderSpan(header: "Ulkoinen", first: 0, last: 1)))
        XCTAssertFalse(rahoitus.columns.contains { $0.header.contains("Ulkoinen") })
    }
}
