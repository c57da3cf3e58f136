/// `pdftotext -raw` text of two balance-sheet pages of the spreadsheet-made synthetic documents
/// (../shared/synth *-sheet-*, .build-flavours/synth/*.raw.txt), each page copied whole: both
/// sides' labels under their headings, then the figure lines with no label (`OutlineLabelBlock`).
enum SheetBalancePages {
    /// synth-1000-02-sheet-louhivirta-2019 p. 6: 53 labels (items unnumbered), 35 figure lines;
    /// VASTATTAVAA's last items go on at p. 7.
    static let louhivirta6 = #"""
        Louhivirran kaupunki | Tilinpäätös 2019
        6/10
        VASTAAVAA
        VASTAAVAA 31.12.2019 31.12.2018
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        Aineettomat oikeudet
        Muut pitkävaikutteiset menot
        Ennakkomaksut
        II Aineelliset hyödykkeet
        Maa- ja vesialueet
        Rakennukset
        Kiinteät rakenteet ja laitteet
        Koneet ja kalusto
        Muut aineelliset hyödykkeet
        Ennakkomaksut ja keskeneräiset hankinnat
        III Sijoitukset
        Osakkeet ja osuudet
        B TOIMEKSIANTOJEN VARAT
        Valtion toimeksiannot
        Muut toimeksiantojen varat
        C VAIHTUVAT VASTAAVAT
        I Vaihto-omaisuus
        Aineet ja tarvikkeet
        II Saamiset
        Pitkäaikaiset saamiset
        Lainasaamiset
        Lyhytaikaiset saamiset
        Myyntisaamiset
        Muut saamiset
        Siirtosaamiset
        III Rahoitusarvopaperit
        Rahamarkkinainstrumentit 0,00 0,00
        IV Rahat ja pankkisaamiset
        VASTAAVAA YHTEENSÄ
        VASTATTAVAA
        VASTATTAVAA 31.12.2019 31.12.2018
        A OMA PÄÄOMA
        I Peruspääoma
        II Muut omat rahastot
        III Edellisten tilikausien yli-/alijäämä
        IV Tilikauden yli-/alijäämä
        B POISTOERO JA VAPAAEHTOISET VARAUKSET
        Poistoero
        Vapaaehtoiset varaukset
        C PAKOLLISET VARAUKSET
        Eläkevaraukset
        Muut pakolliset varaukset
        D TOIMEKSIANTOJEN PÄÄOMAT
        Valtion toimeksiannot
        Muut toimeksiantojen pääomat
        E VIERAS PÄÄOMA
        I Pitkäaikainen vieras pääoma
        Lainat rahoitus- ja vakuutuslaitoksilta
        Saadut ennakot
        Muut velat
        II Lyhytaikainen
        Lainat rahoitus- ja vakuutuslaitoksilta
        Saadut ennakot
        819 212,96 810 248,77
        1 138 853,76 1 106 992,23
        97 465,87 2 055 532,59 94 472,48 2 011 713,48
        11 853 209,70 11 898 556,02
        186 204 332,24 183 519 002,34
        31 768 448,61 32 703 526,49
        1 529 694,93 1 454 285,64
        451 445,19 433 216,53
        8 147 759,77 239 954 890,44 7 963 223,75 237 971 810,77
        16 541 619,78 16 541 619,78 16 679 138,04 16 679 138,04
        33 459,98 35 676,49
        243 742,23 277 202,21 228 768,83 264 445,32
        88 473,92 88 473,92 91 011,88 91 011,88
        793 432,26 793 432,26 814 796,35 814 796,35
        2 271 417,46 2 117 704,21
        3 407 408,49 3 595 944,81
        2 325 248,40 8 004 074,35 2 278 107,08 7 991 756,10
        1 666 402,56 1 666 402,56
        2 277 677,88 19 667 397,90
        271 659 305,99 285 492 069,84
        59 984 886,27 59 984 886,27
        3 092 449,17 3 092 449,17
        37 944 147,61 27 192 733,87
        -13 204 737,95 87 816 745,10 10 751 413,74 101 021 483,05
        6 848 838,02 7 044 296,24
        2 343 121,76 9 191 959,78 1 774 528,54 8 818 824,78
        118 980,16 112 787,65
        317 017,26 435 997,42 308 064,52 420 852,17
        35 147,76 36 402,64
        225 170,35 260 318,11 235 598,29 272 000,93
        152 614 651,59 153 298 955,37
        382 605,27 360 800,67
        499 970,18 153 497 227,04 478 780,75 154 138 536,79
        11 658 252,51 11 710 526,56
        246 263,75 226 702,91
        """#

    /// synth-1000-20-sheet-kalliosalo-2024 p. 4: 55 labels (items numbered "1.", "2."), 38
    /// figure lines each figure ending in "€"; VASTATTAVAA YHTEENSÄ is on p. 5.
    static let kalliosalo4 = #"""
        Kalliosalon kunta
        4/11
        Vastaavaa
        VASTAAVAA 31.12.2024 31.12.2023
        € €
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        1. Aineettomat oikeudet
        2. Muut pitkävaikutteiset menot
        II Aineelliset hyödykkeet
        1. Maa- ja vesialueet
        2. Rakennukset
        3. Kiinteät rakenteet ja laitteet
        4. Koneet ja kalusto
        5. Ennakkomaksut ja keskeneräiset hankinnat
        III Sijoitukset
        1. Osakkeet ja osuudet
        2. Muut lainasaamiset
        3. Muut saamiset
        B TOIMEKSIANTOJEN VARAT
        1. Lahjoitusrahastojen erityiskatteet
        2. Muut toimeksiantojen varat
        C VAIHTUVAT VASTAAVAT
        I Vaihto-omaisuus
        1. Aineet ja tarvikkeet
        II Saamiset
        Pitkäaikaiset saamiset
        1. Lainasaamiset
        Lyhytaikaiset saamiset
        1. Myyntisaamiset
        2. Muut saamiset
        3. Siirtosaamiset
        III Rahat ja pankkisaamiset
        Vastaavaa yhteensä
        Vastattavaa
        31.12.2024 31.12.2023
        € €
        A OMA PÄÄOMA
        I Peruspääoma
        II Muut omat rahastot
        III Edellisten tilikausien ylijäämä (alijäämä)
        IV Tilikauden yli-/alijäämä
        B POISTOERO JA VAPAAEHTOISET VARAUKSET
        1. Poistoero
        2. Vapaaehtoiset varaukset
        C PAKOLLISET VARAUKSET
        1. Eläkevaraukset
        D TOIMEKSIANTOJEN PÄÄOMAT
        1. Lahjoitusrahastojen pääomat
        2. Muut toimeksiantojen pääomat
        E VIERAS PÄÄOMA
        I Pitkäaikainen vieras pääoma
        1. Lainat rahoitus- ja vakuutuslaitoksilta
        2. Lainat julkisyhteisöiltä
        3. Saadut ennakot
        4. Muut velat
        II Lyhytaikainen vieras pääoma
        1. Lainat rahoitus- ja vakuutuslaitoksilta
        2. Lainat julkisyhteisöiltä
        3. Saadut ennakot
        4. Ostovelat
        5. Muut velat
        6. Siirtovelat
        15 122,78 € 14 966,25 €
        48 336,37 € 63 459,15 € 49 732,11 € 64 698,36 €
        824 371,27 € 796 402,33 €
        4 800 830,59 € 4 538 092,82 €
        4 198 742,72 € 4 311 875,34 €
        178 117,43 € 182 688,86 €
        963 430,79 € 10 965 492,80 € 901 416,17 € 10 730 475,52 €
        2 560 832,46 € 2 573 154,55 €
        393 834,72 € 410 538,16 €
        1 914,11 € 2 956 581,29 € 1 785,81 € 2 985 478,52 €
        4 298,68 € 4 411,68 €
        55 837,07 € 60 135,75 € 48 461,91 € 52 873,59 €
        24 932,93 € 24 932,93 € 25 586,19 € 25 586,19 €
        28 619,18 € 28 619,18 € 26 334,77 € 26 334,77 €
        257 925,52 € 254 522,24 €
        248 811,07 € 246 151,68 €
        362 530,34 € 869 266,93 € 341 245,60 € 841 919,52 €
        628 806,29 € 253 406,04 €
        15 597 294,32 € 14 980 772,51 €
        6 283 425,12 € 6 283 425,12 €
        150 830,69 € 150 830,69 €
        2 255 289,73 € 2 768 360,55 €
        287 506,62 € 8 977 052,16 € −513 070,82 € 8 689 545,54 €
        713 445,78 € 721 908,06 €
        60 563,55 € 774 009,33 € 88 985,33 € 810 893,39 €
        10 928,54 € 10 928,54 € 11 319,52 € 11 319,52 €
        4 730,42 € 4 409,45 €
        57 205,34 € 61 935,76 € 53 604,15 € 58 013,60 €
        4 391 950,60 € 4 087 659,47 €
        40 729,42 € 37 907,53 €
        41 849,57 € 40 449,21 €
        33 890,28 € 4 508 419,87 € 31 233,22 € 4 197 249,43 €
        529 991,96 € 493 272,09 €
        4 525,49 € 4 211,95 €
        36 514,26 € 35 342,22 €
        284 466,74 € 265 787,22 €
        44 469,87 € 45 675,81 €
        364 980,34 € 1 264 948,66 € 369 461,74 € 1 213 751,03 €
        """#
}
