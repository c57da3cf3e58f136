import XCTest
@testable import LukuCore

/// One regression test per rule that brought back rows the synthetic statements' PDFs lost
/// (../shared/synth: three producer families, truth by construction), each on at least two
/// documents. Expected values are read off the printed pages (`pdftotext -layout` agrees), not
/// copied from Luku's output.
extension TableRuleRegressionTests {
    static func synth(_ name: String) -> String { "synth/synth-1000-\(name).pdf" }

    /// Louhivirta pp. 9–10 (spreadsheet): "TA" / "+" / "muutokset" stacked over a narrow column,
    /// centred; saarnisaari pp. 5–6 (Word): "Alkuperäinen" over "TA" / "2020", right-aligned. The
    /// top word heads its column (`StackedTitleRule`), so the header repeated on the next page is
    /// the same header and the table goes on there; the lone "+" stays in the header
    /// (`HeaderConnector`).
    /// "Käyttö-" over "%" is "Käyttö-%", as p. 10 prints it on one line (`PercentUnderHyphenatedHeader`).
    func testStackedTitleHeadsItsColumn() throws {
        let louhivirta = try document(Self.synth("02-sheet-louhivirta-2019"))
        let (t, r) = try row("1010 Nuorisotilan muutostyöt", page: 9, in: louhivirta)
        XCTAssertEqual(t.columns.map(\.header), ["TA + muutokset", "TP 2019", "Poikkeama €", "Käyttö-%"])
        XCTAssertEqual(t.pages, [9, 10])
        XCTAssertEqual(values(r), ["-1298", "-708", "590", "54.5"])
        XCTAssertTrue(t.rows.contains { $0.label == "INVESTOINNIT YHTEENSÄ" })
        XCTAssertNil(t.caption)

        // Tamminiemi p. 9 (spreadsheet): "TA +" over "muutokset"; the "+" left of the numbers
        // stays in the header (`HeaderConnector`), which then reads as the budget with changes.
        let tamminiemi = try document(Self.synth("08-sheet-tamminiemi-2022"))
        let (t1, nuoriso) = try row("Nuorisotilan muutostyöt", page: 9, in: tamminiemi)
        XCTAssertEqual(t1.columns.first?.header, "TA + muutokset")
        XCTAssertEqual(t1.columns.first?.kind, .taMuutos)
        XCTAssertNil(t1.caption)
        XCTAssertEqual(values(nuoriso), ["412", "323", "-89", "78.5"])

        let saarnisaari = try document(Self.synth("21-word-saarnisaari-2020"))
        let (t2, tulot) = try row("TULOT", group: "Tilintarkastus", page: 5, in: saarnisaari)
        XCTAssertEqual(t2.columns.first?.header, "Alkuperäinen TA 2020")
        XCTAssertEqual(t2.pages, [5, 6])
        XCTAssertEqual(values(tulot), ["1130100", "0", "1130100", "1029673", "-100427"])
        let netto = try XCTUnwrap(t2.rows.last)
        XCTAssertEqual(netto.label, "NETTOMENO")
        XCTAssertEqual(values(netto), ["13494500", "61000", "13555500", "12882318", "-673182"])
    }

    /// Saarnijoki pp. 3–4 (HTML) and varpuvirta pp. 4–5 (Word): vastattavaa's first page holds
    /// only item amounts, its continuation under the same printed header adds the subtotal
    /// columns; the first page's rows join it in the columns they stand in (`WiderContinuation`).
    func testContinuationWithTheSubtotalColumnsTakesTheFirstPart() throws {
        let saarnijoki = try document(Self.synth("04-html-saarnijoki-2024"))
        let (t, r) = try row("I Peruspääoma", page: 3, in: saarnijoki)
        XCTAssertEqual(t.pages, [3, 4])
        XCTAssertEqual(t.columns.count, 4)
        XCTAssertEqual(values(r), ["98431", nil, "98431", nil])
        let v = try XCTUnwrap(t.rows.first { $0.label == "V Tilikauden yli-/alijäämä" })
        XCTAssertEqual(values(v), ["334", "150382", "-286", "150049"])

        let varpuvirta = try document(Self.synth("15-word-varpuvirta-2021"))
        let (t2, muut) = try row("Muut omat rahastot", page: 4, in: varpuvirta)
        XCTAssertEqual(t2.pages, [4, 5])
        XCTAssertEqual(values(muut), ["5325054", nil, "5356771", nil])
        let tilikauden = try XCTUnwrap(t2.rows.first { $0.label == "Tilikauden yli-/alijäämä" })
        XCTAssertEqual(values(tilikauden), ["-8427790", "208925300", "-2663691", "217384808"])
    }

    /// Katajaselka p. 8 (HTML) opens with "Netto" alone, the last row of p. 7's table; pauhaniemi
    /// p. 8 (HTML) with "Investointiosa" / "yhteensä …", the last row of p. 7's investments
    /// (`PageTopRemnant`).
    func testLoneRowOpeningAPageEndsTheTableBefore() throws {
        let katajaselka = try document(Self.synth("13-html-katajaselka-2025"))
        let (t, netto) = try row("Netto", group: "Yhteensä", page: 8, in: katajaselka)
        XCTAssertEqual(t.pages, [7, 8])
        XCTAssertEqual(values(netto), ["5304000", "5224000", "4865433", "-358567", "-6.9"])

        let pauhaniemi = try document(Self.synth("16-html-pauhaniemi-2021"))
        let (t2, total) = try row("Investointiosa yhteensä", page: 8, in: pauhaniemi)
        XCTAssertEqual(t2.pages, [7, 8])
        XCTAssertEqual(values(total), ["-29610000", "-1989473.14", "-22815000", "-21417195.16", "-1397804.84"])
    }

