import XCTest
@testable import LukuCore

/// `TextJoiner`: wrapped lines back into one text, with the dehyphenation rules of its doc comment.
final class SegmentTextJoinerTests: XCTestCase {
    func testBrokenWordLosesItsHyphen() {
        XCTAssertEqual(TextJoiner.join(["Konserni- ja elinvoima-", "palvelut"]), "Konserni- ja elinvoimapalvelut")
        XCTAssertEqual(TextJoiner.join(["hallinto-", "palveluissa"]), "hallintopalveluissa")
    }

    func testSuspendedCompoundKeepsHyphenAndSpace() {
        XCTAssertEqual(TextJoiner.join(["Konserni-", "ja elinvoimapalvelut"]), "Konserni- ja elinvoimapalvelut")
        XCTAssertEqual(TextJoiner.join(["maaseutu-, tieto-, talous-, henkilöstö-", "ja yleishallinnon"]),
                       "maaseutu-, tieto-, talous-, henkilöstö- ja yleishallinnon")
        XCTAssertEqual(TextJoiner.join(["Terveys-", "tai sosiaalipalvelut"]), "Terveys- tai sosiaalipalvelut")
    }

    func testCapitalAfterHyphenKeepsHyphen() {
        XCTAssertEqual(TextJoiner.join(["Itä-", "Lapin maaseutuhallinnon"]), "Itä-Lapin maaseutuhallinnon")
    }

    func testAbbreviationInCapitalsKeepsHyphen() {
        XCTAssertEqual(TextJoiner.join(["TA-", "muutokset"]), "TA-muutokset")
        XCTAssertEqual(TextJoiner.join(["ALV-", "kanta"]), "ALV-kanta")
        XCTAssertEqual(TextJoiner.join(["Poik-", "keama"]), "Poikkeama", "a word in lowercase still loses it")
        XCTAssertEqual(TextJoiner.join(["Talousarvio-", "muutokset"]), "Talousarviomuutokset")
    }

    func testSameVowelCompoundKeepsHyphen() {
        // Finnish spelling: a compound whose parts meet with the same vowel keeps its hyphen.
        XCTAssertEqual(TextJoiner.join(["Asiakaskysely tapahtuma-", "avustusten haku- ja"]),
                       "Asiakaskysely tapahtuma-avustusten haku- ja")
        XCTAssertEqual(TextJoiner.join(["yhteistoiminta-", "alueen"]), "yhteistoiminta-alueen")
        XCTAssertEqual(TextJoiner.join(["kehittämis-", "suunnitelma"]), "kehittämissuunnitelma")
    }

    func testDigitAfterHyphenKeepsHyphen() {
        XCTAssertEqual(TextJoiner.join(["COVID-", "19"]), "COVID-19")
        XCTAssertEqual(TextJoiner.join(["palaute (tavoitetaso 4 asteikolla 1-", "5)"]),
                       "palaute (tavoitetaso 4 asteikolla 1-5)", "a range broken after its dash")
    }

    func testDetachedCompoundHyphenJoinsItsWord() {
        XCTAssertEqual(TextJoiner.join(["Wpro -", "riskienarviointityökalun käyttötaso"]), "Wpro -riskienarviointityökalun käyttötaso")
        XCTAssertEqual(TextJoiner.join(["Kemijärvi keskustelee -", "tilaisuuksia"]), "Kemijärvi keskustelee -tilaisuuksia")
        XCTAssertEqual(TextJoiner.join(["menot -", "Tulot"]), "menot - Tulot", "a dash before a capital is a dash")
    }

    func testWordBrokenInCapitalsLosesItsHyphen() {
        XCTAssertEqual(TextJoiner.join(["INVESTOINTIEN TOTEUTU-", "MINEN 2024"]), "INVESTOINTIEN TOTEUTUMINEN 2024")
        XCTAssertEqual(TextJoiner.join(["KONSERNI-", "JA ELINVOIMAPALVELUT"]), "KONSERNI- JA ELINVOIMAPALVELUT")
        XCTAssertEqual(TextJoiner.join(["Itä-", "Lapin"]), "Itä-Lapin", "mixed case: a capital after the hyphen keeps it")
    }

    func testPlainWrapAndBlankLines() {
        XCTAssertEqual(TextJoiner.join(["  Hallintopalvelut toimialan ", "", "tehtävänä on  "]),
                       "Hallintopalvelut toimialan tehtävänä on")
        XCTAssertEqual(TextJoiner.join([]), "")
        XCTAssertEqual(TextJoiner.join(["", " "]), "")
    }

    /// U+2010 HYPHEN at a line end (XSL formatters) is read as a hyphen: dropped inside a word,
    /// kept before a capital.
    func testUnicodeHyphenIsReadAsAHyphen() {
        XCTAssertEqual(TextJoiner.join(["TU\u{2010}", "LOUTUKSET"]), "TULOUTUKSET")
        XCTAssertEqual(TextJoiner.join(["Itä\u{2010}", "Lapin"]), "Itä-Lapin")
        XCTAssertEqual(TextJoiner.join(["Itä\u{2010}"]), "Itä\u{2010}", "a last line keeps what it printed")
    }

    /// A paragraph of many wrapped lines, joined in place: every seam is decided on the words
    /// that meet there, whatever came before (a dropped hyphen, a kept one, a space).
    func testLongParagraphJoinsEverySeam() {
        let lines = ["Kaupungin elinvoima-", "palvelut ja Itä-", "Lapin kunnat", "sekä tapahtuma-", "avustusten haku-",
                     "prosessi ja TA-", "muutokset", "vuosille 2024-", "2026."]
        XCTAssertEqual(TextJoiner.join(lines),
                       "Kaupungin elinvoimapalvelut ja Itä-Lapin kunnat sekä tapahtuma-avustusten hakuprosessi ja TA-muutokset vuosille 2024-2026.")
    }
}
