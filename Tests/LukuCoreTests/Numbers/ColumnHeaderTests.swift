import XCTest
@testable import LukuCore

final class ColumnHeaderTests: XCTestCase {
    func testClassify() {
        let cases: [(String, ColumnKind?, Int?, String?)] = [
            ("TP 2024", .tp, 2024, nil),
            ("TP-2024", .tp, 2024, nil),
            ("Tilinpäätös 2024", .tp, 2024, nil),
            ("TA 2025", .ta, 2025, nil),
            ("Talousarvio 2025", .ta, 2025, nil),
            ("Alkuperäinen TA", .ta, nil, nil),
            ("Ta 2024", .ta, 2024, nil),
            ("TA2024", .ta, 2024, nil),
            ("Alkuperäinen talousarvio", .ta, nil, nil),
            ("Talousarvio €", .ta, nil, "€"),
            ("TA+muutos 2024", .taMuutos, 2024, nil),
            ("TA+MUUTOS 2023", .taMuutos, 2023, nil),
            ("TA + MUUTOS 2021", .taMuutos, 2021, nil),
            ("TA/KS+muutos 2022", .taMuutos, 2022, nil),
            ("TA muutosten jälkeen", .taMuutos, nil, nil),
            ("Talousarvio muutosten jälkeen", .taMuutos, nil, nil),
            ("TA-muutokset", .taMuutokset, nil, nil),
            ("TA Muutokset", .taMuutokset, nil, nil),
            ("TA muutokset", .taMuutokset, nil, nil),
            ("Talousarviomuutokset", .taMuutokset, nil, nil),
            ("MTA 2024", .mta, 2024, nil),
            ("MTA 2024*", .mta, 2024, nil),
            ("TPE 2025", .tpe, 2025, nil),
            ("TPE 2025*", .tpe, 2025, nil),
            ("TP-ENNUSTE 2022", .tpe, 2022, nil),
            ("TS 2027", .ts, 2027, nil),
            ("KS 2026", .ks, 2026, nil),
            ("TOT. 30.6.2022", .tot, 2022, nil),
            ("TOT 30.6. 2022", .tot, 2022, nil),
            ("TOTEUMA 1-6/2022", .tot, 2022, nil),
            ("Toteutuma", .tot, nil, nil),
            ("Toteuma", .tot, nil, nil),
            ("Toteuma €", .tot, nil, "€"),
            ("Tot. %", .tot, nil, "%"),
            ("POIKKEAMA €", .poikkeama, nil, "€"),
            ("POIKKEAMA %", .poikkeama, nil, "%"),
            ("Poikkeama", .poikkeama, nil, nil),
            ("MUUTOS €", .muutos, nil, "€"),
            ("MUUTOS %", .muutos, nil, "%"),
            ("Muutos-%", .muutos, nil, "%"),
            ("Vuosimuutos", .muutos, nil, nil),
            ("Vuosimuutos %", .muutos, nil, "%"),
            ("Käyttö-%", .kaytto, nil, "%"),
            ("Käyttö%", .kaytto, nil, "%"),
            ("KÄYTTÖ-%", .kaytto, nil, "%"),
            ("2024", nil, 2024, nil),
            ("31.12.2024", nil, 2024, nil),
            ("Hallintopalvelut", nil, nil, nil),
            ("TAVOITE", nil, nil, nil),
            ("Toimenpiteet", nil, nil, nil),
            ("Tulot", nil, nil, nil),
            ("TP 2023 1 000 €", .tp, 2023, "1 000 €"),
            ("2026-2027", nil, 2027, nil),
        ]
        for (header, kind, year, unit) in cases {
            let c = ColumnHeader.classify(header)
            XCTAssertEqual(c.kind, kind, header)
            XCTAssertEqual(c.year, year, header)
            XCTAssertEqual(c.unit, unit, header)
        }
    }

    func testHeaderTokens() {
        for t in ["TP", "TA", "TA+MUUTOS", "TA+muutos", "MTA", "TPE", "TS", "KS", "TOT.", "TOTEUMA",
                  "Toteutuma", "POIKKEAMA", "MUUTOS", "Muutos-%", "Käyttö-%", "2024", "2024*",
                  "1-6/2022", "30.6.2022", "30.6.", "€", "%", "TA/KS+muutos", "TP-2024", "TA2024",
                  "Muutokset", "TP-ENNUSTE", "Tilinpäätös"] {
            XCTAssertTrue(ColumnHeader.isHeaderToken(t), t)
        }
        for t in ["MENOT", "Myyntituotot", "-5,2", "343 581", "TULOT", "NETTOMENO", "Ta-", "TAVOITE",
                  "11544", "1 054", "+", "Hallintopalvelut", ""] {
            XCTAssertFalse(ColumnHeader.isHeaderToken(t), t)
        }
    }
}
