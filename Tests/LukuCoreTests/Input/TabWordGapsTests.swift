import Foundation
import XCTest
@testable import LukuCore

/// `TabWordGaps`: pdfminer's (markitdown's) text of a wkhtmltopdf PDF writes every space glyph as a
/// TAB and a space only between a row's cells. Lines copied from markitdown's text of hold-out set 7's
/// hold7-01-zebra-kaytto (wkhtmltopdf 0.12.6, `tools/holdout/README7.md`); expected values are that
/// document's truth (`make holdout7`, docs7/hold7-01-zebra-kaytto.truth.json, table kaytto-1).
final class TabWordGapsTests: XCTestCase {
    private func ingest(_ text: String) throws -> Document {
        try CopiedTextIngest.document(text, named: "hold7-01-zebra-kaytto.markitdown.md")
    }

    private func values(_ tables: [Table], _ label: String) throws -> [Decimal?] {
        let row = try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == label }, label)
        return row.cells.map { $0?.value }
    }

    /// hold7-01 p. 1, Sivistyslautakunta: the rows written with tabs for spaces, two of them drawn as
    /// a pipe grid by markitdown. Before: no table from the tab lines (each thousands group a cell);
    /// the scorer matched the next board's table instead (40 wrong without a flag).
    func testWkhtmltopdfTabsAreWordGaps() throws {
        let text = """
        Käyttötalouden\ttoteutuminen\t1.1.–31.12.2025
        Kunnan\ttalous\tkehittyi\ttilikaudella\tennakoitua\tvakaammin.\tVerotulot\tkasvoivat,\tja\ttoimintakulujen\tkasvu\tjäi\ttalousarviossa\tarvioitua\tpienemmäksi.\tInvestoinnit
        toteutuivat\tpääosin\tsuunnitellusti.
        Sivistyslautakunta
        € TA\t2025 Muutokset TA+muutokset Toteutuma Poikkeama Käyttö-%
        TOIMINTATUOTOT 18\t911\t210 −30\t643 18\t880\t567 18\t538\t918 −341\t649 98,2
        Myyntituotot 2\t465\t297 −130\t122 2\t335\t175 2\t615\t760 280\t585 112,0
        Maksutuotot 5\t020\t825 616\t414 5\t637\t239 5\t503\t073 −134\t166 97,6
        Tuet\tja\tavustukset 4\t060\t646 0 4\t060\t646 3\t617\t421 −443\t225 89,1
        Vuokratuotot 2\t533\t086 −126\t369 2\t406\t717 2\t264\t785 −141\t932 94,1
        Muut\ttoimintatuotot 4\t831\t356 −390\t566 4\t440\t790 4\t537\t879 97\t089 102,2
        TOIMINTAKULUT −15\t606\t822 −111\t302 −15\t718\t124 −15\t575\t689 142\t435 99,1
        Henkilöstökulut −3\t756\t814 105\t031 −3\t651\t783 −3\t525\t692 126\t091 96,5
        Palvelujen\tostot −1\t085\t883 0 −1\t085\t883 −1\t136\t962 −51\t079 104,7
        Aineet,\ttarvikkeet\tja\ttavarat −2\t226\t559 −318\t355 −2\t544\t914 −2\t346\t305 198\t609 92,2
        | Avustukset | −4\t806\t247 | 0       | −4\t806\t247 | −5\t167\t086 | −360\t839 | 107,5 |
        | ---------- | ---------- | ------- | ---------- | ---------- | -------- | ----- |
        | Vuokrat    | −2\t037\t491 | 102\t022 | −1\t935\t469 | −1\t907\t574 | 27\t895   | 98,6  |
        Muut\ttoimintakulut −1\t693\t828 0 −1\t693\t828 −1\t492\t070 201\t758 88,1
        TOIMINTAKATE 3\t304\t388 −141\t945 3\t162\t443 2\t963\t229 −199\t214 93,7
        """
        let tables = try ingest(text).allTables
        XCTAssertEqual(try values(tables, "TOIMINTATUOTOT"), [18911210, -30643, 18880567, 18538918, -341649, Decimal(string: "98.2")])
        XCTAssertEqual(try values(tables, "Tuet ja avustukset"), [4060646, 0, 4060646, 3617421, -443225, Decimal(string: "89.1")])
        XCTAssertEqual(try values(tables, "Aineet, tarvikkeet ja tavarat"), [-2226559, -318355, -2544914, -2346305, 198609, Decimal(string: "92.2")])
        XCTAssertEqual(try values(tables, "TOIMINTAKULUT"), [-15606822, -111302, -15718124, -15575689, 142435, Decimal(string: "99.1")])
        XCTAssertEqual(try values(tables, "Avustukset"), [-4806247, 0, -4806247, -5167086, -360839, Decimal(string: "107.5")])
    }

    /// The rule reads the text, not one line: a Word-style tab text (cells that keep their spaces,
    /// "Tuet ja avustukset\t…") is left as it is even with a long tab-joined header row in it.
    func testWordTabCellsAreLeftAlone() {
        let word = "Tili\tTA\tTP\tMuutos\tKäyttö\tHuom\nTuet ja avustukset\t4 060 646\t0\t4 060 646\t89,1\t\n"
        XCTAssertEqual(TabWordGaps.reorder(word), word)
        let wk = "Kunnan\ttalous\tkehittyi\ttilikaudella\tennakoitua\tvakaammin.\nTuet\tja\tavustukset 4\t060\t646 0\n| Avustukset | −4\t806\t247 |"
        XCTAssertEqual(TabWordGaps.reorder(wk),
                       "Kunnan talous kehittyi tilikaudella ennakoitua vakaammin.\nTuet ja avustukset\t4 060 646\t0\n| Avustukset | −4 806 247 |")
    }
}
