import Foundation
import XCTest
@testable import LukuCore

/// Rules for the rows and unit lines of one-row-per-line text (`pdftotext -raw`, pypdf, and
/// `pdftotext`'s default order): lines copied from the flavour texts of ../shared/synth named in
/// each test.
final class RawTextRowRuleTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).tables
    }

    /// `GluedPercent`: synth kuusiselka p. 6 in `-raw`, "MENOT -32 764 -36 017 -34 313 1 704 -4,7%"
    /// under a one-line header: the glued percent is the row's last figure, not its label.
    func testAGluedPercentIsAFigureOfTheRow() throws {
        let text = """
        TP 2019 TA 2020 TA muutosten jälkeen Toteutuma Poikkeama Muutos-%
        MENOT -32 764 -36 017 -34 313 1 704 -4,7%
        TULOT 19 362 19 509 17 790 -1 719 -8,8%
        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.rows.map(\.label), ["MENOT", "TULOT"])
        XCTAssertEqual(table.rows[0].cells.last??.value, Decimal(string: "-4.7"))
        XCTAssertEqual(table.rows[1].cells.last??.text, "-8,8%")
        XCTAssertTrue(GluedPercent.isFigure("97,1%"))
        XCTAssertTrue(GluedPercent.isFigure("-4,7%"))
        XCTAssertFalse(GluedPercent.isFigure("%"))
        XCTAssertFalse(GluedPercent.isFigure("Käyttö-%"))
        XCTAssertFalse(GluedPercent.isFigure("4,%"))
    }

    /// `TableUnit.ofUnitLine`: synth tammiselka p. 1 and katajaselka p. 1 in `-raw` print the unit
    /// once per column ("1 000 € 1 000 €", "1 000 euroa 1 000 euroa"): the table's unit, no row.
    func testAUnitPrintedOncePerColumnIsTheTablesUnit() throws {
        for (line, unit) in [("1 000 € 1 000 €", "1 000 €"), ("1 000 euroa 1 000 euroa", "1 000 euroa"), ("€ € €", "€"), ("1 000 €", "1 000 €")] {
            XCTAssertEqual(TableUnit.ofUnitLine(TextFileReader.parse(line + "\n").lines[0]), unit)
        }
        let text = """
        TULOSLASKELMA
        Tilinpäätös 2024 Tilinpäätös 2023
        1 000 € 1 000 €
        Toimintatuotot
        Myyntituotot 20 014 19 865
        Maksutuotot 9 231 8 907
        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.unit, "1 000 €")
        XCTAssertFalse(table.rows.contains { $0.label.hasPrefix("1 000") })
    }

    /// `DecimalNumberCutApart`: synth petajalampi p. 5 in `pdftotext`'s default order, NETTOMENO's
    /// "-14 021 854,91" alone under two columns has one reading ("-14 021" | "854,91"), which cuts
    /// a decimal number apart; a row of two numbers ("-5 047 310,82 -5 549 000,00") does not.
    func testADecimalNumberCutApartIsInDoubt() {
        XCTAssertTrue(DecimalNumberCutApart.matches(["-14", "021", "854,91"], numbers: ["-14 021", "854,91"]))
        XCTAssertFalse(DecimalNumberCutApart.matches(["-5", "047", "310,82", "-5", "549", "000,00"],
                                                     numbers: ["-5 047 310,82", "-5 549 000,00"]))
        XCTAssertFalse(DecimalNumberCutApart.matches(["13", "854", "14", "427"], numbers: ["13 854", "14 427"]))
    }
}
