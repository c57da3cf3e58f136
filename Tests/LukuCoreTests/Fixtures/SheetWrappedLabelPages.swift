import Foundation

/// Spreadsheet pages in column blocks whose wrapped label cells were read with their figures
/// inside the figure block (`WrappedLabelRowsInFigures`): synth pauhaselka p. 10 (the budget
/// follow-up of the income statement, Tuloslaskelmaosa), copied verbatim from its `pdftotext
/// -raw` text (tools/flavours.sh --synth). pypdf's text of the page is the same lines with
/// no-break spaces between digit groups and trailing spaces; it is measured by the flavour
/// matrix (tools/flavour_matrix.py --synth), not copied again here.
enum SheetWrappedLabelPages {
    static let pauhaselka10Raw = #"""
10
Tuloslaskelmaosa
Alkuperäinen TA TA-muutokset TA+muutos 2019 Toteuma Poikkeama 2019
Toimintatuotot
Myyntituotot
Maksutuotot
Tuet ja avustukset
Muut toimintatuotot
Toimintatuotot yhteensä
Valmistus omaan käyttöön 0,00
Toimintakulut
Henkilöstökulut
Palkat ja palkkiot
Henkilöstösivukulut
Eläkekulut 0,00
Muut henkilösivukulut
Henkilöstösivukulut yhteensä
Henkilöstökulut yhteensä
Palvelujen ostot 0,00
Aineet, tarvikkeet ja tavarat 0,00
Avustukset 0,00
Muut toimintakulut
Toimintakulut yhteensä
Toimintakate
Verotulot 0,00
Valtionosuudet
Rahoitustuotot ja -kulut
Korkotuotot
Muut rahoitustuotot 0,00
Korkokulut
Muut rahoituskulut 0,00
Vuosikate
Poistot ja arvonalentumiset
Suunnitelman mukaiset poistot 0,00
0,00
Tilikauden tulos
Tilinpäätössiirrot
0,00
Varausten muutos 0,00
Rahastojen muutos 0,00
Tilinpäätössiirrot yhteensä 0,00
Tilikauden ylijäämä (-alijäämä)
57 591 700,00 –205 000,00 57 386 700,00 54 121 746,61 –3 264 953,39
12 588 600,00 –991 000,00 11 597 600,00 11 822 939,64 225 339,64
16 807 900,00 –445 000,00 16 362 900,00 17 986 492,22 1 623 592,22
46 110 000,00 –2 015 000,00 44 095 000,00 47 500 017,22 3 405 017,22
133 098 200,00 –3 656 000,00 129 442 200,00 131 431 195,69 1 988 995,69
3 873 100,00 3 873 100,00 4 229 815,89 356 715,89
–212 311 000,00 –7 806 000,00 –220 117 000,00 –231 052 374,22 –10 935 374,22
–68 573 200,00 –68 573 200,00 –69 644 143,47 –1 070 943,47
–7 841 000,00 98 000,00 –7 743 000,00 –7 679 682,20 63 317,80
–76 414 200,00 98 000,00 –76 316 200,00 –77 323 825,67 –1 007 625,67
–288 725 200,00 –7 708 000,00 –296 433 200,00 –308 376 199,89 –11 942 999,89
–352 094 000,00 –352 094 000,00 –374 309 866,77 –22 215 866,77
–72 286 000,00 –72 286 000,00 –70 567 117,72 1 718 882,28
–45 200 000,00 –45 200 000,00 –49 416 459,71 –4 216 459,71
–66 924 200,00 3 924 000,00 –63 000 200,00 –73 239 477,92 –10 239 277,92
–825 229 400,00 –3 784 000,00 –829 013 400,00 –875 909 122,01 –46 895 722,01
–688 258 100,00 –7 440 000,00 –695 698 100,00 –740 248 110,43 –44 550 010,43
446 642 000,00 446 642 000,00 422 816 524,52 –23 825 475,48
341 337 000,00 –2 869 000,00 338 468 000,00 329 816 725,05 –8 651 274,95
847 000,00 9 000,00 856 000,00 939 845,48 83 845,48
2 780 800,00 2 780 800,00 2 997 830,95 217 030,95
–1 436 400,00 –36 000,00 –1 472 400,00 –1 512 679,23 –40 279,23
–170 500,00 –170 500,00 –158 286,31 12 213,69
Rahoitustuotot ja -kulut
yhteensä 2 020 900,00 –27 000,00 1 993 900,00 2 266 710,89 272 810,89
101 741 800,00 –10 336 000,00 91 405 800,00 14 651 850,03 –76 753 949,97
–54 760 000,00 –54 760 000,00 –59 157 796,11 –4 397 796,11
Poistot ja arvonalentumiset
yhteensä –54 760 000,00 –54 760 000,00 –59 157 796,11 –4 397 796,11
46 981 800,00 –10 336 000,00 36 645 800,00 –44 505 946,08 –81 151 746,08
Poistoeron lisäys (-) tai vähennys
(+) 480 000,00 480 000,00 443 708,79 –36 291,21
519 400,00 519 400,00 511 271,52 –8 128,48
–155 000,00 –155 000,00 –166 533,89 –11 533,89
844 400,00 844 400,00 788 446,42 –55 953,58
47 826 200,00 –10 336 000,00 37 490 200,00 –43 717 499,66 –81 207 699,66
"""#
}
