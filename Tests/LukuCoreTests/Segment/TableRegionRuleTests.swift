import XCTest
@testable import LukuCore

/// One regression test per region rule (`RegionRules`) and header-line rule (`HeaderLineRules`),
/// each on the page that proves it. Expected values are read off the printed pages
/// (`pdftotext -layout` of the page agrees), not copied from Luku's output.
extension TableRuleRegressionTests {
    static let koha = "real/koha-suomi-oy-tilinpaatos-2024.pdf"

    /// Koha-Suomi p. 3: group headings with no values ("Materiaalit ja palvelut", "Henkilöstökulut")
    /// stand between the rows and keep the tuloslaskelma one table (`GroupHeadingRule`); its
    /// financial-year headers ("1.1.2024-31.12.2024") head the columns although they are wider than
    /// the numbers and start left of where the longest label ends (`HeaderZone`).
    func testGroupHeadingsKeepAStatementWholeUnderRangeHeaders() throws {
        let d = try document(Self.koha)
        let (t, liikevaihto) = try row("LIIKEVAIHTO", page: 3, in: d)
        XCTAssertEqual(t.caption, "TULOSLASKELMA")
        XCTAssertEqual(t.columns.map(\.header), ["1.1.2024-31.12.2024", "1.1.2023-31.12.2023"])
        XCTAssertEqual(values(liikevaihto), ["551862.26", "484651.82"])
        let last = try XCTUnwrap(t.rows.first { $0.label == "TILIKAUDEN VOITTO / TAPPIO" })
        XCTAssertEqual(values(last), ["-9002.07", "-33439.9"])
        XCTAssertFalse(t.rows.contains { $0.label == "TULOSLASKELMA" }, "the header line is no row")
    }

    /// Synth spreadsheet family p. 1: four items with empty amounts in a row ("Arvonalentumiset",
    /// "Satunnaiset erät", "Satunnaiset tuotot", "Satunnaiset kulut"), more than a group heading run,
    /// stand in the row pitch and keep "Tilikauden tulos" in the tuloslaskelma (`PitchedEmptyItemsRule`).
    /// The header prints "Muutos-" over "%": one name, "Muutos-%" (`PercentUnderHyphenatedHeader`).
    func testEmptyItemsInTheRowPitchKeepTheTableGoing() throws {
        let d = try document("synth/synth-1000-17-sheet-pauhaselka-2019.pdf")
        let (t, tulos) = try row("Tilikauden tulos", page: 1, in: d)
        XCTAssertEqual(values(tulos), ["-44506", "-37105", "19.9"])
        XCTAssertTrue(t.rows.contains { $0.label == "Vuosikate" })
        XCTAssertEqual(t.columns.map(\.header), ["Tilinpäätös 2019", "Tilinpäätös 2018", "Muutos-%"])
    }

