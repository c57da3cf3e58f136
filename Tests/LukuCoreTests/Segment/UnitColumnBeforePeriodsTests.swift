import XCTest
@testable import LukuCore

/// `UnitColumnBeforePeriods` on the `pdftotext -raw` lines of hold-out set 3's
/// hold3-12-unit-column (pypdf prints the same lines); expected cells from its truth file
/// (.build-holdout/docs3/hold3-12-unit-column.truth.json). Negative cases: Kauhava TP 2024
/// p. 112 in `pdftotext -raw`, whose labels end in units under a header that names no unit
/// column, and the same hold-out table with one row's unit missing.
final class UnitColumnBeforePeriodsTests: XCTestCase {
    static let holdoutLines = """
    Sivistystoimi
    Kunnan talous kehittyi tilikaudella ennakoitua vakaammin. Verotulot kasvoivat, ja toimintakulujen kasvu jäi
    talousarviossa arvioitua pienemmäksi. Investoinnit toteutuivat pääosin suunnitellusti.
    Sivistystoimen tunnusluvut
    Mittari Yksikkö TP 2024 TA 2025 TA 2026
    Lapsia varhaiskasvatuksessa kpl 597 1 082 366
    Varhaiskasvatuksen nettokustannus €/lapsi 10 213 11 678 10 898
    Henkilöstö htv 158,8 266,8 260,6
    Sairauspoissaolot pv/htv 9,5 11,8 16,8
    Perusopetuksen oppilaat kpl 2 262 1 529 923
    Opetustunnit h/oppilas 1,40 1,34 2,00
    Kirjaston lainaukset kpl 132 780 129 566 156 264
    Toimintakate € -23 207 843 -41 639 544 -38 469 075
    Toimintakate €/asukas -2 151 -1 917 -1 723
    Kattavuus % 9,6 14,9 10,5
    """

    func testUnitTokens() {
        for unit in ["kpl", "htv", "€", "%", "€/asukas", "€/lapsi", "pv/htv", "h/oppilas"] {
            XCTAssertTrue(UnitColumnBeforePeriods.isUnit(unit), unit)
        }
        for word in ["varhaiskasvatuksessa", "Toimintakate", "/", "€/", "k-m²", "omakotitalot/kaava-alue", "2024"] {
            XCTAssertFalse(UnitColumnBeforePeriods.isUnit(word), word)
        }
    }

    func testHoldoutRawUnitColumn() throws {
        let (drafts, _) = TextTableBuilder().tables(in: Fixtures.textLines(Self.holdoutLines), excluded: [])
        let table = try XCTUnwrap(drafts.first { $0.rows.contains { $0.label == "Kattavuus" } })
        XCTAssertEqual(table.columns.map(\.header), ["Yksikkö", "TP 2024", "TA 2025", "TA 2026"])
        XCTAssertEqual(table.caption, "Mittari")
        // Label, unit, values: the truth file's rows.
        let truth: [(String, String, [Decimal])] = [
            ("Lapsia varhaiskasvatuksessa", "kpl", [597, 1082, 366]),
            ("Varhaiskasvatuksen nettokustannus", "€/lapsi", [10213, 11678, 10898]),
            ("Henkilöstö", "htv", [Decimal(string: "158.8")!, Decimal(string: "266.8")!, Decimal(string: "260.6")!]),
            ("Sairauspoissaolot", "pv/htv", [Decimal(string: "9.5")!, Decimal(string: "11.8")!, Decimal(string: "16.8")!]),
            ("Perusopetuksen oppilaat", "kpl", [2262, 1529, 923]),
            ("Opetustunnit", "h/oppilas", [Decimal(string: "1.40")!, Decimal(string: "1.34")!, 2]),
            ("Kirjaston lainaukset", "kpl", [132780, 129566, 156264]),
            ("Toimintakate", "€", [-23207843, -41639544, -38469075]),
            ("Toimintakate", "€/asukas", [-2151, -1917, -1723]),
            ("Kattavuus", "%", [Decimal(string: "9.6")!, Decimal(string: "14.9")!, Decimal(string: "10.5")!]),
        ]
        XCTAssertEqual(table.rows.count, truth.count)
        for (row, (label, unit, values)) in zip(table.rows, truth) {
            XCTAssertEqual(row.label, label)
            XCTAssertEqual(row.cells.first??.text, unit, label)
            XCTAssertNil(row.cells.first??.value, label)
            XCTAssertEqual(row.cells.dropFirst().map { $0?.value }, values.map { Optional($0) }, label)
        }
    }

    /// One row without its unit: the column is not read, every label keeps its words.
    func testRowWithoutUnitLeavesTable() throws {
        let lines = Self.holdoutLines.replacingOccurrences(of: "Henkilöstö htv 158,8", with: "Henkilöstö 158,8")
        let (drafts, _) = TextTableBuilder().tables(in: Fixtures.textLines(lines), excluded: [])
        let table = try XCTUnwrap(drafts.first { $0.rows.contains { $0.label == "Kattavuus %" } })
        XCTAssertEqual(table.columns.map(\.header), ["TP 2024", "TA 2025", "TA 2026"])
        XCTAssertTrue(table.rows.contains { $0.label == "Lapsia varhaiskasvatuksessa kpl" })
    }

    /// Kauhava TP 2024 p. 112 (`pdftotext -raw`): "kpl" ends a label, but the header names no
    /// unit column, so the table keeps its four period columns and the label its unit.
    func testKauhavaUnitInLabelWithoutUnitColumn() throws {
        let lines = Fixtures.textLines("""
        Tilinpäätös 2024
        112/157
        Kapasiteettitiedot TP2021 TP2022 TP2023 TP2024
        Myönnetyt rakennusluvat kpl 140 106 65 98
        Myönnetyt rakennusluvat, k-m² 32 151 14 642 16 148 20 905
        Myydyt omakotitontit 6 7 8 1
        """)
        let (drafts, _) = TextTableBuilder().tables(in: lines, excluded: [])
        let table = try XCTUnwrap(drafts.first { $0.rows.contains { $0.label == "Myönnetyt rakennusluvat kpl" } })
        XCTAssertFalse(table.columns.contains { $0.header == "Yksikkö" })
        XCTAssertEqual(table.rows.first?.cells.map { $0?.value }, [140, 106, 65, 98])
    }
}
