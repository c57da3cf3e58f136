import XCTest
@testable import LukuCore

/// The rules that read the seed texts (corpus/*.txt, the same files as ../shared/seeds) and the
/// konserni flavours: each on the page that proves it, expected values read from the truth file
/// (../shared/truth/kemijarvi-konserni-elinvoima-ta2026.truth.json, …-tp2024.truth.json).
final class SeedTextRuleTests: XCTestCase {
    private func document(_ name: String) -> Document {
        Pipeline().run(path: Fixtures.packageRoot.appendingPathComponent("corpus").appendingPathComponent(name).path)
    }

    private func tables(_ document: Document) -> [Table] { document.allTables }

    // MARK: LeadingTextCells (konserni p. 26, elinkeino- ja työllisyyspalvelut kustannuspaikat)

    func testRepeatedNoteFillsTheEmptyLeadingColumns() throws {
        // (The -layout text is read by its print columns, LaidOutText, not by these token rules.)
        for name in ["kemijarvi-konserni-elinvoima-ta2026.txt", "kemijarvi-konserni-elinvoima-ta2026.raw.txt",
                     "kemijarvi-konserni-elinvoima-ta2026.pypdf.txt"] {
            // (The hallintopalvelut cost centres, p. 8, have a Joukkoliikenne group too.)
            let table = try XCTUnwrap(tables(document(name)).first { $0.rows.contains { $0.group == "Kehityksen hankkeet (sirtyvät)" } }, name)
            let menot = try XCTUnwrap(table.rows.first { $0.group == "Joukkoliikenne" && $0.label == "MENOT" }, name)
            // Truth: MENOT (Joukkoliikenne) = hallintopalveluissa ×3, -334000, -334000.
            XCTAssertEqual(menot.cells.prefix(3).map { $0?.text }, Array(repeating: "hallintopalveluissa", count: 3), name)
            XCTAssertEqual(menot.cells.suffix(2).map { $0?.value }, [-334000, -334000], name)
            XCTAssertTrue(menot.cells.allSatisfy { $0?.flags.isEmpty == true },
                          "\(name): the notes fill every other column; '-334 000 -334 000' has one reading into two")
            let kehitys = try XCTUnwrap(table.rows.first { $0.group == "Elinkeinopalvelut" && $0.label == "NETTOMENO" }, name)
            XCTAssertEqual(kehitys.cells.prefix(3).map { $0?.text }, Array(repeating: "Kehityksessä", count: 3), name)
            XCTAssertEqual(kehitys.cells.suffix(2).map { $0?.value }, [-252520, -252520], name)
            // "256 700 256 700" also reads "256 | 700 256 700": the guess stays flagged.
            let tulot = try XCTUnwrap(table.rows.first { $0.group == "Kehityksen hankkeet (sirtyvät)" && $0.label == "TULOT" }, name)
            XCTAssertEqual(tulot.cells.suffix(2).map { $0?.value }, [256700, 256700], name)
            XCTAssertTrue(tulot.cells.suffix(2).allSatisfy { $0?.flags.contains(.ambiguousSplit) == true }, name)
        }
    }

    func testOnePieceIsNoRepetition() {
        XCTAssertNil(LeadingTextCells.split(label: "Liiketoiminnan muut kulut", count: 1))
        XCTAssertNil(LeadingTextCells.split(label: "MENOT hallintopalveluissa elinvoimapalveluissa", count: 2), "pieces differ")
        XCTAssertNil(LeadingTextCells.split(label: "Kehityksessä Kehityksessä", count: 2), "no label left")
        XCTAssertEqual(LeadingTextCells.split(label: "TULOT Kehityksessä Kehityksessä Kehityksessä", count: 3)?.label, "TULOT")
        XCTAssertEqual(LeadingTextCells.joinColumnWise(label: "MENOT hallinto- hallinto- hallinto-",
                                                       next: ["palveluissa", "palveluissa", "palveluissa"]),
                       "MENOT hallintopalveluissa hallintopalveluissa hallintopalveluissa")
        XCTAssertNil(LeadingTextCells.joinColumnWise(label: "MENOT hallinto- hallinto- hallinto-", next: ["palveluissa", "muualla"]))
    }

