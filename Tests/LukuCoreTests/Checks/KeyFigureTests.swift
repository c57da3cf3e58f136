import XCTest
@testable import LukuCore

/// Key figures named by their label (PerResidentRule, LabelRatioRule) on the pages that prove
/// them, ../shared/real/kauhava-tilinpaatos-2024.pdf p30 (tuloslaskelma ja tunnusluvut, 1 000 €)
/// and p35 (taseen tunnusluvut). Expected numbers are read off the page (`pdftotext -layout`) and
/// are the truth file's identities.
final class KeyFigureTests: XCTestCase {
    private func document(_ pages: ClosedRange<Int>) throws -> Document {
        try KauhavaPages.document(pages)
    }

    private func checks(_ d: Document, row label: String) throws -> (Table, [Check]) {
        let t = try XCTUnwrap(d.allTables.first { $0.rows.contains { $0.label == label } }, label)
        let row = try XCTUnwrap(t.rows.firstIndex { $0.label == label })
        return (t, t.checks.filter { $0.row == row })
    }

    /// p30: Vuosikate, €/asukas = 1000 × 9 552 / 15 049 = 634,7 → 635 (2023: 1000 × 10 107 /
    /// 15 164 → 667); Vuosikate/Poistot, % = 100 × 9 552 / 6 275 = 152,2 (2023: 118,8);
    /// Toimintatuotot/Toimintakulut, % 2023 = 100 × 7 920 / 47 230 = 16,77 → 16,8 holds; 2024 =
    /// 100 × 7 726 / 46 217 = 16,72 printed 16,8 (the truth's source inconsistency (1)) does not,
    /// and a key figure that does not follow is left unverified, never flagged (LabelRatioRule).
    func testPerResidentAndNamedRatiosOnTheIncomeStatement() throws {
        let d = try document(30...30)
        let (t, perResident) = try checks(d, row: "Vuosikate, €/asukas")
        XCTAssertEqual(perResident.map(\.expected), [635, 667])
        XCTAssertEqual(perResident.map(\.outcome), [.ok, .ok])
        XCTAssertEqual(perResident.first?.operands.map { t.rows[$0.row].label }, ["Vuosikate", "Asukasmäärä"])
        let (_, cover) = try checks(d, row: "Vuosikate/Poistot, %")
        XCTAssertEqual(cover.map(\.expected), [Decimal(string: "152.2"), Decimal(string: "118.8")])
        XCTAssertEqual(cover.first?.operands.map { t.rows[$0.row].label }, ["Vuosikate", "Poistot ja arvonalentumiset"])
        let (_, share) = try checks(d, row: "Toimintatuotot/Toimintakulut, %")
        XCTAssertEqual(share.map(\.column), [1])
        XCTAssertEqual(share.map(\.outcome), [.ok])
        XCTAssertFalse(t.rows.flatMap(\.cells).contains { $0?.flags.contains(.checkFailed) == true })
    }

    /// p35: Kertynyt yli-/alijäämä, €/asukas = 1000 × 18 061 / 15 049 = 1 200,1 → 1 200;
    /// Lainakanta 31.12., €/as. = 1000 × 72 904 / 15 049 → 4 844 (the amount's label carries
    /// "1000 €", and the per-resident figure agrees with the printed Lainakanta, as the truth notes).
    func testPerResidentFiguresOfTheBalanceSheet() throws {
        let d = try document(35...35)
        let (t, surplus) = try checks(d, row: "Kertynyt yli-/alijäämä, €/asukas")
        XCTAssertEqual(surplus.map(\.actual), [1200, 908])
        XCTAssertTrue(surplus.allSatisfy { $0.outcome == .ok })
        XCTAssertEqual(surplus.first?.operands.first.map { t.rows[$0.row].label }, "Kertynyt yli-/alijäämä, 1000 €")
        let (_, loans) = try checks(d, row: "Lainakanta 31.12., €/as.")
        XCTAssertEqual(loans.map(\.outcome), [.ok, .ok])
    }

    /// Without the amount or the residents there is nothing to test; a figure that follows with
    /// neither scale (60 beside 2 727 and 47 133 residents: 57,9 in thousands, 0,06 in euros) gives
    /// no check; a table without a unit takes the scale that holds (synth-1000-16 p1, no unit read:
    /// 2 727 → 1000 × 2 727 / 47 133 = 57,9 → 58 as printed); a label that is a range
    /// ("yli-/alijäämä, %") is not a ratio.
    func testNoCheckWithoutItsOperands() {
        let columns = [Column(header: "2024")]
        let alone = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Vuosikate, €/asukas", ["635"]),
            CheckFixtures.row("Asukasmäärä", ["15 049"]),
        ])
        XCTAssertTrue(PerResidentRule().checks(in: alone).isEmpty)
        let unfollowed = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Vuosikate", ["2 727"]),
            CheckFixtures.row("Vuosikate, €/asukas", ["60"]),
            CheckFixtures.row("Asukasmäärä", ["47 133"]),
        ])
        XCTAssertTrue(PerResidentRule().checks(in: unfollowed).isEmpty)
        let followed = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Vuosikate", ["2 727"]),
            CheckFixtures.row("Vuosikate, €/asukas", ["58"]),
            CheckFixtures.row("Asukasmäärä", ["47 133"]),
        ])
        XCTAssertEqual(PerResidentRule().checks(in: followed).map(\.outcome), [.ok], "no unit: the scale that holds, 1000")
        XCTAssertNil(LabelRatioRule.parts("KERTYNYT YLI-/ALIJÄÄMÄ, %"))
        XCTAssertEqual(LabelRatioRule.parts("VUOSIKATE/POISTOT, %").map { [$0.0, $0.1] }, ["VUOSIKATE", "POISTOT"])
    }
}
