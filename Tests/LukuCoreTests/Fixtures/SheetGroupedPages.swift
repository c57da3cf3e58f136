/// Text of the budget follow-up and income-statement pages of two spreadsheet-made synthetic
/// documents (../shared/synth *-sheet-*, .build-flavours/synth/*.{raw,pymupdf}.txt), each page
/// copied whole: the labels with their figures under 1 000, the column heading stacked one word a
/// line, then the figures with a thousands separator (`GroupedFiguresAfterLabels`).
enum SheetGroupedPages {
    /// synth-1000-08-sheet-tamminiemi-2022 p. 8 in `pdftotext -raw`: 36 labels, 22 figure lines.
    static let tamminiemi8Raw = #"""
        Tilinpäätös 2022
        Sivu 8
        2.2 Tuloslaskelmaosan toteutuminen
        TULOSLASKELMAOSA 1 000 euroa
        Poikkeama
        Toimintatuotot –11 +57
        Myyntituotot 0 –279
        Maksutuotot 0 +130
        Tuet ja avustukset –11 +143
        Muut toimintatuotot 0 +63
        Toimintakulut –967
        Henkilöstökulut +566
        Palkat ja palkkiot +706
        Henkilöstösivukulut –284 –141
        Eläkekulut –320 –30
        Muut henkilösivukulut –833 36 –797 –907 –110
        Palvelujen ostot 475
        Aineet, tarvikkeet, tavarat 0 –279
        Avustukset 18 +285
        Muut toimintakulut 287 –3
        TOIMINTAKATE –978
        Verotulot
        Valtionosuudet 0 +869
        Rahoitustuotot ja -kulut –100 –20 –120 –127 –7
        Korkotuotot 47 0 47 45 –2
        Muut rahoitustuotot 160 –4 156 155 –1
        Korkokulut –300 –16 –316 –320 –4
        Muut rahoituskulut –7 0 –7 –7 0
        VUOSIKATE
        Poistot ja arvonalentumiset –247 +65
        Suunnitelman mukaiset poistot –229 +30
        Arvonalentumiset –258 –18 –276 –240 +36
        Satunnaiset erät 110 0 110 110 0
        Satunnaiset tuotot 193 0 193 191 –2
        Satunnaiset kulut –83 0 –83 –80 +2
        TILIKAUDEN TULOS 817
        Tilinpäätössiirrot 217 0 217 226 +9
        Poistoeron lisäys (-) tai vähennys (+) 61 0 61 60 –1
        Varausten lisäys (-) tai vähennys (+) 145 0 145 155 +9
        Rahastojen muutos 11 0 11 11 0
        TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)
        Talousarvio
        2022
        Talousarvio-
        muutokset
        TA
        +
        muutokset
        TP
        2022
        12 595 12 584 12 641
        5 934 5 934 5 655
        1 735 1 735 1 865
        2 220 2 209 2 352
        2 706 2 706 2 770
        –82 064 –83 031 –81 382 +1 648
        –27 283 –1 747 –29 030 –28 465
        –21 044 –1 463 –22 507 –21 800
        –6 240 –6 524 –6 664
        –5 407 –5 727 –5 757
        –34 440 –33 965 –32 886 +1 079
        –7 541 –7 541 –7 820
        –7 124 –7 106 –6 821
        –5 675 –5 388 –5 391
        –69 469 –70 447 –68 741 +1 705
        61 035 3 786 64 821 59 669 –5 152
        10 745 10 745 11 613
        2 211 2 788 4 999 2 414 –2 585
        –4 046 –4 293 –4 228
        –3 788 –4 017 –3 988
        –1 725 2 541 –1 703 –2 520
        –1 507 2 541 1 034 –1 478 –2 511
        """#

    /// The same page in PyMuPDF `get_text()`: one cell a line.
    static let tamminiemi8PyMuPDF = #"""
        Tilinpäätös 2022
         Sivu 8
        2.2 Tuloslaskelmaosan toteutuminen
        TULOSLASKELMAOSA 1 000 euroa
        Poikkeama
        Toimintatuotot
        –11
        +57
        Myyntituotot
        0
        –279
        Maksutuotot
        0
        +130
        Tuet ja avustukset
        –11
        +143
        Muut toimintatuotot
        0
        +63
        Toimintakulut
        –967
        Henkilöstökulut
        +566
        Palkat ja palkkiot
        +706
        Henkilöstösivukulut
        –284
        –141
        Eläkekulut
        –320
        –30
        Muut henkilösivukulut
        –833
        36
        –797
        –907
        –110
        Palvelujen ostot
        475
        Aineet, tarvikkeet, tavarat
        0
        –279
        Avustukset
        18
        +285
        Muut toimintakulut
        287
        –3
        TOIMINTAKATE
        –978
        Verotulot
        Valtionosuudet
        0
        +869
        Rahoitustuotot ja -kulut
        –100
        –20
        –120
        –127
        –7
        Korkotuotot
        47
        0
        47
        45
        –2
        Muut rahoitustuotot
        160
        –4
        156
        155
        –1
        Korkokulut
        –300
        –16
        –316
        –320
        –4
        Muut rahoituskulut
        –7
        0
        –7
        –7
        0
        VUOSIKATE
        Poistot ja arvonalentumiset
        –247
        +65
        Suunnitelman mukaiset poistot
        –229
        +30
        Arvonalentumiset
        –258
        –18
        –276
        –240
        +36
        Satunnaiset erät
        110
        0
        110
        110
        0
        Satunnaiset tuotot
        193
        0
        193
        191
        –2
        Satunnaiset kulut
        –83
        0
        –83
        –80
        +2
        TILIKAUDEN TULOS
        817
        Tilinpäätössiirrot
        217
        0
        217
        226
        +9
        Poistoeron lisäys (-) tai vähennys (+)
        61
        0
        61
        60
        –1
        Varausten lisäys (-) tai vähennys (+)
        145
        0
        145
        155
        +9
        Rahastojen muutos
        11
        0
        11
        11
        0
        TILIKAUDEN YLIJÄÄMÄ (ALIJÄÄMÄ)
        Talousarvio
        2022
        Talousarvio-
        muutokset
        TA
        +
        muutokset
        TP
        2022
        12 595
        12 584
        12 641
        5 934
        5 934
        5 655
        1 735
        1 735
        1 865
        2 220
        2 209
        2 352
        2 706
        2 706
        2 770
        –82 064
        –83 031
        –81 382
        +1 648
        –27 283
        –1 747
        –29 030
        –28 465
        –21 044
        –1 463
        –22 507
        –21 800
        –6 240
        –6 524
        –6 664
        –5 407
        –5 727
        –5 757
        –34 440
        –33 965
        –32 886
        +1 079
        –7 541
        –7 541
        –7 820
        –7 124
        –7 106
        –6 821
        –5 675
        –5 388
        –5 391
        –69 469
        –70 447
        –68 741
        +1 705
        61 035
        3 786
        64 821
        59 669
        –5 152
        10 745
        10 745
        11 613
        2 211
        2 788
        4 999
        2 414
        –2 585
        –4 046
        –4 293
        –4 228
        –3 788
        –4 017
        –3 988
        –1 725
        2 541
        –1 703
        –2 520
        –1 507
        2 541
        1 034
        –1 478
        –2 511
        """#

    /// synth-1000-17-sheet-pauhaselka-2019 p. 1 in `pdftotext -raw`: the income statement, two years and a Muutos %.
    static let pauhaselka1Raw = #"""
        1
        Pauhaselän kaupunki
        Tilinpäätös 2019
        1 Toimintakertomus
        1.1 Olennaiset tapahtumat toiminnassa ja taloudessa
        1.2 Tilikauden tuloksen muodostuminen
        Tuloslaskelma
        1 000 euroa 1 000 euroa
        Toimintatuotot
        Myyntituotot 5,4 %
        Maksutuotot 8,1 %
        Tuet ja avustukset 0,4 %
        Muut toimintatuotot 3,7 %
        Valmistus omaan käyttöön –22,4 %
        Toimintakulut
        Henkilöstökulut 3,4 %
        Palvelujen ostot 4,0 %
        Aineet, tarvikkeet ja tavarat 7,7 %
        Avustukset 7,9 %
        Muut toimintakulut 12,2 %
        Toimintakate 5,3 %
        Verotulot 7,1 %
        Valtionosuudet 6,3 %
        Rahoitustuotot ja -kulut
        Korkotuotot 940 –47,5 %
        Muut rahoitustuotot 73,6 %
        Korkokulut –1,9 %
        Muut rahoituskulut –158 –149 6,0 %
        Vuosikate 289,8 %
        Poistot ja arvonalentumiset
        Suunnitelman mukaiset poistot 44,8 %
        Arvonalentumiset
        Satunnaiset erät
        Satunnaiset tuotot
        Satunnaiset kulut
        Tilikauden tulos 19,9 %
        Tilinpäätössiirrot
        Poistoeron lisäys (-) tai vähennys (+) 444 679 –34,6 %
        Pauhaselän kaupunki tilinpäätös vuodelta 2019 on laadittu kuntalain, kirjanpitolain ja
        kirjanpitolautakunnan kuntajaoston yleisohjeiden mukaisesti. Tilinpäätös sisältää taseen,
        tuloslaskelman, rahoituslaskelman ja niiden liitetiedot sekä talousarvion toteutumisvertailun ja
        toimintakertomuksen.
        Vuoden 2019 aikana Pauhaselän kaupunkin väkiluku oli vuoden lopussa 94 808 asukasta. Edellisenä
        vuonna asukkaita oli 94 781. Tuloveroprosentti oli 21,8 prosenttia. Talouden tasapainottaminen ja
        investointien hallittu toteuttaminen olivat vuoden keskeisiä tavoitteita.
        Tilikauden jaksotettujen tuottojen riittävyys jaksotettuihin menoihin osoitetaan tuloslaskelman
        välituotosten eli toimintakatteen, vuosikatteen ja tilikauden tuloksen avulla.
        Toimintakate oli −740,2 miljoonaa euroa (−703,2 milj. euroa vuonna 2018). Verotuloja kertyi 422,8
        miljoonaa euroa ja valtionosuuksia 329,8 miljoonaa euroa.
        Vuosikate oli 14,7 miljoonaa euroa. Tilikauden tulos oli −44,5 miljoonaa euroa ja tilikauden alijäämä
        tilinpäätössiirtojen jälkeen 43,7 miljoonaa euroa.
        Tilinpäätös
        2019
        Tilinpäätös
        2018
        Muutos-
        %
        54 122 51 358
        11 823 10 935
        17 986 17 919
        47 500 45 793
        4 230 5 451
        –308 376 –298 118
        –374 310 –359 918
        –70 567 –65 498
        –49 416 –45 793
        –73 239 –65 304
        –740 248 –703 176
        422 817 394 843
        329 817 310 263
        1 791
        2 998 1 727
        –1 513 –1 542
        14 652 3 759
        –59 158 –40 864
        –44 506 –37 105
        """#
}