    // MARK: InterruptedTable (konserni p. 25: Tunnusluvut printed inside the elinkeino käyttötalous)

    func testTableIsReadAroundTheTableInsideIt() throws {
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        let kaytto = try XCTUnwrap(all.first { t in t.rows.contains { $0.label == "Tuet ja avustukset" && $0.cells.last??.value == 386700 } })
        // Truth elinkeino-kayttotalous: 14 rows, TA 2026 and KS 2026 only.
        XCTAssertEqual(kaytto.rows.count, 14)
        XCTAssertEqual(kaytto.columns.map(\.header), ["TP 2024", "TA+MUUTOS 2025", "TPE 2025", "TA 2026", "KS 2026"])
        let kulut = try XCTUnwrap(kaytto.rows.first { $0.label == "TOIMINTAKULUT" && $0.cells[3] != nil })
        XCTAssertEqual(kulut.cells.map { $0?.value }, [nil, nil, nil, -2703870, -2703870])
        // The Tunnusluvut inside keeps its six rows and no käyttötalous row.
        let tunnus = try XCTUnwrap(all.first { t in t.caption == "Tunnusluvut" && t.rows.contains { $0.cells.last??.value == -454200 } })
        XCTAssertEqual(tunnus.rows.count, 6)
        XCTAssertFalse(tunnus.rows.contains { $0.label == "Tuet ja avustukset" })
    }

    // MARK: CellBlockReadings (tp2024 pp. 2–3; konserni pp. 18–19)

    func testSpaceLineIsAParagraphInsideACell() throws {
        let all = tables(document("kemijarvi-hallintopalvelut-tp2024.txt"))
        let goals = try XCTUnwrap(all.first { t in t.rows.contains { $0.label == "Tasapainoinen kuntatalous (koko kaupunki)" } })
        let row = try XCTUnwrap(goals.rows.first { $0.label == "Tasapainoinen kuntatalous (koko kaupunki)" })
        XCTAssertEqual(row.cells.last??.text, "Kuntien tilinpäätösten valmistuessa tiedot v. 2024 saatavilla. Investoinnit eivät kaikilta osin ole edenneet talousarvion mukaisina, talousarviomuutoksia on käsitelty toimielimissä.")
        XCTAssertEqual(goals.rows.count, 4)
    }

    func testPageTopStartsARow() throws {
        let all = tables(document("kemijarvi-hallintopalvelut-tp2024.txt"))
        let t = try XCTUnwrap(all.first { $0.columns.first?.header == "Tulokset" })
        XCTAssertEqual(t.rows.map(\.label), ["Kaupungin avustusmenettelyjen yhtenäistäminen",
                                             "Digitiekartan laadinta ja hyväksyntä digiverkostohankkeen avustuksella",
                                             "Vuonna 2023 toteutetun organisaatiouudistuksen arviointi yhteistyössä toimialojen kanssa"])
        XCTAssertEqual(t.rows[0].cells.last??.text, "Valmistelu kesken.")
        // The same shape is the rest of a row elsewhere (konserni p. 20): the reading is said.
        let issues = document("kemijarvi-hallintopalvelut-tp2024.txt").issues.filter { $0.code == "ambiguous-rows" }
        XCTAssertEqual(issues.count, 1)
        XCTAssertTrue(issues.first?.message.contains("Vuonna 2023 toteutetun") == true)
    }

    func testRowBrokenByThePageIsJoinedColumnWise() throws {
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        let label = "Kemijärveläisillä on mahdollisuus tehdä työtä ja harjoittaa yritystoimintaa omalla paikkakunnalla sekä saada tarvitsemansa palvelut helposti ja saavutettavasti. Elinkeinojen kehittäminen tukee arjen turvallisuutta ja toimeentulon jatkuvuutta."
        let t = try XCTUnwrap(all.first { t in t.rows.contains { $0.label == label } })
        XCTAssertEqual(t.rows.count, 1)
        XCTAssertEqual(t.rows[0].cells.last??.text, "Uusien yritysten määrä / vuosi Työllisyysaste ja työpaikkojen nettomuutos Yritysneuvonnan ja tukipalveluiden asiakasmäärät")
    }

