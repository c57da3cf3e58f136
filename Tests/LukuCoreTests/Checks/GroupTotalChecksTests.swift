import XCTest
@testable import LukuCore

final class GroupTotalChecksTests: XCTestCase {
    typealias F = CheckFixtures

    static func groups(total: String = "Toimiala yhteensä", menot: String = "-30") -> Table {
        F.table(columns: [F.fiveYears[0], F.fiveYears[1]], [
            F.row("MENOT", group: "A", ["-10", "-1"]),
            F.row("TULOT", group: "A", ["4", "siirretty"]),
            F.row("NETTOMENO", group: "A", ["-6", "-1"]),
            F.row("MENOT", group: "B", ["-20", "-2"]),
            F.row("TULOT", group: "B", ["5", "0"]),
            F.row("NETTOMENO", group: "B", ["-15", "-2"]),
            F.row("MENOT", group: total, [menot, "-3"]),
            F.row("TULOT", group: total, ["9", "0"]),
            F.row("NETTOMENO", group: total, ["-21", "-3"]),
        ])
    }

    func testTotalGroupIsTheSumOfTheGroupsAbove() {
        let checks = GroupTotalRule().checks(in: Self.groups())
        XCTAssertTrue(checks.allSatisfy { $0.rule == "Toimiala yhteensä = sum of groups" })
        // TULOT of group A has a placeholder in the second column: that cell is skipped.
        XCTAssertEqual(checks.map(\.row), [6, 6, 7, 8, 8])
        XCTAssertEqual(checks.map(\.column), [0, 1, 0, 0, 1])
        XCTAssertTrue(checks.allSatisfy(\.ok))
    }