    /// Saarnijoki p. 7 (HTML), varpuvirta p. 8 and saarnisaari p. 7 (Word): an item's code and the
    /// start of its name on lines above its row, the name going on in uppercase ("4030 Päiväkoti" /
    /// "Tuulenpesän uudisrakennus …"), or the code alone ("3280" / "Asianhallintajärjestelmän" /
    /// "käyttöönotto …"), are its label, not a group (`CodeLedItemLabel`). The group heading above
    /// still names the group.
    func testCodeLedItemNameWrapsIntoItsRow() throws {
        let saarnijoki = try document(Self.synth("04-html-saarnijoki-2024"))
        let (_, r) = try row("4030 Päiväkoti Tuulenpesän uudisrakennus", group: "Talonrakennus", page: 7, in: saarnijoki)
        XCTAssertEqual(values(r), ["-3414000", "-2567957", "-846043", "75.2"])
        let (_, led) = try row("4060 Katuvalaistuksen LED-saneeraus", group: "Kunnallistekniikka", page: 7, in: saarnijoki)
        XCTAssertEqual(led.cells.map { $0?.text }, ["−269.000", "siirretty", "−269.000", nil])

        let varpuvirta = try document(Self.synth("15-word-varpuvirta-2021"))
        let (t, r2) = try row("5080 Päiväkoti Tuulenpesän uudisrakennus", group: "Talonrakennus", page: 8, in: varpuvirta)
        XCTAssertEqual(values(r2), ["4357000", "2222000", "6579000", "5348246", "1230754"])
        XCTAssertFalse(t.rows.contains { $0.group == "5080 Päiväkoti Tuulenpesän" || $0.group == "5300 Kiinteistö Oy" })

        let saarnisaari = try document(Self.synth("21-word-saarnisaari-2020"))
        let (t3, r3) = try row("3280 Asianhallintajärjestelmän käyttöönotto", page: 7, in: saarnisaari)
        XCTAssertEqual(values(r3), ["240000", "0", "240000", "189303", "-50697"])
        XCTAssertFalse(t3.rows.contains { $0.cells.contains { $0?.text == "3280" } }, "the code is no cell")
    }

    /// Cost-centre rows repeat their labels under every group heading (louhivirta p. 9: "Menot",
    /// "Tulot", "Netto" under each centre): a label-only line over such a row stays its group.
    func testRepeatedRowLabelsKeepTheirGroups() throws {
        let louhivirta = try document(Self.synth("02-sheet-louhivirta-2019"))
        let (_, menot) = try row("Menot", group: "Elinkeinopalvelut", page: 9, in: louhivirta)
        XCTAssertEqual(values(menot), ["-18487", "-20087", "-1600", "108.7"])
    }

    /// A statutory caps item wrapped over lines, the last one word: honkaniemi p. 3 (Word) "B
    /// POISTOERO JA" / "VAPAAEHTOISET" / "VARAUKSET  4266  4366"; katajaselka pp. 2 and 4 (HTML)
    /// "TOIMINNAN JA INVESTOINTIEN" / "RAHAVIRTA …" and "POISTOERO JA VAPAAEHTOISET" / "VARAUKSET
    /// YHTEENSÄ …"; pauhaselka p. 14 (spreadsheet) with its marker on the last line, "B VARAUKSET"
    /// (`WrappedCapsLabel`).
    func testWrappedCapsItemIsOneLabel() throws {
        let honkaniemi = try document(Self.synth("12-word-honkaniemi-2024"))
        let (t, r) = try row("B POISTOERO JA VAPAAEHTOISET VARAUKSET", page: 3, in: honkaniemi)
        XCTAssertEqual(values(r), ["4266", "4366"])
        let poistoero = try XCTUnwrap(t.rows.first { $0.label == "Poistoero" })
        XCTAssertEqual(values(poistoero), ["4266", "4366"])

        let katajaselka = try document(Self.synth("13-html-katajaselka-2025"))
        let (_, rahavirta) = try row("TOIMINNAN JA INVESTOINTIEN RAHAVIRTA", page: 2, in: katajaselka)
        XCTAssertEqual(values(rahavirta), [nil, "-1969", nil, "-1533"])
        let (_, total) = try row("POISTOERO JA VAPAAEHTOISET VARAUKSET YHTEENSÄ", page: 4, in: katajaselka)
        XCTAssertEqual(values(total), ["2202", "2383"])

        let pauhaselka = try document(Self.synth("17-sheet-pauhaselka-2019"))
        let (_, b) = try row("B POISTOERO JA VAPAAEHTOISET VARAUKSET", page: 14, in: pauhaselka)
        XCTAssertEqual(values(b), ["12464705.87", "13419686.18"])
    }

    /// Petajalampi p. 2 (spreadsheet): "II Saamiset" / "Pitkäaikaiset saamiset" / "1.
    /// Myyntisaamiset" / "2. Lainasaamiset" / "3. Muut saamiset", five items with empty amounts in
    /// the row pitch, are rows of vastaavaa, not numbered headings that cut it (`HeadingInTable`).
    func testLongRunOfEmptyItemsIsNoHeading() throws {
        let d = try document(Self.synth("05-sheet-petajalampi-2020"))
        let (t, r) = try row("VASTAAVAA YHTEENSÄ", page: 2, in: d)
        XCTAssertEqual(values(r), ["122302", "114711"])
        XCTAssertTrue(t.rows.contains { $0.label == "2. Rakennukset" })
        let pitka = try XCTUnwrap(t.rows.first { $0.label == "PITKÄAIKAISET SAAMISET YHTEENSÄ" })
        XCTAssertEqual(pitka.cells.map { $0?.text }, ["-", "-"])
    }
}
