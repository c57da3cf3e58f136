import XCTest
@testable import LukuCore

final class PatternTests: XCTestCase {
    func testCapturesAndByteRanges() throws {
        let p = try Pattern(#"(\d+)\.(\d+)\.((?:19|20)\d\d)?"#)
        let m = try XCTUnwrap(p.firstMatch(in: "TOT. 30.6.2022 yht."))
        XCTAssertEqual(m.text, "30.6.2022")
        XCTAssertEqual(m.groups, ["30.6.2022", "30", "6", "2022"])
        XCTAssertEqual(m.captureCount, 3)
        XCTAssertEqual(m.range, 5..<14)
        XCTAssertEqual(m.ranges[3], 10..<14)
        XCTAssertNil(m[9])
    }

    func testUnsetGroupIsNil() throws {
        let p = try Pattern(#"(\d+)\.(\d+)\.((?:19|20)\d\d)?"#)
        let m = try XCTUnwrap(p.firstMatch(in: "30.6."))
        XCTAssertEqual(m[1], "30")
        XCTAssertNil(m[3])
        XCTAssertNil(m.ranges[3])
    }

    func testByteRangesCountUTF8() throws {
        let p = try Pattern(#"\d+"#)
        // "ä" is two UTF-8 bytes, U+202F three.
        let m = try XCTUnwrap(p.firstMatch(in: "ä\u{202F}42"))
        XCTAssertEqual(m.text, "42")
        XCTAssertEqual(m.range, 5..<7)
    }

    func testCaselessUnicode() throws {
        let p = try Pattern("käyttö", caseless: true)
        XCTAssertTrue(p.matches("KÄYTTÖ-%"))
        XCTAssertTrue(p.matches("Käyttö%"))
        XCTAssertFalse(try Pattern("käyttö").matches("KÄYTTÖ"))
        XCTAssertTrue(try Pattern(#"^\p{Lu}+$"#).matches("ÄÖÅ"))
    }

    func testDigitClassIsNotSuperscript() throws {
        XCTAssertFalse(try Pattern(#"\d"#).matches("m² ³"))
    }

    func testLookbehind() throws {
        let p = try Pattern(#"(?<!\d)(?:19|20)\d\d(?!\d)"#)
        XCTAssertEqual(p.firstMatch(in: "12024 TP 2024")?.text, "2024")
    }

    func testEmptySubject() throws {
        XCTAssertTrue(try Pattern("^$").matches(""))
        XCTAssertNil(try Pattern("a").firstMatch(in: ""))
    }

    func testAllMatches() throws {
        let p = try Pattern(#"\d+"#)
        XCTAssertEqual(p.allMatches(in: "TA 2024, TP 2023 ja 7").map(\.text), ["2024", "2023", "7"])
        // Empty matches advance by whole characters and terminate.
        XCTAssertEqual(try Pattern("x*").allMatches(in: "äxx").map(\.text), ["", "xx", ""])
    }

    func testBadPatternThrowsWithMessageAndOffset() {
        XCTAssertThrowsError(try Pattern("ab(c")) { error in
            let e = error as? PatternError
            XCTAssertNotNil(e)
            XCTAssertEqual(e?.offset, 4)
            XCTAssertTrue(e?.message.contains("parenthesis") ?? false, e?.message ?? "")
            XCTAssertTrue("\(error)".contains("ab(c"))
        }
    }

    func testSharedAcrossThreads() throws {
        let p = try Pattern(#"(\d+) (\d{3})"#)
        let results = UnsafeMutableBufferPointer<Bool>.allocate(capacity: 64)
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 64) { i in
            results[i] = p.firstMatch(in: "rivi \(i) 123")?[1] == "\(i)"
        }
        XCTAssertTrue(results.allSatisfy { $0 })
    }
}