    func testPageTopInsideARowIsNoCut() {
        // Label, Toimenpiteet, Mittarit, then a lowercase page top that goes on with the
        // Toimenpiteet (viestintä, Vakaa ja ennakoiva kuntatalous, konserni pp. 13–14): only the
        // plain reading glues it on; no other reading cuts there.
        let lines = Fixtures.textLines("Tavoite on.\n\nToimenpide osana\n\nMittari\n muuta viestintää.")
        let span = Array(lines.indices)
        XCTAssertEqual(CellBlockReadings.blocks(lines, span, reading: .init(), width: 3)?.count, 3)
        for reading in CellBlockReadings.all.dropFirst() where !reading.partialRests {
            XCTAssertNil(CellBlockReadings.blocks(lines, span, reading: reading, width: 3), "\(reading)")
        }
        // Read as the rest of a broken row, it goes on with the one cell that ends unfinished.
        for reading in CellBlockReadings.all where reading.partialRests {
            let blocks = CellBlockReadings.blocks(lines, span, reading: reading, width: 3)
            XCTAssertEqual(blocks?.map { TextJoiner.join($0.map { lines[$0].text }) },
                           ["Tavoite on.", "Toimenpide osana muuta viestintää.", "Mittari"], "\(reading)")
        }
    }

    func testRestOfABrokenRowGoesOnWithItsUnfinishedCells() throws {
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        // Truth hallinto-muut-painopisteet, row 2 (pages 6–7).
        let row = try XCTUnwrap(all.flatMap(\.rows).first { $0.label.hasPrefix("Palvelupiste Sortteerin") })
        XCTAssertEqual(row.label, "Palvelupiste Sortteerin kehittäminen. Sotteerin palveluvalikoiman laajentaminen palvelemaan monipuolisesti kaupunkilaisten ja matkailijoiden tarpeita.")
        XCTAssertEqual(row.cells.map { $0?.text }, [
            "Yhteistyö ja mahdolliset sopimukset muiden viranomaisten/palveluiden tuottajien kanssa sekä kaupungin omien palveluiden tehokkaampi tarjoaminen palvelupisteessä. Kartoitetaan asiakastarpeita.",
            "Tehdyt sopimukset Toteutettu asiakaskysely",
        ])
        // Truth viestinta-strategia-vakaa-kuntatalous: the label ends "investoida.", so the rest
        // goes on with the Toimenpiteet ("… osana" / " muuta viestintää. …").
        let vakaa = try XCTUnwrap(all.flatMap(\.rows).first { $0.label.hasSuffix("turvallisena paikkana elää, yrittää ja investoida.") })
        XCTAssertTrue(vakaa.cells[0]?.text.hasSuffix("palveluiden jatkuvuudelle osana muuta viestintää. Hyödynnetään olemassa olevia viestintäkanavia kaupungin taloudellisen vakautta ja vastuullisuutta tukevan imagon rakentamisessa resurssien puitteissa.") == true)
        XCTAssertEqual(vakaa.cells[1]?.text, "Asukkaiden ja yritysten luottamus kaupungin taloudenhoitoon (kysely: avoimuus, ymmärrettävyys, johdonmukaisuus). Positiivinen talous- ja investointimielikuva mediassa (mediaseuranta ja sisällön sävyanalyysi)")
    }

    // MARK: InterleavedNumberTable (konserni p. 7)

    func testGoalTableGoesOnAfterANumberTableInsideIt() throws {
        let document = document("kemijarvi-konserni-elinvoima-ta2026.txt")
        let all = tables(document)
        let control = try XCTUnwrap(all.first { $0.rows.first?.label == "Riskienhallinnan systemaattinen kehittäminen" })
        // Truth hallinto-sisainen-valvonta: two rows, the second after the Tunnusluvut.
        XCTAssertEqual(control.rows.map(\.label), ["Riskienhallinnan systemaattinen kehittäminen", "Sopimushallinnan kehittäminen"])
        XCTAssertEqual(control.rows[1].cells.last??.text, "Sopimushallinnan aktiiviset käyttäjät")
        // The Tunnusluvut inside it is still a table of its own, right after it.
        let index = try XCTUnwrap(all.firstIndex { $0.id == control.id })
        XCTAssertEqual(all[index + 1].caption, "Tunnusluvut")
        XCTAssertEqual(all[index + 1].rows.last?.cells.map { $0?.value }, [-676, -800, -783, -652, -683, -703])
    }

