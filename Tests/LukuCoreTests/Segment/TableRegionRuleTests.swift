import XCTest
@testable import LukuCore

/// One regression test per region rule (`RegionRules`) and header-line rule (`HeaderLineRules`),
/// each on the page that proves it. Expected values are read off the printed pages
/// (`pdftotext -layout` of the page agrees), not copied from Luku's output.
extension TableRuleRegressionTests {
    static let koha = "real/koha-suomi-oy-tilinpaatos-2024.pdf"

    /// Koha-Suomi p. 3: group headings with no values ("Materiaalit ja palvelut", "Henkilöstökulut")
    /// stand between the rows and keep the tuloslaskelma one table (`GroupHeadingRule`); its
    /// financial-year headers ("1.1.2024-31.12.2024") head the columns although they are wider than
    /// the numbers and start left of where the longest label ends (`HeaderZone`).
    func testGroupHeadingsKeepAStatementWholeUnderRangeHeaders() throws {
        let d = try document(Self.koha)
        let (t, liikevaihto) = try row("LIIKEVAIHTO", page: 3, in: d)
        XCTAssertEqual(t.caption, "TULOSLASKELMA")
        XCTAssertEqual(t.columns.map(\.header), ["1.1.2024-31.12.2024", "1.1.2023-31.12.2023"])
        XCTAssertEqual(values(liikevaihto), ["551862.26", "484651.82"])
        let last = try XCTUnwrap(t.rows.first { $0.label == "TILIKAUDEN VOITTO / TAPPIO" })
        XCTAssertEqual(values(last), ["-9002.07", "-33439.9"])
        XCTAssertFalse(t.rows.contains { $0.label == "TULOSLASKELMA" }, "the header line is no row")
    }

    /// Synth spreadsheet family p. 1: four items with empty amounts in a row ("Arvonalentumiset",
    /// "Satunnaiset erät", "Satunnaiset tuotot", "Satunnaiset kulut"), more than a group heading run,
    /// stand in the row pitch and keep "Tilikauden tulos" in the tuloslaskelma (`PitchedEmptyItemsRule`).
    func testEmptyItemsInTheRowPitchKeepTheTableGoing() throws {
        let d = try document("synth/synth-1000-17-sheet-pauhaselka-2019.pdf")
        let (t, tulos) = try row("Tilikauden tulos", page: 1, in: d)
        XCTAssertEqual(values(tulos), ["-44506", "-37105", "19.9"])
        XCTAssertTrue(t.rows.contains { $0.label == "Vuosikate" })
        XCTAssertEqual(t.columns.map(\.header), ["Tilinpäätös 2019", "Tilinpäätös 2018", "Muutos- %"])
    }

    /// Kauhava p. 73: "TA" printed on a line of its own over "muutosten jälkeen" is the first line
    /// of that column's header (`GroupTitleRule`).
    func testFirstLineOfAWrappedHeaderOverItsColumn() throws {
        let (t, _) = try row("TOIMINTATUOTOT", page: 73, in: try document("real/kauhava-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.columns.map(\.header), ["Alkuperäinen TA", "TA Muutokset", "TA muutosten jälkeen", "Toteutuma", "Poikkeama"])
    }

    /// Kemijärvi konserni p. 3: "Konserni- ja elinvoima-" / "palvelut toimiala" wrapped beside the
    /// headers is the caption, and the header lines around it still head the columns
    /// (`WrappedCaptionLineRule`).
    func testCaptionWrappedBesideTheHeaders() throws {
        let d = try document("corpus/kemijarvi-konserni-elinvoima-ta2026.pdf")
        let (t, menot) = try row("MENOT", page: 3, in: d)
        XCTAssertEqual(t.caption, "Konserni- ja elinvoimapalvelut toimiala")
        XCTAssertEqual(t.columns.map(\.header), ["TA+muutos 2025", "TA+muutos 2026", "MUUTOS €", "MUUTOS %"])
        XCTAssertEqual(values(menot), ["-6837670", "-8333230", "1495560", "21.9"])
    }
}
