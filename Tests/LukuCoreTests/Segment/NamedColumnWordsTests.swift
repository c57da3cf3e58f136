import XCTest
@testable import LukuCore

/// `NamedColumnWords` on the lines of real text that show the layout: Koha-Suomi 2024 pp. 5–6 in
/// `pdftotext -raw` (pypdf prints the same lines), and lines of Kauhava 2024 (raw) that hold the
/// same words but head no columns.
final class NamedColumnWordsTests: XCTestCase {
    func testSharesHeaderNamesThreeColumns() throws {
        let named = try XCTUnwrap(NamedColumnWords.read("Osakkeet ja osakesarjat Kpl Euroa Äänivalta / kpl".split(separator: " ").map(String.init)))
        XCTAssertEqual(named.caption, "Osakkeet ja osakesarjat")
        XCTAssertEqual(named.headers, ["Kpl", "Euroa", "Äänivalta / kpl"])
    }

    func testWordsThatHeadNoColumns() {
        for line in [
            "Osuus yhteisöveron tuo-",                        // Kauhava raw p. 110, a label
            "Osuus kuntayhtymän alijäämästä",                 // Kauhava raw, a label
            "Kirjastokäynnit kpl / asukas 8 9 10 9",          // Kauhava raw, a row with figures
            "lkm",                                           // Kauhava raw p. 104, a wrapped label's end
            "euroa euroa euroa",                             // synth unit line (NamedColumnsAbove reads it)
            "Kpl Euroa",                                     // no caption
            "Kokonaisuutena verotulot olivat Määrä Euroa 33",
        ] {
            XCTAssertNil(NamedColumnWords.read(line.split(separator: " ").map(String.init)), line)
        }
    }

    /// The row under the header gets the header's three columns instead of joining the table of
    /// the page before as one merged cell; "1 930 450 229 908,22" has several readings into two
    /// columns, and the header does not say which: every cell stays flagged.
    func testKohaSharesRowGetsItsColumns() throws {
        let lines = Fixtures.textLines("""
        VAPAA OMA PÄÄOMA
        2024 2023
        Edellisten tilikausien voitto (tappio) 49 236,06 82 675,96
        Tilikauden voitto (tappio) -9 002,07 -33 439,90
        Kertyneet voittovarat (tappio) 40 233,99 49 236,06
        Vapaa oma pääoma yhteensä 40 233,99 49 236,06
        Oma pääoma yhteensä 270 142,21 279 144,28
        \u{0C}4
        Koha-Suomi Oy
        TILINPÄÄTÖKSEN LIITETIEDOT 31.12.2024
        Yhtiön osakkeet
        PÄÄASIALLISET MÄÄRÄYKSET
        Osakkeet ja osakesarjat Kpl Euroa Äänivalta / kpl
        Osake 1 930 450 229 908,22 1
        Hallituksen esitys tilikauden tulosta koskeviksi toimenpiteiksi sekä mahdollisesta muun vapaan
        """)
        let (drafts, _) = TextTableBuilder().tables(in: lines, excluded: [])
        let shares = try XCTUnwrap(drafts.first { $0.rows.contains { $0.label == "Osake" } })
        XCTAssertEqual(shares.caption, "Osakkeet ja osakesarjat")
        XCTAssertEqual(shares.columns.map(\.header), ["Kpl", "Euroa", "Äänivalta / kpl"])
        XCTAssertEqual(shares.rows.count, 1)
        let row = try XCTUnwrap(shares.rows.first)
        XCTAssertEqual(row.cells.map { $0?.text }, ["1 930 450", "229 908,22", "1"])
        XCTAssertTrue(row.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true })
        XCTAssertEqual(drafts.filter { $0.rows.contains { $0.label == "Osake" } }.count, 1)
    }
}
