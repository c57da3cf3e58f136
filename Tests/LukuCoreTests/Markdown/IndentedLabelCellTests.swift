import Foundation
import XCTest
@testable import LukuCore

/// `IndentedLabelCell` (issue 7): markitdown's grid makes the indent of a group's items a pipe
/// column of its own, so an item's label stands in cell 1 with cell 0 empty. Each test on lines
/// copied from the markitdown text of a real or synthetic document (.build-flavours, made by
/// `make flavours`); expected values are the printed page's, as in the truth files
/// (../shared/truth/koha-suomi-oy-tilinpaatos-2024.truth.json, ../shared/synth/synth-1000-15-word-varpuvirta-2021.truth.json).
final class IndentedLabelCellTests: XCTestCase {
    /// Koha-Suomi Oy's income statement (p. 3) in markitdown: sub-items in cell 1, "LIIKEVAIHTO"
    /// and "Liiketoiminnan muut kulut" in cell 0.
    static let koha = """
| TULOSLASKELMA |     | 1.1.2024-31.12.2024 |            | 1.1.2023-31.12.2023 |            |     |
| ------------- | --- | ------------------- | ---------- | ------------------- | ---------- | --- |
| LIIKEVAIHTO   |     |                     | 551 862,26 |                     | 484 651,82 |     |
Materiaalit ja palvelut
Aineet, tarvikkeet ja tavarat
|     | Ulkopuoliset palvelut |     | -2 350,26 |     | -2 321,73 |     |
| --- | --------------------- | --- | --------- | --- | --------- | --- |
|     | Yhteensä              |     | -2 350,26 |     | -2 321,73 |     |
Henkilöstökulut
|     | Palkat ja palkkiot |     | -402 625,64 |     | -366 340,70 |     |
| --- | ------------------ | --- | ----------- | --- | ----------- | --- |
Henkilösivukulut
|     | Eläkekulut            |     | -70 289,80  |     | -60 777,19  |     |
| --- | --------------------- | --- | ----------- | --- | ----------- | --- |
|     | Muut henkilösivukulut |     | -8 277,21   |     | -8 405,44   |     |
|     | Yhteensä              |     | -481 192,65 |     | -435 523,33 |     |
Poistot ja arvonalentumiset
|                           | Suunnitelman mukaiset poistot |     |            | -435,39 |            | -580,51 |
| ------------------------- | ----------------------------- | --- | ---------- | ------- | ---------- | ------- |
|                           | Yhteensä                      |     |            | -435,39 |            | -580,51 |
| Liiketoiminnan muut kulut |                               |     | -77 082,51 |         | -78 771,86 |         |
| LIIKEVOITTO / -TAPPIO     |                               |     | -9 198,55  |         | -32 545,61 |         |
"""

    /// Synth varpuvirta (Word-made) p. 1: the income statement's items under "Toimintatuotot".
    static let varpuvirta = """
|     |     | Tilinpäätös |      | Tilinpäätös |      | Muutos |
| --- | --- | ----------- | ---- | ----------- | ---- | ------ |
|     |     |             | 2021 |             | 2020 | %      |
Toimintatuotot
|                          | Myyntituotot        |     | 22 591 520 |     | 22 784 365 | -0,8 % |
| ------------------------ | ------------------- | --- | ---------- | --- | ---------- | ------ |
|                          | Maksutuotot         |     | 17 373 756 |     | 19 160 077 | -9,3 % |
|                          | Tuet ja avustukset  |     | 11 818 506 |     | 11 663 301 | 1,3 %  |
|                          | Muut toimintatuotot |     | 29 380 025 |     | 31 050 680 | -5,4 % |
| Valmistus omaan käyttöön |                     |     | 3 228 036  |     |            | 0      |
Toimintakulut
Henkilöstökulut
|     | Palkat ja palkkiot | 103 324 393 |     | 109 074 837 |     | -5,3 % |
| --- | ------------------ | ----------- | --- | ----------- | --- | ------ |
Henkilöstösivukulut
|     | Eläkekulut |     | 21 325 726 |     | 21 914 252 | -2,7 % |
| --- | ---------- | --- | ---------- | --- | ---------- | ------ |
Muut
"""

    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    private func rows(_ text: String) -> [Row] {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)).flatMap(\.rows)
    }

    private func row(_ label: String, in text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Row {
        guard let r = rows(text).first(where: { $0.label == label }) else {
            XCTFail("no row \"\(label)\"", file: file, line: line)
            throw XCTSkip("row missing")
        }
        return r
    }

    func testIndentedItemsOfKohaTakeTheirLabels() throws {
        XCTAssertEqual(values(try row("Ulkopuoliset palvelut", in: Self.koha)).prefix(2),
                       [Decimal(string: "-2350.26"), Decimal(string: "-2321.73")])
        XCTAssertEqual(values(try row("Palkat ja palkkiot", in: Self.koha)).prefix(2),
                       [Decimal(string: "-402625.64"), Decimal(string: "-366340.70")])
        // A row labelled in cell 0 keeps its label and its figures.
        XCTAssertEqual(values(try row("Liiketoiminnan muut kulut", in: Self.koha)).prefix(2),
                       [Decimal(string: "-77082.51"), Decimal(string: "-78771.86")])
        // No row is left without its label.
        XCTAssertFalse(rows(Self.koha).contains { $0.label.isEmpty && $0.cells.contains { $0?.value != nil } })
    }

    func testIndentedItemsOfVarpuvirtaUnderTheirColumns() throws {
        XCTAssertEqual(values(try row("Myyntituotot", in: Self.varpuvirta)),
                       [Decimal(string: "22591520"), Decimal(string: "22784365"), Decimal(string: "-0.8")])
        XCTAssertEqual(values(try row("Palkat ja palkkiot", in: Self.varpuvirta)),
                       [Decimal(string: "103324393"), Decimal(string: "109074837"), Decimal(string: "-5.3")])
    }

    /// A header row (words and years, no figure) and a row labelled in cell 0 are no indented items;
    /// a run where one row fills both cell 0 and cell 1 (a code and a name) is left as it is.
    func testHeaderRowsAndTwoFilledCellsAreNoIndent() {
        XCTAssertFalse(IndentedLabelCell.isIndentedItem(["", "", "Tilinpäätös", "", "Tilinpäätös", "", "Muutos"]))
        XCTAssertFalse(IndentedLabelCell.isIndentedItem(["", "Tilinpäätös", "2021", "", "2020", "%"]))
        XCTAssertTrue(IndentedLabelCell.isIndentedItem(["", "Eläkekulut", "", "21 325 726", "", "21 914 252", "-2,7 %"]))
        XCTAssertNil(IndentedLabelCell.rewrite([["3001", "Myyntituotot", "", "120"], ["---", "---", "---", "---"],
                                                ["", "Maksutuotot", "", "80"]]))
    }
}
