import Foundation
import XCTest
@testable import LukuCore

/// Rules for the rows and unit lines of one-row-per-line text (`pdftotext -raw`, pypdf, and
/// `pdftotext`'s default order): lines copied from the flavour texts of ../shared/synth named in
/// each test.
final class RawTextRowRuleTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
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

    /// `TableUnit.ofUnitLineUnderHeader`: synth tammiselka p. 1 and katajaselka p. 1 in `-raw`
    /// print the unit once per column under the header ("1 000 € 1 000 €", "1 000 euroa 1 000
    /// euroa"): the table's unit, no row. Away from a header the repeated line is left to the
    /// other readers (petajalampi p. 4 "euroa euroa euroa euroa" over labels with cells).
    func testAUnitPrintedOncePerColumnIsTheTablesUnit() throws {
        for (line, unit) in [("1 000 € 1 000 €", "1 000 €"), ("1 000 euroa 1 000 euroa", "1 000 euroa"), ("€ € €", "€"), ("1 000 €", "1 000 €")] {
            XCTAssertEqual(TableUnit.ofUnitLineUnderHeader(TextFileReader.parse(line + "\n").lines[0]), unit)
        }
        XCTAssertNil(TableUnit.ofUnitLine(TextFileReader.parse("euroa euroa euroa euroa\n").lines[0]))
        XCTAssertNil(TableUnit.ofUnitLineUnderHeader(TextFileReader.parse("Myyntituotot 20 014 19 865\n").lines[0]))
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
        // Synth kuusimaki p. 2 in pypdf: "18" | "100 000,00" is one amount cut apart.
        XCTAssertTrue(DecimalNumberCutApart.matches(["18", "100", "000,00", "8", "000", "000,00", "126,3%"],
                                                    numbers: ["18", "100 000,00", "8 000 000,00", "126,3%"]))
        XCTAssertFalse(DecimalNumberCutApart.matches(["1", "704", "-4,7%"], numbers: ["1 704", "-4,7%"]))
    }

    /// `PercentColumnWholeNumber`: synth varpuvirta p. 1 in `-raw`, "Valmistus omaan käyttöön
    /// 3 228 036 0" under "Tilinpäätös 2021 / Tilinpäätös 2020 / Muutos %" read as "3" | "228 036" |
    /// "0" is flagged; "Myyntituotot 22 591 520 22 784 365 -0,8 %" is not.
    func testAWholeNumberInAPercentColumnIsInDoubt() throws {
        let text = """
        Tuloslaskelma ja sen tunnusluvut €
        Tilinpäätös
        2021
        Tilinpäätös
        2020
        Muutos
        %
        Toimintatuotot
        Myyntituotot 22 591 520 22 784 365 -0,8 %
        Maksutuotot 17 373 756 19 160 077 -9,3 %
        Tuet ja avustukset 11 818 506 11 663 301 1,3 %
        Valmistus omaan käyttöön 3 228 036 0
        """
        let table = try XCTUnwrap(tables(text).first)
        XCTAssertEqual(table.columns.map(\.header), ["Tilinpäätös 2021", "Tilinpäätös 2020", "Muutos %"])
        let last = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(last.label, "Valmistus omaan käyttöön")
        XCTAssertTrue(last.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) ?? true })
        XCTAssertTrue(table.rows[1].cells.allSatisfy { $0?.flags.isEmpty ?? true })
    }
}
