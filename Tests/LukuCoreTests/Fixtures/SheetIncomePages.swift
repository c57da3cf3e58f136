/// `pdftotext -raw` text of the income-statement and cash-flow pages of two spreadsheet-made synthetic
/// documents (../shared/synth *-sheet-*, .build-flavours/synth/*.raw.txt), each page copied
/// whole: the statement's labels under its column heading, its comment, then one figure line per
/// row with no label (`StatementLabelBlock`).
enum SheetIncomePages {
    /// synth-1000-02-sheet-louhivirta-2019 p. 1: 33 labels (7 group headings) over 26 figure
    /// lines with decimals, then the key figures' heading and first row with their own cells.
    static let louhivirta1 = #"""
        Louhivirran kaupunki | Tilinpäätös 2019
        1/10
        Louhivirran kaupunki
        Tilinpäätös 2019
        1 Toimintakertomus
        1.1 Olennaiset tapahtumat toiminnassa ja taloudessa
        1.2 Tilikauden tuloksen muodostuminen
        TULOSLASKELMA (ULKOINEN)
        2019 2018
        Toimintatuotot
        Myyntituotot
        Maksutuotot
        Tuet ja avustukset
        Muut toimintatuotot
        Valmistus omaan käyttöön 0,00
        Toimintakulut
        Henkilöstökulut
        Palkat ja palkkiot
        Henkilösivukulut
        Eläkekulut
        Muut henkilösivukulut
        Palvelujen ostot
        Aineet, tarvikkeet, tavarat
        Avustukset
        Muut toimintakulut
        Toimintakate
        Verotulot
        Valtionosuudet
        Rahoitustuotot ja -kulut
        Korkotuotot
        Muut rahoitustuotot
        Korkokulut
        Muut rahoituskulut
        Vuosikate
        Poistot ja arvonalentumiset
        Suunnitelman mukaiset poistot
        Tilikauden tulos
        Tilinpäätössiirrot
        Poistoeron muutos
        Varausten muutos
        Rahastojen lisäys (-) tai vähennys (+) 0,00
        Tilikauden yli-/alijäämä
        TULOSLASKELMAN TUNNUSLUVUT
        Toimintatuotot/Toimintakulut, % 28,2 % 28,2 %
        Louhivirran kaupunki tilinpäätös vuodelta 2019 on laadittu kuntalain, kirjanpitolain ja kirjanpitolautakunnan
        kuntajaoston yleisohjeiden mukaisesti. Tilinpäätös sisältää taseen, tuloslaskelman, rahoituslaskelman ja niiden
        liitetiedot sekä talousarvion toteutumisvertailun ja toimintakertomuksen.
        Vuoden 2019 aikana Louhivirran kaupunkin väkiluku oli vuoden lopussa 30 189 asukasta. Edellisenä vuonna
        asukkaita oli 29 800. Tuloveroprosentti oli 20,7 prosenttia. Talouden tasapainottaminen ja investointien hallittu
        toteuttaminen olivat vuoden keskeisiä tavoitteita.
        Tilikauden jaksotettujen tuottojen riittävyys jaksotettuihin menoihin osoitetaan tuloslaskelman välituotosten eli
        toimintakatteen, vuosikatteen ja tilikauden tuloksen avulla.
        Toimintakate oli −199,7 miljoonaa euroa (−188,9 milj. euroa vuonna 2018). Verotuloja kertyi 108,3 miljoonaa euroa ja
        valtionosuuksia 91,3 miljoonaa euroa.
        25 743 911,01 25 045 938,11
        15 611 975,89 14 878 080,14
        16 577 077,23 15 658 674,57
        20 364 415,83 78 297 379,96 19 740 573,21 75 323 266,03
        2 774 544,96
        -99 654 531,51 -95 513 173,32
        -12 545 180,90 -11 718 369,47
        -3 259 467,01 -3 042 091,97
        -96 500 523,85 -93 914 700,42
        -26 852 934,43 -24 900 444,98
        -22 316 680,22 -21 984 223,00
        -16 837 870,50 -277 967 188,42 -15 956 990,95 -267 029 994,11
        -199 669 808,46 -188 932 183,12
        108 342 970,57 117 625 931,01
        91 257 563,19 93 711 246,85
        241 662,65 62 278,92
        639 446,70 191 423,85
        -917 570,30 -659 675,61
        -82 318,78 -118 779,73 -40 673,49 -446 646,33
        -188 054,43 21 958 348,41
        -12 643 548,52 -12 643 548,52 -11 440 668,26 -11 440 668,26
        -12 831 602,95 10 517 680,15
        195 458,22 172 719,00
        -568 593,22 30 354,45
        -373 135,00 30 660,14 233 733,59
        -13 204 737,95 10 751 413,74
        """#

    /// synth-1000-23-sheet-katajalampi-2024 p. 1: 28 labels (6 group headings) over 22 figure
    /// lines of whole numbers, the minus set apart ("- 5 928 790"); the statement goes on at p. 2.
    static let katajalampi1 = #"""
        Katajalampi – Tilinpäätös ja toimintakertomus 2024
        1
        Katajalammen kunta
        Tilinpäätös 2024
        Toimintakertomus
        Olennaiset tapahtumat toiminnassa ja taloudessa
        Tilikauden tuloksen muodostuminen
        TULOSLASKELMA (€)
        1.1.-31.12.2024 1.1.-31.12.2023
        Toimintatuotot
        Myyntituotot
        Maksutuotot
        Tuet ja avustukset
        Muut toimintatuotot
        Valmistus omaan käyttöön
        Toimintakulut
        Henkilöstökulut
        Palkat ja palkkiot
        Henkilösivukulut
        Eläkekulut
        Muut henkilöstösivukulut
        Palvelujen ostot
        Aineet, tarvikkeet ja tavarat
        Avustukset
        Muut toimintakulut
        Toimintakate
        Verotulot
        Valtionosuudet
        Rahoitustuotot ja -kulut
        Korkotuotot
        Muut rahoitustuotot
        Korkokulut
        Muut rahoituskulut
        Vuosikate
        Poistot ja arvonalentumiset
        Suunnitelman mukaiset poistot
        Tilikauden tulos
        Katajalammen kunta tilinpäätös vuodelta 2024 on laadittu kuntalain, kirjanpitolain ja
        kirjanpitolautakunnan kuntajaoston yleisohjeiden mukaisesti. Tilinpäätös sisältää taseen,
        tuloslaskelman, rahoituslaskelman ja niiden liitetiedot sekä talousarvion toteutumisvertailun ja
        toimintakertomuksen.
        Tuloveroprosentti oli 6,9 prosenttia. Talouden tasapainottaminen ja investointien hallittu
        toteuttaminen olivat vuoden keskeisiä tavoitteita. Vuoden 2024 aikana Katajalammen kuntan
        väkiluku oli vuoden lopussa 4 712 asukasta. Edellisenä vuonna asukkaita oli 4 696.
        Tilikauden jaksotettujen tuottojen riittävyys jaksotettuihin menoihin osoitetaan tuloslaskelman
        välituotosten eli toimintakatteen, vuosikatteen ja tilikauden tuloksen avulla.
        Toimintakate oli −12,6 miljoonaa euroa (−12,6 milj. euroa vuonna 2023). Verotuloja kertyi 8,8
        miljoonaa euroa ja valtionosuuksia 4,1 miljoonaa euroa.
        Vuosikate oli 0,3 miljoonaa euroa. Tilikauden tulos oli −0,9 miljoonaa euroa ja tilikauden
        alijäämä tilinpäätössiirtojen jälkeen 0,8 miljoonaa euroa.
        2 096 272 2 102 781
        606 926 594 049
        720 390 671 829
        1 674 961 5 098 549 1 600 582 4 969 241
        25 605 126 311
        - 5 928 790 - 5 785 429
        - 1 356 335 - 1 353 127
        - 222 716 - 216 820
        - 6 761 567 - 6 903 810
        - 971 702 - 954 276
        - 1 292 613 - 1 268 975
        - 1 197 917 - 17 731 639 - 1 171 015 - 17 653 453
        - 12 607 485 - 12 557 901
        8 823 296 8 284 929
        4 064 628 4 374 035
        15 902 60 973
        163 476 230 288
        - 177 351 - 242 479
        - 18 002 - 15 974 - 8 206 40 576
        264 464 141 639
        - 1 118 124 - 1 118 124 - 882 196 - 882 196
        - 853 660 - 740 557
        """#

    /// synth-1000-02-sheet-louhivirta-2019 p. 4: the cash flow, 21 labels (4 group headings)
    /// over 17 figure lines of one figure per year, two labels with a "0,00" of their own.
    static let louhivirta4 = #"""
        Louhivirran kaupunki | Tilinpäätös 2019
        4/10
        RAHOITUSLASKELMA JA SEN TUNNUSLUVUT
        2019 2018
        Toiminnan rahavirta
        Investointien rahavirta
        Investointimenot
        Rahoitusosuudet investointimenoihin
        Pysyvien vastaavien luovutustulot
        Toiminnan ja investointien rahavirta
        Rahoituksen rahavirta
        Antolainauksen muutokset 0,00
        Lainakannan muutokset
        Pitkäaikaisten lainojen lisäys
        Pitkäaikaisten lainojen vähennys
        Lyhytaikaisten lainojen muutos 0,00
        Muut maksuvalmiuden muutokset
        Toimeksiantojen varojen ja pääomien muutokset
        Vaihto-omaisuuden muutos
        Saamisten muutos
        Korottomien velkojen muutos
        Rahoituksen rahavirta
        Rahavarojen muutos
        Rahavarat 31.12.
        Rahavarat 1.1.
        -323 615,74 21 886 804,15
        14 792 581,76 16 696 903,56
        174 769,10 537 335,86
        1 122 405,09 1 091 365,40
        -13 819 023,31 6 818 601,85
        21 779,26
        11 300 000,00 16 900 000,00
        12 036 577,83 11 399 726,66
        -700 000,00
        -52 678,95 -81 915,30
        -33 373,45 54 730,90
        -836 529,96 -894 277,38
        -266 913,22 -117 801,25
        -1 904 294,15 3 761 010,31
        -15 723 317,46 10 579 612,16
        3 944 080,44 19 667 397,90
        19 667 397,90 9 087 785,74
        """#

    /// synth-1000-14-sheet-joutsenkyla-2020 p. 1: 33 labels (6 group headings) over 23 figure
    /// lines of whole numbers, the minus set apart; four empty items print no line
    /// (`ItemsWithoutFigureLine`), "Satunnaiset kulut 0 0" and "Arvonalentumiset 0" print cells
    /// in the label box.
    static let joutsenkyla1 = #"""
        1
        Joutsenkylän kunta
        Tilinpäätös 2020
        1. Toimintakertomus
        1.1. Olennaiset tapahtumat toiminnassa ja taloudessa
        1.2. Tilikauden tuloksen muodostuminen
        Tuloslaskelma (ulkoinen)
        2020 2019
        € €
        Toimintatuotot
        Myyntituotot
        Maksutuotot
        Tuet ja avustukset
        Muut toimintatuotot
        Valmistus omaan käyttöön
        Toimintakulut
        Henkilöstökulut
        Palvelujen ostot
        Aineet, tarvikkeet, tavarat
        Avustukset
        Muut toimintakulut
        Toimintakate
        Verotulot
        Valtionosuudet
        Rahoitustuotot ja -kulut
        Korkotuotot
        Muut rahoitustuotot
        Korkokulut
        Muut rahoituskulut
        Vuosikate
        Poistot ja arvonalentumiset
        Suunnitelman mukaiset poistot
        Arvonalentumiset 0
        Satunnaiset erät
        Satunnaiset tuotot
        Satunnaiset kulut 0 0
        Tilikauden tulos
        Tilinpäätössiirrot
        Poistoeron lisäys (-) tai vähennys (+)
        Varausten muutos
        Rahastojen muutos
        Tilikauden yli-/alijäämä
        Joutsenkylän kunta tilinpäätös vuodelta 2020 on laadittu kuntalain, kirjanpitolain ja kirjanpitolautakunnan
        kuntajaoston yleisohjeiden mukaisesti. Tilinpäätös sisältää taseen, tuloslaskelman, rahoituslaskelman ja niiden
        liitetiedot sekä talousarvion toteutumisvertailun ja toimintakertomuksen.
        Vuoden 2020 aikana Joutsenkylän kuntan väkiluku oli vuoden lopussa 8 941 asukasta. Edellisenä vuonna
        asukkaita oli 9 044. Talouden tasapainottaminen ja investointien hallittu toteuttaminen olivat vuoden keskeisiä
        tavoitteita. Tuloveroprosentti oli 21,1 prosenttia.
        Tilikauden jaksotettujen tuottojen riittävyys jaksotettuihin menoihin osoitetaan tuloslaskelman välituotosten eli
        toimintakatteen, vuosikatteen ja tilikauden tuloksen avulla.
        Toimintakate oli −65,7 miljoonaa euroa (−63,6 milj. euroa vuonna 2019). Verotuloja kertyi 54,6 miljoonaa euroa
        ja valtionosuuksia 18,0 miljoonaa euroa.
        4 747 319 4 577 834
        3 644 046 3 699 781
        2 848 037 2 578 587
        6 400 118 17 639 521 6 113 939 16 970 140
        - 35 008 194 - 33 750 548
        - 27 328 416 - 26 542 879
        - 6 162 840 - 6 054 912
        - 5 873 892 - 5 507 852
        - 9 000 134 - 83 373 476 - 8 712 091 - 80 568 283
        - 65 733 955 - 63 598 143
        54 575 068 50 191 351
        17 995 090 18 494 437
        168 912 49 259
        23 605 160 163
        - 127 805 - 342 701
        - 8 630 56 083 - 6 445 - 139 725
        6 892 286 4 947 920
        - 3 298 357 - 6 353 686
        - 474 674 - 3 773 031 - 6 353 686
        3 119 255 - 1 405 766
        63 331 24 822
        63 331 24 822
        3 182 587 - 1 380 944

        """#
}
