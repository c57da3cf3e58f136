import XCTest
@testable import LukuCore

/// `RowsGoOnUnderRepeatedHeader`, `MarkerRunningHeadInText` and `NumberedItemLabel` on the
/// `pdftotext -raw` text of the long investment table of four hold-out producers (lines as
/// `pdftotext -raw` writes them, page breaks as form feeds; rows in between left out): hold3-05
/// (Chromium, the header block repeated with no page number), hold4-03 (Apache FOP, a page number
/// and a running head naming the page's group), hold6-03 (iText, a report engine's page head and
/// foot), hold7-03 (wkhtmltopdf, no header repeated). Expected values from the truth files
/// (../.build-holdout/docs3, docs4, docs6, docs7), as printed on the pages.
final class RowsGoOnUnderRepeatedHeaderTests: XCTestCase {
    private func table(_ text: String, with label: String) throws -> Table {
        try TextTableLookup.table(text, with: label)
    }

    private func values(_ t: Table, _ label: String) throws -> [Decimal?] {
        PrintedFigures.values(try TextTableLookup.row(t, label))
    }

    static let hold3 = """
    7 Investointiosa
    Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan poistot, mutta investointien
    omahankintamenosta vain osan.
    Investointiohjelma 2026–2029
    € Kustannusarvio
    Talousarvio ja taloussuunnitelma
    TA 2026 TS 2027 TS 2028 TS 2029
    Talonrakennus
    Koulukeskuksen peruskorjaus 815 842 -204 900 -148 513 -375 452 -323 319
    Koulukeskuksen laajennus 756 143 -297 216 -100 591 -31 180 0
    Koulukeskuksen ilmanvaihdon uusiminen 2 913 785 -1 278 536 -545 655 -498 549 -309 655
    Päiväkoti Tähkän peruskorjaus 598 832 -17 944 -147 095 0 -260 434
    Puistotien saneeraus 578 656 -3 686 0 0 -175 176
    Puistotien päällystys 626 078 -233 937 -266 658 -60 495 -214 429
    Harjun saneeraus 373 762 -94 173 -78 567 -151 244 -113 580
    \u{0C}€ Kustannusarvio
    Talousarvio ja taloussuunnitelma
    TA 2026 TS 2027 TS 2028 TS 2029
    Harjun päällystys 780 552 -226 917 -269 614 -137 885 -214 234
    Peltotien saneeraus 1 283 375 0 -257 054 0 -187 180
    Peltotien päällystys 1 461 432 -321 058 -237 582 -16 536 0
    Niittytien saneeraus 1 611 815 0 -598 925 -218 113 0
    Vesijohtoverkoston saneeraus, alue 1 2 750 753 -59 896 -1 050 305 0 -940 442
    Vesijohtoverkoston saneeraus, alue 2 702 286 -137 497 -321 645 -146 846 -144 173
    Vesijohtoverkoston saneeraus, alue 3 463 316 -20 190 -155 881 0 -28 846
    Vesijohtoverkoston saneeraus, alue 4 2 453 536 -720 315 -155 075 0 -537 121
    Vesijohtoverkoston saneeraus, alue 5 1 179 723 -563 989 -539 720 -14 572 -351 164
    Vesijohtoverkoston saneeraus, alue 6 1 574 599 0 0 0 0
    Vesijohtoverkoston saneeraus, alue 7 792 010 -187 381 0 -122 138 -363 884
    """

