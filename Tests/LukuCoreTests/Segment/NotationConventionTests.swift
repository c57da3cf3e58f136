import Foundation
import XCTest
@testable import LukuCore

/// `NotationConvention`: a trailing-minus, bracketed or apostrophe number keeps its value only in
/// a table that prints it as its convention, and the document says so once. Rows are lines of the
/// hold-out set's `pdftotext -layout` (documents 01, 02, 04, 12) and, end to end, the same lines
/// ingested as text, where the identity checks run on the values read.
final class NotationConventionTests: XCTestCase {
    private func table(_ rows: [(String, [String])], page: Int = 1) -> Table {
        let width = rows.map(\.1.count).max() ?? 0
        return Table(id: "p\(page)-t1", page: page, pages: [page], columns: (0..<width).map { _ in Column(header: "") },
                     rows: rows.map { label, texts in
                         Row(label: label, cells: texts.map { CellReader.cell($0, column: nil) }, page: page)
                     })
    }

    private func applied(_ tables: [Table]) -> (tables: [Table], issues: [Issue]) {
        var d = Document(source: Source(file: "t.txt", sha256: "", format: .text, pages: 2), blocks: tables.map { .table($0) })
        let issues = NotationConvention.apply(&d)
        return (d.allTables, issues)
    }

    /// Hold-out 02 p. 1 (Kadut ja liikenneväylät) and hold-out 12 p. 1 (rahoituslaskelma).
    func testTrailingMinusTablesKeepTheirValues() {
        let t02 = table([("Menot", ["6 365,1-", "922,8-", "7 367,7-", "4 722,8-", "3 091,7-", "698,4-"]),
                         ("Tulot", ["3 427,3", "2 636,3", "841,5", "240,8", "1 666,8", "68,1-"]),
                         ("Netto", ["2 937,8-", "1 713,5", "6 526,2-", "4 482,0-", "1 424,9-", "480,9-"])])
        let t12 = table([("Tulorahoituksen korjauserät", ["34 343,15-", "381 865,02-"]),
                         ("Lyhytaikaisten lainojen muutos", ["505 641,11", "95 483,17-"])], page: 2)
        let (tables, issues) = applied([t02, t12])
        XCTAssertEqual(tables[0].rows[2].cells.map { $0?.value }, ["-2937.8", "1713.5", "-6526.2", "-4482", "-1424.9", "-480.9"].map { Decimal(string: $0) })
        XCTAssertEqual(tables[1].rows[0].cells[0]?.value, Decimal(string: "-34343.15"))
        XCTAssertTrue(tables.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? true } } })
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.code, "number-notation")
        XCTAssertEqual(issues.first?.severity, .info)
        XCTAssertEqual(issues.first?.page, 1)
        XCTAssertTrue(issues.first?.message.hasPrefix("15 number(s) printed as trailing minus") ?? false, issues.first?.message ?? "")
    }

    /// Hold-out 01 (brackets) and 04 (apostrophes): each is its table's convention.
    func testBracketAndApostropheTables() {
        let t01 = table([("Tuet ja avustukset", ["305 927,85", "0,00", "305 927,85", "293 419,52", "(12 508,33)"]),
                         ("Henkilöstökulut", ["(360 579,92)", "21 149,16", "(339 430,76)", "(370 855,30)", "(31 424,54)"])])
        let t04 = table([("MENOT", ["-2'652'954", "-549'422", "-3'202'376", "-711'852"]),
                         ("TULOT", ["0", "340'223", "340'223", "449'913"])])
        let (tables, issues) = applied([t01, t04])
        XCTAssertEqual(tables[0].rows[1].cells[0]?.value, Decimal(string: "-360579.92"))
        XCTAssertEqual(tables[1].rows[0].cells[0]?.value, -2_652_954)
        XCTAssertEqual(issues.map(\.message), [
            "5 number(s) printed as negative in brackets (\"(12 508,33)\") read as negative values, first on page 1",
            "7 number(s) printed as apostrophe thousands (\"2'652'954\") read as thousands groups, first on page 1",
        ])
    }

    /// A lone notation cell, or notation cells with no plain number of their format beside them,
    /// are not the table's convention: text, flagged `unreadable`, no issue.
    func testNotationThatIsNotTheConventionStaysFlagged() {
        let lone = table([("Myyntituotot", ["798 009,18", "0,00", "(12 508,33)"]),
                          ("Maksutuotot", ["499 405,07", "61 371,40", "560 776,47"])])
        let noPlain = table([("Menot", ["2 937,8-", "922,8-"]), ("Henkilöt", ["12", "14"])])
        let (tables, issues) = applied([lone, noPlain])
        XCTAssertNil(tables[0].rows[0].cells[2]?.value)
        XCTAssertEqual(tables[0].rows[0].cells[2]?.flags, [.unreadable])
        XCTAssertEqual(tables[1].rows[0].cells.map { $0?.flags }, [[.unreadable], [.unreadable]])
        XCTAssertEqual(tables[0].rows[1].cells[1]?.value, Decimal(string: "61371.40"))
        XCTAssertEqual(issues, [])
    }
}
