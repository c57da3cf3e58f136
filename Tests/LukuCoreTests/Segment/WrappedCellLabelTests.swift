import Foundation
import XCTest
@testable import LukuCore

/// Labels wrapped over two or three lines in a table written one cell per line (PyMuPDF's
/// `get_text()` of kauhava-tilinpaatos-2024 p. 128, the cash-flow statement in euros): each
/// wrapped label counts once in a run of label lines (`CellPerLineTable.maxWrapLines`), and a word
/// broken with a hyphen at the line end is joined (`UnfinishedLabelLines`, `TextJoiner`).
final class WrappedCellLabelTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private let kauhava = """
        2024
        2023
        Toiminnan rahavirta
        Vuosikate
        9 551 587,40
        10 107 209,90
        Satunnaiset erät
        885 301,00
        536 164,92
        Tulorahoituksen kor-
        jauserät
        -25 130,19
        -180 960,76
        Lyhytaikaisten lainojen
        muutos
        -4 567 075,00
        2 442 054,00
        Oman pääoman muutokset
        Muut maksuvalmiuden muutokset
        Toimeksiantojen varo-
        jen ja pääomien muu-
        tokset
        6 519,71
        130 474,92
        Vaihto-omaisuuden
        muutos
        18 996,75
        -10 056,88
        """

    func testWrappedLabelsCountOnceAndBrokenWordsJoin() throws {
        let all = tables(kauhava)
        XCTAssertEqual(all.count, 1)
        let table = try XCTUnwrap(all.first)
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["Vuosikate", "Satunnaiset erät", "Tulorahoituksen korjauserät",
                                           "Lyhytaikaisten lainojen muutos", "Toimeksiantojen varojen ja pääomien muutokset",
                                           "Vaihto-omaisuuden muutos"])
        XCTAssertEqual(rows[4].cells.map { $0?.text }, ["6 519,71", "130 474,92"])
        XCTAssertEqual(table.columns.map(\.header), ["2024", "2023"])
    }

    /// Copies of one line are no wrapped label: "hallintopalveluissa" ×3 in `pdftotext`'s default
    /// order of kemijarvi-konserni-elinvoima-ta2026 p. 26 still count as three label lines.
    func testCopiesOfALineAreNoWrap() {
        let text = """
            MENOT
            -334 000
            -334 000
            hallintopalveluissa
            hallintopalveluissa
            hallintopalveluissa
            elinvoimapalveluissa
            -811 570
            -811 570
            """
        XCTAssertFalse(tables(text).flatMap(\.rows).contains { $0.label.contains("elinvoimapalveluissa") })
    }
}
