/// PyMuPDF `get_text()` text of a balance-sheet page of a spreadsheet-made synthetic document
/// (../shared/synth *-sheet-*, .build-flavours/synth/*.pymupdf.txt), copied whole: each side's
/// name and dates one a line, its labels (a label-box cell on the line under
/// its label), then every figure of both sides on a line of its own (`OutlineLabelBlock` through
/// `StatementCellLines`).
enum SheetBalanceCellLines {
    /// synth-1000-02-sheet-louhivirta-2019 p. 6: 53 labels, "0,00" / "0,00" under
    /// Rahamarkkinainstrumentit, then both sides' figures with decimals.
    static let louhivirta6 = #"""
         Louhivirran kaupunki | Tilinpäätös 2019
         6/10
        VASTAAVAA
        VASTAAVAA
        31.12.2019
        31.12.2018
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
        Rahamarkkinainstrumentit
        0,00
        0,00
        IV Rahat ja pankkisaamiset
        VASTAAVAA YHTEENSÄ
        VASTATTAVAA
        VASTATTAVAA
        31.12.2019
        31.12.2018
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
        819 212,96
        810 248,77
        1 138 853,76
        1 106 992,23
        97 465,87
        2 055 532,59
        94 472,48
        2 011 713,48
        11 853 209,70
        11 898 556,02
        186 204 332,24
        183 519 002,34
        31 768 448,61
        32 703 526,49
        1 529 694,93
        1 454 285,64
        451 445,19
        433 216,53
        8 147 759,77
        239 954 890,44
        7 963 223,75
        237 971 810,77
        16 541 619,78
        16 541 619,78
        16 679 138,04
        16 679 138,04
        33 459,98
        35 676,49
        243 742,23
        277 202,21
        228 768,83
        264 445,32
        88 473,92
        88 473,92
        91 011,88
        91 011,88
        793 432,26
        793 432,26
        814 796,35
        814 796,35
        2 271 417,46
        2 117 704,21
        3 407 408,49
        3 595 944,81
        2 325 248,40
        8 004 074,35
        2 278 107,08
        7 991 756,10
        1 666 402,56
        1 666 402,56
        2 277 677,88
        19 667 397,90
        271 659 305,99
        285 492 069,84
        59 984 886,27
        59 984 886,27
        3 092 449,17
        3 092 449,17
        37 944 147,61
        27 192 733,87
        -13 204 737,95
        87 816 745,10
        10 751 413,74
        101 021 483,05
        6 848 838,02
        7 044 296,24
        2 343 121,76
        9 191 959,78
        1 774 528,54
        8 818 824,78
        118 980,16
        112 787,65
        317 017,26
        435 997,42
        308 064,52
        420 852,17
        35 147,76
        36 402,64
        225 170,35
        260 318,11
        235 598,29
        272 000,93
        152 614 651,59
        153 298 955,37
        382 605,27
        360 800,67
        499 970,18
        153 497 227,04
        478 780,75
        154 138 536,79
        11 658 252,51
        11 710 526,56
        246 263,75
        226 702,91
        """#

}
