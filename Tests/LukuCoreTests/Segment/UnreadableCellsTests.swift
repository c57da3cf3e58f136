import XCTest
@testable import LukuCore

/// Whatever reader made a cell, digits that read as no number are flagged when the table is
/// finished (`TableDraft.unreadableFlagged`).
final class UnreadableCellsTests: XCTestCase {
    private func finished(_ texts: [String]) -> [Cell?] {
        let row = Row(label: "Vuosikate", cells: texts.map { Cell(text: $0, value: FinnishNumber.parse($0)?.value) })
        let draft = TableDraft(page: 2, pages: [2], bbox: nil, caption: nil, unit: nil,
                               columns: texts.map { _ in Column(header: "") }, rows: [row], hasHeader: true,
                               firstLine: 0, lastLine: 0, pendingGroup: nil)
        return draft.finished(id: "p2-t1").rows[0].cells
    }

    /// Synth kuusiselkä `-raw` p. 2: a row's three numbers in one cell, with no value and no flag,
    /// was a wrong number without a flag; a lost zero group ("-691.96") reads as no number.
    func testDigitsThatReadAsNoNumberAreFlagged() {
        let cells = finished(["59.160.576,44 44.471.647,78 33,0%", "-691.96", "44 471 647", "31.12.2024", "Toteutunut"])
        XCTAssertEqual(cells.map { $0?.flags ?? [] }, [[.merged], [.unreadable], [], [], []])
        XCTAssertEqual(cells[2]?.value, 44_471_647)
    }
}
