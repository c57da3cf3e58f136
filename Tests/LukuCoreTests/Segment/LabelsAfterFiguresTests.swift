import Foundation
import XCTest
@testable import LukuCore

/// `LabelsAfterFigures` and `StatementItemOrder` on Kauhava TP 2024 p. 30 (TULOSLASKELMA JA SEN
/// TUNNUSLUVUT) as `pdftotext -raw`, pypdf and PyMuPDF give it: the heading, every figure, then
/// the labels in chunks, last chunk first. Expected values are the printed page
/// (../shared/truth/kauhava-tilinpaatos-2024.truth.json, table tuloslaskelma-ja-tunnusluvut).
final class LabelsAfterFiguresTests: XCTestCase {
    private func tables(_ text: String) -> [Table] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
    }

    private func values(_ row: Row?) -> [Decimal?] { row?.cells.map { $0?.value } ?? [] }

    /// The printed statement, label by label (thousands of euros; costs unsigned as printed).
    static let truth: [(String, String, String)] = [
        ("Toimintatuotot", "7726", "7920"), ("Valmistus omaan käyttöön", "95", "90"), ("Toimintakulut", "46217", "47230"),
        ("Toimintakate", "-38396", "-39220"), ("Verotulot", "33595", "33172"), ("Valtionosuudet", "15121", "17195"),
        ("Korkotuotot", "229", "207"), ("Muut rahoitustuotot", "691", "515"), ("Korkokulut", "1646", "1521"),
        ("Muut rahoituskulut", "43", "240"), ("Vuosikate", "9552", "10107"), ("Poistot ja arvonalentumiset", "6275", "8507"),
        ("Satunnaiset tuotot", "885", "536"), ("Satunnaiset kulut", "0", "0"), ("Tilikauden tulos", "4162", "2136"),
        ("Tilinpäätössiirrot", "129", "145"), ("Tilikauden ylijäämä tai alijäämä", "4291", "2281"),
        ("Toimintatuotot/Toimintakulut, %", "16.8", "16.8"), ("Vuosikate/Poistot, %", "152.2", "118.8"),
        ("Vuosikate, €/asukas", "635", "667"), ("Asukasmäärä", "15049", "15164"),
    ]

    private func assertStatement(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let table = try XCTUnwrap(tables(text).first { $0.rows.contains { $0.label == "Vuosikate" } }, file: file, line: line)
        XCTAssertEqual(table.columns.count, 2, file: file, line: line)
        for (label, a, b) in Self.truth {
            let row = table.rows.first { $0.label == label }
            XCTAssertEqual(values(row), [Decimal(string: a), Decimal(string: b)], label, file: file, line: line)
        }
        // The headings take no figures.
        XCTAssertEqual(values(table.rows.first { $0.label == "Rahoitustuotot ja -kulut" }), [nil, nil], file: file, line: line)
        XCTAssertEqual(values(table.rows.first { $0.label == "TULOSLASKELMAN TUNNUSLUVUT" }), [nil, nil], file: file, line: line)
        // Every cell says order knowledge and arithmetic, not the text, put it there.
        for r in table.rows {
            for cell in r.cells.compactMap({ $0 }) {
                XCTAssertTrue(cell.flags.contains(.ambiguousSplit) && cell.flags.contains(.identityChosen), "\(r.label): \(cell.text)",
                              file: file, line: line)
            }
        }
    }

    func testRawStatementPairedInTheStatementsOrder() throws { try assertStatement(Self.raw) }

    /// pypdf glues the first label to the last figure line ("15 049 15 164Asukasmäärä").
    func testPypdfGluedLabelCutOff() throws {
        XCTAssertTrue(Self.pypdf.contains("15 164Asukasmäärä"))
        try assertStatement(Self.pypdf)
    }

    /// PyMuPDF writes a figure a line (42 lines, two a row) and the heading a word a line.
    func testPyMuPDFOneCellPerLine() throws { try assertStatement(Self.pymupdf) }

    /// Tilikauden tulos printed 100 off: the chain through it fails under the one pairing, so no
    /// table is made and no label gets a figure.
    func testNoTableWhenAChainFails() {
        let broken = Self.raw.replacingOccurrences(of: "4 162 2 136", with: "4 262 2 136")
        XCTAssertNotEqual(broken, Self.raw)
        XCTAssertFalse(tables(broken).contains { t in
            t.rows.contains { $0.label == "Vuosikate" && $0.cells.compactMap { $0?.value }.count == 2 }
        })
    }

    /// A figure line missing: the blocks' lengths disagree (20 rows, 23 labels, two headings), so
    /// no pairing is made.
    func testNoTableWhenTheCountsDisagree() {
        let dropped = Self.raw.replacingOccurrences(of: "\n885 536\n", with: "\n")
        XCTAssertNotEqual(dropped, Self.raw)
        XCTAssertFalse(tables(dropped).contains { t in
            t.rows.contains { $0.label == "Vuosikate" && $0.cells.compactMap { $0?.value }.count == 2 }
        })
    }

    /// The chunks as printed (last first) come back in the statement's order.
    func testChunksPutInTheStatementsOrder() throws {
        let printed = ["Asukasmäärä", "TULOSLASKELMAN TUNNUSLUVUT", "Toimintatuotot/Toimintakulut, %", "Vuosikate/Poistot, %",
                       "Vuosikate, €/asukas", "Poistot ja arvonalentumiset", "Satunnaiset tuotot", "Satunnaiset kulut",
                       "Tilikauden tulos", "Tilinpäätössiirrot", "Tilikauden ylijäämä tai alijäämä", "Rahoitustuotot ja -kulut",
                       "Korkotuotot", "Muut rahoitustuotot", "Korkokulut", "Muut rahoituskulut", "Vuosikate", "Toimintatuotot",
                       "Valmistus omaan käyttöön", "Toimintakulut", "Toimintakate", "Verotulot", "Valtionosuudet"]
        let ordered = try XCTUnwrap(StatementItemOrder.ordered(printed))
        XCTAssertEqual(ordered.first, "Toimintatuotot")
        XCTAssertEqual(Array(ordered[6...7]), ["Rahoitustuotot ja -kulut", "Korkotuotot"])
        XCTAssertEqual(ordered[ordered.count - 5], "TULOSLASKELMAN TUNNUSLUVUT")
        XCTAssertEqual(ordered.last, "Asukasmäärä")
        // Too few labels the order knows (fewer than `minKnown`): no order.
        XCTAssertNil(StatementItemOrder.ordered(["Asukasmäärä", "Omat labelit", "Toimintatuotot"]))
    }

    static let raw = """
TULOSLASKELMA JA SEN TUNNUSLUVUT
2024 2023
1 000 € 1 000 €
7 726 7 920
95 90
46 217 47 230
-38 396 -39 220
33 595 33 172
15 121 17 195
229 207
691 515
1 646 1 521
43 240
9 552 10 107
6 275 8 507
885 536
0 0
4 162 2 136
129 145
4 291 2 281
16,8 % 16,8 %
152,2 % 118,8 %
635 667
15 049 15 164
Asukasmäärä
TULOSLASKELMAN TUNNUSLUVUT
Toimintatuotot/Toimintakulut, %
Vuosikate/Poistot, %
Vuosikate, €/asukas
Poistot ja arvonalentumiset
Satunnaiset tuotot
Satunnaiset kulut
Tilikauden tulos
Tilinpäätössiirrot
Tilikauden ylijäämä tai alijäämä
Rahoitustuotot ja -kulut
Korkotuotot
Muut rahoitustuotot
Korkokulut
Muut rahoituskulut
Vuosikate
Toimintatuotot
Valmistus omaan käyttöön
Toimintakulut
Toimintakate
Verotulot
Valtionosuudet
"""

    static let pypdf = """
TULOSLASKELMA JA SEN TUNNUSLUVUT
2024 2023
1 000 € 1 000 €
7 726 7 920
95 90
46 217 47 230
-38 396 -39 220
33 595 33 172
15 121 17 195
229 207
691 515
1 646 1 521
43 240
9 552 10 107
6 275 8 507
885 536
0 0
4 162 2 136
129 145
4 291 2 281
16,8 % 16,8 %
152,2 % 118,8 %
635 667
15 049 15 164Asukasmäärä
TULOSLASKELMAN TUNNUSLUVUT
Toimintatuotot/Toimintakulut, %
Vuosikate/Poistot, %
Vuosikate, €/asukas
Poistot ja arvonalentumiset
Satunnaiset tuotot
Satunnaiset kulut
Tilikauden tulos
Tilinpäätössiirrot
Tilikauden  ylijäämä tai alijäämä
Rahoitustuotot ja -kulut
Korkotuotot
Muut rahoitustuotot
Korkokulut
Muut rahoituskulut
Vuosikate
Toimintatuotot
Valmistus omaan käyttöön
Toimintakulut
Toimintakate
Verotulot
Valtionosuudet
"""

    static let pymupdf = """
TULOSLASKELMA JA SEN TUNNUSLUVUT
2024
2023
1 000 €
1 000 €
7 726
7 920
95
90
46 217
47 230
-38 396
-39 220
33 595
33 172
15 121
17 195
229
207
691
515
1 646
1 521
43
240
9 552
10 107
6 275
8 507
885
536
0
0
4 162
2 136
129
145
4 291
2 281
16,8 %
16,8 %
152,2 %
118,8 %
635
667
15 049
15 164
Asukasmäärä
TULOSLASKELMAN TUNNUSLUVUT
Toimintatuotot/Toimintakulut, %
Vuosikate/Poistot, %
Vuosikate, €/asukas
Poistot ja arvonalentumiset
Satunnaiset tuotot
Satunnaiset kulut
Tilikauden tulos
Tilinpäätössiirrot
Tilikauden  ylijäämä tai alijäämä
Rahoitustuotot ja -kulut
Korkotuotot
Muut rahoitustuotot
Korkokulut
Muut rahoituskulut
Vuosikate
Toimintatuotot
Valmistus omaan käyttöön
Toimintakulut
Toimintakate
Verotulot
Valtionosuudet
"""
}