    func testMismatchIsReportedWithThePrintedGroupName() {
        // Two groups: 1 of rounding is allowed, 5 is a mismatch.
        let checks = GroupTotalRule().checks(in: Self.groups(total: "YHTEENSÄ", menot: "-35"))
        let failed = checks.filter { !$0.ok }
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(failed.first?.rule, "YHTEENSÄ = sum of groups")
        XCTAssertEqual(failed.first?.expected, -30)
        XCTAssertEqual(failed.first?.actual, -35)
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(menot: "-31")).first?.outcome, .rounding)
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(total: "Hallintopalvelut yhteensä")).first?.rule,
                       "Hallintopalvelut yhteensä = sum of groups")
    }

    func testNoTotalGroupOrSeveralTotalGroupsGiveNothing() {
        XCTAssertEqual(GroupTotalRule().checks(in: Self.groups(total: "C")), [])
        var table = Self.groups()
        table.rows += [F.row("MENOT", group: "Vastuualue yhteensä", ["-30", "-3"])]
        XCTAssertEqual(GroupTotalRule().checks(in: table), [])
    }

    func testGroupWithoutTheLabelSkipsThatLabel() {
        var table = Self.groups()
        table.rows.remove(at: 4) // TULOT of B
        let checks = GroupTotalRule().checks(in: table)
        XCTAssertFalse(checks.contains { IdentitySupport.key(table.rows[$0.row].label) == "TULOT" })
        XCTAssertTrue(checks.contains { IdentitySupport.key(table.rows[$0.row].label) == "MENOT" })
    }

    /// Kemijärvi konserni- ja elinvoimapalvelut TA 2026 p8 (`pdftotext -layout`), the TA 2026 and
    /// KS 2026 columns of the Hallintopalvelut cost centres: Joukkoliikenne, Kehittämisprojektit
    /// and Maaseutuneuvontapalvelut print "siirretty | elinkeino- ja | työllisyys va" (moved to
    /// another vastuualue) and add 0 (MovedGroupPlaceholder); the yhteensä rows then hold exactly
    /// (truth: "the text cells 'siirretty …' count as 0").
    static let konserni8 = F.table(id: "p8-t2", page: 8, columns: [
        Column(header: "TA 2026", kind: .ta, year: 2026), Column(header: "KS 2026", kind: .ta, year: 2026),
    ], [
            F.row("MENOT", group: "Keskusvaalilautakunta", ["−7 990", "−7 990"]),
            F.row("TULOT", group: "Keskusvaalilautakunta", ["0", "0"]),
            F.row("NETTOMENO", group: "Keskusvaalilautakunta", ["−7 990", "−7 990"]),
            F.row("MENOT", group: "Tarkastuslautakunta", ["−39 250", "−39 250"]),
            F.row("TULOT", group: "Tarkastuslautakunta", ["0", "0"]),
            F.row("NETTOMENO", group: "Tarkastuslautakunta", ["−39 250", "−39 250"]),
            F.row("MENOT", group: "Kaupunginvaltuusto", ["−173 200", "−173 200"]),
            F.row("TULOT", group: "Kaupunginvaltuusto", ["0", "0"]),
            F.row("NETTOMENO", group: "Kaupunginvaltuusto", ["−173 200", "−173 200"]),
            F.row("MENOT", group: "Kaupunginhallitus", ["−531 740", "−531 740"]),
            F.row("TULOT", group: "Kaupunginhallitus", ["0", "0"]),
            F.row("NETTOMENO", group: "Kaupunginhallitus", ["−531 740", "−531 740"]),
            F.row("MENOT", group: "Kaupungin johtaminen", ["−432 430", "−432 430"]),
            F.row("TULOT", group: "Kaupungin johtaminen", ["0", "0"]),
            F.row("NETTOMENO", group: "Kaupungin johtaminen", ["−432 430", "−432 430"]),
            F.row("MENOT", group: "Suhdetoiminta", ["0", "0"]),
            F.row("TULOT", group: "Suhdetoiminta", ["0", "0"]),
            F.row("NETTOMENO", group: "Suhdetoiminta", ["0", "0"]),
            F.row("MENOT", group: "Kemijärvi historia 3", ["0", "0"]),
            F.row("TULOT", group: "Kemijärvi historia 3", ["0", "0"]),
            F.row("NETTOMENO", group: "Kemijärvi historia 3", ["0", "0"]),
            F.row("MENOT", group: "Kuntaliitto", ["−23 000", "−23 000"]),
            F.row("TULOT", group: "Kuntaliitto", ["0", "0"]),
            F.row("NETTOMENO", group: "Kuntaliitto", ["−23 000", "−23 000"]),
            F.row("MENOT", group: "Lapin liitto", ["−115 000", "−115 000"]),
            F.row("TULOT", group: "Lapin liitto", ["0", "0"]),
            F.row("NETTOMENO", group: "Lapin liitto", ["−115 000", "−115 000"]),
            F.row("MENOT", group: "Itä-Lapin kuntayhtymä", ["−265 000", "−265 000"]),
            F.row("TULOT", group: "Itä-Lapin kuntayhtymä", ["0", "0"]),
            F.row("NETTOMENO", group: "Itä-Lapin kuntayhtymä", ["−265 000", "−265 000"]),
            F.row("MENOT", group: "Hallintopalvelut", ["−405 880", "−405 880"]),
            F.row("TULOT", group: "Hallintopalvelut", ["29 400", "29 400"]),
            F.row("NETTOMENO", group: "Hallintopalvelut", ["−376 480", "−376 480"]),
            F.row("MENOT", group: "Henkilöstöpalvelut", ["−238 650", "−238 650"]),
            F.row("TULOT", group: "Henkilöstöpalvelut", ["20 700", "20 700"]),
            F.row("NETTOMENO", group: "Henkilöstöpalvelut", ["−217 950", "−217 950"]),
            F.row("MENOT", group: "Talouspalvelut", ["−411 280", "−411 280"]),
            F.row("TULOT", group: "Talouspalvelut", ["79 500", "79 500"]),
            F.row("NETTOMENO", group: "Talouspalvelut", ["−331 780", "−331 780"]),
            F.row("MENOT", group: "Kunnallisverotus ja tasausmaksu", ["−528 000", "−528 000"]),
            F.row("TULOT", group: "Kunnallisverotus ja tasausmaksu", ["0", "0"]),
            F.row("NETTOMENO", group: "Kunnallisverotus ja tasausmaksu", ["−528 000", "−528 000"]),
            F.row("MENOT", group: "Työterveyshuolto", ["−180 000", "−180 000"]),
            F.row("TULOT", group: "Työterveyshuolto", ["77 500", "77 500"]),
            F.row("NETTOMENO", group: "Työterveyshuolto", ["−102 500", "−102 500"]),
            F.row("MENOT", group: "Yhteistoiminta", ["−132 630", "−132 630"]),
            F.row("TULOT", group: "Yhteistoiminta", ["0", "0"]),
            F.row("NETTOMENO", group: "Yhteistoiminta", ["−132 630", "−132 630"]),
            F.row("MENOT", group: "Henkilöstön lomaosake", ["−4 500", "−4 500"]),
            F.row("TULOT", group: "Henkilöstön lomaosake", ["4 500", "4 500"]),
            F.row("NETTOMENO", group: "Henkilöstön lomaosake", ["0", "0"]),
            F.row("MENOT", group: "Työsuojelu", ["−40 480", "−40 480"]),
            F.row("TULOT", group: "Työsuojelu", ["0", "0"]),
            F.row("NETTOMENO", group: "Työsuojelu", ["−40 480", "−40 480"]),
            F.row("MENOT", group: "Ystävyyskaupunkitoiminta", ["−4 500", "−4 500"]),
            F.row("TULOT", group: "Ystävyyskaupunkitoiminta", ["0", "0"]),
            F.row("NETTOMENO", group: "Ystävyyskaupunkitoiminta", ["−4 500", "−4 500"]),
            F.row("MENOT", group: "Muu toiminta ja avustukset", ["−98 200", "−98 200"]),
            F.row("TULOT", group: "Muu toiminta ja avustukset", ["0", "0"]),
            F.row("NETTOMENO", group: "Muu toiminta ja avustukset", ["−98 200", "−98 200"]),
            F.row("MENOT", group: "Joukkoliikenne", ["siirretty", "siirretty"]),
            F.row("TULOT", group: "Joukkoliikenne", ["elinkeino- ja", "elinkeino- ja"]),
            F.row("NETTOMENO", group: "Joukkoliikenne", ["työllisyys va", "työllisyys va"]),
            F.row("MENOT", group: "Tietohallinto/ict-palvelut", ["−1 237 350", "−1 237 350"]),
            F.row("TULOT", group: "Tietohallinto/ict-palvelut", ["45 000", "45 000"]),
            F.row("NETTOMENO", group: "Tietohallinto/ict-palvelut", ["−1 192 350", "−1 192 350"]),
            F.row("MENOT", group: "Sortteeri", ["−314 860", "−314 860"]),
            F.row("TULOT", group: "Sortteeri", ["314 860", "314 860"]),
            F.row("NETTOMENO", group: "Sortteeri", ["0", "0"]),
            F.row("MENOT", group: "Kehittämisprojektit", ["siirretty", "siirretty"]),
            F.row("TULOT", group: "Kehittämisprojektit", ["työllisyys ja", "työllisyys ja"]),
            F.row("NETTOMENO", group: "Kehittämisprojektit", ["elinkeinot va", "elinkeinot va"]),
            F.row("MENOT", group: "Maaseutuneuvontapalvelut", ["siirretty", "siirretty"]),
            F.row("TULOT", group: "Maaseutuneuvontapalvelut", ["työllisyys ja", "työllisyys ja"]),
            F.row("NETTOMENO", group: "Maaseutuneuvontapalvelut", ["elinkeinot va", "elinkeinot va"]),
            F.row("MENOT", group: "Osallistuva budjetointi", ["−20 000", "−20 000"]),
            F.row("TULOT", group: "Osallistuva budjetointi", ["0", "0"]),
            F.row("NETTOMENO", group: "Osallistuva budjetointi", ["−20 000", "−20 000"]),
            F.row("MENOT", group: "Terveys- ja työhyvinvointipalvelut", ["−12 000", "−12 000"]),
            F.row("TULOT", group: "Terveys- ja työhyvinvointipalvelut", ["2 500", "2 500"]),
            F.row("NETTOMENO", group: "Terveys- ja työhyvinvointipalvelut", ["−9 500", "−9 500"]),
            F.row("MENOT", group: "Kotouttaminen", ["−98 150", "−98 150"]),
            F.row("TULOT", group: "Kotouttaminen", ["273 570", "273 570"]),
            F.row("NETTOMENO", group: "Kotouttaminen", ["175 420", "175 420"]),
            F.row("MENOT", group: "Tilapäisen suojelun lisätuki/valtio", ["−27 000", "−27 000"]),
            F.row("TULOT", group: "Tilapäisen suojelun lisätuki/valtio", ["27 000", "27 000"]),
            F.row("NETTOMENO", group: "Tilapäisen suojelun lisätuki/valtio", ["0", "0"]),
            F.row("MENOT", group: "Hallintopalvelut yhteensä", ["−5 341 090", "−5 341 090"]),
            F.row("TULOT", group: "Hallintopalvelut yhteensä", ["874 530", "874 530"]),
            F.row("NETTOMENO", group: "Hallintopalvelut yhteensä", ["−4 466 560", "−4 466 560"]),
    ])

    func testAUnitPrintedAsWordsInAColumnAddsNothing() throws {
        let t = Self.konserni8
        let checks = GroupTotalRule().checks(in: t)
        XCTAssertEqual(checks.count, 6, "MENOT, TULOT, NETTOMENO in both columns")
        XCTAssertTrue(checks.allSatisfy { $0.outcome == .ok }, checks.map { "\($0.expected) \($0.actual)" }.joined(separator: "; "))
        let moved = Set(t.rows.indices.filter { ["Joukkoliikenne", "Kehittämisprojektit", "Maaseutuneuvontapalvelut"].contains(t.rows[$0].group ?? "") })
        for check in checks {
            XCTAssertEqual(check.operands.count, 30 - 1 - 3, "every unit but the moved three")
            XCTAssertTrue(check.operands.allSatisfy { !moved.contains($0.row) })
        }
        // One word among numbers is no moved unit: a lost figure is never read as 0.
        var one = t
        for r in one.rows.indices where one.rows[r].group == "Joukkoliikenne" && one.rows[r].label != "MENOT" {
            one.rows[r].cells[0] = F.cell("1")
        }
        XCTAssertFalse(GroupTotalRule().checks(in: one).contains { $0.rule.hasSuffix("sum of groups") && $0.column == 0 && $0.row == t.rows.count - 3 },
                       "MENOT: Joukkoliikenne's word alone in its unit gives no check")
    }
}
