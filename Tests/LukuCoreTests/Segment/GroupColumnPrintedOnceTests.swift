import XCTest
@testable import LukuCore

/// `GroupColumnPrintedOnce`: a cost centre printed once, left of its first row, names the rows under
/// it; the account's code and name are the label.
final class SegmentGroupColumnPrintedOnceTests: XCTestCase {
    /// hold-out hold6-12-erp-tiliraportti p. 1 as the geometric reader drafted it before the rule
    /// (first run, main caf8559): the centre "110 Hallinto" as the first row's label, the accounts as
    /// a text column, the header "Tilin nimi" read into the first value column's name. Figures as printed.
    func testERPAccountReport() {
        func n(_ s: String) -> Cell { Cell(text: s, value: FinnishNumber.parse(s)?.value) }
        func row(_ label: String, _ account: String, _ ta: String, _ tot: String, _ pct: String) -> Row {
            Row(label: label, level: label.isEmpty ? 1 : 0, cells: [Cell(text: account), n(ta), n(tot), n(pct)])
        }
        let rows = [row("110 Hallinto", "3000 Myyntituotot", "485 552,48", "465 644,83", "95,9"),
                    row("", "3200 Maksutuotot", "234 757,13", "190 388,03", "81,1"),
                    row("", "4000 Palkat ja palkkiot", "-92 485,42", "-93 965,19", "101,6"),
                    row("", "Yhteensä", "-677 927,41", "-640 923,23", "94,5"),
                    row("210 Varhaiskasvatus", "3200 Maksutuotot", "724 040,20", "779 067,26", "107,6"),
                    row("", "3500 Tuet ja avustukset", "353 923,54", "407 012,07", "115,0"),
                    row("", "Yhteensä", "-1 840 409,41", "-1 647 836,48", "89,5")]
        let columns = [Column(header: ""), TextTableBuilder.column("Tilin nimi TA 2025"), TextTableBuilder.column("Toteutuma"),
                       TextTableBuilder.column("Käyttö-%")]
        let draft = TableDraft(page: 1, pages: [1], bbox: nil, caption: nil, unit: nil, columns: columns, rows: rows,
                               hasHeader: true, firstLine: 0, lastLine: 10)
        let read = GroupColumnPrintedOnce.apply(draft)
        XCTAssertEqual(read.columns.map(\.header), ["TA 2025", "Toteutuma", "Käyttö-%"])
        XCTAssertEqual(read.rows.map(\.label), ["3000 Myyntituotot", "3200 Maksutuotot", "4000 Palkat ja palkkiot", "Yhteensä",
                                                "3200 Maksutuotot", "3500 Tuet ja avustukset", "Yhteensä"])
        XCTAssertEqual(read.rows.map(\.group), ["110 Hallinto", "110 Hallinto", "110 Hallinto", "110 Hallinto",
                                                "210 Varhaiskasvatus", "210 Varhaiskasvatus", "210 Varhaiskasvatus"])
        XCTAssertEqual(read.rows[2].cells.map { $0?.value }, [Decimal(string: "-92485.42"), Decimal(string: "-93965.19"),
                                                               Decimal(string: "101.6")])
    }

    /// A table whose rows each print their label beside a text column (a goal table) is not touched;
    /// nor is one whose first column holds a figure.
    func testOwnLabelsOrFiguresStay() {
        let cells = [Cell(text: "Toteutui"), Cell(text: "12", value: 12), Cell(text: "15", value: 15)]
        let own = (1...6).map { Row(label: "Tavoite \($0)", cells: cells) }
        let d = TableDraft(page: 1, pages: [1], bbox: nil, caption: nil, unit: nil,
                           columns: [Column(header: ""), Column(header: "TA 2025"), Column(header: "TP 2024")],
                           rows: own, hasHeader: true, firstLine: 0, lastLine: 6)
        XCTAssertEqual(GroupColumnPrintedOnce.apply(d).rows.map(\.label), own.map(\.label))
        var figures = d
        figures.rows = (0..<6).map { Row(label: $0 == 0 ? "Hallinto" : "", cells: [Cell(text: "3000", value: 3000)] + cells.dropFirst()) }
        XCTAssertEqual(GroupColumnPrintedOnce.apply(figures).rows.map(\.label), figures.rows.map(\.label))
    }
}
