import Foundation
import XCTest
@testable import LukuCore

/// markitdown's grids cut into blocks (issue 7, the eleventh session): `TextLinesBetweenPipeBlocks`,
/// `UnlabelledHeaderBlock`, `PipeRowsEndPlainTable`, `FirstFigureInLabelCell`,
/// `PairedMembersInJoinedColumns`; each on lines copied from markitdown's Markdown of the synth
/// statements (.build-flavours/synth), expected figures from their truth files.
final class MarkitdownGridBlocksTests: XCTestCase {
    private func rows(_ text: String) throws -> [Row] {
        try tables(text).flatMap(\.rows)
    }

    /// A copied text's tables (also used by `GroupNamesAmongGapRowsTests.swift`).
    func tables(_ text: String) throws -> [Table] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-mdblocks-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("copied.md")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path).allTables
    }

    private func values(_ row: Row) -> [Decimal?] {
        row.cells.map { $0?.value }
    }

    private func flagged(_ row: Row) -> [Bool] {
        row.cells.compactMap { $0 }.filter { $0.value != nil }.map { !$0.flags.isEmpty }
    }

    func d(_ s: String) -> Decimal? { Decimal(string: s) }

    // MARK: TextLinesBetweenPipeBlocks

    /// Synth honkakoski (HTML-made) p. 6: the committee table's header block, then one block per
    /// cost centre with its name as a text line between. One table under the header's columns,
    /// each centre's rows under its group (truth kayttotalous-ymparistolautakunta).
    func testHonkakoskiCostCentreBlocksAreOneTable() throws {
        let text = """
        talousarviossa. Henkilöstömenot toteutuivat arvioitua pienempinä.
        Määrärahojen toteutuminen
        |     | Muutettu |           | Poikkeama | Tot. |     |
        | --- | -------- | --------- | --------- | ---- | --- |
        |     | TA 2019  | Toteutuma | 2019      | %    |     |
        Rakennusvalvonta
        | MENOT     | -10 155 200,00 | -10 867 284,25 | -712 084,25 | 107,0 % |     |
        | --------- | -------------- | -------------- | ----------- | ------- | --- |
        | NETTOMENO | -10 155 200,00 | -10 867 284,25 | -712 084,25 | 107,0 % |     |
        Ympäristönsuojelu
        | MENOT     | -7 577 900,00 | -7 993 476,55 | -415 576,55 | 105,5 % |     |
        | --------- | ------------- | ------------- | ----------- | ------- | --- |
        | TULOT     | 266 700,00    | 259 980,30    | -6 719,70   | 97,5 %  |     |
        | NETTOMENO | -7 311 200,00 | -7 733 496,25 | -422 296,25 | 105,8 % |     |
        Maankäyttö ja
        kaavoitus
        | MENOT     | -17 711 000,00 | -17 924 170,65 | -213 170,65 | 101,2 % |     |
        | --------- | -------------- | -------------- | ----------- | ------- | --- |
        | TULOT     | 7 451 300,00   | 6 789 685,32   | -661 614,68 | 91,1 %  |     |
        | NETTOMENO | -10 259 700,00 | -11 134 485,33 | -874 785,33 | 108,5 % |     |
        Ympäristölautakunta
        yhteensä
        | MENOT | -35 444 100,00 | -36 784 931,45 | -1 340 831,45 | 103,8 % |     |
        """
        let found = try tables(text)
        XCTAssertEqual(found.count, 1)
        let table = try XCTUnwrap(found.first)
        XCTAssertEqual(table.columns.map(\.header), ["Muutettu TA 2019", "Toteutuma", "Poikkeama 2019", "Tot. %"])
        let menot = table.rows.filter { $0.label == "MENOT" }
        XCTAssertEqual(menot.map(\.group), ["Rakennusvalvonta", "Ympäristönsuojelu", "Maankäyttö ja kaavoitus", "Ympäristölautakunta yhteensä"])
        XCTAssertEqual(values(menot[1]), [d("-7577900.00"), d("-7993476.55"), d("-415576.55"), d("105.5")])
    }

    /// Synth pauhaniemi (HTML-made) p. 4: the long-term loans row left as text between the group
    /// names, its four figures dot-grouped; read as a row of the grid, in doubt. The short-term
    /// loans row of the same name keeps its own figures.
    func testPauhaniemiRowLeftAsTextIsReadInDoubt() throws {
        let text = """
        | VASTAAVAA               |       | 457.552 |       | 450.488 |
        Vastattavaa (1 000 €)
        |     |     | 31.12.2021 |     | 31.12.2020 |
        | --- | --- | ---------- | --- | ---------- |
        OMA PÄÄOMA
        | Peruspääoma                          | 158.465 |         | 158.465 |         |
        | ------------------------------------ | ------- | ------- | ------- | ------- |
        | Muut omat rahastot                   | 2.710   |         | 2.919   |         |
        | Edellisten tilikausien yli-/alijäämä | 21.772  |         | 56.109  |         |
        | Tilikauden ylijäämä (alijäämä)       | 6.780   | 189.727 | -34.338 | 183.155 |
        POISTOERO JA VAPAAEHTOISET VARAUKSET
        | Poistoero | 4.413 | 4.413 | 4.680 | 4.680 |
        | --------- | ----- | ----- | ----- | ----- |
        PAKOLLISET VARAUKSET
        | Eläkevaraukset            | 592 |       | 578 |       |
        | ------------------------- | --- | ----- | --- | ----- |
        | Muut pakolliset varaukset | 563 | 1.155 | 538 | 1.117 |
        TOIMEKSIANTOJEN PÄÄOMAT
        | Valtion toimeksiannot |     | 35  | 35  | 33 33 |
        | --------------------- | --- | --- | --- | ----- |
        VIERAS PÄÄOMA
        Pitkäaikainen vieras pääoma
        Lainat rahoitus- ja vakuutuslaitoksilta 223.125 223.125 222.789 222.789
        Lyhytaikainen vieras pääoma
        | Lainat rahoitus- ja vakuutuslaitoksilta | 17.687 |         | 17.660 |         |
        | --------------------------------------- | ------ | ------- | ------ | ------- |
        | Saadut ennakot                          | 417    |         | 411    |         |
        | Ostovelat                               | 5.033  |         | 5.207  |         |
        | Muut velat                              | 2.749  |         | 2.908  |         |
        | Siirtovelat                             | 13.210 | 39.097  | 12.527 | 38.713  |
        | VASTATTAVAA                             |        | 457.552 |        | 450.488 |
        Sivu 4
        """
        let loans = try rows(text).filter { $0.label == "Lainat rahoitus- ja vakuutuslaitoksilta" }
        XCTAssertEqual(loans.count, 2)
        XCTAssertEqual(values(loans[0]), [223125, 223125, 222789, 222789])
        XCTAssertEqual(flagged(loans[0]), [true, true, true, true])
        XCTAssertEqual(values(loans[1]), [17687, nil, 17660, nil])
        XCTAssertEqual(loans[1].group, "Lyhytaikainen vieras pääoma")
    }

    /// A gap with a section heading, a bare page number or a row whose figures read more than one
    /// way (or none) into the block's columns is left as printed.
    func testGapsThatAreNoRowsStay() {
        let opening = ["| MENOT ", " -7 577 900,00 ", " -7 993 476,55 ", " -415 576,55 ", " 105,5 % |"].joined(separator: "|")
            .split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        let cells = Array(opening.dropFirst().dropLast())
        XCTAssertNotNil(TextLinesBetweenPipeBlocks.rows(["Ympäristönsuojelu"], width: 5, opening: cells))
        XCTAssertNil(TextLinesBetweenPipeBlocks.rows(["2.2 Tuloslaskelmaosan toteutuminen"], width: 5, opening: cells))
        XCTAssertNil(TextLinesBetweenPipeBlocks.rows(["4 Tunnuslukuja"], width: 5, opening: cells))
        XCTAssertNil(TextLinesBetweenPipeBlocks.rows(["5"], width: 5, opening: cells))
        XCTAssertNil(TextLinesBetweenPipeBlocks.rows(["Sivu 4", ""], width: 5, opening: cells))
        // Five figures of space-grouped digits into three columns: more than one reading.
        XCTAssertNil(TextLinesBetweenPipeBlocks.rows(["TOIMINTAKULUT 193 872 4 043 189"], width: 4, opening: cells))
        // "1. Aineettomat oikeudet" is an item, not a section: a row of its own.
        XCTAssertTrue(TextLinesBetweenPipeBlocks.isSectionHeading("3.2. Tase"))
        XCTAssertFalse(TextLinesBetweenPipeBlocks.isSectionHeading("1. Aineettomat oikeudet"))
    }

    // MARK: UnlabelledHeaderBlock

    /// Synth koivukyla (HTML-made) p. 5: the committees' total block, the section heading, then the
    /// tuloslaskelmaosa's header block, all eleven pipe columns wide. The header block starts a run
    /// of its own, so its five columns are read (truth tuloslaskelmaosa), the rows left as text
    /// between the blocks among them.
    func testKoivukylaTuloslaskelmaosaKeepsItsFiveColumns() throws {
        let text = """
        | NETTOMENO |     |     |     |     |     | –5 844 |     | –5 303 |     | 541 | 90,7 % |
        Sivu 4

        Yhteensä
        | MENOT     |     |     |     |     | –17 637 |     | –16 322 |     | 1 315 | 92,5 %  |
        | --------- | --- | --- | --- | --- | ------- | --- | ------- | --- | ----- | ------- |
        | TULOT     |     |     |     |     | 4 116   |     | 4 262   |     | 146   | 103,5 % |
        | NETTOMENO |     |     |     |     | –13 521 |     | –12 060 |     | 1 461 | 89,2 %  |
        2.2 Tuloslaskelmaosan toteutuminen
        TULOSLASKELMAOSA (1 000 €)
        |     |     |     | Alkuperäinen |     |           | TA  | Muutettu |     | TP   | Poikkeama |
        | --- | --- | --- | ------------ | --- | --------- | --- | -------- | --- | ---- | --------- |
        |     |     |     |              | TA  | muutokset |     | TA 2022  |     | 2022 | 2022      |
        Toimintatuotot
        | Myyntituotot             |     |     |     | 12 635 |     | 0   | 12 635 | 13 838 |       | 1 203 |
        | ------------------------ | --- | --- | --- | ------ | --- | --- | ------ | ------ | ----- | ----- |
        | Maksutuotot              |     |     |     | 5 730  |     | 0   | 5 730  |        | 5 913 | 184   |
        | Tuet ja avustukset       |     |     |     | 5 470  |     | 0   | 5 470  |        | 5 678 | 208   |
        | Muut toimintatuotot      |     |     |     | 8 734  |     | 0   | 8 734  |        | 9 297 | 564   |
        | TOIMINTATUOTOT YHTEENSÄ  |     |     |     | 32 568 |     | 0   | 32 568 | 34 726 |       | 2 158 |
        | Valmistus omaan käyttöön |     |     |     | 1 330  |     | 0   | 1 330  |        | 1 285 | –45   |
        Toimintakulut
        | Henkilöstökulut               |     |     |     | –73 030 |     | –6    | –73 036 | –69 515 |     | 3 521  |
        | ----------------------------- | --- | --- | --- | ------- | --- | ----- | ------- | ------- | --- | ------ |
        | Palvelujen ostot              |     |     |     | –75 798 |     | 2 812 | –72 986 | –80 820 |     | –7 834 |
        | Aineet, tarvikkeet ja tavarat |     |     |     | –16 856 |     | 0     | –16 856 | –16 523 |     | 333    |
        | Avustukset                    |     |     |     | –14 850 |     | 860   | –13 990 | –15 130 |     | –1 140 |
        | Muut toimintakulut            |     |     |     | –13 338 |     | 377   | –12 961 | –13 440 |     | –480   |
        TOIMINTAKULUT YHTEENSÄ –193 872 4 043 –189 829 –195 428 –5 599
        | TOIMINTAKATE   |     |     | –159 974 |         |     | 4 043 | –155 931 | –159 417 |     | –3 486 |
        | -------------- | --- | --- | -------- | ------- | --- | ----- | -------- | -------- | --- | ------ |
        | Verotulot      |     |     |          | 118 870 |     | 2 995 | 121 865  | 118 331  |     | –3 534 |
        | Valtionosuudet |     |     |          | 50 680  |     | 894   | 51 574   | 54 283   |     | 2 709  |
        Rahoitustuotot ja -kulut
        | Korkotuotot                       |     |     |     | 159    |     | 0     | 159    |        | 158   | –1     |
        """
        let found = try tables(text)
        let osa = try XCTUnwrap(found.first { $0.rows.contains { $0.label == "Myyntituotot" } })
        XCTAssertEqual(osa.columns.map(\.header), ["Alkuperäinen TA", "TA muutokset", "Muutettu TA 2022", "TP 2022", "Poikkeama 2022"])
        let myynti = try XCTUnwrap(osa.rows.first { $0.label == "Myyntituotot" })
        XCTAssertEqual(values(myynti), [12635, 0, 12635, 13838, 1203])
        let kulut = try XCTUnwrap(osa.rows.first { $0.label == "TOIMINTAKULUT YHTEENSÄ" })
        XCTAssertEqual(values(kulut), [-193872, 4043, -189829, -195428, -5599])
        XCTAssertEqual(flagged(kulut), [true, true, true, true, true])
        XCTAssertTrue(UnlabelledHeaderBlock.heads(["", " 2018 2019 ", " 2020 ", "", " 2021 ", " 2022 "]))
        XCTAssertTrue(UnlabelledHeaderBlock.heads(["", "", " Alkuperäinen ", "", " TA ", " 1 000 € "]))
        XCTAssertFalse(UnlabelledHeaderBlock.heads(["", " 4 638 4 491 ", " 4 917 "]))
        XCTAssertFalse(UnlabelledHeaderBlock.heads([" Verotulot ", " 2024 ", " 2023 "]))
    }

    // MARK: PipeRowsEndPlainTable

    /// Synth kalliosalo (sheet-made) p. 10: "TP TP" as text over the grid of item and subtotal
    /// columns. The grid holds rows of four figures, more than the text header's two columns: it is
    /// read as its own table, every row kept (truth tuloslaskelma-eur).
    func testKalliosaloGridUnderNarrowTextHeaderKeepsEveryRow() throws {
        let text = """
        Tuloslaskelma 1.1.-31.12.2024
        TP TP
        |     | 2024  |     | 2023  |     |
        | --- | ----- | --- | ----- | --- |
        |     | euroa |     | euroa |     |
        Toimintatuotot
        | Myyntituotot       | 580 327,18 € |     | 593 215,62 € |     |
        | ------------------ | ------------ | --- | ------------ | --- |
        | Maksutuotot        | 397 887,43 € |     | 374 112,49 € |     |
        | Tuet ja avustukset | 214 854,73 € |     | 223 550,34 € |     |
        Muut toimintatuotot 557 827,41 € 1 750 896,75 € 528 302,45 € 1 719 180,90 €
        | Valmistus omaan käyttöön |     | 80 587,32 € |     | 39 501,36 € |
        | ------------------------ | --- | ----------- | --- | ----------- |
        Toimintakulut
        | Henkilöstökulut               | −2 810 622,56 € |     | −2 799 344,34 € |     |
        | ----------------------------- | --------------- | --- | --------------- | --- |
        | Palvelujen ostot              | −3 078 371,43 € |     | −3 039 155,67 € |     |
        | Aineet, tarvikkeet ja tavarat | −769 189,34 €   |     | −750 485,13 €   |     |
        | Avustukset                    | −559 972,08 €   |     | −568 565,79 €   |     |
        Muut toimintakulut −777 408,64 € −7 995 564,05 € −778 718,96 € −7 936 269,89 €
        | Toimintakate   |     | −6 164 079,98 € |     | −6 177 587,63 € |
        | -------------- | --- | --------------- | --- | --------------- |
        | Verotulot      |     | 2 474 600,73 €  |     | 1 738 533,16 €  |
        | Valtionosuudet |     | 4 395 254,91 €  |     | 4 560 107,77 €  |
        Rahoitustuotot ja -kulut
        | Korkotuotot         | 16 656,71 €  |     | 62 380,41 €  |     |
        | ------------------- | ------------ | --- | ------------ | --- |
        | Muut rahoitustuotot | 11 276,06 €  |     | 62 420,15 €  |     |
        | Korkokulut          | −22 826,39 € |     | −86 647,53 € |     |
        Muut rahoituskulut −5 837,04 € −730,66 € −3 732,96 € 34 420,07 €
        | Vuosikate |     | 705 045,00 € |     | 155 473,37 € |
        | --------- | --- | ------------ | --- | ------------ |
        Poistot ja arvonalentumiset
        | Suunnitelman mukaiset poistot | −454 422,44 € |               | −618 897,54 € |               |
        | ----------------------------- | ------------- | ------------- | ------------- | ------------- |
        | Arvonalentumiset              | –             | −454 422,44 € | −45 176,42 €  | −664 073,96 € |
        | Tilikauden tulos              |               | 250 622,56 €  |               | −508 600,59 € |
        Tilinpäätössiirrot
        | Poistoeron lisäys (-) tai vähennys (+) | 8 462,28 €  |              | 6 420,72 €   |               |
        | -------------------------------------- | ----------- | ------------ | ------------ | ------------- |
        | Varausten lisäys (-) tai vähennys (+)  | 28 421,78 € |              | –            |               |
        | Rahastojen muutos                      | –           | 36 884,06 €  | −10 890,95 € | −4 470,23 €   |
        """
        let all = try rows(text)
        XCTAssertEqual(values(try XCTUnwrap(all.first { $0.label == "Myyntituotot" })), [d("580327.18"), nil, d("593215.62"), nil])
        XCTAssertEqual(values(try XCTUnwrap(all.first { $0.label == "Valmistus omaan käyttöön" })), [nil, d("80587.32"), nil, d("39501.36")])
        let muut = try XCTUnwrap(all.first { $0.label == "Muut toimintatuotot" })
        XCTAssertEqual(values(muut), [d("557827.41"), d("1750896.75"), d("528302.45"), d("1719180.90")])
        XCTAssertEqual(flagged(muut), [true, true, true, true])
        XCTAssertEqual(values(try XCTUnwrap(all.first { $0.label == "Tilikauden tulos" })), [nil, d("250622.56"), nil, d("-508600.59")])
    }

    // MARK: FirstFigureInLabelCell

    /// Synth honkaniemi (Word-made) p. 3, vastattavaa in thousands: "| 1 000 € 31.12.2024 |
    /// 31.12.2023 |" over "| A OMA PÄÄOMA 102602 | 100024 |"; the first figure is taken out of the
    /// label cell under the header's first period, in doubt (truth tase-vastattavaa).
    func testHonkaniemiFirstFigureLeavesTheLabelCell() throws {
        let text = """
        | VASTAAVAA YHTEENSÄ 204053         | 192566     |     |     |     |     |
        Vastattavaa
        | 1 000 € 31.12.2024         | 31.12.2023 |     |     |     |     |
        | -------------------------- | ---------- | --- | --- | --- | --- |
        | A OMA PÄÄOMA 102602        | 100024     |     |     |     |     |
        | I Peruspääoma 62417        | 62417      |     |     |     |     |
        | II Muut omat rahastot 4086 | 4052       |     |     |     |     |
        III Edellisten tilikausien
        | ylijäämä (alijäämä) 33555 | 37123 |     |     |     |     |
        | ------------------------- | ----- | --- | --- | --- | --- |
        IV Tilikauden ylijäämä
        | (alijäämä) 2543 | -3568 |     |     |     |     |
        | --------------- | ----- | --- | --- | --- | --- |
        B POISTOERO JA
        VAPAAEHTOISET
        | VARAUKSET 4266 | 4366 |     |     |     |     |
        | -------------- | ---- | --- | --- | --- | --- |
        | Poistoero 4266 | 4366 |     |     |     |     |
        C TOIMEKSIANTOJEN
        """
        let found = try tables(text)
        let tase = try XCTUnwrap(found.first { $0.rows.contains { $0.label == "A OMA PÄÄOMA" } })
        XCTAssertEqual(tase.columns.map(\.header), ["31.12.2024", "31.12.2023"])
        let oma = try XCTUnwrap(tase.rows.first { $0.label == "A OMA PÄÄOMA" })
        XCTAssertEqual(values(oma), [102602, 100024])
        XCTAssertEqual(flagged(oma), [true, true])
        XCTAssertEqual(values(try XCTUnwrap(tase.rows.first { $0.label == "IV Tilikauden ylijäämä (alijäämä)" })), [2543, -3568])
        // Under a header without a period in its label cell, a label ending in a figure stays.
        XCTAssertNil(FirstFigureInLabelCell.header(["Tuloslaskelma", " TP 2024 ", " TP 2023 ", ""]))
        XCTAssertEqual(FirstFigureInLabelCell.reorder("| Muut saamiset 3331 | 3515 | |"), "| Muut saamiset 3331 | 3515 | |")
    }

    // MARK: PairedMembersInJoinedColumns

    /// Synth vaahterajoki (sheet-made) p. 4: item rows on pipe columns 1 and 3, subtotal rows on 2
    /// and 4, the rows filling both left out as text; the joined columns may be item and subtotal
    /// pairs, so every figure row is read in doubt (the figures are the printed ones).
    func testVaahterajokiPairedMembersAreReadInDoubt() throws {
        let text = """
        VASTAAVAA
        |     | 31.12.2022 |     | 31.12.2021 |     |
        | --- | ---------- | --- | ---------- | --- |
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        | Aineettomat oikeudet         | 468.691,59   |     | 473.361,28   |     |
        | ---------------------------- | ------------ | --- | ------------ | --- |
        | Muut pitkävaikutteiset menot | 1.343.064,62 |     | 1.286.349,13 |     |
        Ennakkomaksut 301.021,53 2.112.777,74 277.339,47 2.037.049,88
        II Aineelliset hyödykkeet
        | Maa- ja vesialueet             | 6.205.238,48   |     | 6.308.227,09   |     |
        | ------------------------------ | -------------- | --- | -------------- | --- |
        | Rakennukset                    | 192.785.697,98 |     | 182.700.336,05 |     |
        | Kiinteät rakenteet ja laitteet | 30.685.777,85  |     | 30.523.146,93  |     |
        | Koneet ja kalusto              | 2.915.382,90   |     | 2.968.905,96   |     |
        Muut aineelliset hyödykkeet
        Ennakkomaksut ja keskeneräiset hankinnat 12.535.430,68 245.127.527,89 13.218.954,75 235.719.570,78
        III Sijoitukset
        | Osakkeet ja osuudet | 45.912.008,08 |               | 42.998.191,78 |               |
        | ------------------- | ------------- | ------------- | ------------- | ------------- |
        | Muut lainasaamiset  | 2.326.588,72  |               | 2.223.857,20  |               |
        | Muut saamiset       |               | 48.238.596,80 |               | 45.222.048,98 |
        B TOIMEKSIANTOJEN VARAT
        """
        let all = try rows(text)
        let aineettomat = try XCTUnwrap(all.first { $0.label == "Aineettomat oikeudet" })
        XCTAssertEqual(values(aineettomat), [d("468691.59"), d("473361.28")])
        XCTAssertEqual(flagged(aineettomat), [true, true])
        XCTAssertTrue(flagged(try XCTUnwrap(all.first { $0.label == "Muut saamiset" })).allSatisfy { $0 })
        XCTAssertTrue(PairedMembersInJoinedColumns.applies([[1, 2], [3, 4]], figureFilled: [[1, 3], [2, 4]]))
        XCTAssertFalse(PairedMembersInJoinedColumns.applies([[1, 2], [3, 4]], figureFilled: [[1, 3], [1, 3]]))
        XCTAssertFalse(PairedMembersInJoinedColumns.applies([[1, 2], [3]], figureFilled: [[1, 3], [2, 3]]))
    }
}
