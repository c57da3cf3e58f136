import XCTest
@testable import LukuCore

final class CSVWriterTests: XCTestCase {
    func testQuotesOnlyFieldsThatNeedIt() {
        XCTAssertEqual(CSVWriter.field("MENOT"), "MENOT")
        XCTAssertEqual(CSVWriter.field("-5,2"), "\"-5,2\"")
        XCTAssertEqual(CSVWriter.field("sanoi \"ei\""), "\"sanoi \"\"ei\"\"\"")
        XCTAssertEqual(CSVWriter.field("kaksi\nriviä"), "\"kaksi\nriviä\"")
        XCTAssertEqual(CSVWriter.field("cr\rhere"), "\"cr\rhere\"")
        XCTAssertEqual(CSVWriter.field(" 007 "), " 007 ", "spaces and leading zeros are data, never trimmed")
        XCTAssertEqual(CSVWriter.field(""), "")
    }

    func testRecordEndsInCRLF() {
        XCTAssertEqual(CSVWriter.record(["a", "b,c", ""]), "a,\"b,c\",\r\n")
    }
}