    func testChromiumRepeatedHeaderBlockGoesOnAsOneTable() throws {
        let t = try table(Self.hold3, with: "Harjun saneeraus")
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(t.columns.count, 5)
        XCTAssertEqual(try values(t, "Harjun saneeraus"), PrintedFigures.decimals(["373762", "-94173", "-78567", "-151244", "-113580"]))
        XCTAssertEqual(try values(t, "Harjun päällystys"), PrintedFigures.decimals(["780552", "-226917", "-269614", "-137885", "-214234"]))
        XCTAssertFalse(t.rows.contains { $0.label.hasPrefix("€ Kustannusarvio") || $0.label.hasPrefix("Talousarvio ja") })
        // "alue 1 2 750 753 …": the 1 fits no reading as a figure; "alue 2 702 286 …" reads both ways (flagged).
        let alue1 = try TextTableLookup.row(t, "Vesijohtoverkoston saneeraus, alue 1")
        XCTAssertEqual(PrintedFigures.values(alue1), PrintedFigures.decimals(["2750753", "-59896", "-1050305", "0", "-940442"]))
        XCTAssertFalse(alue1.cells.contains { $0?.flags.contains(.ambiguousSplit) == true })
        let alue2 = try TextTableLookup.row(t, "Vesijohtoverkoston saneeraus, alue 2")
        XCTAssertEqual(PrintedFigures.values(alue2), PrintedFigures.decimals(["702286", "-137497", "-321645", "-146846", "-144173"]))
        XCTAssertTrue(TextTableLookup.flagged(alue2))
        XCTAssertEqual(try values(t, "Vesijohtoverkoston saneeraus, alue 6"), PrintedFigures.decimals(["1574599", "0", "0", "0", "0"]))
    }

    static let hold4 = """
    Investointiosa 2026–2029 Investoinnit
    7 Investointiosa
    Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan poistot, mutta investointien
    omahankintamenosta vain osan.
    Investointiohjelma 2026–2029
    Taloussuunnitelma
    € Kustannusarvio TA 2026 TS 2027 TS 2028 TS 2029
    Talonrakennus
    Koulukeskuksen peruskorjaus 1 097 074 -37 285 -280 817 0 -500 621
    Koulukeskuksen laajennus 677 750 0 0 0 -192 076
    Koulukeskuksen ilmanvaihdon uusiminen 1 719 002 -121 592 -163 137 0 -166 461
    Päiväkoti Tähkän peruskorjaus 848 014 -320 403 -417 831 0 -10 790
    Rantatien päällystys 610 862 -66 349 -111 679 0 -13 312
    Myllytien saneeraus 2 557 314 -753 154 0 -376 394 0
    Myllytien päällystys 2 085 034 -680 934 -382 573 -348 442 -759 959
    Asemakadun saneeraus 1 459 154 -551 116 -349 866 0 -477 607
    1
    \u{0C}Investointiosa 2026–2029 Vesihuolto
    Taloussuunnitelma
    € Kustannusarvio TA 2026 TS 2027 TS 2028 TS 2029
    Asemakadun päällystys 2 320 867 -861 103 -591 401 -440 311 -720 353
    Kirkkotien saneeraus 963 399 -217 904 0 -309 436 -294 657
    Kirkkotien päällystys 2 125 191 -485 336 -934 469 -1 060 781 0
    Teollisuustien saneeraus 2 370 037 -1 082 709 -1 166 513 -742 910 -228 571
    """

    func testFOPHeaderUnderAMarkerRunningHeadGoesOnAsOneTable() throws {
        let t = try table(Self.hold4, with: "Asemakadun saneeraus")
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(try values(t, "Asemakadun päällystys"), PrintedFigures.decimals(["2320867", "-861103", "-591401", "-440311", "-720353"]))
        XCTAssertFalse(t.rows.contains { $0.label.hasPrefix("Investointiosa") || $0.label == "Taloussuunnitelma" || $0.label == "1" })
        let lines = TextFileReader.parse(Self.hold4).lines
        let head = try XCTUnwrap(lines.firstIndex { $0.text == "Investointiosa 2026–2029 Vesihuolto" })
        XCTAssertTrue(MarkerRunningHeadInText.holds(lines, at: head))
        // The caption under page 1's head opens no page: no running head.
        let caption = try XCTUnwrap(lines.firstIndex { $0.text == "Investointiohjelma 2026–2029" })
        XCTAssertFalse(MarkerRunningHeadInText.holds(lines, at: caption))
    }