    // MARK: SharedLineCells (konserni pp. 5 and 25)

    func testLabelSharingALineWithTheNextCell() throws {
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        // Truth hallinto-strategia-hyva-ja-sujuva-arki and elinkeino-sisainen-valvonta.
        let goal = try XCTUnwrap(all.flatMap(\.rows).first { $0.label == "Aktiivinen kokoutumisen edistäminen" })
        XCTAssertEqual(goal.cells.map { $0?.text }, [
            "Tiiviillä kaupungin sisäisellä ja ulkopuolisten sidosryhmien välisellä yhteistyöllä mahdollistetaan tulomuuttajien ja esim. maahanmuuttajien hyvä kotoutuminen.",
            "Kaikkien tulomuuttajien määrä, asukasluvun kokonaiskehitys muuttoliikkeen vaikutuksessa",
        ])
        let control = try XCTUnwrap(all.first { $0.rows.first?.label == "Riskienhallinnan parantaminen" })
        XCTAssertEqual(control.rows.map(\.label), ["Riskienhallinnan parantaminen", "Sisäisen valvonnan suunnitelma"])
        XCTAssertEqual(control.rows.map { $0.cells.map { $0?.text } }, [
            ["Laaditaan elinkeino- ja työllisuuspalveluille riskienhallintasuunnitelma", "Suunnitelma laadittu"],
            ["Suunnitelma laaditaan", "Suunnitelma laadittu"],
        ])
    }

    func testSideBySideColumnsAreNotCut() {
        // `pdftotext -layout` of the same page: every line holds every column.
        let side = [["Viestinnän ja markkinoinnin Koostetaan keskeisiä taloustietoja, Asukkaiden ja yritysten luottamus",
                     "tehtävänä on tukea kaupungin investointeja ja hankkeita helposti kaupungin taloudenhoitoon (kysely:"],
                    ["Positiivinen talous- ja"]]
        XCTAssertNil(SharedLineCells.blocks(side, width: 3))
        XCTAssertEqual(SharedLineCells.cut("Työllisyysalueen ja Kemijärven"), ["Työllisyysalueen ja Kemijärven"], "a one-word piece is no cell")
    }

    // MARK: CaptionNamedLabelColumn (konserni pp. 3, 7, 16, 25)

    func testCutOrSharedCellsAreRefused() throws {
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        let internalControl = all.filter { $0.columns.map(\.header) == ["Toimenpiteet", "Toteutuma"] }
        // Page 7's table (its row whole before the Tunnusluvut), page 16's and page 25's
        // (SharedLineCells) are read; page 3's Toimenpiteet is cut by the Tunnusluvut
        // ("…ymmärrystä ja") and stays prose rather than a wrong cell.
        XCTAssertEqual(internalControl.count, 3)
        XCTAssertFalse(internalControl.flatMap(\.rows).contains { $0.label.hasPrefix("Riskienhallinnan parantaminen Laaditaan") })
        let whole = try XCTUnwrap(internalControl.first { $0.rows.first?.label == "Riskienhallinnan systemaattinen kehittäminen" })
        XCTAssertEqual(whole.rows[0].cells.first??.text, "Vahvistetaan koko organisaation riskienarvioinnin ymmärrystä ja riskienhallinnan käytänteitä. Järjestetään koulutusta riskienarvioinnista ja vahvistetaan riskienarvioinnin ja -hallinnan käytänteitä.")
        XCTAssertTrue(CaptionNamedLabelColumn.holdsTwoCells("Riskienhallinnan parantaminen Laaditaan elinkeino- ja"))
        XCTAssertFalse(CaptionNamedLabelColumn.holdsTwoCells("Vähennetään väärinymmärrysten, epäselvän viestinnän. Riski pienenee."))
    }

