import Foundation
import XCTest
@testable import LukuCore

/// pymupdf4llm's Markdown of hold-out set 8's Courier documents (fpdf2, `tools/holdout/README8.md`):
/// lines copied from the Markdown `tools/holdout/run_holdout.py --markdown pymupdf4llm` makes, expected
/// values from each document's truth file (the printed figures).
final class CodeSpanCellsTests: XCTestCase {
    /// hold8-09 (an ERP toteutumavertailu in Courier, trailing minus, typed rules).
    static let erpRows = """
        |`Tili / nimike`|`TA 2025`|`Toteutuma`|`Erotus`|`Käyttö-%`|
        |---|---|---|---|---|
        |`=====================================`|`======================`|`===================`|`===============`|`=====`|
        |**`TOIMINTATUOTOT`**|||||
        |`Myyntituotot`|`125 481`|`140 323`|`14 842`|`111,8`|
        |`Maksutuotot`|`817 299`|`768 140`|`49 159-`|`94,0`|
        |`Muut toimintatuotot`|`536 345`<br>`---------------`|`529 765`<br>`-------------------`|`6 580-`<br>`---------------`|`98,8`<br>`-----------`|
        |**`Toimintatuotot yhteensä`**|**`3 818 643`**|**`3 933 322`**|**`114 679`**|**`103,0`**|
        """

    func testCodeSpanCellsAreFiguresAndTypedRulesGo() throws {
        let document = try CopiedTextIngest.document(Self.erpRows, named: "copied.md")
        let table = try XCTUnwrap(document.allTables.first)
        XCTAssertEqual(document.allTables.count, 1)
        // Truth (hold8-09-erp-trailing-minus.truth.json): Maksutuotot 817299, 768140, -49159, 94.0;
        // Muut toimintatuotot 536345, 529765, -6580, 98.8 (its rule "-----" under it is no text).
        let maksu = try XCTUnwrap(table.rows.first { $0.label == "Maksutuotot" })
        XCTAssertEqual(maksu.cells.map { $0?.value }, [817299, 768140, -49159, Decimal(string: "94.0")])
        let muut = try XCTUnwrap(table.rows.first { $0.label == "Muut toimintatuotot" })
        XCTAssertEqual(muut.cells.map { $0?.value }, [536345, 529765, -6580, Decimal(string: "98.8")])
        XCTAssertFalse(table.rows.contains { $0.label.contains("=") || $0.label.contains("`") })
    }

    /// hold8-05 (a rahoituslaskelma in Courier): the table finder cut TP 2024's figures at their
    /// last thousands space into a cell of their own.
    static let cutGroups = """
        |**`Toiminnan rahavirta`**||||
        |---|---|---|---|
        |`Vuosikate`|`6 144 720`|`3 836`|`650`|
        |`Satunnaiset erät`|`19 176`|`185`|`134`|
        |`Tulorahoituksen korjauserät`|`-294 724`|`-58`|`075`|
        |**`Toiminnan rahavirta yhteensä`**|**`5 869 172`**|**`3 963`**|**`709`**|
        """

    func testCutThousandsGroupsJoinTheFigureBefore() throws {
        // Truth (hold8-05-courier-rahoitus-break.truth.json): Vuosikate 6144720, 3836650;
        // Satunnaiset erät 19176, 185134; Tulorahoituksen korjauserät -294724, -58075;
        // Toiminnan rahavirta yhteensä 5869172, 3963709.
        let document = try CopiedTextIngest.document(Self.cutGroups, named: "copied.md")
        let table = try XCTUnwrap(document.allTables.first)
        let values = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.label, $0.cells.map { $0?.value }) })
        XCTAssertEqual(values["Vuosikate"], [6144720, 3836650])
        XCTAssertEqual(values["Satunnaiset erät"], [19176, 185134])
        XCTAssertEqual(values["Tulorahoituksen korjauserät"], [-294724, -58075])
        XCTAssertEqual(values["Toiminnan rahavirta yhteensä"], [5869172, 3963709])
    }

    /// Without a group starting with "0" nothing tells a cut group from a small figure: the same
    /// rows without the one whose group is "075" keep their columns as printed.
    func testWithoutALeadingZeroGroupTheColumnsStay() {
        // As the reader runs them: the code spans' backticks go first (`CodeSpanCells`).
        let cut = CodeSpanCells.reorder(Self.cutGroups)
        let text = cut.split(separator: "\n").filter { !$0.contains("075") }.joined(separator: "\n")
        XCTAssertEqual(ThousandsGroupCellColumn.reorder(text), text)
        XCTAssertNotEqual(ThousandsGroupCellColumn.reorder(cut), cut)
    }
}
