/// PyMuPDF `get_text()` text of three pages of the spreadsheet-made synthetic documents
/// (../shared/synth *-sheet-*, .build-flavours/synth/*.pymupdf.txt), copied whole: the label
/// column and the figure columns are separate text boxes, so each row's label comes with only the
/// cells printed in its own box and the figures follow one per line with no label
/// (`CellLinesUnderLabels`).
enum SheetCellLinePages {
    /// synth-1000-20-sheet-kalliosalo-2024 p. 6: the board's outturn, "–" for no budget change.
    static let kalliosalo6 = #"""
Kalliosalon kunta
 6/11
2 Talousarvion toteutuminen
Poikkeamat on esitetty talousarvioon verrattuna. Talousarviomuutokset on hyväksytty valtuustossa.
2.1 Käyttötalouden toteutuminen
2.1.1 Kunnanhallitus
Kunnanhallitus, käyttötalous
Toteutuma
Yleishallinto
Menot
–
99,5
Tulot
–
108,4
Netto
–
99,2
Talous- ja henkilöstöhallinto
Menot
100,3
Tulot
–
101,3
Netto
100,2
Elinkeinopalvelut
Menot
–
108,4
Tulot
–
103,8
Netto
–
113,8
Joukkoliikenne
Menot
–
99,9
Tulot
–
102,5
Netto
–
95,6
Työllisyyspalvelut
Menot
102,1
Netto
102,1
Maaseutuhallinto
Menot
–
104,6
Tulot
91,8
Netto
114,8
Tietohallinto
Menot
–
89,8
Tulot
–
91,2
Netto
–
89,0
Kunnanhallitus yhteensä
Menot
101,2
Tulot
97,9
Netto
103,2
Valtuusto hyväksyi vuoden 2024 talousarvion joulukuussa 2023. Talousarvion sitovuustaso käyttötaloudessa on toimielimen toimintakate, investoinneissa 
hankekohtainen määräraha.
Toteutuma
2023
TA
2024
TA-
muutokset
TA +
muutokset
Toteutuma-
%
224 027,64 €
234 200,00 €
234 200,00 €
233 103,49 €
8 273,83 €
7 900,00 €
7 900,00 €
8 559,98 €
215 753,81 €
226 300,00 €
226 300,00 €
224 543,51 €
216 024,32 €
230 200,00 €
−3 000,00 €
227 200,00 €
227 891,30 €
19 017,27 €
18 900,00 €
18 900,00 €
19 152,40 €
197 007,05 €
211 300,00 €
−3 000,00 €
208 300,00 €
208 738,90 €
647 607,01 €
648 200,00 €
648 200,00 €
702 637,73 €
318 867,60 €
351 400,00 €
351 400,00 €
364 886,98 €
328 739,41 €
296 800,00 €
296 800,00 €
337 750,75 €
292 402,16 €
328 000,00 €
328 000,00 €
327 625,34 €
201 379,48 €
202 500,00 €
202 500,00 €
207 651,75 €
91 022,68 €
125 500,00 €
125 500,00 €
119 973,59 €
254 614,76 €
267 000,00 €
22 000,00 €
289 000,00 €
295 166,84 €
254 614,76 €
267 000,00 €
22 000,00 €
289 000,00 €
295 166,84 €
649 934,68 €
656 900,00 €
656 900,00 €
686 935,30 €
321 850,80 €
308 300,00 €
−17 000,00 €
291 300,00 €
267 327,82 €
328 083,88 €
348 600,00 €
17 000,00 €
365 600,00 €
419 607,48 €
514 049,44 €
535 000,00 €
535 000,00 €
480 551,85 €
192 774,64 €
209 900,00 €
209 900,00 €
191 346,43 €
321 274,80 €
325 100,00 €
325 100,00 €
289 205,42 €
2 798 660,01 €
2 899 500,00 €
19 000,00 €
2 918 500,00 €
2 953 911,85 €
1 062 163,62 €
1 098 900,00 €
−17 000,00 €
1 081 900,00 €
1 058 925,36 €
1 736 496,39 €
1 800 600,00 €
36 000,00 €
1 836 600,00 €
1 894 986,49 €
"""#

    /// synth-1000-20-sheet-kalliosalo-2024 p. 8: Muutos %, the last label's percent running into the figures.
    static let kalliosalo8 = #"""
 Kalliosalon kunta
 8/11
2.1.3 Tarkastuslautakunta
Määrärahojen toteutuminen
Toteutuma 2023
TA + muutokset
Toteutuma
Muutos %
TOIMINTATUOTOT
7,2
Myyntituotot
7,2
Vuokratuotot
7,2
TOIMINTAKULUT
5,1
Henkilöstökulut
5,1
Palvelujen ostot
5,1
Aineet, tarvikkeet ja tavarat
5,1
Avustukset
5,1
Vuokrat
5,1
Muut toimintakulut
5,1
TOIMINTAKATE
4,3
248 837,43 €
267 000,00 €
266 791,95 €
91 021,54 €
97 700,00 €
97 589,07 €
157 815,89 €
169 300,00 €
169 202,88 €
−868 353,78 €
−892 000,00 €
−912 945,88 €
−152 500,54 €
−156 700,00 €
−160 331,82 €
−78 299,39 €
−80 400,00 €
−82 320,26 €
−165 861,68 €
−170 400,00 €
−174 379,08 €
−158 005,87 €
−162 300,00 €
−166 119,86 €
−135 204,09 €
−138 900,00 €
−142 147,16 €
−178 482,21 €
−183 300,00 €
−187 647,70 €
−619 516,35 €
−625 000,00 €
−646 153,93 €
"""#

    /// synth-1000-14-sheet-joutsenkyla-2020 p. 5: the previous board's figures (its labels on
    /// p. 4) stand between this board's labels and its own figures.
    static let joutsenkyla5 = #"""
 5
Kiinteistöpalvelut
Toimintatuotot
100,4 %
Toimintakulut
91,2 %
Toimintakate
72,6 %
Siivouspalvelut
Toimintatuotot
0
0
0
Toimintakulut
94,5 %
Toimintakate
94,5 %
Toimiala yhteensä
Toimintatuotot
100,4 %
Toimintakulut
95,0 %
Toimintakate
92,3 %
2.1.2. Kunnanhallitus
Kunnanhallitus
TA + muutokset
Toteutuma 2020
Poikkeama 2020
Käyttö-%
euroa
euroa
euroa
Joukkoliikenne
Menot
88,5 %
Netto
88,5 %
Työllisyyspalvelut
Menot
91,3 %
Tulot
91,7 %
Netto
91,3 %
Tietohallinto
Menot
101,6 %
Tulot
101,3 %
Netto
101,6 %
Toimiala yhteensä
Menot
92,7 %
Tulot
94,0 %
Netto
92,6 %
5 228 800
5 251 383
- 22 583
- 7 830 900
- 7 141 360
- 689 540
- 2 602 100
- 1 889 978
- 712 122
- 2 608 000
- 2 464 536
- 143 464
- 2 608 000
- 2 464 536
- 143 464
5 228 800
5 251 383
- 22 583
- 15 709 300
- 14 928 992
- 780 308
- 10 480 500
- 9 677 609
- 802 891
Kunnanhallitus pysyi pääosin talousarviossa. Henkilöstömenot toteutuivat arvioitua pienempinä. Toiminnalliset tavoitteet toteutuivat 
pääosin suunnitellusti.
- 4 091 000
- 3 619 366
- 471 634
- 4 091 000
- 3 619 366
- 471 634
- 5 438 000
- 4 966 824
- 471 176
520 700
477 368
43 332
- 4 917 300
- 4 489 456
- 427 844
- 2 755 300
- 2 798 189
42 889
161 900
163 949
- 2 049
- 2 593 400
- 2 634 241
40 841
- 12 284 300
- 11 384 380
- 899 921
682 600
641 317
41 283
- 11 601 700
- 10 743 063
- 858 637
"""#
}
