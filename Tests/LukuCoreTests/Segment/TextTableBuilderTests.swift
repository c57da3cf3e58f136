import XCTest
@testable import LukuCore

/// `TextTableBuilder` on small hand-made text. The numbers are real: the plain table takes the
/// first three columns of page 5 of corpus/kemijarvi-hallintopalvelut-tp2024.pdf, the tab tables
/// are lines 85–89 and 115–125 of corpus/kemijarvi-hallinto-tukipalvelut-2022-06.txt.
final class SegmentTextTableBuilderTests: XCTestCase {
    private func build(_ text: String) -> ([TableDraft], [Issue], [TextLine]) {
        let lines = Fixtures.textLines(text)
        let (drafts, issues) = TextTableBuilder().tables(in: lines, excluded: [])
        return (drafts, issues, lines)
    }

    private func texts(_ row: Row) -> [String?] { row.cells.map { $0?.text } }
    private func values(_ row: Row) -> [Decimal?] { row.cells.map { $0?.value } }

    func testPlainHeaderYearsAndRunTogetherDigits() throws {
        let (drafts, issues, lines) = build("""
        Käyttötalous TP TA+MUUTOS TP
        2022 2023 2023
        TOIMINTAKULUT
        Avustukset -814 797 -461 000 -422 204
        Vuokrat -604 526 -483 130 -522 224
        TOIMINTATUOTOT
        Myyntituotot 213 930 260 000 374 119
        Maksutuotot 55 0 -1 054

        Taulukon jälkeen tulee tavallinen virke, joka ei kuulu taulukkoon.
        """)
        XCTAssertEqual(drafts.count, 1)
        let t = try XCTUnwrap(drafts.first)
        XCTAssertEqual(t.caption, "Käyttötalous")
        XCTAssertEqual(t.columns.map(\.header), ["TP 2022", "TA+MUUTOS 2023", "TP 2023"])
        XCTAssertEqual(t.columns.map(\.kind), [.tp, .taMuutos, .tp])
        XCTAssertEqual(t.columns.map(\.year), [2022, 2023, 2023])
        XCTAssertEqual(t.firstLine, 0)
        XCTAssertEqual(t.lastLine, 7, "the sentence after the blank line is not a row")
        XCTAssertEqual(lines[t.lastLine].text, "Maksutuotot 55 0 -1 054")
        XCTAssertEqual(t.pages, [1])
        XCTAssertNil(t.bbox)

        XCTAssertEqual(t.rows.map(\.label), ["Avustukset", "Vuokrat", "Myyntituotot", "Maksutuotot"])
        XCTAssertEqual(t.rows.map(\.group), ["TOIMINTAKULUT", "TOIMINTAKULUT", "TOIMINTATUOTOT", "TOIMINTATUOTOT"])
        XCTAssertEqual(texts(t.rows[0]), ["-814 797", "-461 000", "-422 204"])
        XCTAssertEqual(values(t.rows[1]), [-604526, -483130, -522224])
        // Signs fix the first two rows and "55 0 -1 054" has one reading; "213 930 260 000 374 119"
        // has six readings into three columns: the one matching the other rows' digit counts is
        // chosen and flagged.
        XCTAssertEqual(texts(t.rows[2]), ["213 930", "260 000", "374 119"])
        XCTAssertEqual(values(t.rows[2]), [213930, 260000, 374119])
        XCTAssertTrue(t.rows[2].cells.allSatisfy { $0?.flags == [.ambiguousSplit] })
        XCTAssertEqual(texts(t.rows[3]), ["55", "0", "-1 054"])
        for k in [0, 1, 3] { XCTAssertTrue(t.rows[k].cells.allSatisfy { $0?.flags == [] }, "row \(k)") }

        XCTAssertEqual(issues.map(\.code), ["ambiguous-split"])
        XCTAssertEqual(issues.first?.severity, .warning)
        XCTAssertEqual(issues.first?.page, 1)
        XCTAssertTrue(issues.first?.message.contains("1 row(s)") ?? false, issues.first?.message ?? "")
    }

    func testRowNoReadingFitsIsOneMergedCell() throws {
        let (drafts, issues, _) = build("""
        TP TA
        2023 2024
        MENOT -996 -14 800
        Muut 0 0 0
        """)
        let t = try XCTUnwrap(drafts.first)
        XCTAssertEqual(t.columns.map(\.header), ["TP 2023", "TA 2024"])
        XCTAssertNil(t.caption)
        XCTAssertEqual(texts(t.rows[0]), ["-996", "-14 800"])
        XCTAssertEqual(t.rows[1].label, "Muut")
        XCTAssertEqual(t.rows[1].cells.count, 2)
        // Three zeros are three numbers, too many for two columns and no fewer reading exists.
        XCTAssertEqual(t.rows[1].cells[0], Cell(text: "0 0 0", flags: [.merged]))
        XCTAssertNil(t.rows[1].cells[1])
        XCTAssertEqual(issues.map(\.code), ["unsplittable-numbers"])
    }

