import XCTest
@testable import LukuCore

/// `StraddlingNumber` with a unit after the last figure: hold-out hold-10-continued-wrapped in
/// `pdftotext -layout` prints a negative Poikkeama one space before a Käyttö-% of 100 or more
/// ("805 091       -2 267 100,3 %"); the joined run reaches from the Poikkeama column into the
/// Käyttö-% column and is cut at the Poikkeama edge the other rows hold, both parts flagged.
final class StraddlingNumberTests: XCTestCase {
    private static let page = """
        Investointimenot hankkeittain                                                                                 €
                                                        TA TA-muutokset TA+muutokset   Toteutuma   Poikkeama    Käyttö-
                                                      2025        2025         2025         2025    (TA−TOT)         %
        Talonrakennus
           4107 Maa-alueiden osto                  107 216      116 101      223 317     217 157        6 160   97,2 %
           4114 Kirjaston
           esteettömyysparannukset                 477 966            0      477 966     450 844       27 122   94,3 %
           4121 Uimahallin ilmanvaihdon
           uusiminen                               894 469            0      894 469     637 048      257 421   71,2 %
           4128 Puistojen leikkivälineet           393 451            0      393 451     171 697      221 754   43,6 %
           4135 Kirjaston
           esteettömyysparannukset                 430 984       93 120      524 104     332 205      191 899   63,4 %
           4142 Katuvalaistuksen
           LED-saneeraus                            35 070            0       35 070           0       35 070    0,0 %
           4149 Terveysaseman vesikaton
           uusiminen                               802 824            0      802 824     805 091       -2 267 100,3 %
           4156 Kirjaston
           esteettömyysparannukset                 549 885            0      549 885     539 236       10 649   98,1 %
           4163 Koulukeskuksen
           peruskorjaus                            220 057            0      220 057     243 901      -23 844 110,8 %
        """ + "\n"

    private func table() throws -> Table {
        let parsed = TextFileReader.parse(Self.page)
        let o = Segmenter().segmentLaidOutText(LaidOutText.lines(parsed, text: Self.page).map(NumberJoiner().join))
        return try XCTUnwrap((o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables)).first)
    }

    func testNegativeBeforePercentIsCutAtThePoikkeamaEdge() throws {
        let t = try table()
        let row = try XCTUnwrap(t.rows.first { $0.label.hasPrefix("4149") })
        XCTAssertEqual(row.cells.map { $0?.value }, [802_824, 0, 802_824, 805_091, -2_267, Decimal(string: "100.3")])
        XCTAssertTrue(row.cells[4]?.flags.contains(.ambiguousSplit) ?? false, "a cut by column edge is a reading, flagged")
        XCTAssertTrue(row.cells[5]?.flags.contains(.ambiguousSplit) ?? false)
        let other = try XCTUnwrap(t.rows.first { $0.label.hasPrefix("4163") })
        XCTAssertEqual(other.cells.map { $0?.value }, [220_057, 0, 220_057, 243_901, -23_844, Decimal(string: "110.8")])
        // A row whose columns stand apart is read as before, unflagged.
        let plain = try XCTUnwrap(t.rows.first { $0.label.hasPrefix("4107") })
        XCTAssertEqual(plain.cells.map { $0?.value }, [107_216, 116_101, 223_317, 217_157, 6_160, Decimal(string: "97.2")])
        XCTAssertFalse(plain.cells.contains { $0?.flags.contains(.ambiguousSplit) ?? false })
    }
}
