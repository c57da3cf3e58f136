/// `pdftotext -raw` text of two pages of the spreadsheet-made synthetic documents
/// (../shared/synth *-sheet-*, .build-flavours/synth/*.raw.txt), copied whole (tamminiemi up to
/// its VASTAAVAA YHTEENSÄ line): one line per printed row, the label box's lines apart from the
/// figure box's where the page was made of separate boxes.
enum SheetRawPages {
    /// synth-1000-20-sheet-kalliosalo-2024 p. 6: the board's outturn; its labels with their own
    /// cells ("Menot – 99,5"), then the stacked column heading, then one figure line per label.
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
        Menot – 99,5
        Tulot – 108,4
        Netto – 99,2
        Talous- ja henkilöstöhallinto
        Menot 100,3
        Tulot – 101,3
        Netto 100,2
        Elinkeinopalvelut
        Menot – 108,4
        Tulot – 103,8
        Netto – 113,8
        Joukkoliikenne
        Menot – 99,9
        Tulot – 102,5
        Netto – 95,6
        Työllisyyspalvelut
        Menot 102,1
        Netto 102,1
        Maaseutuhallinto
        Menot – 104,6
        Tulot 91,8
        Netto 114,8
        Tietohallinto
        Menot – 89,8
        Tulot – 91,2
        Netto – 89,0
        Kunnanhallitus yhteensä
        Menot 101,2
        Tulot 97,9
        Netto 103,2
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
        224 027,64 € 234 200,00 € 234 200,00 € 233 103,49 €
        8 273,83 € 7 900,00 € 7 900,00 € 8 559,98 €
        215 753,81 € 226 300,00 € 226 300,00 € 224 543,51 €
        216 024,32 € 230 200,00 € −3 000,00 € 227 200,00 € 227 891,30 €
        19 017,27 € 18 900,00 € 18 900,00 € 19 152,40 €
        197 007,05 € 211 300,00 € −3 000,00 € 208 300,00 € 208 738,90 €
        647 607,01 € 648 200,00 € 648 200,00 € 702 637,73 €
        318 867,60 € 351 400,00 € 351 400,00 € 364 886,98 €
        328 739,41 € 296 800,00 € 296 800,00 € 337 750,75 €
        292 402,16 € 328 000,00 € 328 000,00 € 327 625,34 €
        201 379,48 € 202 500,00 € 202 500,00 € 207 651,75 €
        91 022,68 € 125 500,00 € 125 500,00 € 119 973,59 €
        254 614,76 € 267 000,00 € 22 000,00 € 289 000,00 € 295 166,84 €
        254 614,76 € 267 000,00 € 22 000,00 € 289 000,00 € 295 166,84 €
        649 934,68 € 656 900,00 € 656 900,00 € 686 935,30 €
        321 850,80 € 308 300,00 € −17 000,00 € 291 300,00 € 267 327,82 €
        328 083,88 € 348 600,00 € 17 000,00 € 365 600,00 € 419 607,48 €
        514 049,44 € 535 000,00 € 535 000,00 € 480 551,85 €
        192 774,64 € 209 900,00 € 209 900,00 € 191 346,43 €
        321 274,80 € 325 100,00 € 325 100,00 € 289 205,42 €
        2 798 660,01 € 2 899 500,00 € 19 000,00 € 2 918 500,00 € 2 953 911,85 €
        1 062 163,62 € 1 098 900,00 € −17 000,00 € 1 081 900,00 € 1 058 925,36 €
        1 736 496,39 € 1 800 600,00 € 36 000,00 € 1 836 600,00 € 1 894 986,49 €
        """#

    /// synth-1000-08-sheet-tamminiemi-2022 p. 3 down to VASTAAVAA YHTEENSÄ: the balance sheet's
    /// assets with the empty items "5. Muut aineelliset hyödykkeet" and "1. Aineet ja tarvikkeet".
    static let tamminiemi3 = #"""
        Tilinpäätös 2022
        Sivu 3
        1.4 Rahoitusasema ja sen muutokset
        VASTAAVAA (€)
        31.12.2022 31.12.2021
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        1. Aineettomat oikeudet 225.458 225.823
        2. Muut pitkävaikutteiset menot 387.481 389.792
        3. Ennakkomaksut 612.939 615.615
        II Aineelliset hyödykkeet
        1. Maa- ja vesialueet 1.785.609 1.772.504
        2. Rakennukset 37.657.999 36.656.701
        3. Kiinteät rakenteet ja laitteet 11.839.790 12.411.955
        4. Koneet ja kalusto 788.939 789.794
        5. Muut aineelliset hyödykkeet
        6. Ennakkomaksut ja keskeneräiset hankinnat 1.504.825 53.577.162 1.456.506 53.087.459
        III Sijoitukset
        1. Osakkeet ja osuudet 3.996.464 4.061.969
        2. Muut lainasaamiset 1.672.178 1.540.835
        3. Muut saamiset 51.694 5.720.335 53.286 5.656.090
        B TOIMEKSIANTOJEN VARAT
        1. Valtion toimeksiannot 33.041 33.619
        2. Lahjoitusrahastojen erityiskatteet 21.649 20.978
        3. Muut toimeksiantojen varat 157.350 212.040 169.960 224.556
        C VAIHTUVAT VASTAAVAT
        I Vaihto-omaisuus
        1. Aineet ja tarvikkeet
        2. Muu vaihto-omaisuus 39.092 39.092 38.329 38.329
        II Saamiset
        Pitkäaikaiset saamiset
        1. Myyntisaamiset
        2. Lainasaamiset
        3. Muut saamiset 0 0
        Lyhytaikaiset saamiset
        1. Myyntisaamiset 704.524 711.270
        2. Lainasaamiset
        3. Muut saamiset 947.955 964.063
        4. Siirtosaamiset 502.895 2.155.374 481.563 2.156.896
        III Rahoitusarvopaperit
        1. Osakkeet ja osuudet
        2. Rahamarkkinainstrumentit 0 0
        IV Rahat ja pankkisaamiset 666.552 736.076
        VASTAAVAA YHTEENSÄ 62.983.495 62.515.022
        """#
}
