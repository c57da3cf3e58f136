import Foundation
import XCTest
@testable import LukuCore

/// The tidy CSV of a real corpus document, read back by Python (the csv module, and pandas when
/// installed) and compared cell by cell with the JSON it came from.
final class TidyCSVTests: XCTestCase {
    static let name = "kemijarvi-hallintopalvelut-tp2024.pdf"

    func testEveryCellReadsBackFromPythonAsInTheJSON() throws {
        let document = try Fixtures.golden(Self.name)
        let scratch = try ScratchFolder(self)
        let csvPath = scratch.url.appendingPathComponent("cells.csv").path
        try CSVExport.writeTidy([document], to: csvPath)

        let run = try PythonTool.run("csv_readback.py", [csvPath])
        XCTAssertEqual(run.status, 0, run.stderr)
        let read = try XCTUnwrap(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let records = try XCTUnwrap(read["records"] as? [[String: String]])

        // One line per non-empty cell, in the JSON's order, every field as the JSON has it.
        var expected: [(Table, Int, Int, Cell)] = []
        for t in document.allTables {
            for (r, row) in t.rows.enumerated() {
                for (c, cell) in row.cells.enumerated() { if let cell { expected.append((t, r, c, cell)) } }
            }
        }
        XCTAssertEqual(records.count, expected.count)
        XCTAssertGreaterThan(expected.count, 600)
        for (record, (table, r, c, cell)) in zip(records, expected) {
            let place = "\(table.id) row \(r) column \(c)"
            XCTAssertEqual(record["document"], Self.name, place)
            XCTAssertEqual(record["sha256"], document.source.sha256, place)
            XCTAssertEqual(record["table"], table.id, place)
            XCTAssertEqual(record["page"], String(table.rows[r].page ?? table.page), place)
            XCTAssertEqual(record["row"], String(r), place)
            XCTAssertEqual(record["column"], String(c), place)
            XCTAssertEqual(record["label"], table.rows[r].label, place)
            XCTAssertEqual(record["group"], table.rows[r].group ?? "", place)
            XCTAssertEqual(record["header"], table.columns[c].header, place)
            XCTAssertEqual(record["text"], cell.text, place)
            XCTAssertEqual(record["flags"], cell.flags.map(\.rawValue).sorted().joined(separator: ";"), place)
            // The exact value: the CSV's text parses to the very Decimal the JSON holds.
            if let value = cell.value {
                XCTAssertEqual(record["value"].flatMap { Decimal(string: $0) }, value, place)
            } else {
                XCTAssertEqual(record["value"], "", place)
            }
            // The total of a mismatch is "false"; a total or an operand (added or subtracted) of an
            // ok or rounding check "true"; a `sign` check proves nothing.
            let computed = table.checks.filter { $0.row == r && $0.column == c }
            let inPassing = table.checks.contains { check in
                check.verifies && check.table == nil && check.operands.contains { $0.row == r && $0.column == c }
            }
            let verified = computed.contains { $0.outcome == .mismatch } ? "false"
                : computed.contains(where: \.verifies) || inPassing ? "true" : ""
            XCTAssertEqual(record["verified"], verified, place)
        }

        // Real values from page 4 (table p4-t3, Hallintopalvelut), as printed on the page.
        let menotTP = try XCTUnwrap(records.first { $0["table"] == "p4-t3" && $0["label"] == "MENOT" && $0["header"] == "TP 2024" })
        XCTAssertEqual(menotTP["value"], "-6305569")
        XCTAssertEqual(menotTP["text"], "-6 305 569")
        XCTAssertEqual(menotTP["kind"], "TP")
        XCTAssertEqual(menotTP["year"], "2024")
        let percent = try XCTUnwrap(records.first { $0["table"] == "p4-t3" && $0["label"] == "MENOT" && $0["header"] == "POIKKEAMA %" })
        XCTAssertEqual(percent["value"], "-5.2")
        XCTAssertEqual(percent["text"], "-5,2", "the comma inside the field survived RFC 4180 quoting")
        XCTAssertEqual(percent["unit"], "%")
        XCTAssertEqual(percent["verified"], "true", "POIKKEAMA % = POIKKEAMA € / TA is a passing check in p4-t3")
        XCTAssertEqual(records.filter { $0["verified"] == "false" }.count,
                       document.allTables.flatMap(\.checks).filter { !$0.ok }.count,
                       "every failed check of this document sits on its own cell")

        // pandas, when installed (make deps installs it): the value column is numeric and adds up.
        if let frame = read["pandas"] as? [String: Any] {
            XCTAssertEqual(frame["rows"] as? Int, expected.count)
            XCTAssertEqual(frame["columns"] as? [String], TidyCSV.header)
            XCTAssertEqual(frame["value_dtype"] as? String, "float64")
            let sum = expected.compactMap { $0.3.value }.reduce(Decimal(0), +)
            let pandasSum = try XCTUnwrap(frame["value_sum"] as? Double)
            XCTAssertEqual(pandasSum, NSDecimalNumber(decimal: sum).doubleValue, accuracy: 0.01)
        } else {
            print("TidyCSVTests: pandas is not installed; read back with Python's csv module only")
        }
    }

    func testFolderOfDocumentsIsOneCSVWithOneHeader() throws {
        let documents = try Fixtures.goldenNames.map(Fixtures.golden)
        let text = TidyCSV.csv(documents)
        let lines = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines.filter { $0.hasPrefix("document,sha256,") }.count, 1)
        // No field of the corpus holds a line break, so lines = cells + the header.
        let cells = documents.flatMap(\.allTables).flatMap(\.rows).flatMap(\.cells).compactMap { $0 }.count
        XCTAssertEqual(lines.count, cells + 1)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertEqual(text, TidyCSV.csv(documents), "deterministic")
    }

    func testWideCSVIsTheTableAsPrinted() throws {
        let document = try Fixtures.golden(Self.name)
        let table = try XCTUnwrap(document.allTables.first { $0.id == "p4-t3" })
        XCTAssertEqual(WideCSV.csv(table), """
            ,TA+muutos 2024,TP 2024,POIKKEAMA €,POIKKEAMA %\r
            MENOT,-6 649 150,-6 305 569,343 581,"-5,2"\r
            TULOT,1 204 150,1 607 737,403 587,"33,5"\r
            NETTOMENO,-5 445 000,-4 697 832,747 168,"-13,7"\r

            """)
        XCTAssertEqual(WideCSV.fileName(table, in: document.source), "kemijarvi-hallintopalvelut-tp2024.pdf.p4-t3.csv")
    }

    func testWideExportRefusesTwoDifferentDocumentsWithOneName() throws {
        var a = try Fixtures.golden(Self.name)
        var b = a
        a.source.sha256 = String(repeating: "a", count: 64)
        b.source.sha256 = String(repeating: "b", count: 64)
        let scratch = try ScratchFolder(self)
        XCTAssertThrowsError(try CSVExport.writeWide([a, b], to: scratch.path)) { error in
            XCTAssertTrue("\(error)".contains("two different documents are both named \(Self.name)"), "\(error)")
        }
        XCTAssertEqual(try CSVExport.writeWide([a], to: scratch.path), a.allTables.count)
    }
}