    /// Kauhava p. 73: "TA" printed on a line of its own over "muutosten jälkeen" is the first line
    /// of that column's header (`GroupTitleRule`).
    func testFirstLineOfAWrappedHeaderOverItsColumn() throws {
        let (t, _) = try row("TOIMINTATUOTOT", page: 73, in: try document("real/kauhava-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.columns.map(\.header), ["Alkuperäinen TA", "TA Muutokset", "TA muutosten jälkeen", "Toteutuma", "Poikkeama"])
    }

    /// Kemijärvi konserni p. 3: "Konserni- ja elinvoima-" / "palvelut toimiala" wrapped beside the
    /// headers is the caption, and the header lines around it still head the columns
    /// (`WrappedCaptionLineRule`).
    func testCaptionWrappedBesideTheHeaders() throws {
        let d = try document("corpus/kemijarvi-konserni-elinvoima-ta2026.pdf")
        let (t, menot) = try row("MENOT", page: 3, in: d)
        XCTAssertEqual(t.caption, "Konserni- ja elinvoimapalvelut toimiala")
        XCTAssertEqual(t.columns.map(\.header), ["TA+muutos 2025", "TA+muutos 2026", "MUUTOS €", "MUUTOS %"])
        XCTAssertEqual(values(menot), ["-6837670", "-8333230", "1495560", "21.9"])
    }

    /// Kemijärvi konserni p. 26 ends inside a row: "MENOT  hallinto-  hallinto-  hallinto-  −77 780
    /// −77 780" over "palveluissa  palveluissa  palveluissa", then p. 27 goes on with TULOT. The
    /// second line is the row's text cells, not the next group's label (`CellLinesAfterLastRow`).
    func testWrappedTextCellsEndingAPageStayInTheirRow() throws {
        let d = try document("corpus/kemijarvi-konserni-elinvoima-ta2026.pdf")
        let (t, menot) = try row("MENOT", group: "Kehittämisprojektit (KPKI pienet)", page: 26, in: d)
        XCTAssertEqual(menot.cells.map { $0?.text }, ["hallintopalveluissa", "hallintopalveluissa", "hallintopalveluissa", "−77 780", "−77 780"])
        XCTAssertFalse(t.rows.contains { $0.label.contains("palveluissa") }, "the cells' second line is no label")
        let (_, tulot) = try row("TULOT", group: "Kehittämisprojektit (KPKI pienet)", page: 27, in: d)
        XCTAssertEqual(values(tulot), [nil, nil, nil, "40000", "40000"])
    }
}

extension TableRuleRegressionTests {
    /// Kauhava p. 38: income and expenses printed side by side ("TULOT  1 000 €  %" beside "MENOT
    /// 1 000 €  %") are two tables, each with its own labels, groups and totals
    /// (`SideBySideTables`); the title-and-units line heads each (`TableUnit.ofTitledUnitLine`);
    /// "410", the wrapped end of "… = 4 410" under them, is no row (`MarginNumberLine`).
    func testSideBySideTablesAreTwoTables() throws {
        let d = try document("real/kauhava-tilinpaatos-2024.pdf")
        let onPage = d.allTables.filter { $0.pages == [38] }
        XCTAssertEqual(onPage.map(\.caption), ["TULOT", "MENOT"])
        for t in onPage {
            XCTAssertEqual(t.columns.map(\.header), ["1 000 €", "%"])
            XCTAssertEqual(t.unit, "1 000 €")
        }
        let (tulot, verotulot) = try row("Verotulot", page: 38, in: d)
        XCTAssertEqual(values(verotulot), ["33595", "43.6"])
        XCTAssertEqual(values(try XCTUnwrap(tulot.rows.last)), ["77097", "100"])
        XCTAssertEqual(tulot.rows.last?.label, "Kokonaistulot yhteensä")
        let (menot, kulut) = try row("Toimintakulut", page: 38, in: d)
        XCTAssertEqual(values(kulut), ["46217", "63.6"])
        XCTAssertEqual(menot.rows.last?.label, "Kokonaismenot yhteensä")
        XCTAssertEqual(values(try XCTUnwrap(menot.rows.last)), ["72687", "100"])
        XCTAssertFalse(onPage.flatMap(\.rows).contains { $0.cells.contains { $0?.value == 410 } })
    }
}

extension TableRuleRegressionTests {
    /// Kauhava pp. 24 and 153: lists bulleted with a dash set apart ("−  Perheystävällinen
    /// Kauhava", "−  Kauhavan Vuokra-asunnot Oy 110.000 euroa") are lists, not tables: every item's
    /// text is in the output, and no table is left without rows.
    func testDashBulletedListsStayText() throws {
        let d = try document("real/kauhava-tilinpaatos-2024.pdf")
        let blocks = d.blocks + d.allSections.flatMap(\.blocks)
        let items = blocks.compactMap { block -> [String]? in
            if case .list(let list) = block { return list.items }
            return nil
        }.flatMap { $0 }
        XCTAssertTrue(items.contains("Perheystävällinen Kauhava"), "p. 24 list item lost")
        XCTAssertTrue(items.contains("Kauhavan Vuokra-asunnot Oy 110.000 euroa"), "p. 153 list item lost")
        XCTAssertFalse(d.allTables.contains { $0.rows.isEmpty }, "a table without rows")
    }
}

extension TableRuleRegressionTests {
    /// Kauhava p. 147: "Konserni" and "Kunta" side by side over "2024 2023 2024 2023" each head
    /// their two columns, "Kunta" too although it is printed narrower than its pair
    /// (`HeaderAssigner.equalGroups`).
    func testTitlesOverEqualGroupsOfColumns() throws {
        let (t, r) = try row("Peruspääoma 1.1.", page: 147, in: try document("real/kauhava-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.columns.map(\.header), ["Konserni 2024", "Konserni 2023", "Kunta 2024", "Kunta 2023"])
        XCTAssertEqual(t.spans, [HeaderSpan(header: "Konserni", first: 0, last: 1), HeaderSpan(header: "Kunta", first: 2, last: 3)])
        XCTAssertEqual(values(r), ["36430262.72", "36430262.72", "36430262.72", "36430262.72"])
    }
}

extension TableRuleRegressionTests {
    /// Kauhava p. 35: "VASTAAVAA  2024  2023" is the statement's title and its periods, not a row of
    /// the values 2024 and 2023 (`TableLineRole.isPeriodRun`); the "1 000 €" line under it the unit.
    func testTitleAndYearsHeadAStatement() throws {
        let (t, r) = try row("A PYSYVÄT VASTAAVAT", page: 35, in: try document("real/kauhava-tilinpaatos-2024.pdf"))
        XCTAssertEqual(t.caption, "VASTAAVAA")
        XCTAssertEqual(t.columns.map(\.header), ["2024", "2023"])
        XCTAssertEqual(t.unit, "1 000 €")
        XCTAssertEqual(values(r), ["114995", "109531"])
    }

    /// Synth word family pp. 1–2: "1 000 euroa  2020  2019" under "Tilinpäätös  Tilinpäätös" is a
    /// header whose left word is the unit, not a caption; repeated on page 2 over narrower rows it
    /// continues the same table (`TableMerger`, printed header).
    func testUnitBesideYearsAndARepeatedHeaderContinue() throws {
        let d = try document("synth/synth-1000-03-word-kivimaki-2020.pdf")
        let (t, _) = try row("Myyntituotot", page: 1, in: d)
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertNil(t.caption)
        XCTAssertEqual(t.unit, "1 000 euroa")
        XCTAssertEqual(t.columns.map(\.header), ["Tilinpäätös 2020", "Tilinpäätös 2020", "Tilinpäätös 2019", "Tilinpäätös 2019"])
        XCTAssertTrue(t.rows.contains { $0.label == "Muut rahoitustuotot" })
        XCTAssertFalse(t.rows.contains { $0.label == "1 000 euroa" })
    }
}

extension TableRuleRegressionTests {
    /// Kauhava pp. 117, 120, 126: the last words of a header wrapped onto lines of their own over
    /// the value columns ("keen", "tuloarvio", "tymä (1000€)") finish their columns' headers, and
    /// are no group heading of the first row (`HeaderUnderHeaderRule`).
    func testHeaderWordsWrappedUnderTheHeader() throws {
        let d = try document("real/kauhava-tilinpaatos-2024.pdf")
        let (rahoitus, _) = try row("Vuosikate", page: 126, in: d)
        XCTAssertEqual(rahoitus.columns.map(\.header),
                       ["Alkuperäinen talousarvio", "Talousarviomuutokset", "Talousarvio muutosten jälkeen", "Toteutuma", "Poikkeama"])
        let (investoinnit, kiintea) = try row("Kiinteä omaisuus", page: 120, in: d)
        XCTAssertEqual(investoinnit.columns.map(\.header).prefix(4),
                       ["Alkuper. määräraha", "Alkuper. tuloarvio", "Tarkistettu määräraha", "Tarkistettu tuloarvio"])
        XCTAssertEqual(kiintea.group, "Kaupunginhallitus")
        XCTAssertFalse(investoinnit.rows.contains { $0.label.hasPrefix("Hanke") })
        let (verot, _) = try row("Verovuosi 2020", page: 117, in: d)
        XCTAssertEqual(verot.columns.map(\.header), ["Tulovero-prosentti", "Kunnallisvero kertymä (1000€)", "Muutos-%"])
    }
}

extension TableRuleRegressionTests {
    /// Synth html family p. 1: "1 000 €  2025  2024" is the unit and the periods, a header line,
    /// not a row ("Tuloslaskelma ja sen tunnusluvut" with a text cell "1 000 € 2025").
    func testUnitAndYearsLineIsAHeader() throws {
        let (t, r) = try row("Myyntituotot", page: 1, in: try document("synth/synth-1000-19-html-kurkivirta-2025.pdf"))
        XCTAssertEqual(t.columns.map(\.header), ["2025", "2024"])
        XCTAssertEqual(t.rows.first?.label, "Myyntituotot")
        XCTAssertEqual(r.cells.count, 2)
    }
}
