import XCTest
@testable import LukuCore

/// IdentityReadings (the table's identities choose among readings of run-together digits) and
/// EmptyMarginOperand (a blank income line of a margin is 0 when the margin then holds), on the
/// real lines that prove them: `pdftotext -raw` of ../shared/real/kauhava-tilinpaatos-2024.pdf
/// p123, of ../shared/synth/synth-1000-07-html-honkakoski-2019.pdf p5, and of
/// ../shared/real/lapua-ta2025-lautakuntien-talousarviot.pdf p2. Expected values are the PDF's
/// (the truth files, and Luku's PDF reading of p123).
final class IdentityReadingsTests: XCTestCase {
    private func document(_ lines: [String]) throws -> Document {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("identity-readings-\(UUID().uuidString).raw.txt")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        return Pipeline().run(path: url.path)
    }

    private func row(_ document: Document, _ label: String) throws -> Row {
        try XCTUnwrap(document.allTables.lazy.flatMap(\.rows).first { $0.label == label }, label)
    }

    /// Kauhava p123 in `-raw`: "6 228 970 7 725 767 124,0 %" under TA2024 | TP 2024 | Tot. % also
    /// reads "6 228 970 | 7 725 | 767 124,0 %", the splitter's first choice. Only the PDF's reading
    /// makes Tot. % = TP / TA × 100 hold (7 725 767 / 6 228 970 = 124,0 %); Tekninen lautakunta's
    /// also makes the total row foot. The cells stay flagged, and an info issue says why.
    static let kauhava123 = [
        "2.5 Yhteenveto talousarvion toteutumisesta",
        "KÄYTTÖTALOUSOSAN TOTEUTUMINEN",
        "Toimintatuotot TA2024 TP 2024 Tot. %",
        "Kauhavan kaupunki 6 228 970 7 725 767 124,0 %",
        "Keskusvaalilautakunta 84 000 85 666 102,0 %",
        "Tarkastuslautakunta 0 0 0,0 %",
        "Kaupunginvaltuusto 0 0 0,0 %",
        "Kaupunginhallitus 1 133 100 2 219 916 195,9 %",
        "Kasvatus- ja opetuslautakunta 2 043 660 2 137 089 104,6 %",
        "Elämänlaatulautakunta 464 250 463 437 99,8 %",
        "Tekninen lautakunta 2 256 460 2 505 162 111,0 %",
        "Ympäristölautakunta 247 500 314 497 127,1 %",
    ]

