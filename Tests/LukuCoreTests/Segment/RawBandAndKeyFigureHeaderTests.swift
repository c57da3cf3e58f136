import Foundation
import XCTest
@testable import LukuCore

/// `BandWordOverStackedKind`, `ChangeColumnAfterPeriods` and `YearClosingLabel` on `pdftotext
/// -raw` text of hold-out set 2 docs 05 and 06 (tools/holdout/README2.md, B6 and B7), the values
/// expected as printed on the pages (and in their truth files).
final class RawBandAndKeyFigureHeaderTests: XCTestCase {
    private func tables(_ text: String) -> [TableDraft] {
        let lines = PageDebrisFilter.filterText(TextFileReader.parse(text).lines)
        return TextTableBuilder().tables(in: lines, excluded: []).0
    }

    /// hold2-05 p. 1 in `pdftotext -raw`, the end of the investment table and the käyttötalous
    /// table whose Excel header cells ("Menot TA 2026", …) come out one word per line.
    static let hold05 = """
    Investoinnit hankkeittain
    TP
    2024
    TA
    2025
    TA
    2026
    TS
    2027
    TS
    2028
    Koulukeskuksen peruskorjaus -433 282 -2 104 122 -2 975 517 -2 193 124 -845 769
    Paloaseman laajennus -1 957 677 -1 725 342 – -1 269 951 –
    Investoinnit yhteensä -4 089 686 -11 219 449 -14 160 121 -9 719 955 -5 944 108
    Käyttötalous palvelualueittain
    Menot
    TA
    2026
    Tulot
    TA
    2026
    Netto
    TA
    2026
    Menot
    TS
    2027
    Tulot
    TS
    2027
    Netto
    TS
    2027
    Hallintopalvelut -2 662 625 - -2 662 625 -5 556 647 368 888 -5 187 759
    Sivistyspalvelut -1 419 253 - -1 419 253 -130 278 582 470 452 192
    Tekniset palvelut -3 422 500 689 379 -2 733 121 -8 667 685 86 287 -8 581 398
    Ympäristöpalvelut -6 903 964 175 392 -6 728 572 -1 482 427 - -1 482 427
    Vapaa-aikapalvelut -3 090 127 1 316 700 -1 773 427 -8 452 549 1 159 989 -7 292 560
    Yhteensä -17 498 469 2 181 471 -15 316 998 -24 289 586 2 197 634 -22 091 952
    """

    func testBandWordsOverStackedKindsHeadASecondTableOfSixColumns() throws {
        let drafts = tables(Self.hold05)
        XCTAssertEqual(drafts.count, 2)
        let investments = try XCTUnwrap(drafts.first)
        XCTAssertEqual(investments.columns.count, 5)
        XCTAssertEqual(investments.rows.last?.label, "Investoinnit yhteensä")
        let table = try XCTUnwrap(drafts.last)
        XCTAssertEqual(table.columns.map(\.header), ["Menot TA 2026", "Tulot TA 2026", "Netto TA 2026",
                                                     "Menot TS 2027", "Tulot TS 2027", "Netto TS 2027"])
        XCTAssertEqual(table.columns.map(\.kind), [.ta, .ta, .ta, .ts, .ts, .ts])
        XCTAssertEqual(table.columns.map(\.year), [2026, 2026, 2026, 2027, 2027, 2027])
        XCTAssertEqual(table.rows.map(\.label), ["Hallintopalvelut", "Sivistyspalvelut", "Tekniset palvelut",
                                                 "Ympäristöpalvelut", "Vapaa-aikapalvelut", "Yhteensä"])
        // Excel's zero "-" is a placeholder cell, never a number; a cell read wrong is flagged.
        let printed: [String: [Decimal?]] = [
            "Hallintopalvelut": [-2662625, nil, -2662625, -5556647, 368888, -5187759],
            "Sivistyspalvelut": [-1419253, nil, -1419253, -130278, 582470, 452192],
            "Ympäristöpalvelut": [-6903964, 175392, -6728572, -1482427, nil, -1482427],
            "Yhteensä": [-17498469, 2181471, -15316998, -24289586, 2197634, -22091952],
        ]
        for row in table.rows {
            guard let truth = printed[row.label] else { continue }
            XCTAssertEqual(row.cells.map { $0?.value }, truth, row.label)
        }
        let dash = try XCTUnwrap(table.rows.first { $0.label == "Hallintopalvelut" }?.cells[1])
        XCTAssertEqual(dash.text, "-")
        XCTAssertNil(dash.value)
    }