    func testCaptionNamesTheLabelColumn() throws {
        let words = "Sisäinen valvonta ja riskienhallinta Toimenpiteet Toteutuma".split(separator: " ").map(String.init)
        XCTAssertEqual(CaptionNamedLabelColumn.columns(words), ["Sisäinen valvonta ja riskienhallinta", "Toimenpiteet", "Toteutuma"])
        XCTAssertNil(CaptionNamedLabelColumn.columns(["Tavoite", "Toimenpiteet", "Mittarit"]), "a plain header")
        XCTAssertNil(CaptionNamedLabelColumn.columns(["Toteutuma"]))
        XCTAssertNil(CaptionNamedLabelColumn.columns("Vuonna 2026 Toimenpiteet Mittarit".split(separator: " ").map(String.init)))
        let all = tables(document("kemijarvi-konserni-elinvoima-ta2026.txt"))
        let t = try XCTUnwrap(all.first { t in t.rows.first?.label.hasPrefix("Varmistaa viestinnän") == true })
        XCTAssertEqual(t.columns.map(\.header), ["Toimenpiteet", "Toteutuma"])
        XCTAssertEqual(t.rows.map(\.label), ["Varmistaa viestinnän johdonmukaisuus, selkeys ja vastuullisuus sekä ehkäistä viestinnällisiä riskejä.",
                                             "Vähennetään väärinymmärrysten, epäselvän viestinnän ja ylikuormituksen riskiä.",
                                             "Säilytetään luottamus ja läpinäkyvyys kaupungin toimintaan."])
        XCTAssertEqual(t.rows[1].cells.last??.text, "Palaute kaupungin sisäisiltä ja ulkoisilta sidosryhmiltä (esim. kyselyt, tapaamiset).")
    }
}

/// `TabRowContinuation` on the tukipalvelut seed (page 1) and its limits.
final class TabRowContinuationTests: XCTestCase {
    func testRowBrokenByThePageJoinsCellByCell() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("corpus/kemijarvi-hallinto-tukipalvelut-2022-06.txt").path
        let tables = Pipeline().run(path: path).allTables
        // Truth toiminnalliset-tavoitteet, row 3.
        let label = "Verkostoyhteistyön kautta sairauspoissaolujen vähentäminen. Esimiesten tukeminen neuvonnalla ja ohjeistuksella."
        let row = try XCTUnwrap(tables.flatMap(\.rows).first { $0.label == label })
        XCTAssertEqual(row.cells.map { $0?.text }, [
            "Kevan oppimisympäristön käytön tehostaminen Tiivis yhteistyö työterveyshuollon kanssa",
            "Oppisympäristö esimiesten aktiivisessa käytössä Sairauspoissaolot (pv/hlö), yhteistyötapaamiset Säännölliset esimiestilaisuuksien toteutuminen",
            "Tunnukset kaikkien esimiesten käytössä Sairauspoissaolot 9,91 pv/hlö 30.6.2022, tapaamiset säännöllisiä Toteutettu kuukausittain",
        ])
        XCTAssertFalse(tables.flatMap(\.rows).contains { $0.label == "neuvonnalla ja ohjeistuksella." })
    }

    func testRowsOfFiguresAreNeverJoined() {
        XCTAssertFalse(TabRowContinuation.continues(["muut kulut", "-1 200", "-1 300"], above: ["Palvelujen ostot", "-5 000", "-6 000"]))
        XCTAssertFalse(TabRowContinuation.continues(["Uusi rivi", "teksti", "teksti"], above: ["Rivi", "teksti", "teksti"]), "a capital starts a row")
        XCTAssertFalse(TabRowContinuation.continues(["jatkuu", "sana", "teksti"], above: ["Rivi", "", "teksti"]), "an empty cell above")
        XCTAssertTrue(TabRowContinuation.continues(["jatkuu", "", "teksti"], above: ["Rivi", "teksti", "teksti"]), "a cell that ended above")
        XCTAssertTrue(TabRowContinuation.continues(["jatkuu", "sana", "teksti"], above: ["Rivi", "teksti", "teksti"]))
    }
}
