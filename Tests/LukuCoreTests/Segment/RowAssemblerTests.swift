import XCTest
@testable import LukuCore

/// `RowAssembler`: sub-headings become groups, wrapped labels are re-joined, continuations attach.
/// Labels and numbers are those printed on page 4–5 of corpus/kemijarvi-hallintopalvelut-tp2024.pdf.
final class SegmentRowAssemblerTests: XCTestCase {
    private func cells(_ texts: String?...) -> [Cell?] {
        texts.map { $0.map { CellReader.cell($0, column: nil) } }
    }

    private func summary(_ a: RowAssembler) -> [String] {
        a.rows.map { "\($0.group ?? "-") | \($0.label)" }
    }

    func testSubHeadingNamesTheGroupOfTheRowsBelow() {
        var a = RowAssembler(columnCount: 2)
        a.addLabelOnly("Keskusvaalilautakunta", level: 0)
        a.addRow(label: "MENOT", level: 0, cells: cells("19 036", "-20 000"))
        a.addRow(label: "TULOT", level: 0, cells: cells("19 529", "20 000"))
        a.addLabelOnly("Tarkastuslautakunta", level: 0)
        a.addRow(label: "MENOT", level: 0, cells: cells("-31 621", "-86 950"))
        XCTAssertEqual(summary(a), ["Keskusvaalilautakunta | MENOT", "Keskusvaalilautakunta | TULOT",
                                    "Tarkastuslautakunta | MENOT"])
        XCTAssertEqual(a.rows[0].cells.map { $0?.value }, [19036, -20000])
        XCTAssertNil(a.pendingGroup)
    }

    func testWrappedLabelIsJoinedAndKeepsTheGroup() {
        var a = RowAssembler(columnCount: 1)
        a.addLabelOnly("TOIMINTAKULUT", level: 0)
        a.addRow(label: "Palvelujen ostot", level: 1, cells: cells("-3 630 332"))
        a.addLabelOnly("Aineet, tarvikkeet ja", level: 1)
        a.addRow(label: "tavarat", level: 1, cells: cells("-53 786"))
        a.addRow(label: "Avustukset", level: 1, cells: cells("-814 797"))
        XCTAssertEqual(summary(a), ["TOIMINTAKULUT | Palvelujen ostot", "TOIMINTAKULUT | Aineet, tarvikkeet ja tavarat",
                                    "TOIMINTAKULUT | Avustukset"])
        XCTAssertEqual(a.rows[1].cells[0]?.text, "-53 786")
        XCTAssertEqual(a.rows[1].level, 1)
    }

    func testWrappedLabelWithTheValuesOnItsFirstLine() {
        // The values on the first line, the label's end on the next: a lowercase continuation.
        var a = RowAssembler(columnCount: 1)
        a.addRow(label: "Aineet, tarvikkeet ja", level: 1, cells: cells("-53 786"))
        a.addLabelOnly("tavarat", level: 1)
        XCTAssertEqual(a.rows.map(\.label), ["Aineet, tarvikkeet ja tavarat"])
        XCTAssertNil(a.pendingGroup)
    }

    func testTwoLineSubHeadingIsOneGroup() {
        var a = RowAssembler(columnCount: 1)
        a.addLabelOnly("Talouspalvelut", level: 0)
        a.addRow(label: "NETTOMENO", level: 0, cells: cells("-178 579"))
        a.addLabelOnly("Kunnallisverotus ja", level: 0)
        a.addLabelOnly("tasausmaksu", level: 0)
        a.addRow(label: "MENOT", level: 0, cells: cells("-156 752"))
        a.addLabelOnly("Terveys- ja", level: 0)
        a.addLabelOnly("työhyvinvointipalvelut", level: 0)
        a.addRow(label: "MENOT", level: 0, cells: cells("0"))
        XCTAssertEqual(summary(a), ["Talouspalvelut | NETTOMENO", "Kunnallisverotus ja tasausmaksu | MENOT",
                                    "Terveys- ja työhyvinvointipalvelut | MENOT"])
    }

    func testDateContinuesTheLabel() {
        // "Vakinaiset virat ja toimet" wrapped before "31.12.": both orders of label and values.
        var a = RowAssembler(columnCount: 1)
        a.addLabelOnly("Vakinaiset virat ja toimet", level: 0)
        a.addRow(label: "31.12.", level: 0, cells: cells("36"))
        a.addRow(label: "Henkilöstömenot €", level: 0, cells: cells("-2 554 673"))
        XCTAssertEqual(a.rows.map(\.label), ["Vakinaiset virat ja toimet 31.12.", "Henkilöstömenot €"])
        XCTAssertEqual(a.rows.map(\.group), [nil, nil])

        var b = RowAssembler(columnCount: 1)
        b.addRow(label: "Vakinaiset virat ja toimet", level: 0, cells: cells("36"))
        b.addLabelOnly("31.12.", level: 0)
        XCTAssertEqual(b.rows.map(\.label), ["Vakinaiset virat ja toimet 31.12."])
    }

    func testGroupHeadingBeforeAWrappedLabel() {
        var a = RowAssembler(columnCount: 1)
        a.addLabelOnly("TOIMINTAKULUT", level: 0)
        a.addLabelOnly("Aineet, tarvikkeet ja", level: 1)
        a.addRow(label: "tavarat", level: 1, cells: cells("-53 786"))
        XCTAssertEqual(summary(a), ["TOIMINTAKULUT | Aineet, tarvikkeet ja tavarat"])
    }

    func testLabelOnlyLinesAtTheEndArePendingGroup() {
        // Page 6 ends with "Ystävyyskaupunkitoiminta"; its rows are on page 7.
        var a = RowAssembler(columnCount: 1)
        a.addLabelOnly("Työsuojelu", level: 0)
        a.addRow(label: "NETTOMENO", level: 0, cells: cells("-40 387"))
        a.addLabelOnly("Ystävyyskaupunkitoiminta", level: 0)
        XCTAssertEqual(a.pendingGroup, "Ystävyyskaupunkitoiminta")
        XCTAssertEqual(a.rows.count, 1)
    }

    func testContinueCellsJoinsMultiLineTextCells() {
        var a = RowAssembler(columnCount: 2)
        a.addRow(label: "Toimenpide", level: 0, cells: [Cell(text: "hallinto-"), Cell(text: "Asiakaskysely")])
        a.continueCells([0: "palveluissa", 1: "tapahtuma-"])
        a.continueCells([1: "avustusten haku- ja"])
        XCTAssertEqual(a.rows[0].cells.map { $0?.text }, ["hallintopalveluissa", "Asiakaskysely tapahtuma-avustusten haku- ja"])
        XCTAssertEqual(a.rows[0].cells.map { $0?.value }, [nil, nil])
        // Into an empty cell, and never past the column count.
        var b = RowAssembler(columnCount: 1)
        b.continueCells([0: "orpo"])
        XCTAssertTrue(b.rows.isEmpty, "nothing to continue")
        b.addRow(label: "R", level: 0, cells: [nil])
        b.continueCells([0: "uusi", 3: "ohi"])
        XCTAssertEqual(b.rows[0].cells.map { $0?.text }, ["uusi"])
    }
}