    func testBandWordCountsOnlyAloneAboveAKind() {
        let lines = TextFileReader.parse("Menot\nTA\n2026\nMenot -2 662 625 -2 700 000\nTulot\nHallinto").lines
        XCTAssertTrue(BandWordOverStackedKind.opensCell(lines, at: 0))
        // A MENOT row with its figures, and a band word over a label, open no header cell.
        XCTAssertFalse(BandWordOverStackedKind.opensCell(lines, at: 3))
        XCTAssertFalse(BandWordOverStackedKind.opensCell(lines, at: 4))
        // A column without its band word: no band reading.
        let mixed = TextFileReader.parse("Menot TA 2026 TS 2027").lines[0]
        XCTAssertNil(BandWordOverStackedKind.header(mixed))
    }

    /// hold2-06 p. 1 in `pdftotext -raw`: the key figures under "2023 2024 Muutos".
    static let hold06 = """
    Tunnuslukuja
    2023 2024 Muutos
    Asukasluku 31.12. 18 379 18 670 +291
    Lainat 31.12.2024, 1 000 € 30 562,3 30 946,1 +383,8
    Lainat 2024 €/asukas 1 663 1 658 -5
    Tuloveroprosentti 2024 21,50 22,00 +0,50
    Vuosikate 1 000 € 320 273 -47
    """

    func testYearsAndAChangeColumnHeadTheKeyFigures() throws {
        let table = try XCTUnwrap(tables(Self.hold06).first)
        XCTAssertEqual(table.columns.map(\.header), ["2023", "2024", "Muutos"])
        XCTAssertEqual(table.columns.map(\.kind), [nil, nil, .muutos])
        let printed: [String: [Decimal?]] = [
            "Asukasluku 31.12.": [18379, 18670, 291],
            "Lainat 2024 €/asukas": [1663, 1658, -5],
            "Tuloveroprosentti 2024": [Decimal(string: "21.50"), Decimal(string: "22.00"), Decimal(string: "0.50")],
            "Vuosikate 1 000 €": [320, 273, -47],
        ]
        for (label, truth) in printed {
            let row = try XCTUnwrap(table.rows.first { $0.label == label }, label)
            XCTAssertEqual(row.cells.map { $0?.value }, truth, label)
        }
        // The row whose label took its year is flagged: the text alone cannot rule out a value there.
        let tax = try XCTUnwrap(table.rows.first { $0.label == "Tuloveroprosentti 2024" })
        XCTAssertTrue(tax.cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true })
    }

    func testChangeColumnOnlyAfterBarePeriods() {
        XCTAssertEqual(ChangeColumnAfterPeriods.read(["2023", "2024", "Muutos"])?.headers, ["2023", "2024", "Muutos"])
        XCTAssertEqual(ChangeColumnAfterPeriods.read(["Tunnusluvut", "2023", "2024", "Muutos-%"])?.caption, "Tunnusluvut")
        // The lower line of a stacked header (synth katajaselkä `-layout` p. 9) and "TA" / "muutokset".
        XCTAssertNil(ChangeColumnAfterPeriods.read(["2025", "2025", "Poikkeama", "%"]))
        XCTAssertNil(ChangeColumnAfterPeriods.read(["2020", "muutokset", "2020", "2020", "Poikkeama"]))
        XCTAssertNil(ChangeColumnAfterPeriods.read(["TA", "2025", "2025", "Muutos"]))
        XCTAssertNil(ChangeColumnAfterPeriods.read(["2024", "Muutos"]))
    }

    func testYearEndsTheLabelOnlyWhenTheRowFitsNoOtherWay() {
        // kauhava-tilinpaatos-2024 p. 117 in `-raw`, three columns (Tuloveroprosentti, Kunnallisvero kertymä, Muutos-%).
        let verovuosi = YearClosingLabel.split(label: "Verovuosi", tail: ["2020", "21,75", "47", "212", "1,6%"], columns: 3)
        XCTAssertEqual(verovuosi?.label, "Verovuosi 2020")
        XCTAssertEqual(verovuosi?.tail, ["21,75", "47", "212", "1,6%"])
        // synth petajalampi p. 4: "1943 1983" are the row's two values.
        XCTAssertNil(YearClosingLabel.split(label: "POISTOERO JA VAPAAEHTOISET VARAUKSET YHTEENSÄ", tail: ["1943", "1983"], columns: 2))
    }
}
