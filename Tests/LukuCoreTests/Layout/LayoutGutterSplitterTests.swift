import XCTest
@testable import LukuCore

/// Side-by-side tables (Kauhava p. 35: VASTAAVAA | VASTATTAVAA) come apart at the gutter, left
/// table first; text cells in a number column (konserni p. 10: "siirretty", "elinkeino- ja")
/// never make a gutter.
final class LayoutGutterSplitterTests: XCTestCase {
    /// A line of runs: each run is (x0, words) with words 5 pt wide and 2 pt apart, font 9 pt.
    private func line(_ y: Double, _ runs: [(Double, [String])]) -> TextLine {
        var words: [Word] = []
        for (x0, texts) in runs {
            var x = x0
            for t in texts {
                words.append(Word(text: t, box: BoundingBox(x0: x, y0: y, x1: x + 5, y1: y + 9), fontSize: 9))
                x += 7
            }
        }
        let box = words.compactMap(\.box).dropFirst().reduce(words[0].box!) { $0.union($1) }
        return TextLine(page: 35, words: words, box: box, fontSize: 9, indent: box.x0)
    }

    func testBalanceSheetSplitsLeftThenRight() {
        let lines = [
            line(90, [(55, ["1.4", "Rahoitusasema", "ja", "sen", "muutokset", "ja", "muuta", "tekstiä", "pitkälle", "oikealle", "yli", "rajan", "asti", "vielä", "lisää", "sanoja", "tähän", "riville", "kunnes", "se", "ylittää", "rajan", "varmasti", "nyt", "jo", "ainakin", "kai", "ehkä", "ja", "vielä", "hieman", "lisää", "loppuun", "asti"])]),
            line(199, [(55, ["A", "PYSYVÄT"]), (218, ["114 995"]), (250, ["109 531"]), (305, ["A", "OMA"]), (470, ["54 712"]), (510, ["50 421"])]),
            line(212, [(62, ["I", "Aineettomat"]), (218, ["1 118"]), (250, ["1 317"]), (315, ["I", "Peruspääoma"]), (470, ["36 430"]), (510, ["36 430"])]),
            line(225, [(76, ["Tietokoneohjelmistot"]), (218, ["156"]), (250, ["151"]), (315, ["II", "Muut"]), (470, ["221"]), (510, ["221"])]),
            line(237, [(76, ["Muut", "menot"]), (218, ["962"]), (250, ["1 166"]), (328, ["III", "Ed."]), (470, ["13 770"]), (510, ["11 489"])]),
            line(263, [(76, ["Maa-", "ja"]), (218, ["10 879"]), (250, ["10 541"])]),
        ]
        let out = GutterSplitter().split(lines)
        XCTAssertEqual(out.map { $0.words.first!.text }, ["1.4", "A", "I", "Tietokoneohjelmistot", "Muut", "Maa-", "A", "I", "II", "III"])
        XCTAssertEqual(out[6].text, "A OMA 54 712 50 421")
        XCTAssertEqual(out[1].text, "A PYSYVÄT 114 995 109 531")
    }

    func testTextCellsAfterNumbersAreNotAGutter() {
        let lines = (0..<6).map { i in
            line(100 + 14 * Double(i), [(56, ["TULOT"]), (200, ["37 806"]), (260, ["100 000"]), (330, ["elinkeino-", "ja"]), (430, ["elinkeino-", "ja"])])
        }
        XCTAssertEqual(GutterSplitter().split(lines), lines)
    }
}