    func testIdentitiesChooseTheReadingOfRunTogetherDigits() throws {
        let doc = try document(Self.kauhava123)
        for (label, values) in [("Kauhavan kaupunki", [Decimal(6_228_970), 7_725_767, Decimal(string: "124.0")!]),
                                ("Kaupunginhallitus", [1_133_100, 2_219_916, Decimal(string: "195.9")!]),
                                ("Tekninen lautakunta", [2_256_460, 2_505_162, 111])] {
            let r = try row(doc, label)
            XCTAssertEqual(r.cells.map { $0?.value }, values, label)
            XCTAssertTrue(r.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true }, "\(label): an identity never unflags")
            // luku.document/5: the cell itself says that the arithmetic chose its reading.
            XCTAssertTrue(r.cells.allSatisfy { $0?.flags.contains(.identityChosen) == true }, "\(label): identity-chosen")
        }
        // A row read as the splitter first read it carries no identity-chosen.
        XCTAssertFalse(try row(doc, "Elämänlaatulautakunta").cells.contains { $0?.flags.contains(.identityChosen) == true })
        let notes = doc.issues.filter { $0.code == IdentityReadings.issueCode }
        XCTAssertEqual(notes.count, 3)
        XCTAssertTrue(notes.allSatisfy { $0.severity == .info && $0.message.contains("ambiguous-split") })
        let table = try XCTUnwrap(doc.allTables.first { $0.rows.contains { $0.label == "Kauhavan kaupunki" } })
        XCTAssertFalse(table.checks.contains { $0.outcome == .mismatch })
    }

    /// Synth 07 honkakoski p5 in `-raw`: six figures under seven columns. "881 | 284,55 | 916 200,00
    /// | 0,00 | 916 200,00 | 975 061,42 | 106,4 %" makes Tot. % hold, but cuts 881 284,55 apart
    /// (a piece without the cents every other amount prints): no reading is chosen by arithmetic.
    func testAReadingThatCutsANumberApartIsNotChosen() throws {
        let doc = try document([
            "Keskusvaalilautakunta, käyttötalous, €",
            "Toteutuma 2018 Talousarvio 2019 TA-muutokset Muutettu TA 2019 Toteutuma Tot. %",
            "TOIMINTATUOTOT 1 732 976,22 1 801 700,00 0,00 1 801 700,00 1 917 381,00 106,4 %",
            "Tuet ja avustukset 881 284,55 916 200,00 0,00 916 200,00 975 061,42 106,4 %",
            "Muut toimintatuotot 851 691,67 885 500,00 0,00 885 500,00 942 319,58 106,4 %",
            "TOIMINTAKULUT -8 220 377,46 -8 491 700,00 0,00 -8 491 700,00 -7 665 638,24 90,3 %",
            "Henkilöstökulut -1 595 977,79 -1 648 700,00 0,00 -1 648 700,00 -1 488 275,74 90,3 %",
            "Avustukset -2 053 464,78 -2 121 200,00 0,00 -2 121 200,00 -1 914 889,94 90,3 %",
            "TOIMINTAKATE -6 487 401,24 -6 690 000,00 0,00 -6 690 000,00 -5 748 257,24 85,9 %",
        ])
        XCTAssertFalse(doc.issues.contains { $0.code == IdentityReadings.issueCode })
        let places = IdentityReadings.evenPrecision(["881", "284,55", "916 200,00"], positions: [0, 1, 2],
                                                    table: CheckFixtures.table([]))
        XCTAssertFalse(places)
        XCTAssertTrue(IdentityReadings.evenPrecision(["881 284,55", "916 200,00", "106,4 %"], positions: [0, 1, 2],
                                                     table: CheckFixtures.table([])))
    }

    /// Kauhava p117 in `-raw` (../shared/real/kauhava-tilinpaatos-2024.pdf): "Verotulot 31 902 31 902
    /// 33 595 1 693" under five columns, Talousarviomuutokset blank in the PDF. The reading "31 | 902
    /// | 31 902 | 33 595 | 1 693" makes Poikkeama = 33 595 − 31 902 = 1 693 hold but Talousarvio
    /// muutosten jälkeen = 31 + 902 = 933 fail against 31 902: a reading under which a check through
    /// the row fails is not chosen (`ReadingByIdentities`), and every cell keeps `ambiguous-split`.
    func testAReadingUnderWhichACheckFailsIsNotChosen() throws {
        let doc = try document([
            "Alkuperäinen",
            "talousarvio",
            "Talousarvio-",
            "muutokset",
            "Talousarvio",
            "muutosten",
            "jälkeen Toteutuma Poikkeama",
            "Verotulot 31 902 31 902 33 595 1 693",
            "Kunnan tulovero 24 420 24 420 26 441 2 021",
            "Kiinteistövero 4 506 4 506 4 327 - 179",
            "Osuus yhteisöveron tuo-",
            "tosta 2 976 2 976 2 827 - 149",
        ])
        XCTAssertFalse(doc.issues.contains { $0.code == IdentityReadings.issueCode && $0.message.contains("Verotulot") })
        let r = try row(doc, "Verotulot")
        XCTAssertFalse(r.cells.contains { $0?.flags.contains(.identityChosen) == true })
        XCTAssertTrue(r.cells.compactMap { $0 }.allSatisfy { $0.flags.contains(.ambiguousSplit) })
    }

    /// Lapua TA 2025 p2 TARKASTUSLAUTAKUNTA prints Toimintatuotot 0 in three columns and nothing
    /// under Raami 2025 (truth: "empty cell = 0"): Toimintakate −36 700 = blank + Toimintakulut
    /// −36 700 is checked there, `ok`.
    func testABlankIncomeCellOfAMarginIsZeroWhenTheMarginHolds() throws {
        let columns = Array(CheckFixtures.fiveYears.prefix(4))
        let table = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Toimintatuotot", ["0", "0", "", "0"]),
            CheckFixtures.row("Toimintakulut", ["-17 059", "-36 700", "-36 700", "-36 700"]),
            CheckFixtures.row("Toimintakate", ["-17 059", "-36 700", "-36 700", "-36 700"]),
        ])
        let checks = OperatingSumRule().checks(in: table).filter { $0.rule == OperatingSumRule.marginRule }
        XCTAssertEqual(checks.map(\.column), [0, 1, 2, 3])
        XCTAssertTrue(checks.allSatisfy { $0.outcome == .ok })
    }

    /// A blank that does not make the margin hold may be a figure the extraction lost: no check,
    /// never a mismatch.
    func testABlankThatBreaksTheMarginGivesNoCheck() {
        let columns = Array(CheckFixtures.fiveYears.prefix(2))
        let table = CheckFixtures.table(columns: columns, [
            CheckFixtures.row("Toimintatuotot", ["26 182", ""]),
            CheckFixtures.row("Toimintakulut", ["-25 908", "-60 000"]),
            CheckFixtures.row("Toimintakate", ["274", "0"]),
        ])
        let checks = OperatingSumRule().checks(in: table).filter { $0.rule == OperatingSumRule.marginRule }
        XCTAssertEqual(checks.map(\.column), [0])
    }
}
