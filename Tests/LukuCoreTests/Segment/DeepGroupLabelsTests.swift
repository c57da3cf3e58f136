import Foundation
import XCTest
@testable import LukuCore

/// `DeepGroupLabels`: four label lines in a row inside a balance sheet written one cell per line.
/// Lines copied from PyMuPDF's `get_text()` of koha-suomi-oy-tilinpaatos-2024 p. 4.
final class DeepGroupLabelsTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private let koha = """
        Koneet ja kalusto
        1 306,13
        1 741,52
        Yhteensä
        1 306,13
        1 741,52
        PYSYVÄT VASTAAVAT YHTEENSÄ
        1 306,13
        1 741,52
        VAIHTUVAT VASTAAVAT
        Saamiset
        Lyhytaikaiset
        Myyntisaamiset
        15 078,44
        13 734,62
        Muut saamiset
        264,21
        0,00
        """

    /// "VAIHTUVAT VASTAAVAT" / "Saamiset" / "Lyhytaikaiset" over "Myyntisaamiset" and its two
    /// figures, as many as the row above: the sheet goes on as one table, every figure whole.
    func testFourLabelLinesOverARowOfTheSameCountStayInTheTable() throws {
        let all = tables(koha)
        XCTAssertEqual(all.count, 1)
        let table = try XCTUnwrap(all.first)
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["Koneet ja kalusto", "Yhteensä", "PYSYVÄT VASTAAVAT YHTEENSÄ", "Myyntisaamiset", "Muut saamiset"])
        XCTAssertEqual(rows[3].cells.map { $0?.text }, ["15 078,44", "13 734,62"])
        XCTAssertTrue(rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? false } })
    }

    /// The same run over a row of three figures (another count than the row above) is no row of
    /// this table: the table ends at "PYSYVÄT VASTAAVAT YHTEENSÄ" as before.
    func testFourLabelLinesOverAnotherCountEndTheTable() throws {
        let text = koha.replacingOccurrences(of: "15 078,44\n", with: "15 078,44\n1 000,00\n")
        let first = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(first.rows.compactMap { $0.cells.contains { $0 != nil } ? $0.label : nil },
                       ["Koneet ja kalusto", "Yhteensä", "PYSYVÄT VASTAAVAT YHTEENSÄ"])
    }

    func testRuleReadsOnlyOneLabelMoreAndTheExactCount() {
        let lines = TextFileReader.parse("Lyhytaikaiset\nMyyntisaamiset\n15 078,44\n13 734,62\nMuut").lines
        let cells = CellPerLineTable()
        XCTAssertTrue(DeepGroupLabels.continues(lines, at: 1, run: ["VAIHTUVAT VASTAAVAT", "Saamiset", "Lyhytaikaiset"], limit: 3, previous: 2, isValue: cells.isValue))
        XCTAssertFalse(DeepGroupLabels.continues(lines, at: 1, run: ["VAIHTUVAT VASTAAVAT", "Saamiset", "Muut", "Lyhytaikaiset"], limit: 3, previous: 2, isValue: cells.isValue))
        XCTAssertFalse(DeepGroupLabels.continues(lines, at: 1, run: ["VAIHTUVAT VASTAAVAT", "Saamiset", "Lyhytaikaiset"], limit: 3, previous: 3, isValue: cells.isValue))
        XCTAssertFalse(DeepGroupLabels.continues(lines, at: 1, run: ["Valtion toimeksiannot", "Lahjoitusrahastojen erityiskatteet", "Muut toimeksiantojen varat"], limit: 3, previous: 2, isValue: cells.isValue))
        XCTAssertFalse(DeepGroupLabels.continues(lines, at: 1, run: ["VAPAA OMA PÄÄOMA", "2024", "2023"], limit: 3, previous: 2, isValue: cells.isValue))
        XCTAssertFalse(DeepGroupLabels.continues(lines, at: 0, run: ["VAIHTUVAT VASTAAVAT", "Saamiset", "Lyhytaikaiset"], limit: 3, previous: 2, isValue: cells.isValue))
    }
}
