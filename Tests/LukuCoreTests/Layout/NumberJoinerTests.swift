import XCTest
@testable import LukuCore

/// `NumberJoiner` on synthetic words: 10 pt font, so 1 em = 10 pt and a gap of g em is 10·g points.
final class LayoutNumberJoinerTests: XCTestCase {
    private let em = 10.0

    /// Words laid out left to right: each (text, gap before it in em); every glyph is 0.5 em wide.
    private func line(_ parts: [(String, Double)]) -> TextLine {
        var x = 50.0
        var words: [Word] = []
        for (text, gap) in parts {
            x += gap * em
            let width = Double(text.count) * 0.5 * em
            words.append(Word(text: text, box: BoundingBox(x0: x, y0: 100, x1: x + width, y1: 112), fontSize: em))
            x += width
        }
        return TextLine(page: 1, words: words, fontSize: em)
    }

    private func joined(_ parts: [(String, Double)]) -> [Word] { NumberJoiner().join(line(parts)).words }

    func testThousandsGapJoins() {
        let words = joined([("MENOT", 0), ("-6", 5), ("649", 0.25), ("150", 0.25)])
        XCTAssertEqual(words.map(\.text), ["MENOT", "-6 649 150"])
        XCTAssertFalse(words[1].doubtfulJoin)
        // The joined word's box spans all three groups.
        XCTAssertEqual(words[1].box?.x0 ?? 0, 50 + 25 + 50, accuracy: 1e-9)
        XCTAssertEqual(words[1].box?.x1 ?? 0, 50 + 25 + 50 + 10 + 2.5 + 15 + 2.5 + 15, accuracy: 1e-9)
    }

    /// A PDF's lines are held until the document is segmented: a line of 13 digit groups joined
    /// into 3 numbers keeps room for about 3 words, not for the 13 groups it was read as.
    func testJoinedLineKeepsNoRoomForTheGroups() {
        let groups: [(String, Double)] = [("MENOT", 0), ("-2", 5), ("554", 0.25), ("673", 0.25), ("100", 0.25), ("200", 0.25),
                                          ("1", 5), ("310", 0.25), ("855", 0.25), ("400", 0.25),
                                          ("7", 5), ("000", 0.25), ("001", 0.25)]
        let words = joined(groups)
        XCTAssertEqual(words.map(\.text), ["MENOT", "-2 554 673 100 200", "1 310 855 400", "7 000 001"])
        XCTAssertLessThan(words.capacity, groups.count, "capacity \(words.capacity)")
    }

    func testColumnGapDoesNotJoin() {
        let words = joined([("343", 0), ("581", 0.25), ("-5,2", 1.0)])
        XCTAssertEqual(words.map(\.text), ["343 581", "-5,2"])
        // Two columns of three-digit numbers a column gap apart stay two numbers.
        XCTAssertEqual(joined([("112", 0), ("213", 1.0)]).map(\.text), ["112", "213"])
    }

    func testGapNearAColumnGapJoinsButIsDoubtful() {
        let words = joined([("1", 0), ("234", 0.38), ("567", 0.25)])
        XCTAssertEqual(words.map(\.text), ["1 234 567"])
        XCTAssertTrue(words[0].doubtfulJoin)
        // Just over the doubtful limit (0.42 em): separate.
        XCTAssertEqual(joined([("1", 0), ("234", 0.45)]).map(\.text), ["1", "234"])
        // Just under the thousands limit (0.34 em): joined, not doubtful.
        let sure = joined([("1", 0), ("234", 0.30)])
        XCTAssertEqual(sure.map(\.text), ["1 234"])
        XCTAssertFalse(sure[0].doubtfulJoin)
    }

    func testDetachedSignJoins() {
        let words = joined([("Muutos", 0), ("+", 3), ("1", 0.3), ("310", 0.25), ("855", 0.25)])
        XCTAssertEqual(words.map(\.text), ["Muutos", "+ 1 310 855"])
        XCTAssertEqual(joined([("−", 0), ("2", 0.2), ("554", 0.25)]).map(\.text), ["− 2 554"])
        XCTAssertEqual(joined([("–", 0), ("46", 0.2)]).map(\.text), ["– 46"])
        // A dash far from the digits is a placeholder or list mark, not a sign.
        XCTAssertEqual(joined([("-", 0), ("46", 1.5)]).map(\.text), ["-", "46"])
    }

    func testPercentAndEuroJoin() {
        XCTAssertEqual(joined([("33,5", 0), ("%", 0.2)]).map(\.text), ["33,5 %"])
        XCTAssertEqual(joined([("1", 0), ("000", 0.25), ("€", 0.2)]).map(\.text), ["1 000 €"])
        // A % far away is its own word (a header cell).
        XCTAssertEqual(joined([("33,5", 0), ("%", 2)]).map(\.text), ["33,5", "%"])
        // A % after a word is not a number's.
        XCTAssertEqual(joined([("Muutos", 0), ("%", 0.2)]).map(\.text), ["Muutos", "%"])
    }

    func testDecimalsAndNonGroupsDoNotJoin() {
        // A decimal group completes the number…
        XCTAssertEqual(joined([("11", 0), ("080", 0.25), ("763,67", 0.25)]).map(\.text), ["11 080 763,67"])
        // …and nothing joins after decimals.
        XCTAssertEqual(joined([("5,2", 0), ("100", 0.25)]).map(\.text), ["5,2", "100"])
        // Only three-digit groups continue a number; a year does not start one.
        XCTAssertEqual(joined([("12", 0), ("34", 0.25)]).map(\.text), ["12", "34"])
        XCTAssertEqual(joined([("2024", 0), ("123", 0.25)]).map(\.text), ["2024", "123"])
        XCTAssertEqual(joined([("054", 0), ("123", 0.25)]).map(\.text), ["054", "123"])
        XCTAssertEqual(joined([("1234", 0), ("567", 0.25)]).map(\.text), ["1234", "567"])
        // Words are never glued to numbers.
        XCTAssertEqual(joined([("TP", 0), ("2024", 0.25)]).map(\.text), ["TP", "2024"])
    }

    func testWordsWithoutBoxesAreLeftAlone() {
        let text = TextLine(page: 1, words: [Word(text: "1"), Word(text: "234")])
        XCTAssertEqual(NumberJoiner().join(text).words.map(\.text), ["1", "234"])
    }
}
