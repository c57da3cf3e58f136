/// Kauhava's tilinpäätös 2024 p. 35, "TASE JA SEN TUNNUSLUVUT", as `pdftotext -raw` prints it
/// (.build-flavours/text/kauhava-tilinpaatos-2024.raw.txt): VASTAAVAA and VASTATTAVAA on shared
/// lines, one-item lines of either side, a capitals item wrapped with its outline marker
/// ("B POISTOERO JA VAPAAEHTOISET" / "VARAUKSET 927 1 056"). Shared by `BalanceSheetSideTests`
/// (the whole page) and `LayoutTextRuleTests` (the statements' head).
enum KauhavaPage35 {
    static let rawText = """
TASE JA SEN TUNNUSLUVUT
VASTAAVAA 2024 2023 VASTATTAVAA 2024 2023
1 000 € 1 000 € 1 000 € 1 000 €
A PYSYVÄT VASTAAVAT 114 995 109 531 A OMA PÄÄOMA 54 712 50 421
I Aineettomat hyödykkeet 1 118 1 317 I Peruspääoma 36 430 36 430
Tietokoneohjelmistot 156 151 II Muut omat rahastot 221 221
Muut pitkävaikutteiset menot 962 1 166 III Ed. tilikausien yli-/alijäämä 13 770 11 489
II Aineelliset hyödykkeet 101 181 95 166 IV Tilikauden yli-/alijäämä 4 291 2 281
Maa- ja vesialueet 10 879 10 541
Rakennukset 65 660 52 812
Kiinteät rakenteet ja laitteet 13 419 13 350
B POISTOERO JA VAPAAEHTOISET
VARAUKSET 927 1 056
Koneet ja kalusto 284 416 Poistoero 927 1 056
Muut aineelliset hyödykkeet 163 163
Ennakkomaksut ja keskener.hank. 10 777 17 883 C PAKOLLISET VARAUKSET 219 138
III Sijoitukset 12 696 13 049 Eläkevaraukset 89 108
Osakkeet ja osuudet 10 101 10 376 Muut pakolliset varaukset 130 30
Muut lainasaamiset 2 595 2 673
D TOIMEKSIANTOJEN PÄÄOMAT 853 848
B TOIMEKSIANTOJEN VARAT 98 99 Lahjoitusrahastojen pääomat 15 15
Lahjoitusrahastojen erityiskatt. 3 3 Muut toimeksiantojen pääomat 838 833
Muut toimeksiantojen varat 95 97
E VIERAS PÄÄOMA 81 710 78 437
C VAIHTUVAT VASTAAVAT 23 328 21 269 I Pitkäaikainen vieras pääoma 69 455 58 464
I Vaihto-omaisuus 7 26 Lainat rahoitus- ja vakuutuslait. 69 455 58 464
Muu vaihto-omaisuus 7 26 II Lyhytaikainen vieras pääoma 12 255 19 974
II Saamiset 4 426 4 303 Lainat rahoitus- ja vakuutuslait. 4 009 8 576
Pitkäaikaiset saamiset 0 0 Saadut ennakot 495 524
Lyhytaikaiset saamiset 4 426 4 303 Ostovelat 2 490 4 965
Myyntisaamiset 586 928 Muut velat 674 762
Lainasaamiset 3 244 2 450 Siirtovelat 4 587 5 146
Muut saamiset 555 907
Siirtosaamiset 41 18 VASTATTAVAA 138 421 130 900
Rahat ja pankkisaamiset 18 895 16 940
Pankkisaamiset 18 895 16 940 TASEEN TUNNUSLUVUT
Omavaraisuusaste, % 40,3 % 39,5 %
VASTAAVAA 138 421 130 900 Suhteellinen velkaantuneisuus, % 143,9 % 133,7 %
"""

    /// The two statements' header and first sixteen lines, without the page caption.
    static var statementsHead: String {
        rawText.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix(16).joined(separator: "\n")
    }
}
