/// Kauhava's tilinpäätös 2024 p. 120, investointien toteutuminen, as `pdftotext -layout` prints it
/// (.build-flavours/text/kauhava-tilinpaatos-2024.layout.txt): eight value columns under a header
/// of four lines, sparse rows, a label wrapped over two lines ("Osakkeet ja osuudet, KY" / "Kymppi"),
/// numbers wrapped over two lines ("11 635" / "000"), and a row whose label and first number wrap
/// together ("Tekninen lautakunta yh-" / "teensä", "13 397" / "700"). Shared by the tests of the
/// character-grid table stage (`LayoutTextRuleTests`) and of `GridHyphenBrokenRowRule`
/// (`LaidOutTextTests`).
enum KauhavaPage120 {
    static let layoutText = """
                                     Alkuper.     Alkuper. Tarkistettu Tarkistettu      Toteuma       Toteuma      Menot       Tulot
                                      määrä-               määräraha                   inv.menot      inv.tulot    Tot-%      Tot-%
                                                                       tuloarvio
    Hanke                                raha    tuloarvio
    Kaupunginhallitus
    Kiinteä omaisuus                 1 500 000     50 000    1 500 000     50 000    1 358 430,00      33 437,73   90,6 %     66,9 %
    ATK-ohjelmistot                   150 000                  150 000                  73 218,28                  48,8 %
    Kalusto                            20 000                   20 000                       0,00                    0,0 %
    Osakkeet ja osuudet, KY
    Kymppi                             33 000                   33 000                  32 732,31     19 392,00    99,2 %
    Muu pitkävaikutteiset menot       460 000     150 000     460 000     150 000       20 427,04          0,00      4,4 %     0,0 %
    Kiinteät rakenteet ja laitteet    100 000     100 000      100 000    100 000       85 713,87     17 079,61     85,7 %    17,1 %


    Kaupunginhallitus yhteensä       2 263 000    300 000    2 263 000     300 000   1 570 521,50    69 909,34     69,4 %     23,3 %


    Tekninen lautakunta
    Keskuskeittiö                    1 250 000               1 720 000                1 734 471,07                 100,8 %
    Kaupungintalo                    2 650 000               2 180 000                 782 460,93                   35,9 %
    Alahärmän koulukeskus            1 500 000               1 500 000                 724 681,83                   48,3 %
    Ylihärmän koulukeskus            5 500 000               5 500 000               5 449 298,33                   99,1 %
    Kortesjärven koulukeskus          100 000                  100 000                  97 496,41                   97,5 %
    Muut rakennukset                  635 000                  635 000    299 000      395 227,73    303 340,32    62,2 %
                                       11 635
    Rakennukset yhteensä                  000               11 635 000               9 183 636,30    303 340,32    78,9 %
    Koneet ja kalusto                 170 000                  170 000                  87 736,53                   51,6 %
    Kiinteät rakenteet ja laitteet   1 542 700    236 100    1 762 700    260 100    1 456 123,15    141 989,96    82,6 %     54,6 %
    Kauppatien saneeraus               50 000                   50 000                  33 760,53                   67,5 %


    Tekninen lautakunta yh-             13 397
    teensä                                 700    236 100   13 617 700    559 100 10 761 256,51      445 330,28    79,0 %     79,7 %


                                       15 660
    YHTEENSÄ                              700     536 100   15 880 700    859 100 12 331 778,01      515 239,62    77,7 %    60,0 %
    """
}
