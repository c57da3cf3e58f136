import XCTest
@testable import LukuCore

/// The rounding rule (Checks/RoundingTolerance.swift) and the outcomes it gives, on numbers as
/// printed in the documents.
final class RoundingToleranceTests: XCTestCase {
    typealias F = CheckFixtures

    func testDecimalsComeFromThePrintedDigitsNotTheLastSeparator() {
        XCTAssertEqual(RoundingTolerance.decimals(F.cell("-5,2")), 1)
        XCTAssertEqual(RoundingTolerance.decimals(F.cell("1 665 558")), 0)
        XCTAssertEqual(RoundingTolerance.decimals(F.cell("11 080 763,67")), 2)
        XCTAssertEqual(RoundingTolerance.decimals(F.cell("0,00")), 2)
        // Lapua's minutes group with dots: "239.398" is 239 398, no decimals.
        XCTAssertEqual(RoundingTolerance.decimals(Cell(text: "239.398", value: 239398)), 0)
        XCTAssertNil(RoundingTolerance.decimals(F.cell("siirretty")))
    }

    /// Integer digits read from a Decimal's parts equal those found by rounding and comparing,
    /// for values below 1, around powers of ten, with trailing zeros and of 20 digits.
    func testIntegerDigitsFromThePartsEqualTheComparison() throws {
        var values: [Decimal] = [0, 1, 9, 10, 99, 100, -1, Decimal(UInt64.max)]
        for text in ["0.5", "-0.05", "9.99", "10.0", "999999.5", "1000000", "6228970.00", "-6649150", "1e30", "1e-30"] {
            values.append(try XCTUnwrap(Decimal(string: text)))
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let significand = Decimal(UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63, using: &generator))
            values.append(Decimal(sign: .minus, exponent: Int.random(in: -15...15, using: &generator), significand: significand))
        }
        for value in values {
            XCTAssertEqual(RoundingTolerance.integerDigits(value), RoundingTolerance.integerDigitsByComparison(value), "\(value)")
        }
    }

    func testSumToleranceGrowsWithTheTermsAndVanishesWithCents() {
        let euros = ["9 552", "885", "-25"].map(F.cell)
        XCTAssertEqual(RoundingTolerance.sum(total: F.cell("-1 298"), terms: Array(euros.prefix(2))), 1)
        XCTAssertEqual(RoundingTolerance.sum(total: F.cell("-1 298"), terms: euros + euros), 3)
        XCTAssertEqual(RoundingTolerance.sum(total: F.cell("9 551 587,40"), terms: [F.cell("1,00"), F.cell("2,00")]), 0)
        XCTAssertEqual(RoundingTolerance.sum(total: F.cell("16,8"), terms: [F.cell("1,5"), F.cell("2,5")]), Decimal(string: "0.1"))
    }

    /// 1 550 / 1 000 in whole units is 155,0 %, but the rounded inputs allow 1 549,5 / 1 000,5 =
    /// 154,87 … 1 550,5 / 999,5 = 155,13: ±0,1. Kauhava p30 Vuosikate/Poistot 2024, 9 552 / 6 275
    /// = 152,22, stays 152,2 at every corner: no tolerance.
    func testPercentToleranceFollowsTheOperandsRounding() {
        let (expected, tolerance) = RoundingTolerance.percent(numerator: 1550, denominator: 1000, decimals: 1, operandUnit: 1)
        XCTAssertEqual(expected, 155)
        XCTAssertEqual(tolerance, Decimal(string: "0.1"))
        XCTAssertEqual(RoundingTolerance.percent(numerator: 1550, denominator: 1000, decimals: 1, operandUnit: nil).tolerance, 0)
        let kauhava = RoundingTolerance.percent(numerator: 9552, denominator: 6275, decimals: 1, operandUnit: 1)
        XCTAssertEqual(kauhava.expected, Decimal(string: "152.2"))
        XCTAssertEqual(kauhava.tolerance, 0)
    }

    /// The pair search's shortcut (percentOrFar) gives the exact expected value always, and the
    /// exact tolerance unless the print is a mismatch under it anyway: the outcome never changes.
    /// Operands from whole euros to cents, small and near-zero denominators, prints from right to
    /// far off. Kauhava p123 Tot. % 97,0 of 1 455 / 1 500 is right; 45,6 there is the wrong pair.
    func testPercentShortcutNeverChangesAnOutcome() throws {
        let near = RoundingTolerance.percentOrFar(numerator: 1455, denominator: 1500, decimals: 1, operandUnit: 1, printed: 97)
        XCTAssertEqual(near.expected, 97)
        XCTAssertEqual(near.tolerance, RoundingTolerance.percent(numerator: 1455, denominator: 1500, decimals: 1, operandUnit: 1).tolerance)
        let far = RoundingTolerance.percentOrFar(numerator: 1455, denominator: 1500, decimals: 1, operandUnit: 1,
                                                 printed: try XCTUnwrap(Decimal(string: "45.6")))
        XCTAssertEqual(far.tolerance, 0, "far off: the corners are not computed")
        var generator = SystemRandomNumberGenerator()
        var skipped = 0
        for _ in 0..<3_000 {
            let n = Decimal(Int.random(in: -2_000_000...2_000_000, using: &generator))
            let d = Decimal(Int.random(in: -3_000...3_000, using: &generator))
            guard d != 0 else { continue }
            let unit: Decimal? = [nil, 1, Decimal(string: "0.1"), Decimal(string: "0.01")].randomElement(using: &generator) ?? nil
            let decimals = Int.random(in: 0...2, using: &generator)
            let exact = RoundingTolerance.percent(numerator: n, denominator: d, decimals: decimals, operandUnit: unit)
            let printed = exact.expected + Decimal(Int.random(in: -50...50, using: &generator)) * RoundingTolerance.unit(decimals: decimals)
            let quick = RoundingTolerance.percentOrFar(numerator: n, denominator: d, decimals: decimals, operandUnit: unit, printed: printed)
            XCTAssertEqual(quick.expected, exact.expected)
            XCTAssertEqual(Check.compare(quick.expected, printed, tolerance: quick.tolerance),
                           Check.compare(exact.expected, printed, tolerance: exact.tolerance), "\(n) / \(d), printed \(printed)")
            if quick.tolerance != exact.tolerance {
                skipped += 1
                XCTAssertEqual(Check.compare(exact.expected, printed, tolerance: exact.tolerance), .mismatch)
            }
        }
        XCTAssertGreaterThan(skipped, 100, "the shortcut is taken")
    }

    /// Kemijärvi hallintopalvelut TP 2024, Keskusvaalilautakunta: -54 950 + 43 181 = -11 769,
    /// printed -11 770 is rounding; Tietohallinto TP 2022 (600 000 off) stays a mismatch.
    func testRoundingIsToldApartFromAMismatch() {
        var table = F.hallintopalvelut
        let issues = IdentityChecker(rules: [NettomenoRule()], documentRules: []).check(&table)
        let outcome = { (row: Int, column: Int) in table.checks.first { $0.row == row && $0.column == column }?.outcome }
        XCTAssertEqual(outcome(2, 4), .rounding)
        XCTAssertEqual(outcome(8, 0), .mismatch)
        XCTAssertFalse(table.rows[2].cells[4]!.flags.contains(.checkFailed), "a rounding difference flags nothing")
        XCTAssertTrue(table.rows[8].cells[0]!.flags.contains(.checkFailed))
        XCTAssertEqual(issues.filter { $0.code == "identity-mismatch" }.count, table.checks.filter { $0.outcome == .mismatch }.count)
        let message = issues.first { $0.message.contains("Tietohallinto") }?.message ?? ""
        XCTAssertTrue(message.contains("terms: -1 093 077 + 82 043"), message)
        XCTAssertTrue(message.contains("off by 600000, rounding allows 1"), message)
    }

    /// A POIKKEAMA printed as budget − actual is a `sign` outcome only when the document does so
    /// twice; once, it is a mismatch (Kauhava p126 does it for three outflow rows).
    func testReversedPoikkeamaNeedsASecondExample() {
        let columns = [Column(header: "TA+muutos 2024", kind: .taMuutos, year: 2024),
                       Column(header: "TP 2024", kind: .tp, year: 2024),
                       Column(header: "POIKKEAMA €", kind: .poikkeama, unit: "€")]
        let once = F.table(columns: columns, [
            F.row("MENOT", ["-6 649 150", "-6 305 569", "-343 581"]),
            F.row("TULOT", ["1 204 150", "1 607 737", "403 587"]),
        ])
        var checked = once
        _ = IdentityChecker(rules: [VarianceRule()], documentRules: []).check(&checked)
        XCTAssertEqual(checked.checks.map(\.outcome), [.mismatch, .ok])
        let twice = F.table(columns: columns, [
            F.row("MENOT", ["-6 649 150", "-6 305 569", "-343 581"]),
            F.row("TULOT", ["1 204 150", "1 607 737", "-403 587"]),
        ])
        checked = twice
        _ = IdentityChecker(rules: [VarianceRule()], documentRules: []).check(&checked)
        XCTAssertEqual(checked.checks.map(\.outcome), [.sign, .sign])
        XCTAssertTrue(checked.rows.allSatisfy { $0.cells.allSatisfy { !($0?.flags.contains(.checkFailed) ?? false) } })
    }

    /// The verified share counts the total and the terms of ok and rounding checks only.
    func testVerifiedCellsCountOkAndRoundingChecks() {
        var table = F.hallintopalvelut
        _ = IdentityChecker(rules: [NettomenoRule()], documentRules: []).check(&table)
        // 3 groups × 3 rows × 5 columns = 45 numeric cells; the mismatches at (2, 0) and (8, 0)
        // verify nothing, so column 0 of those two groups (6 cells) is unverified.
        XCTAssertEqual(table.numericCellCount, 45)
        XCTAssertEqual(table.verifiedCells, 39)
    }

    /// `HalfUnit` gives what dividing the unit by 2 gives, for the units a check uses (made once)
    /// and for any other (divided then): the same value and parts, and the Double of the parts.
    func testHalfUnitIsTheDivisionsResult() throws {
        var units = (0...3).map { RoundingTolerance.unit(decimals: $0) }
        units += [2, 5, try XCTUnwrap(Decimal(string: "0.10")), Decimal(sign: .plus, exponent: -2, significand: 10)]
        for u in units {
            let half = HalfUnit.of(u)
            XCTAssertEqual(half.half, u / 2, "\(u)")
            XCTAssertEqual(DecimalParts.of(half.half), DecimalParts.of(u / 2), "\(u)")
            XCTAssertEqual(half.double, DecimalParts.of(u / 2)?.double, "\(u)")
        }
        XCTAssertEqual(HalfUnit.of(RoundingTolerance.unit(decimals: 1)).double, 0.05)
    }
}
