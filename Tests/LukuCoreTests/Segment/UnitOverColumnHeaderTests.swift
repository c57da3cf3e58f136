import XCTest
@testable import LukuCore

/// `UnitOverColumnHeader` and `FootnoteMarkerLine` on `pdftotext -raw` text of hold-out sets 4
/// and 5 (lines as `pdftotext -raw` writes them, page breaks as form feeds; rows in between left
/// out): hold5-03 (LaTeX longtable: "€" over "Kustannus- Taloussuunnitelma" / "arvio TA 2026 …",
/// "jatkuu seuraavalla sivulla" and the header again on page 2) and hold4-05 (Apache FOP: "1 000 €"
/// over "TP 2025 TP 2024", raised note markers "1)" / "2)" after a row's first figure). Expected
/// values from the truth files (../.build-holdout/docs5, docs4), as printed on the pages.
final class UnitOverColumnHeaderTests: XCTestCase {
    static let hold5 = """
    Investointiosa 2026–2029 Investointiosa
    Investointiosa
    Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan
    poistot, mutta investointien omahankintamenosta vain osan.
    Taulukko 1: Investointiohjelma 2026–2029
    €
    Kustannus- Taloussuunnitelma
    arvio TA 2026 TS 2027 TS 2028 TS 2029
    Talonrakennus
    Koulukeskuksen peruskorjaus 767 079 −378 828 −163 018 −339 299 −221 210
    Koulukeskuksen laajennus 2 984 720 −72 241 −971 188 −81 677 0
    Koulukeskuksen ilmanvaihdon uusiminen 2 746 327 −980 875 −992 949 −584 055 −1 350 976
    Puistotien saneeraus 1 769 479 −406 527 0 −273 796 −214 120
    Puistotien päällystys 2 766 552 −885 433 −1 319 918 −520 640 −950 295
    Harjun saneeraus 1 273 103 0 −570 950 0 0
    jatkuu seuraavalla sivulla
    1
    \u{0C}Investointiosa 2026–2029 Investointiosa
    (jatkoa edelliseltä sivulta)
    €
    Kustannus- Taloussuunnitelma
    arvio TA 2026 TS 2027 TS 2028 TS 2029
    Harjun päällystys 995 193 −66 654 −202 764 −424 284 −308 298
    Peltotien saneeraus 2 184 299 −862 742 −405 063 −68 145 −503 354
    Peltotien päällystys 613 735 −272 818 −120 141 −158 173 −248 800
    """

    func testLongtableUnderItsUnitIsOneTableWithItsHeader() throws {
        let t = try TextTableLookup.table(Self.hold5, with: "Harjun saneeraus")
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.columns.count, 5)
        XCTAssertEqual(PrintedFigures.values(try TextTableLookup.row(t, "Koulukeskuksen peruskorjaus")),
                       PrintedFigures.decimals(["767079", "-378828", "-163018", "-339299", "-221210"]))
        XCTAssertEqual(PrintedFigures.values(try TextTableLookup.row(t, "Harjun päällystys")),
                       PrintedFigures.decimals(["995193", "-66654", "-202764", "-424284", "-308298"]))
        XCTAssertFalse(t.rows.contains { $0.label.hasPrefix("Kustannus-") })
        let lines = TextFileReader.parse(Self.hold5).lines
        let unit = try XCTUnwrap(lines.firstIndex { $0.text == "€" })
        XCTAssertTrue(UnitOverColumnHeader.heads(lines, at: unit))
    }

    static let hold405 = """
    Tilinpäätös 2025 · Tuloslaskelma Tuloslaskelma
    Tuloslaskelma
    Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan poistot, mutta investointien
    omahankintamenosta vain osan.
    1 000 €
    TP 2025 TP 2024
    Toimintatuotot 18 570,5
    1) 20 419,2
    Toimintakulut -157 306,3 -157 846,2
    Toimintakate -138 735,8 -137 427,0
    Verotulot 82 044,4 72 629,6
    Valtionosuudet 57 040,6
    2) 53 080,2
    Rahoitustuotot ja -kulut 103,8 35,7
    Vuosikate 453,0
    1) -11 681,5
    Poistot ja arvonalentumiset -6 190,8 -5 821,2
    *
    Tilikauden tulos -5 737,8 -17 502,7
    Poistoeron muutos 40,6 276,4
    Tilikauden ylijäämä (alijäämä) -5 697,2 -17 226,3
    Kunnan talous kehittyi tilikaudella ennakoitua vakaammin. Verotulot kasvoivat, ja toimintakulujen kasvu jäi talousarviossa arvioitua
    pienemmäksi. Investoinnit toteutuivat pääosin suunnitellusti.
    1) Sisältää liikelaitoksen sisäiset erät, jotka on eliminoitu konsernitasolla.
    """

    func testNoteMarkerLineEndsItsRow() throws {
        let t = try TextTableLookup.table(Self.hold405, with: "Toimintakulut")
        let printed: [String: [String]] = [
            "Toimintatuotot": ["18570.5", "20419.2"], "Valtionosuudet": ["57040.6", "53080.2"],
            "Vuosikate": ["453.0", "-11681.5"], "Toimintakulut": ["-157306.3", "-157846.2"],
            "Tilikauden ylijäämä (alijäämä)": ["-5697.2", "-17226.3"],
        ]
        for (label, figures) in printed {
            XCTAssertEqual(PrintedFigures.values(try TextTableLookup.row(t, label)), PrintedFigures.decimals(figures), label)
        }
        XCTAssertFalse(t.rows.contains { FootnoteMarkerLine.isMarker($0.label) })
        // "1 000 €" heads the statement's header, not a one-value table.
        let lines = TextFileReader.parse(Self.hold405).lines
        let unit = try XCTUnwrap(lines.firstIndex { $0.text == "1 000 €" })
        XCTAssertTrue(UnitOverColumnHeader.heads(lines, at: unit))
    }

    func testMarkerFiguresJoinOnlyAShortRow() {
        XCTAssertEqual(FootnoteMarkerLine.figures(["1)", "20", "419,2"]), ["20", "419,2"])
        XCTAssertNil(FootnoteMarkerLine.figures(["1)", "Sisältää", "liikelaitoksen"]))
        XCTAssertTrue(FootnoteMarkerLine.completes(["18", "570,5"], with: ["20", "419,2"], columns: 2))
        // A row already full ("Toimintakulut -157 306,3 -157 846,2") takes no more figures.
        XCTAssertFalse(FootnoteMarkerLine.completes(["-157", "306,3", "-157", "846,2"], with: ["20", "419,2"], columns: 2))
    }
}
