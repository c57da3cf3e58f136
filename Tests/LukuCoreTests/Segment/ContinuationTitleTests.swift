import XCTest
@testable import LukuCore

/// A title over a table continued on the next page ("… (jatkuu)", "Jatkoa: …", the caption again)
/// does not stop the join (hold-out B1a): lines as printed in hold-out hold-10-continued-wrapped
/// pp. 1–2 (and a variant) and the titles of hold-02-trailing-minus-grid made with
/// `--ablate "layout.cont_caption=Jatkoa: {caption}"` (its page 1 is itself split by the trailing minus).
final class ContinuationTitleTests: XCTestCase {
    func testTitleContinuesCaption() {
        // hold-10: the caption with its unit on p. 1, marked on p. 2.
        XCTAssertTrue(ContinuationTitle.continues("Investointimenot hankkeittain (jatkuu)", caption: "Investointimenot hankkeittain €"))
        // hold-02 variant.
        XCTAssertTrue(ContinuationTitle.continues("Jatkoa: Tulosalueiden määrärahat ja tuloarviot",
                                                  caption: "Tulosalueiden määrärahat ja tuloarviot"))
        XCTAssertTrue(ContinuationTitle.continues("Tulosalueiden määrärahat ja tuloarviot (jatk.)",
                                                  caption: "Tulosalueiden määrärahat ja tuloarviot"))
        // The same caption printed again.
        XCTAssertTrue(ContinuationTitle.continues("Tulosalueiden määrärahat ja tuloarviot",
                                                  caption: "Tulosalueiden määrärahat ja tuloarviot"))
        // Not continuations: another title, a caption's first word unmarked, a mark alone.
        XCTAssertFalse(ContinuationTitle.continues("Investointimenot hankkeittain (jatkuu)", caption: "Käyttötalous tulosalueittain"))
        XCTAssertFalse(ContinuationTitle.continues("Investointimenot", caption: "Investointimenot hankkeittain €"))
        XCTAssertFalse(ContinuationTitle.continues("(jatkuu)", caption: "Investointimenot hankkeittain €"))
        XCTAssertFalse(ContinuationTitle.continues("Jatkoa: Investointimenot hankkeittain", caption: "Investointimenot"))
    }

    private func tables(_ text: String) -> [Table] {
        let parsed = TextFileReader.parse(text)
        let o = Segmenter().segmentLaidOutText(LaidOutText.lines(parsed, text: text).map(NumberJoiner().join))
        return o.blocks.compactMap(\.table) + o.sections.flatMap(\.allTables)
    }

    /// Hold-out 10 p. 1 in `pdftotext -layout` (its head and first rows), shared by the tests below.
    private static let firstPage = """
        Investointimenot hankkeittain                                                                                 €
                                                        TA TA-muutokset TA+muutokset   Toteutuma   Poikkeama    Käyttö-
                                                      2025        2025         2025         2025    (TA−TOT)         %
        Talonrakennus
           4107 Maa-alueiden osto                  107 216      116 101      223 317     217 157        6 160   97,2 %
           4128 Puistojen leikkivälineet           393 451            0      393 451     171 697      221 754   43,6 %
        Maa- ja vesialueet
           4275 Maa-alueiden osto                  244 950      158 077      403 027     370 621       32 406   92,0 %
        """ + "\n"

    /// Hold-out 10 p. 2's rows, under whichever title and header each test prints.
    private static let pageTwoRows = """

          4317 Puistojen leikkivälineet            754 853       59 815       814 668       602 802      211 866    74,0 %
          4324 ICT-hankinnat                       420 238            0       420 238       214 403      205 835    51,0 %
        Investoinnit yhteensä                  13 422 046       488 340    13 910 386    10 600 709    3 309 677    76,2 %
        """

    func testInvestmentTableJoinedUnderJatkuuTitle() {
        let text = Self.firstPage + """
        \u{0C}Investointimenot hankkeittain (jatkuu)
                                                        TA TA-muutokset TA+muutokset      Toteutuma    Poikkeama    Käyttö-
                                                      2025        2025         2025            2025     (TA−TOT)         %
        """ + Self.pageTwoRows
        let found = tables(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.pages, [1, 2])
        XCTAssertEqual(found.first?.rows.count, 6)
    }

    /// hold-10 made with `--ablate "layout.cont_caption=Jatkoa: {caption}" --ablate layout.repeat_header=0`:
    /// the marked title over rows with no header of their own.
    func testInvestmentTableJoinedUnderJatkoaTitleWithoutHeader() {
        let text = Self.firstPage + """
        \u{0C}Jatkoa: Investointimenot hankkeittain
        """ + Self.pageTwoRows
        let found = tables(text)
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.pages, [1, 2])
        XCTAssertEqual(found.first?.rows.count, 6)
    }
}