    func testTabTableWithHeaderLines() throws {
        let (drafts, issues, _) = build("""
        Hallinto- ja tukipalvelut\tTA+muutos\tTA+muutos\tMUUTOS\tMUUTOS
        \t2021\t2022\t€\t%
        <b>MENOT</b>\t-6 341 800\t-7 222 750\t-880 950\t13,9
        <b>TULOT</b>\t806 800\t892 750\t85 950\t10,7
        <b>NETTOMENO</b>\t-5 535 000\t-6 330 000\t-795 000\t14,4

        KS 2022 sisältää TA-muutoksen rekrytointilisän osalta + työkykyä hankkeen kustannukset
        """)
        XCTAssertTrue(issues.isEmpty)
        XCTAssertEqual(drafts.count, 1)
        let t = try XCTUnwrap(drafts.first)
        XCTAssertEqual(t.caption, "Hallinto- ja tukipalvelut")
        XCTAssertEqual(t.columns.map(\.header), ["TA+muutos 2021", "TA+muutos 2022", "MUUTOS €", "MUUTOS %"])
        XCTAssertEqual(t.columns.map(\.kind), [.taMuutos, .taMuutos, .muutos, .muutos])
        XCTAssertEqual(t.columns.map(\.unit), [nil, nil, "€", "%"])
        XCTAssertEqual(t.rows.map(\.label), ["MENOT", "TULOT", "NETTOMENO"])
        XCTAssertEqual(texts(t.rows[0]), ["-6 341 800", "-7 222 750", "-880 950", "13,9"])
        XCTAssertEqual(values(t.rows[2]), [-5535000, -6330000, -795000, Decimal(string: "14.4")])
        XCTAssertEqual(t.rows[0].cells[3]?.unit, "%", "a % column gives its numbers the unit")
        XCTAssertEqual(t.lastLine, 4)
    }

    func testTabTableWithSubHeadingRows() throws {
        let (drafts, _, _) = build("""
        \tTP\tTA+MUUTOS\tTP\tTA/KS+muutos\tTOT 30.6.
        \t2020\t2021\t2021\t2022\t2022
        <b>Vaalit</b>\t\t\t\t\t

        <b>MENOT</b>\t-996\t-14 800\t-39 765\t-13 000\t-18 507
        <b>TULOT</b>\t0\t0\t19 146\t13 000\t16 937
        <b>NETTOMENO</b>\t-996\t-14 800\t-20 620\t0\t-1 570
        <b>Tilintarkastus</b>\t\t\t\t\t
        <b>MENOT</b>\t-13 417\t-25 040\t-20 791\t-21 100\t-14 590
        <b>TULOT</b>\t0\t0\t0\t0\t0
        <b>NETTOMENO</b>\t-13 417\t-25 040\t-20 791\t-21 100\t-14 590
        """)
        XCTAssertEqual(drafts.count, 1)
        let t = try XCTUnwrap(drafts.first)
        XCTAssertNil(t.caption)
        XCTAssertEqual(t.columns.map(\.header), ["TP 2020", "TA+MUUTOS 2021", "TP 2021", "TA/KS+muutos 2022", "TOT 30.6. 2022"])
        XCTAssertEqual(t.columns.map(\.kind), [.tp, .taMuutos, .tp, .taMuutos, .tot])
        XCTAssertEqual(t.columns.map(\.year), [2020, 2021, 2021, 2022, 2022])
        XCTAssertEqual(t.rows.map { "\($0.group ?? "-") | \($0.label)" }, [
            "Vaalit | MENOT", "Vaalit | TULOT", "Vaalit | NETTOMENO",
            "Tilintarkastus | MENOT", "Tilintarkastus | TULOT", "Tilintarkastus | NETTOMENO",
        ])
        XCTAssertEqual(values(t.rows[1]), [0, 0, 19146, 13000, 16937])
        XCTAssertEqual(texts(t.rows[2]), ["-996", "-14 800", "-20 620", "0", "-1 570"])
        XCTAssertTrue(t.rows.allSatisfy { $0.cells.count == 5 })
    }

    func testANewHeaderStartsANewTabTable() throws {
        let (drafts, _, _) = build("""
        Hallinto\tTA 2021\tTA 2022
        MENOT\t-6 341 800\t-7 222 750
        \tTP 2021\tTP 2022
        MENOT\t-6 554 890\t-3 912 901
        """)
        XCTAssertEqual(drafts.count, 2)
        XCTAssertEqual(drafts.map { $0.columns.map(\.header) }, [["TA 2021", "TA 2022"], ["TP 2021", "TP 2022"]])
        XCTAssertEqual(drafts.map(\.firstLine), [0, 2])
        XCTAssertEqual(drafts[1].rows.map(\.label), ["MENOT"])
    }

    func testExcludedLinesAreNotTables() {
        let lines = Fixtures.textLines("TP TA\nMENOT -996 -14 800")
        XCTAssertTrue(TextTableBuilder().tables(in: lines, excluded: [0, 1]).0.isEmpty)
        XCTAssertTrue(TextTableBuilder().tables(in: Fixtures.textLines("TP TA\n\nJust text."), excluded: []).0.isEmpty)
    }
}
