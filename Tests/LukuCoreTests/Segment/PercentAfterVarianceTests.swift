import Foundation
import XCTest
@testable import LukuCore

/// `PercentAfterVariance` on `pdftotext -raw` text of synth tamminiemi p. 6 and honkaniemi p. 1
/// (../shared/synth, text made by tools/flavours.sh --synth): a variance under a thousand right
/// before a percentage of a hundred or more in a "Käyttö-%" / "Muutos-%" column. Expected values
/// are the synth truth files' cells.
final class PercentAfterVarianceTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// synth-1000-08-sheet-tamminiemi-2022 p. 6 in `pdftotext -raw`.
    static let tamminiemi = """
    MÄÄRÄRAHOJEN TOTEUTUMINEN t€
    TA + muutokset TP 2022 Poikkeama Käyttö-%
    Yleishallinto
    MENOT –4.425 –4.142 +283 93,6 %
    TULOT 2.552 2.629 +76 103,0 %
    NETTOMENO –1.873 –1.514 +359 80,8 %
    Talous- ja henkilöstöhallinto
    MENOT –1.880 –1.955 –75 104,0 %
    TULOT 409 423 +14 103,5 %
    NETTOMENO –1.471 –1.532 –61 104,1 %
    Elinkeinopalvelut
    MENOT –4.140 –3.682 +458 88,9 %
    """

    func testPercentAfterAVarianceUnderAThousandIsItsOwnCell() throws {
        let table = try XCTUnwrap(tables(Self.tamminiemi).first)
        XCTAssertEqual(table.columns.last?.header, "Käyttö-%")
        let unit = table.rows.filter { $0.group == "Talous- ja henkilöstöhallinto" }
        XCTAssertEqual(unit.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(unit[0].cells.map { $0?.value }, [-1880, -1955, -75, Decimal(string: "104.0")])
        XCTAssertEqual(unit[2].cells.map { $0?.value }, [-1471, -1532, -61, Decimal(string: "104.1")])
        // The text also reads "–75 104,0 %" as one number: the cells say the reading was chosen.
        XCTAssertTrue(unit[0].cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) }, "\(unit[0].cells)")
    }

    func testKeepsOnlyACutBeforeAPercentInAPercentColumn() {
        let columns = ["TA + muutokset", "TP 2022", "Poikkeama", "Käyttö-%"].map { Column(header: $0) }
        XCTAssertTrue(PercentAfterVariance.keeps(["–1.880", "–1.955", "–75", "104,0 %"], columns: columns))
        // synth honkaniemi p. 1: "Muut maksuvalmiuden muutokset -1200 -400 200,0 %" under "Muutos-%".
        let years = ["1.1.-31.12.2024", "1.1.-31.12.2023", "Muutos-%"].map { Column(header: $0) }
        XCTAssertTrue(PercentAfterVariance.keeps(["-1200", "-400", "200,0 %"], columns: years))
        // A cut between amounts ("-156 | 430" for "-156 430") is no column boundary.
        XCTAssertFalse(PercentAfterVariance.keeps(["-156", "430", "-161 900", "101,7 %"], columns: columns))
        // Without a percent column, or without "%" printed, nothing is kept.
        let amounts = ["TA 2022", "TP 2022", "Poikkeama", "TA 2023"].map { Column(header: $0) }
        XCTAssertFalse(PercentAfterVariance.keeps(["–1.880", "–1.955", "–75", "104,0 %"], columns: amounts))
        XCTAssertFalse(PercentAfterVariance.keeps(["–1.880", "–1.955", "–75", "104,0"], columns: columns))
    }
}
