import Foundation

/// PyMuPDF `get_text()` text of a spreadsheet-made statement whose label box holds some rows
/// whole (`WholeRowInLabelBox`), kept byte for byte from the flavour text (non-breaking spaces
/// in the figures, en dashes as minus).
enum SheetWholeRowPages {
    /// synth-1000-17-sheet-pauhaselka-2019.pymupdf.txt p. 1: tuloslaskelma, 21 rows with a
    /// Muutos-%; "Korkotuotot" / "940" / "–47,5 %" keeps its first figure, "Muut rahoituskulut"
    /// and "Poistoeron lisäys (-) tai vähennys (+)" are whole; 37 figures follow the paragraph.
    static let pauhaselka1 = #"""
 1
Pauhaselän kaupunki
Tilinpäätös 2019
1 Toimintakertomus
1.1 Olennaiset tapahtumat toiminnassa ja taloudessa
1.2 Tilikauden tuloksen muodostuminen
Tuloslaskelma
1 000 euroa
1 000 euroa
Toimintatuotot
Myyntituotot
5,4 %
Maksutuotot
8,1 %
Tuet ja avustukset
0,4 %
Muut toimintatuotot
3,7 %
Valmistus omaan käyttöön
–22,4 %
Toimintakulut
Henkilöstökulut
3,4 %
Palvelujen ostot
4,0 %
Aineet, tarvikkeet ja tavarat
7,7 %
Avustukset
7,9 %
Muut toimintakulut
12,2 %
Toimintakate
5,3 %
Verotulot
7,1 %
Valtionosuudet
6,3 %
Rahoitustuotot ja -kulut
Korkotuotot
940
–47,5 %
Muut rahoitustuotot
73,6 %
Korkokulut
–1,9 %
Muut rahoituskulut
–158
–149
6,0 %
Vuosikate
289,8 %
Poistot ja arvonalentumiset
Suunnitelman mukaiset poistot
44,8 %
Arvonalentumiset
Satunnaiset erät
Satunnaiset tuotot
Satunnaiset kulut
Tilikauden tulos
19,9 %
Tilinpäätössiirrot
Poistoeron lisäys (-) tai vähennys (+)
444
679
–34,6 %
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
54 122
51 358
11 823
10 935
17 986
17 919
47 500
45 793
4 230
5 451
–308 376
–298 118
–374 310
–359 918
–70 567
–65 498
–49 416
–45 793
–73 239
–65 304
–740 248
–703 176
422 817
394 843
329 817
310 263
1 791
2 998
1 727
–1 513
–1 542
14 652
3 759
–59 158
–40 864
–44 506
–37 105
"""#
}
