import Foundation
import XCTest
@testable import LukuCore

/// `HeaderCutElsewhere` on pymupdf4llm's Markdown of hold-out set 4's hold4-03 (Apache FOP, a
/// three-page investment table whose header repeats on each page): lines copied from the Markdown
/// that `tools/holdout/run_holdout.py --markdown pymupdf4llm` makes, values from its truth file.
final class HeaderCutElsewhereTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "copied.md")
    }

    /// The end of p. 1 and the start of p. 2: the title "Taloussuunnitelma" cut after "Tal" on
    /// p. 1 and after "Talo" on p. 2.
    static let pages = """
        ## **Investointiohjelma 2026–2029**

        ||||**Tal**|**oussuunnitelma**||
        |---|---|---|---|---|---|
        |**€**|**Kustannusarvio**|**TA 2026**|**TS 2027**|**TS 2028**|**TS 2029**|
        |**Talonrakennus**||||||
        |Koulukeskuksen peruskorjaus|1 097 074|-37 285|-280 817|0|-500 621|
        |Koulukeskuksen laajennus|677 750|0|0|0|-192 076|
        |**Kadut ja liikenneväylät**||||||
        |Koivukujan saneeraus|2 737 285|0|-109 736|-1 064 616|-630 026|
        |Koivukujan päällystys|1 336 014|0|-393 119|-234 452|-654 475|



        1

        Vesihuolto

        Investointiosa 2026–2029

        ||||**Talo**|**ussuunnitelma**||
        |---|---|---|---|---|---|
        |**€**|**Kustannusarvio**|**TA 2026**|**TS 2027**|**TS 2028**|**TS 2029**|
        |Asemakadun päällystys|2 320 867|-861 103|-591 401|-440 311|-720 353|
        |Kirkkotien saneeraus|963 399|-217 904|0|-309 436|-294 657|
        """

    func testRepeatedHeaderCutElsewhereContinuesTheTable() throws {
        let document = try ingest(Self.pages)
        let tables = document.allTables.filter { $0.rows.contains { $0.label == "Koulukeskuksen peruskorjaus" } }
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        let kirkkotie = try XCTUnwrap(table.rows.first { $0.label == "Kirkkotien saneeraus" })
        // Truth: 963399, -217904, 0, -309436, -294657 (hold4-03-long-header-footer.truth.json).
        XCTAssertEqual(kirkkotie.cells.suffix(5).map { $0?.value }, [963399, -217904, 0, -309436, -294657])
    }

    func testSameHeaderOnlyWhenTheCutsCloseUp() {
        XCTAssertTrue(HeaderCutElsewhere.same(["", "", "Tal", "oussuunnitelma", ""], ["", "", "Talo", "ussuunnitelma", ""]))
        // Another word, another empty cell, another count, or the very same header: not this rule's.
        XCTAssertFalse(HeaderCutElsewhere.same(["", "", "Tal", "oussuunnitelma", ""], ["", "", "Talo", "usarvio", ""]))
        XCTAssertFalse(HeaderCutElsewhere.same(["", "", "Tal", "oussuunnitelma", ""], ["", "Tal", "", "oussuunnitelma", ""]))
        XCTAssertFalse(HeaderCutElsewhere.same(["TA 2026", "TS 2027"], ["TA 2026", "TS 2027", ""]))
        XCTAssertFalse(HeaderCutElsewhere.same(["TA 2026", "TS 2027"], ["TA 2026", "TS 2027"]))
    }
}
