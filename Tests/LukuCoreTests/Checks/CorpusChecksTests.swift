import Foundation
import XCTest
@testable import LukuCore

/// The checks on a real document: the known NETTOMENO mistake of Tietohallinto/ict-palvelut is
/// reported and flagged, never repaired, and Joukkoliikenne, which is right, passes.
final class CorpusChecksTests: XCTestCase {
    static let pdf = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/kemijarvi-hallintopalvelut-tp2024.pdf").path

    func testHallintopalvelutTP2024() throws {
        guard FileManager.default.fileExists(atPath: Self.pdf) else {
            throw XCTSkip("\(Self.pdf) is missing")
        }
        let document = Pipeline().run(path: Self.pdf)
        XCTAssertFalse(document.issues.contains { $0.severity == .error }, "\(document.issues)")

        var nettomeno: [(group: String, check: Check, cell: Cell?)] = []
        for table in document.allTables {
            for check in table.checks where check.rule == "MENOT + TULOT = NETTOMENO" {
                let row = table.rows[check.row]
                nettomeno.append((row.group ?? "", check, row.cells[check.column]))
            }
        }
        let ict = nettomeno.filter { $0.group == "Tietohallinto/ict-palvelut" && !$0.check.ok }
        XCTAssertEqual(ict.count, 1)
        XCTAssertEqual(ict.first?.check.expected, -1011034)
        XCTAssertEqual(ict.first?.check.actual, -1611034)
        XCTAssertEqual(ict.first?.cell?.value, -1611034, "the printed value is kept")
        XCTAssertEqual(ict.first?.cell?.flags.contains(.checkFailed), true)
        XCTAssertTrue(document.issues.contains {
            $0.code == "identity-mismatch" && $0.message.contains("Tietohallinto/ict-palvelut")
                && $0.message.contains("gives -1011034, printed -1611034")
        })

        let joukkoliikenne = nettomeno.filter { $0.group == "Joukkoliikenne" }
        XCTAssertFalse(joukkoliikenne.isEmpty)
        XCTAssertTrue(joukkoliikenne.allSatisfy(\.check.ok), "\(joukkoliikenne.filter { !$0.check.ok }.map(\.check))")
    }
}