    static let hold6 = """
    Järvelän kaupunki Investointiohjelma 2026–2029 Ajopäivä 15.01.2026 08:12
    Hanke, €
    Kustannus-
    arvio TA 2026 TS 2027 TS 2028 TS 2029
    Vesijohtoverkoston saneeraus, alue 5 2 560 682 -552 000 -754 372 -127 319 -553 387
    Vesijohtoverkoston saneeraus, alue 6 1 389 226 -574 927 -542 146 -440 449 -444 341
    Vesijohtoverkoston saneeraus, alue 7 1 152 314 -545 495 0 0 0
    Vesijohtoverkoston saneeraus, alue 8 1 557 755 0 0 -375 826 0
    Kalusto ja laitteet, hallinto 648 098 -123 640 -297 310 -323 093 -33 852
    Kalusto ja laitteet, vapaa-aikatoimi 1 857 631 0 -277 004 -633 516 -857 297
    Kalusto ja laitteet, ympäristötoimi 2 948 291 -1 129 552 -1 311 098 -56 282 -1 433 054
    Kalusto ja laitteet, ruokapalvelut 2 720 932 -315 402 -650 160 -183 638 -166 236
    Talousraportointi / HOLD6 Sivu 3 / 4
    \u{0C}Järvelän kaupunki Investointiohjelma 2026–2029 Ajopäivä 15.01.2026 08:12
    Hanke, €
    Kustannus-
    arvio TA 2026 TS 2027 TS 2028 TS 2029
    Irtain omaisuus yhteensä 12 417 092 -2 794 320 -3 467 465 -2 066 277 -2 990 180
    Investoinnit yhteensä 139 682 912 -27 055 638 -28 588 016 -27 374 054 -31 019 032
    Talousraportointi / HOLD6 Sivu 4 / 4
    """

    func testITextLastPageTotalsJoinTheTable() throws {
        let t = try table(Self.hold6, with: "Kalusto ja laitteet, ruokapalvelut")
        XCTAssertEqual(t.pages, [1, 2])
        XCTAssertEqual(try values(t, "Irtain omaisuus yhteensä"), PrintedFigures.decimals(["12417092", "-2794320", "-3467465", "-2066277", "-2990180"]))
        XCTAssertEqual(try values(t, "Investoinnit yhteensä"), PrintedFigures.decimals(["139682912", "-27055638", "-28588016", "-27374054", "-31019032"]))
        XCTAssertEqual(try values(t, "Vesijohtoverkoston saneeraus, alue 7"), PrintedFigures.decimals(["1152314", "-545495", "0", "0", "0"]))
    }

    static let hold7 = """
    Investointiosa
    Lainakanta pysyi ennallaan, ja kassan riittävyys oli vuoden lopussa 34 päivää. Vuosikate riitti kattamaan poistot, mutta investointien omahankintamenosta vain osan.
    Investointiohjelma 2026–2029
    € Kustannusarvio TA 2026 TS 2027 TS 2028 TS 2029
    Talonrakennus
    Koulukeskuksen peruskorjaus 260 256 −62 702 0 −10 192 −1 874
    Koulukeskuksen laajennus 2 258 884 0 −1 126 229 −338 686 −530 918
    Koulukeskuksen ilmanvaihdon uusiminen 656 188 0 −126 757 −213 709 −326 719
    Päiväkoti Tähkän peruskorjaus 1 319 250 −505 652 −560 265 0 0
    Vesihuolto
    \u{0C}Vesijohtoverkoston saneeraus, alue 1 2 105 088 −405 268 −1 044 216 −448 706 −352 300
    Vesijohtoverkoston saneeraus, alue 2 632 717 −8 591 −15 060 −166 187 −303 276
    Vesijohtoverkoston saneeraus, alue 3 1 728 035 −549 632 −666 257 0 −5 973
    Vesijohtoverkoston saneeraus, alue 4 1 332 403 −464 434 −378 333 −116 406 −446 594
    Vesijohtoverkoston saneeraus, alue 5 953 522 −98 293 −99 411 0 −400 312
    Vesijohtoverkoston saneeraus, alue 6 1 277 073 −550 327 −597 228 −505 919 0
    Vesijohtoverkoston saneeraus, alue 7 1 802 552 −575 153 −775 149 −800 667 −864 698
    Vesijohtoverkoston saneeraus, alue 8 2 817 181 0 −785 409 −368 202 −198 892
    Vesijohtoverkoston saneeraus, alue 9 1 196 170 −498 209 0 −410 061 0
    Vesijohtoverkoston saneeraus, alue 10 2 248 669 −1 040 305 0 −1 067 203 −691 205
    Vesijohtoverkoston saneeraus, alue 11 56 444 0 −5 659 −26 201 −16 749
    Vesijohtoverkoston saneeraus, alue 12
    504 935 0 −209 774 −105 167 −145 644
    Vesijohtoverkoston saneeraus, alue 13 2 246 541 −528 920 −673 188 −1 016 367 −834 710
    """

