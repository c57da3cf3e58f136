/// Kauhava tilinpäätös 2024 pp. 126–129 in pypdf (`extract_text()`, as `tools/flavours.sh` makes it),
/// pages verbatim, trailing spaces and blank lines included: p. 128 ends the rahoituslaskelma in
/// euros, p. 129 goes on with the group "Rahavarojen muutos" and its rows under blank lines.
enum KauhavaPypdfPages126to129 {
    static let pages: [String] = [
        #"""
        Tilinpäätös 2024 
         
         
         
        125/157 
        2.6 Rahoitusosan toteutuminen 
         
         
         
         
        Alkuperäinen 
        talousarvio 
        Talousarvio-
        muutokset 
        Talousarvio 
        muutosten jäl-
        keen 
        Toteutuma Poikkeama 
        Toiminta ja investoinnit      
        Toiminnan rahavirta      
         Vuosikate 4 780 470  4 780 470 9 551 587,40 4 771 117,40 
         Satunnaiset erät   0 885 301,00  
         Tulorahoituksen korjauserät -25 000  -25 000 -25 130,19 130,19 
        Investointien rahavirta   0   
         Investointimenot -15 660 700 220 000 -15 880 700 -12 331 778,01 -3 548 921,99 
         Rahoitusosuudet investointimenoihin 486 100 323 000 809 100 462 409,89 -346 690,11 
         Pysyvien vastaavien hyödykk. luovutustulot 50 000  50 000 159 805,00 109 805,00 
        Toiminta ja investoinnit, netto -10 369 130 543 000 -10 266 130 -1 297 804,91 8 968 325,09 
               
        Rahoitustoiminta      
        Antolainauksen muutokset      
         Antolainasaamisten lisäykset muille -3 000 000  -3 000 000 -4 052 320,00 -1 052 320,00 
         Antolainasaamisten lisäykset liikelaitoksille      
         Antolainasaamisten vähennykset muilta 3 009 000  3 009 000 3 335 948,19 326 948,19 
         Antolainasaamisten vähennykset liikelaitok-
        silta 
             
        Lainakannan muutokset      
         Pitkäaikaisten lainojen lisäys 18 500 000  18 500 000 15 000 000,00 -3 500 000,00 
         Pitkäaikasiten lainojen vähennys -9 075 630  -9 075 630 -4 008 552,54 -5 067 077,46 
         Lyhytaikaisten lainojen muutos   0 -4 567 075,00 -4 567 075,00 
        Oman pääoman muutokset      
        Muut maksuvalmiuden muutokset   0 -2 455 513,76 -2 455 513,76 
               
        Vaikutus maksuvalmiuteen -935 760 543 000 -832 760 1 954 681,98 1 121 921,98 
         
          
        """#,
        #"""
        Tilinpäätös 2024 
         
         
         
        126/157 
        3 Tilinpäätöslaskelmat 
         
         
        3.1 Tuloslaskelma 
         
         2024 2023 
        TOIMINTATUOTOT 7 725 767,34 7 920 010,67 
        Myyntituotot 2 348 867,91 3 055 837,70 
        Maksutuotot 653 909,62 745 490,35 
        Tuet ja avustukset 2 086 358,53 1 679 489,72 
        Muut toimintatuotot 2 636 631,28 2 439 192,90 
        Valmistus omaan käyttöön 94 785,53 89 517,56 
        TOIMINTAKULUT -46 216 718,06 -47 229 756,27 
        Henkilöstökulut -28 659 191,96 -28 685 253,75 
        Palkat ja palkkiot -23 153 504,75 -22 886 593,84 
        Henkilösivukulut -5 505 687,21 -5 798 659,91 
        Eläkekulut -4 851 742,07 -4 833 263,99 
        Muut henkilösivukulut -653 945,14 -965 395,92 
        Palvelujen ostot -9 986 040,98 -9 592 171,62 
        Aineet, tarvikkeet ja tavarat -4 749 628,27 -4 964 265,98 
        Avustukset -1 379 483,67 -1 391 747,90 
        Muut toimintakulut -1 442 373,18 -2 596 317,02 
        Toimintakate/Jäämä -38 396 165,19 -39 220 228,04 
        Verotulot 33 595 351,41 33 172 130,90 
        Valtionosuudet 15 120 644,00 17 195 324,00 
        Rahoitustuotot ja -kulut -768 242,82 -1 040 016,96 
        Korkotuotot 229 330,71 206 500,62 
        Muut rahoitustuotot 690 833,37 515 400,73 
        Korkokulut -1 645 715,04 -1 521 425,63 
        Muut rahoituskulut -42 691,86 -240 492,68 
        Vuosikate 9 551 587,40 10 107 209,90 
        Poistot ja arvonalentumiset -6 275 357,36 -8 507 057,45 
        Suunnitelman mukaiset poistot -5 723 434,45 -6 286 103,42 
        Kertaluonteiset poistot -263 372,30 -2 194 970,11 
        Arvonalentumiset -288 550,61 -25 983,92 
        Satunnaiset tuotot ja kulut 885 301,00 536 164,92 
        Satunnaiset tuotot 885 301,00 536 164,92 
        Satunnaiset kulut 0,00 0,00 
        Tilikauden tulos 4 161 531,04 2 136 317,37 
        Varausten ja rahastojen muutokset 129 412,04 144 386,28 
        Poistoeron muutos 129 112,04 144 386,28 
        Varausten muutos 0,00 0,00 
        Rahastojen muutos 300,00 0,00 
        Tilikauden yli-/alijäämä 4 290 943,08 2 280 703,65 
         
         
         
          
        """#,
        #"""
        Tilinpäätös 2024 
         
         
         
        127/157 
        3.2 Rahoituslaskelma 
            2024 2023  
             
        Toiminnan rahavirta    
         Vuosikate 9 551 587,40 10 107 209,90  
         Satunnaiset erät 885 301,00 536 164,92  
         Tulorahoituksen kor-
        jauserät -25 130,19 -180 960,76 
         
        Investointien rahavirta    
         Investointimenot -12 331 778,01 -16 882 152,43  
         Rahoitusosuudet inves-
        tointimenoihin 462 409,89 96 100,00 
         
         
        Pysyvien vastaavien 
        hyödykkeiden luovu-
        tustulot 159 805,00 5 711 808,15 
         
        Toiminnan ja investointien raha-
        virta -1 297 804,91 -611 830,22 
         
             
        Rahoituksen rahavirta    
        Antolainauksen muutokset    
         Antolainasaamisten li-
        säys -4 052 320,00 -1 095 832,00 
         
         Antolainasaamisten vä-
        hennys 3 335 948,19 1 244 193,94 
         
        Lainakannan muutokset    
         Pitkäaikaisten lainojen 
        lisäys 15 000 000,00 5 000 000,00 
         
         Pitkäaikaisten lainojen 
        vähennys -4 008 552,54 -7 949 421,54 
         
         Lyhytaikaisten lainojen 
        muutos -4 567 075,00 2 442 054,00 
         
        Oman pääoman muutokset    
        Muut maksuvalmiuden muutokset    
         
        Toimeksiantojen varo-
        jen ja pääomien muu-
        tokset 6 519,71 130 474,92 
         
         Vaihto-omaisuuden 
        muutos 18 996,75 -10 056,88 
         
         Saamisten muutos 670 825,41 1 000 252,67  
         Käyttöomaisuuden oi-
        kaisuerät 0,00 0,00 
         
         Korottomien velkojen 
        muutokset -3 151 855,63 111 124,69 
         
        Rahoituksen rahavirta 3 252 486,89 872 789,80  
             
        Rahavarojen muutos 1 954 681,98 260 959,58  
        """#,
        #"""
        Tilinpäätös 2024 
         
         
         
        128/157 
             
        Rahavarojen muutos    
         Rahavarat 31.12. 18 895 179,29 16 940 497,31  
         Rahavarat 1.1. 16 940 497,31 16 679 537,73  
         Rahavarojen muutos 1 954 681,98 260 959,58  
         
          
        """#,
    ]
    static let text = pages.joined(separator: "\u{0C}")
}