    func testItemNumbersEndTheLabels() throws {
        let t = try table(Self.hold7, with: "Vesijohtoverkoston saneeraus, alue 1")
        XCTAssertEqual(t.columns.count, 5)
        XCTAssertEqual(try values(t, "Vesijohtoverkoston saneeraus, alue 1"), PrintedFigures.decimals(["2105088", "-405268", "-1044216", "-448706", "-352300"]))
        XCTAssertEqual(try values(t, "Vesijohtoverkoston saneeraus, alue 11"), PrintedFigures.decimals(["56444", "0", "-5659", "-26201", "-16749"]))
        // "alue 5 953 522 …" also reads as "5 953 522": moved inside the series, flagged.
        let alue5 = try TextTableLookup.row(t, "Vesijohtoverkoston saneeraus, alue 5")
        XCTAssertEqual(PrintedFigures.values(alue5), PrintedFigures.decimals(["953522", "-98293", "-99411", "0", "-400312"]))
        XCTAssertTrue(TextTableLookup.flagged(alue5))
        // "alue 12" alone on its line, the figures on the next: the label keeps its number as before.
        XCTAssertEqual(try values(t, "Vesijohtoverkoston saneeraus, alue 12"), PrintedFigures.decimals(["504935", "0", "-209774", "-105167", "-145644"]))
    }

    func testAnItemNumberMovesOnlyInASeries() {
        let tails = Self.hold7.split(separator: "\n").map(String.init).filter { $0.hasPrefix("Koulukeskuksen") || $0.hasPrefix("Päiväkoti") }
            .map { line in Array(line.split(separator: " ").map(String.init).drop { !$0.contains(where: \.isNumber) }) }
        XCTAssertEqual(tails.count, 4)
        // hold7-03's "alue 1" and "alue 3" fit five columns only without their numbers; "alue 5" reads both ways.
        let alue1 = ["1", "2", "105", "088", "−405", "268", "−1", "044", "216", "−448", "706", "−352", "300"]
        let alue3 = ["3", "1", "728", "035", "−549", "632", "−666", "257", "0", "−5", "973"]
        let alue5 = ["5", "953", "522", "−98", "293", "−99", "411", "0", "−400", "312"]
        let label = "Vesijohtoverkoston saneeraus, alue"
        let series = NumberedItemLabel.rows(labels: [label, label, label, "A", "B", "C", "D"], tails: [alue1, alue3, alue5] + tails, header: 5)
        XCTAssertEqual(series.moved, [0, 1, 2])
        XCTAssertEqual(series.flagged, [2])
        // The same figures under a label of their own (a Liite column's note number, hold3-07) stay as they are.
        let lone = NumberedItemLabel.rows(labels: ["I Peruspääoma", "A", "B", "C", "D"], tails: [alue1] + tails, header: 5)
        XCTAssertEqual(lone.moved, [])
    }
}
