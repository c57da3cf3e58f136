#!/usr/bin/env python3
"""Which of the identities the truth files list does Luku test, and do they hold?

Usage: tools/identity_coverage.py [LUKU] [--keep DIR] [--explain] [--doc SUBSTRING] [--flags]
       tools/identity_coverage.py --measure TRUTH.json OUTPUT.json [--explain]

Every truth table lists the identities its maker checked (free text, ../shared/truth/FORMAT.md).
For each one this tool finds its *result cells* (the printed total the identity computes: a row
such as "Toimintakate" in the listed columns, or a column such as "Poikkeama" in every row),
pairs them with Luku's cells the way the reference scorer pairs tables (../shared/tools/score.py,
positional columns), and asks whether a Luku check computes that cell:
  - an identity across rows ("TOIMINTAKULUT = sum of items") needs a check on the cell whose
    operands lie in the same column of the same table;
  - an identity across columns ("Poikkeama = Toteutuma - TA", "Tot-% = ...") needs operands in
    the same row of the same table;
  - an identity across tables ("... of table X", "equals ... of the vastuualueen käyttötalous")
    needs a check that names another table (`table`), from either side, and when the identity names
    a truth table, that table's Luku pairing.
A check on the same cell of another kind does not count (a Poikkeama check on the TOIMINTATUOTOT
row does not test "TOIMINTATUOTOT = sum of items"). Verdict per identity:
  holds     every result cell is computed by such a check with outcome ok / rounding / sign;
  mismatch  every result cell is computed, at least one only by `mismatch` checks;
  untested  some result cell is not computed by any such check (or the table was not found);
  n/a       the identity has no printed result cell (a comparison with a line printed without value).
--flags lists instead every cell flagged check-failed on the truth pages, whether the truth has the
printed number as correct, and the mismatch checks that flagged it.
Result cells are read from the identity's words by `resolve`; where the words are too free for
that, OVERRIDES (below) spells the result cells by hand, one line per identity, with the reason.
"""
import collections, json, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.normpath(os.path.join(here, "..", "..", "shared"))
sys.path.insert(0, os.path.join(shared, "tools"))
sys.path.insert(0, here)
import score  # noqa: E402
import truth_pairing  # noqa: E402

# (truth table id, identity index within that table) -> spec. A spec names the result cells:
#   rows: truth row labels ("label" or "label|group"); None = every row with a value in `cols`
#   cols: truth column indices; None = every column with a value
#   kind: "v" (operands in the same column), "h" (same row), "x" (another table)
#   links: truth table ids the check must reach (kind "x"; empty = any other table)
# Each line says why the words could not be read by `resolve`.
OVERRIDES = {
    # Kauhava
    ("tuloslaskelma-ja-tunnusluvut-1000", 4): dict(rows=["Vuosikate/Poistot, %"], kind="v"),
    ("tuloslaskelma-ja-tunnusluvut-1000", 5): dict(rows=["Vuosikate, €/asukas"], kind="v"),
    # two identities in one line; "Rahavarat 1.1. 2024 = Rahavarat 31.12. 2023" is the 2024 cell only
    ("rahoituslaskelma-ja-tunnusluvut-1000", 3): dict(cells=[("Rahavarojen muutos", 0), ("Rahavarojen muutos", 1), ("Rahavarat 1.1.", 0)], kind="v"),
    ("rahoituslaskelma-ja-tunnusluvut-1000", 4): dict(rows=["Investointien tulorahoitus, %"], kind="v"),
    ("tase-vastaavaa-1000", 3): dict(rows=["A PYSYVÄT VASTAAVAT"], kind="v"),
    ("tase-vastaavaa-1000", 8): dict(rows=["VASTAAVAA"], kind="v"),
    ("tase-vastattavaa-1000", 0): dict(rows=["A OMA PÄÄOMA"], kind="v"),
    ("tase-vastattavaa-1000", 6): dict(rows=["E VIERAS PÄÄOMA"], kind="v"),
    ("tase-vastattavaa-1000", 7): dict(rows=["VASTATTAVAA"], kind="v"),
    ("taseen-tunnusluvut", 0): dict(rows=["Omavaraisuusaste, %"], kind="x", links=["tase-vastattavaa-1000"]),
    ("taseen-tunnusluvut", 1): dict(rows=["Suhteellinen velkaantuneisuus, %"], kind="x", links=["tase-vastattavaa-1000"]),
    ("taseen-tunnusluvut", 2): dict(rows=["Kertynyt yli-/alijäämä, 1000 €"], kind="x", links=["tase-vastattavaa-1000"]),
    ("taseen-tunnusluvut", 3): dict(rows=["Kertynyt yli-/alijäämä, €/asukas"], kind="v"),
    ("taseen-tunnusluvut", 4): dict(rows=["Lainakanta 31.12., €/as."], kind="v"),
    ("taseen-tunnusluvut", 5): dict(rows=["Lainat ja vastuut, €/as"], kind="v"),
    ("taseen-tunnusluvut", 6): dict(rows=["Lainasaamiset, 1000 €"], kind="x", links=["tase-vastaavaa-1000"]),
    ("taseen-tunnusluvut", 7): dict(rows=["Asukasmäärä"], kind="x", links=["tuloslaskelma-ja-tunnusluvut-1000"]),
    ("investointien-toteutuminen", 0): dict(rows=["Kaupunginhallitus yhteensä"], cols=[0, 1, 2, 3, 4, 5], kind="v"),
    ("investointien-toteutuminen", 1): dict(rows=["Rakennukset yhteensä"], cols=[0, 2, 4, 5], kind="v"),
    ("investointien-toteutuminen", 2): dict(rows=["Tekninen lautakunta yhteensä"], cols=[0, 1, 2, 3, 4, 5], kind="v"),
    ("investointien-toteutuminen", 3): dict(rows=["YHTEENSÄ"], cols=[0, 1, 2, 3, 4, 5], kind="v"),
    ("investointien-toteutuminen", 4): dict(rows=None, cols=[6], kind="h"),
    ("investointien-toteutuminen", 5): dict(rows=None, cols=[7], kind="h"),
    ("kayttotalousosan-toteutuminen-toimintakulut", 0): dict(rows=["Kauhavan kaupunki"], cols=[0, 1], kind="v"),
    ("kayttotalousosan-toteutuminen-toimintakulut", 1): dict(rows=None, cols=[2], kind="h"),
    ("verotulojen-toteutuminen", 0): dict(rows=["Verotulot"], cols=[0, 1, 2, 4, 5], kind="v"),
    ("verotulojen-toteutuminen", 2): dict(rows=None, cols=[3], kind="h"),
    ("verotulojen-toteutuminen", 3): dict(rows=None, cols=[5], kind="h"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 0): dict(rows=None, cols=[4], kind="h"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 1): dict(rows=None, cols=[2], kind="h"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 2): dict(rows=None, cols=[5], kind="h"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 3): dict(rows=["TOIMINTATUOTOT"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 4): dict(rows=["TOIMINTAKULUT"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 5): dict(rows=["Toimintakate/Jäämä"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 6): dict(rows=["Rahoitustuotot ja -kulut"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 7): dict(rows=["Vuosikate"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 8): dict(rows=["Poistot ja arvonalentumiset"], cols=[0], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 9): dict(rows=["Tilikauden tulos"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 10): dict(rows=["Tilikauden yli-/alijäämä"], cols=[0, 1, 3], kind="v"),
    ("ulkoinen-tuloslaskelma-talousarvio-ja-muutos", 11): dict(rows=None, cols=[0], kind="x", links=["tuloslaskelmaosan-toteutuminen"],
                                                               shared=True),  # "every row present in both"
    ("tuloslaskelmaosan-toteutuminen", 7): dict(rows=["Poistot ja arvonalentumiset"], cols=[0, 1, 2], kind="v"),
    ("rahoitusosan-toteutuminen", 0): dict(rows=["Toiminta ja investoinnit, netto"], cols=[0, 1, 2, 3], kind="v"),
    ("rahoitusosan-toteutuminen", 1): dict(rows=["Vaikutus maksuvalmiuteen"], cols=[0, 1, 2, 3], kind="v"),
    ("rahoitusosan-toteutuminen", 2): dict(rows=["Vuosikate", "Tulorahoituksen korjauserät", "Rahoitusosuudet investointimenoihin",
                                                 "Pysyvien vastaavien hyödykk. luovutustulot", "Antolainasaamisten lisäykset muille",
                                                 "Antolainasaamisten vähennykset muilta", "Pitkäaikaisten lainojen lisäys",
                                                 "Pitkäaikasiten lainojen vähennys"], cols=[2], kind="h"),
    ("rahoitusosan-toteutuminen", 3): dict(rows=["Vuosikate", "Rahoitusosuudet investointimenoihin", "Pysyvien vastaavien hyödykk. luovutustulot",
                                                 "Toiminta ja investoinnit, netto", "Antolainasaamisten lisäykset muille",
                                                 "Antolainasaamisten vähennykset muilta", "Pitkäaikaisten lainojen lisäys",
                                                 "Lyhytaikaisten lainojen muutos", "Muut maksuvalmiuden muutokset"], cols=[4], kind="h"),
    ("rahoitusosan-toteutuminen", 4): dict(rows=["Tulorahoituksen korjauserät", "Investointimenot", "Pitkäaikasiten lainojen vähennys"],
                                           cols=[4], kind="h"),
    ("rahoitusosan-toteutuminen", 5): dict(rows=["Vuosikate", "Investointimenot"], cols=[3], kind="x",
                                           links=["tuloslaskelmaosan-toteutuminen", "investointien-toteutuminen"]),
    ("tuloslaskelma-eur", 12): dict(rows=None, cols=[0], kind="x", links=["tuloslaskelmaosan-toteutuminen"], shared=True),
    ("rahoituslaskelma-eur", 2): dict(rows=["Rahavarojen muutos"], kind="v"),  # the first of the two printed rows
    ("rahoituslaskelma-eur", 3): dict(cells=[("Rahavarojen muutos|Rahavarojen muutos", 0), ("Rahavarojen muutos|Rahavarojen muutos", 1),
                                             ("Rahavarat 1.1.", 0)], kind="v"),
    ("tase-vastaavaa-eur", 0): dict(rows=["Aineelliset hyödykkeet"], kind="v"),
    ("tase-vastaavaa-eur", 1): dict(rows=["Sijoitukset"], kind="v"),
    ("tase-vastaavaa-eur", 6): dict(rows=["Saamiset"], kind="v"),
    ("tase-vastattavaa-eur", 1): dict(rows=["POISTOERO JA VAPAAEHTOISET VARAUKSET"], kind="v"),
    ("tase-vastattavaa-eur", 2): dict(rows=["PAKOLLISET VARAUKSET"], kind="v"),
    ("tase-vastattavaa-eur", 3): dict(rows=["TOIMEKSIANTOJEN PÄÄOMAT"], kind="v"),
    ("tase-vastattavaa-eur", 4): dict(rows=["Pitkäaikainen"], kind="v"),
    ("tase-vastattavaa-eur", 5): dict(rows=["Lyhytaikainen"], kind="v"),
    ("rahoituslaskelma-eur", 4): dict(rows=["Vuosikate"], kind="x", links=["tuloslaskelma-eur"]),  # "equals", no "="
    # Lapua minutes
    ("sivistyslautakunta-toteutuminen-09-2024", 1): dict(rows=None, cols=[2], kind="h"),  # "(col 3)": two Tot.-% columns
    ("sivistyslautakunta-toteutuminen-09-2024", 2): dict(rows=None, cols=[5], kind="h"),
    # "for Toimintakulut *) and Toimintakate (Toimintatuotot has TA 2024 = 0 ...)": the parenthesis
    # names the row the identity leaves out (an undefined share printed 100), not a result row
    ("sivistyslautakunta-hallinto-toteutuminen-09-2024", 1): dict(rows=["Toimintakulut *)", "Toimintakate"], cols=[2], kind="h"),
    ("sivistyslautakunta-toteutuminen-09-2024", 3): dict(rows=None, cols=[3, 4], kind="x", links=[
        "opetustoiminta-toteutuminen-09-2024", "oppilashuolto-toteutuminen-09-2024", "varhaiskasvatus-toteutuminen-09-2024",
        "sisainen-hallinto-toteutuminen-09-2024", "sivistyslautakunta-hallinto-toteutuminen-09-2024"]),
    ("sivistyslautakunta-toteutuminen-10-2024", 2): dict(rows=None, cols=[0], kind="x", links=["sivistyslautakunta-toteutuminen-09-2024"]),
    ("investoinnit-toteutuminen-10-2024", 1): dict(rows=None, cols=[0], kind="x", links=["investoinnit-toteutuminen-09-2024"]),
    # Lapua TA 2025
    ("kokonaistalous", 4): dict(rows=["Toimintatuotot", "Valmistus omaan käyttöö", "Toimintakulut", "Toimintakate"], kind="x",
                                links=["vaalit", "kaupunginvaltuusto", "tarkastuslautakunta", "kaupunginhallitus", "sivistyslautakunta",
                                       "hyvinvointilautakunta", "tekninen-lautakunta", "ymparistolautakunta"]),
    ("vaalit", 1): dict(rows=None, kind="x", links=["kokonaistalous"]),
    ("kaupunginvaltuusto", 1): dict(rows=None, kind="x", links=["kokonaistalous"]),
    ("tarkastuslautakunta", 1): dict(rows=None, kind="x", links=["kokonaistalous"]),
    ("sivistyslautakunta", 1): dict(rows=None, cols=[4], kind="h"),  # "other board tables" is no link
    ("kaupunginhallitus-saastotavoite", 1): dict(rows=[], kind="v", na="compares with a printed line that has no value"),
    # Valtion: the general statement of the outline; its parents are the ones the table's other lines name
    ("tuloarviot", 0): dict(rows="siblings", kind="v"),
    ("maararahat", 0): dict(rows="siblings", kind="v"),
    # Kemijärvi (table ids repeat across the three documents: keyed "document tag:table id")
    # "for Palvelujen ostot": the second Muutos % row only (Henkilöstömenot's 9,0 has no printed base, truth note)
    ("tukipalvelut:tunnusluvut", 1): dict(rows_idx=[4], cols=[2], kind="h"),
    ("tukipalvelut:tunnusluvut", 3): dict(rows=["Henkilöstömenot €", "Palvelujen ostot €"], cols=[0, 1, 2, 3], kind="x",
                                          links=["kayttosuunnitelma"]),
    ("tukipalvelut:maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("tukipalvelut:maararahat", 3): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[0, 1], kind="x", links=["kayttosuunnitelma-yksikot"]),
    ("tukipalvelut:kayttosuunnitelma", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("tukipalvelut:kayttosuunnitelma", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("tukipalvelut:kayttosuunnitelma", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("tukipalvelut:kayttosuunnitelma-yksikot", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("tukipalvelut:kayttosuunnitelma-yksikot", 1): dict(rows=["MENOT|YHTEENSÄ", "TULOT|YHTEENSÄ", "NETTOMENO|YHTEENSÄ"], kind="v"),
    ("tukipalvelut:kayttosuunnitelma-yksikot", 2): dict(rows=["MENOT|YHTEENSÄ", "TULOT|YHTEENSÄ", "NETTOMENO|YHTEENSÄ"], kind="x",
                                                        links=["kayttosuunnitelma"]),
    ("tp2024:tunnusluvut", 2): dict(rows=["Henkilöstömenot €", "Palvelujen ostot €"], kind="x", links=["kayttotalous"]),
    ("tp2024:maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("tp2024:maararahat", 3): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[0, 1], kind="x", links=["kayttotalous-yksikot"]),
    ("tp2024:kayttotalous", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("tp2024:kayttotalous", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("tp2024:kayttotalous", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("tp2024:kayttotalous-yksikot", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("tp2024:kayttotalous-yksikot", 1): dict(rows=["MENOT|Toimiala yhteensä", "TULOT|Toimiala yhteensä", "NETTOMENO|Toimiala yhteensä"], kind="v"),
    ("tp2024:kayttotalous-yksikot", 2): dict(rows=["MENOT|Toimiala yhteensä", "TULOT|Toimiala yhteensä", "NETTOMENO|Toimiala yhteensä"],
                                             kind="x", links=["kayttotalous"]),
    ("konserni:konserni-tunnusluvut", 1): dict(rows=["Henkilöstömenot €", "Palvelujen ostot €"], cols=[3], kind="x", links=["konserni-kayttotalous"]),
    ("konserni:konserni-maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:konserni-kayttotalous", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("konserni:konserni-kayttotalous", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("konserni:konserni-kayttotalous", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("konserni:hallinto-tunnusluvut", 1): dict(rows=["Henkilöstömenot €", "Palvelujen ostot €"], cols=[3], kind="x", links=["hallinto-kayttotalous"]),
    ("konserni:hallinto-maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:hallinto-kayttotalous", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("konserni:hallinto-kayttotalous", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("konserni:hallinto-kayttotalous", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("konserni:viestinta-tunnusluvut", 1): dict(rows=["Henkilöstömenot €", "Palvelujen ostot €"], cols=[3], kind="x", links=["viestinta-kayttotalous"]),
    ("konserni:viestinta-maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:viestinta-kayttotalous", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("konserni:viestinta-kayttotalous", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("konserni:viestinta-kayttotalous", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("konserni:elinkeino-tunnusluvut", 1): dict(rows=["Henkilöstömenot €"], cols=[3], kind="x", links=["elinkeino-kayttotalous"]),
    ("konserni:elinkeino-maararahat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:elinkeino-kayttotalous", 0): dict(rows=["TOIMINTATUOTOT|TOIMINTATUOTOT"], kind="v"),
    ("konserni:elinkeino-kayttotalous", 1): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT"], kind="v"),
    ("konserni:elinkeino-kayttotalous", 2): dict(rows=["TOIMINTAKATE/JÄÄMÄ"], kind="v"),
    ("konserni:konserni-maararahat", 0): dict(rows=["NETTOMENO"], cols=[0, 1], kind="v"),  # "in both period columns"
    ("konserni:hallinto-maararahat", 0): dict(rows=["NETTOMENO"], cols=[0, 1], kind="v"),
    ("konserni:konserni-maararahat", 3): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[0, 1], kind="x", links=["konserni-kayttotalous"]),
    ("konserni:hallinto-maararahat", 3): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[0, 1], kind="x", links=["hallinto-kayttotalous"]),
    ("konserni:viestinta-maararahat", 1): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[1], kind="x", links=["viestinta-kayttotalous"]),
    ("konserni:elinkeino-maararahat", 1): dict(rows=["MENOT", "TULOT", "NETTOMENO"], cols=[1], kind="x", links=["elinkeino-kayttotalous"]),
    # "TA 2026 = Hallintopalvelut + Viestintä- ... TA 2026": the three vastuualue tables, not columns
    ("konserni:konserni-kayttotalous", 5): dict(rows=None, cols=[3], kind="x",
                                                links=["hallinto-kayttotalous", "viestinta-kayttotalous", "elinkeino-kayttotalous"]),
    ("konserni:konserni-kayttotalous", 4): dict(rows=None, cols=[0, 1, 2], kind="x", links=["hallinto-kayttotalous"]),
    ("konserni:hallinto-kayttotalous", 4): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT", "TOIMINTATUOTOT|TOIMINTATUOTOT", "TOIMINTAKATE/JÄÄMÄ"],
                                                kind="x", links=["hallinto-kustannuspaikat"]),
    ("konserni:elinkeino-kayttotalous", 4): dict(rows=["TOIMINTAKULUT|TOIMINTAKULUT", "TOIMINTATUOTOT|TOIMINTATUOTOT", "TOIMINTAKATE/JÄÄMÄ"],
                                                 kind="x", links=["elinkeino-kustannuspaikat"]),
    ("konserni:hallinto-kustannuspaikat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:hallinto-kustannuspaikat", 1): dict(rows=["MENOT|Hallintopalvelut yhteensä", "TULOT|Hallintopalvelut yhteensä",
                                                         "NETTOMENO|Hallintopalvelut yhteensä"], cols=[1, 3, 4], kind="v"),
    ("konserni:hallinto-kustannuspaikat", 2): dict(rows=["MENOT|Hallintopalvelut yhteensä", "TULOT|Hallintopalvelut yhteensä",
                                                         "NETTOMENO|Hallintopalvelut yhteensä"], kind="x", links=["hallinto-kayttotalous"]),
    ("konserni:elinkeino-kustannuspaikat", 0): dict(rows=["NETTOMENO"], kind="v"),
    ("konserni:elinkeino-kustannuspaikat", 1): dict(rows=["MENOT|Vastuualue yhteensä", "TULOT|Vastuualue yhteensä",
                                                          "NETTOMENO|Vastuualue yhteensä"], cols=[3, 4], kind="v"),
    ("konserni:elinkeino-kustannuspaikat", 2): dict(rows=["MENOT|Vastuualue yhteensä", "TULOT|Vastuualue yhteensä",
                                                          "NETTOMENO|Vastuualue yhteensä"], kind="x", links=["elinkeino-kayttotalous"]),
    # Koha
    ("tuloslaskelma", 0): dict(rows=["Yhteensä|Materiaalit ja palvelut"], kind="v"),
    ("tuloslaskelma", 1): dict(rows=["Yhteensä|Henkilöstökulut"], kind="v"),
    ("tuloslaskelma", 2): dict(rows=["Yhteensä|Poistot ja arvonalentumiset"], kind="v"),
    ("tuloslaskelma", 4): dict(rows=["Yhteensä|Muut korko- ja rahoitustuotot", "Yhteensä|Korkokulut ja muut rahoituskulut"], kind="v"),
    ("tuloslaskelma", 8): dict(rows=["TILIKAUDEN VOITTO / TAPPIO"], kind="x", links=["tase-vastattavaa"]),
    ("tase-vastaavaa", 0): dict(rows=["Yhteensä|Aineelliset hyödykkeet", "PYSYVÄT VASTAAVAT YHTEENSÄ"], kind="v"),
    ("tase-vastaavaa", 1): dict(rows=["Yhteensä|Lyhytaikaiset"], kind="v"),
    ("tase-vastaavaa", 4): dict(rows=["VASTAAVAA YHTEENSÄ"], kind="x", links=["tase-vastattavaa"]),
    ("tase-vastaavaa", 5): dict(rows=["Koneet ja kalusto"], cols=[0], kind="x", links=["tuloslaskelma"]),
    ("tase-vastattavaa", 1): dict(rows=["Yhteensä", "VIERAS PÄÄOMA YHTEENSÄ"], kind="v"),
    ("tase-vastattavaa", 3): dict(rows=["VASTATTAVAA YHTEENSÄ"], kind="x", links=["tase-vastaavaa"]),
    ("sidottu-oma-paaoma", 0): dict(rows=["Tilikauden lopussa"], kind="v"),
    ("sidottu-oma-paaoma", 1): dict(rows=["Sidottu oma pääoma yhteensä"], kind="v"),
    ("sidottu-oma-paaoma", 2): dict(rows=["Tilikauden alussa"], cols=[0], kind="v"),
    ("sidottu-oma-paaoma", 3): dict(rows=["Tilikauden lopussa"], kind="x", links=["tase-vastattavaa"]),
    ("vapaa-oma-paaoma", 0): dict(rows=["Kertyneet voittovarat (tappio)", "Vapaa oma pääoma yhteensä"], kind="v"),
    ("vapaa-oma-paaoma", 1): dict(rows=["Oma pääoma yhteensä"], kind="x", links=["sidottu-oma-paaoma", "tase-vastattavaa"]),
    ("vapaa-oma-paaoma", 2): dict(rows=["Edellisten tilikausien voitto (tappio)"], cols=[0], kind="v"),
    ("vapaa-oma-paaoma", 3): dict(rows=["Edellisten tilikausien voitto (tappio)", "Tilikauden voitto (tappio)"], kind="x",
                                  links=["tase-vastattavaa"]),
    ("osakkeet", 0): dict(rows=["Osake"], cols=[1], kind="x", links=["sidottu-oma-paaoma", "tase-vastattavaa"]),
    ("jakokelpoinen-vapaa-oma-paaoma", 0): dict(rows=["Jakokelpoinen vapaa oma pääoma"], kind="v"),
    ("jakokelpoinen-vapaa-oma-paaoma", 1): dict(rows=None, kind="x", links=["vapaa-oma-paaoma"]),
}

CROSS_WORDS = re.compile(r"\bof table\b|\bin table\b|\busing tables?\b|\bof the (toimialan|vastuualueen|hallintopalvelut)|"
                         r"in the (toimialan|vastuualueen|cost-centre)|of 'hallintopalvelut|of 'vastuualue|"
                         r"board tables|five toimiala|board's share|^columns equal|\bequals\b", re.I)


def norm(s):
    return score.norm_label(s or "")


def truth_cells(tt):
    """-> list of rows, each a list of Decimal / None / ('text', s)."""
    return [[score.truth_value(v) for v in (r.get("values") or [])] for r in tt.get("rows") or []]


def find_rows(tt, names):
    """Truth row indices for labels ("label" or "label|group"); a label without a group takes every
    row of that label."""
    out = []
    for n in names:
        lab, _, grp = n.partition("|")
        for i, r in enumerate(tt["rows"]):
            if norm(r.get("label")) == norm(lab) and (not grp or norm(r.get("group")) == norm(grp)):
                out.append(i)
    return out


def resolve(tt, k, text, truth_ids, tag=""):
    """The identity's result cells read from its words -> spec dict, or None when not readable."""
    o = OVERRIDES.get(("%s:%s" % (tag, tt["id"]), k)) or OVERRIDES.get((tt["id"], k))
    if o is not None:
        return dict(o)
    cols = tt.get("columns") or []
    links = [t for t in truth_ids if t != tt["id"] and re.search(r"(?<![\w-])%s(?![\w-])" % re.escape(t), text)]
    cross = bool(links) or bool(CROSS_WORDS.search(text))
    body = text
    # Kemijärvi goal tables: "Muutos % (TP 2023) = …" or "Muutos % = (value / previous value - 1) x 100".
    if re.match(r"\s*Muutos %", body) and not cross:
        rows = [i for i, r in enumerate(tt["rows"]) if norm(r.get("label")).startswith(norm("Muutos %"))]
        m = re.match(r"\s*Muutos % \(([^)]*)\)", body)
        want = [j for j, c in enumerate(cols) if m and norm(c) == norm(m.group(1))]
        if not want:  # the first period has no previous one to change from
            want = list(range(1, len(cols)))
        return dict(rows_idx=rows, cols=want, kind="h")
    if " = " not in body:
        return None
    lhs, rhs = body.split(" = ", 1)
    # The result is the single term of one side: "X = a + b" -> X; "a + b = X" -> X.
    if re.search(r" [+−-] |\bsum of\b", lhs):
        term = re.split(r" \(| in | for |;|,? except| = ", rhs)[0]
        rest = rhs[len(term):]
    else:
        term, rest = lhs, rhs
    term = re.sub(r"^\s*(\||round\(|the |sum of )", "", term).strip(" |")
    # A column named as the result ("Poikkeama = …", "KS 2026 = TA 2026 in every row").
    for j, c in sorted(enumerate(cols), key=lambda x: -len(x[1])):
        if c and norm(term) == norm(c):
            rows = None
            m = re.search(r"\bfor (.*)$", rest)
            if m:
                named = [i for i, r in enumerate(tt["rows"]) if norm(r.get("label")) and norm(r.get("label")) in norm(m.group(1))]
                rows = named or None
            return dict(rows_idx=rows, cols=[j], kind="x" if cross else "h", links=links)
    # A row named as the result.
    rows = [i for i, r in enumerate(tt["rows"]) if norm(r.get("label")) == norm(term)]
    if not rows:
        m = re.match(r"(.*) \((.*)\)$", term)  # "Yhteensä (Henkilöstökulut)"
        if m:
            rows = [i for i, r in enumerate(tt["rows"]) if norm(r.get("label")) == norm(m.group(1))
                    and norm(r.get("group")) == norm(m.group(2))]
    if not rows:
        return None
    scope = rest
    want = [j for j, c in enumerate(cols) if c and re.search(r"(?<![\w.])%s(?![\w])" % re.escape(c), scope)]
    if not want:  # "(2024, 2023)" names the years of "31.12.2024" columns
        years = re.findall(r"\b(20\d\d)\b", scope)
        want = [j for j, c in enumerate(cols) if any(c.endswith(y) for y in years)] if years else []
    return dict(rows_idx=rows, cols=want or None, kind="x" if cross else "v", links=links)


def pair_tables(truth, tables):
    """truth table id -> (luku table index, {truth row: luku row}) by the scorer's own matching."""
    out = {}
    for tt in truth.get("tables") or []:
        tlabels = [norm(r.get("label", "")) for r in tt.get("rows") or []]
        tvals = truth_cells(tt)
        tpage = int(tt.get("page") or 0)
        best = truth_pairing.best_table(tlabels, tvals, tpage, tables, "luku")
        if best is not None:
            out[tt["id"]] = (best[0]["index"], dict(best[1]))
    return out


def index_checks(ltables):
    """(table index, row, col) -> list of (kind, other table index or None, outcome, rule)."""
    by_id = {t.get("id"): n for n, t in enumerate(ltables)}
    idx = collections.defaultdict(list)
    for n, t in enumerate(ltables):
        for c in t.get("checks") or []:
            o = c.get("outcome") or ("ok" if c.get("ok") else "mismatch")
            ops = c.get("operands") or []
            other = by_id.get(c.get("table")) if c.get("table") else None
            r, col = c["row"], c["column"]
            if other is not None and other != n:
                # An operand [row, column, ±1, table] lies in its own table (luku.document/4).
                where = [by_id.get(op[3], other) if len(op) == 4 else other for op in ops]
                for w in sorted(set(where) | {other}):
                    idx[(n, r, col)].append(("x", w, o, c["rule"]))
                for op, w in zip(ops, where):  # the other side of a cross-table check is tested too
                    idx[(w, op[0], op[1])].append(("x", n, o, c["rule"]))
                continue
            if ops and all(op[1] == col for op in ops):
                idx[(n, r, col)].append(("v", None, o, c["rule"]))
            elif ops and all(op[0] == r for op in ops):
                idx[(n, r, col)].append(("h", None, o, c["rule"]))
            else:  # operands in other rows and other columns (an opening balance = last year's closing)
                idx[(n, r, col)].append(("d", None, o, c["rule"]))
    # "same item as in another table" proves each occurrence by the nearest earlier one it agrees
    # with (SameItemRule: equality carries over), so an item printed three times is one chain of
    # `ok` checks, p35 = p33 = p30: every cell of the chain is tested against every other.
    parent = {}
    def find(a):
        while parent.setdefault(a, a) != a:
            parent[a] = parent.setdefault(parent[a], parent[a]); a = parent[a]
        return a
    for n, t in enumerate(ltables):
        for c in t.get("checks") or []:
            if c.get("rule") != "same item as in another table" or c.get("outcome") != "ok" or not c.get("table"):
                continue
            other = by_id.get(c["table"])
            for op in c.get("operands") or []:
                if other is not None and len(op) < 4:
                    parent[find((n, c["row"], c["column"]))] = find((other, op[0], op[1]))
    chains = collections.defaultdict(list)
    for cell in list(parent):
        chains[find(cell)].append(cell)
    for cells in chains.values():
        for a in cells:
            for b in cells:
                if a[0] != b[0] and not any(e[0] == "x" and e[1] == b[0] for e in idx[a]):
                    idx[a].append(("x", b[0], "ok", "same item as in another table"))
    return idx


def judge(doc_path, truth_path, explain=False):
    doc = score.load_json(doc_path)
    truth = score.load_json(truth_path)
    ltables = list(score.walk_luku(doc))
    _, _, _, tables = score.load_extracted(doc_path)
    pairing = pair_tables(truth, tables)
    checks = index_checks(ltables)
    truth_ids = [t["id"] for t in truth.get("tables") or []]
    docname = truth.get("document") or os.path.basename(truth_path)
    tag = next((t for t in ("tukipalvelut", "tp2024", "konserni") if t in docname), "")
    res = collections.Counter()
    lines = []
    for tt in truth.get("tables") or []:
        tv = truth_cells(tt)
        for k, text in enumerate(tt.get("identities") or []):
            res["listed"] += 1
            spec = resolve(tt, k, text, truth_ids, tag)
            name = "p%s %s #%d: %s" % (tt.get("page"), tt["id"], k, text[:110])
            if spec is None:
                res["unread"] += 1
                lines.append(("unread", name, "result cells not readable from the words"))
                continue
            if spec.get("na"):
                res["n/a"] += 1
                lines.append(("n/a", name, spec["na"]))
                continue
            rows = spec.get("rows_idx")
            if spec.get("rows") == "siblings":  # the results of the table's other identities
                rows = sorted({i for kk, other in enumerate(tt.get("identities") or []) if kk != k
                               for i in (resolve(tt, kk, other, truth_ids, tag) or {}).get("rows_idx") or []})
            elif spec.get("cells"):
                rows = []
            elif rows is None:
                rows = find_rows(tt, spec["rows"]) if spec.get("rows") is not None else list(range(len(tv)))
            cols = spec.get("cols")
            tcols = tt.get("columns") or []
            # A sum down the rows says nothing of a percentage column ("all columns" of a table
            # with a Tot-% column means its amount columns).
            pct = {j for j, c in enumerate(tcols) if "%" in (c or "")} if spec["kind"] == "v" and cols is None else set()
            targets = [(i, j) for i in rows for j in range(len(tv[i]))
                       if (cols is None or j in cols) and j not in pct
                       and tv[i][j] is not None and not isinstance(tv[i][j], tuple)]
            if spec.get("shared"):  # "every row present in both": rows whose label the linked table prints too
                other = {norm(r.get("label")) for t2 in truth.get("tables") or [] if t2["id"] in spec["links"] for r in t2["rows"]}
                targets = [(i, j) for i, j in targets if norm(tt["rows"][i].get("label")) in other]
            if spec.get("cells"):  # explicit cells, (label, column)
                targets = [(i, j) for lab, j in spec["cells"] for i in find_rows(tt, [lab])]
            pair = pairing.get(tt["id"])
            want_links = set()
            for l in spec.get("links") or []:
                if l in pairing:
                    want_links.add(pairing[l][0])
            verdicts, missing = [], []
            for i, j in targets:
                if pair is None or i not in pair[1]:
                    missing.append((i, j, "row not found")); continue
                kinds = {spec["kind"]} | ({"d"} if spec["kind"] in ("v", "h") else set())
                if spec["kind"] == "x" and pair[0] in want_links:
                    kinds |= {"v", "h", "d"}  # both truth tables are one Luku table (a tase's two halves read as one)
                got = [c for c in checks.get((pair[0], pair[1][i], j), []) if c[0] in kinds
                       and (c[0] != "x" or not want_links or c[1] in want_links)]
                if not got:
                    missing.append((i, j, "no check")); continue
                verdicts.append("holds" if any(c[2] in ("ok", "rounding", "sign") for c in got) else "mismatch")
            if not targets:
                v = "untested"; why = "no result cell with a value"
            elif missing:
                v = "untested"
                why = "%d of %d result cells not computed: %s" % (len(missing), len(targets), ", ".join(
                    "%s/%s (%s)" % (tt["rows"][i]["label"], (tt.get("columns") or [])[j] if j < len(tt.get("columns") or []) else j, w)
                    for i, j, w in missing[:4]))
            elif "mismatch" in verdicts:
                v = "mismatch"; why = "%d of %d result cells only by mismatch checks" % (verdicts.count("mismatch"), len(targets))
            else:
                v = "holds"; why = "%d result cells" % len(targets)
            res[v] += 1
            lines.append((v, name, why))
    return res, lines


def flagged(doc_path, truth_path):
    """Every cell flagged check-failed in a table the scorer pairs with a truth table: its truth
    verdict (the printed number is correct or not) and the mismatch checks that computed it, so a
    reader can tell a real source error from rounding or sign noise."""
    doc = score.load_json(doc_path)
    truth = score.load_json(truth_path)
    ltables = list(score.walk_luku(doc))
    _, _, _, tables = score.load_extracted(doc_path)
    pairing = pair_tables(truth, tables)
    out = []
    for tt in truth.get("tables") or []:
        if tt["id"] not in pairing:
            continue
        n, rowmap = pairing[tt["id"]]
        lt = ltables[n]
        tv = truth_cells(tt)
        for i, j in sorted(rowmap.items()):
            for k, cell in enumerate(lt["rows"][j]["cells"]):
                if not cell or "check-failed" not in (cell.get("flags") or []):
                    continue
                t = tv[i][k] if k < len(tv[i]) else None
                correct = t is not None and not isinstance(t, tuple) and cell.get("value") == t
                why = [c for c in lt.get("checks") or [] if c["row"] == j and c["column"] == k and c.get("outcome") == "mismatch"]
                out.append((tt["page"], tt["id"], tt["rows"][i]["label"], (tt.get("columns") or [""] * (k + 1))[k],
                            cell.get("text"), "correct" if correct else "WRONG",
                            "; ".join("%s: expected %s, printed %s" % (c["rule"][:50], c["expected"], c["actual"]) for c in why)))
    return out


def all_inputs():
    import glob
    found = []
    for pat in ["corpus/*.pdf", "seeds/*.txt", "real/*.pdf", "real/*.md", "real/*.txt"]:
        for i in sorted(glob.glob(os.path.join(shared, pat))):
            b = os.path.basename(i).rsplit(".", 1)[0]
            b = b[: -len(".docling")] if b.endswith(".docling") else b
            t = os.path.join(shared, "truth", b + ".truth.json")
            if os.path.exists(t):
                found.append((i, t))
    return found


def main():
    argv = sys.argv[1:]
    explain = "--explain" in argv
    argv = [a for a in argv if a != "--explain"]
    if argv[:1] == ["--measure"]:
        res, lines = judge(argv[2], argv[1], explain)
        print(json.dumps(dict(res), sort_keys=True))
        for v, name, why in lines:
            if explain or v != "holds":
                print("  %-8s %s  [%s]" % (v, name, why))
        return
    keep = None
    if "--keep" in argv:
        k = argv.index("--keep"); keep = argv[k + 1]; del argv[k:k + 2]
    only = None
    if "--doc" in argv:
        k = argv.index("--doc"); only = argv[k + 1]; del argv[k:k + 2]
    luku = argv[0] if argv else ".build/release/luku"
    out = keep or tempfile.mkdtemp()
    if "--flags" in argv:  # the check-failed flags on truth pages, with the truth's verdict
        argv.remove("--flags")
        for k, (i, t) in enumerate(all_inputs()):
            o = os.path.join(keep or out, str(k), os.path.basename(i) + ".json") if keep else None
            if only and only not in os.path.basename(i):
                continue
            if o is None or not os.path.exists(o):
                sub = os.path.join(out, str(k)); o = os.path.join(sub, os.path.basename(i) + ".json")
                subprocess.run([luku, "ingest", i, "-o", sub], capture_output=True)
            rows = flagged(o, t)
            print("## %s: %d check-failed cells on truth pages, %d of them correct as printed" % (
                os.path.basename(i), len(rows), sum(1 for r in rows if r[5] == "correct")))
            for r in rows:
                print("  p%s %s | %s | %s | %s | %s | %s" % r)
        return
    print("%-52s %6s %6s %8s %8s %4s" % ("input", "listed", "holds", "mismatch", "untested", "n/a"))
    details = []
    for k, (i, t) in enumerate(all_inputs()):
        if only and only not in os.path.basename(i):
            continue
        sub = os.path.join(out, str(k))
        o = os.path.join(sub, os.path.basename(i) + ".json")
        if not os.path.exists(o):
            subprocess.run([luku, "ingest", i, "-o", sub], capture_output=True)
        if not os.path.exists(o):
            print("%-52s (no output)" % os.path.basename(i)); continue
        res, lines = judge(o, t, explain)
        print("%-52s %6d %6d %8d %8d %4d" % (os.path.basename(i)[:52], res["listed"], res["holds"], res["mismatch"],
                                               res["untested"] + res["unread"], res["n/a"]))
        details.append((os.path.basename(i), lines))
    for name, lines in details:
        shown = [l for l in lines if explain or l[0] != "holds"]
        if shown:
            print("\n## %s" % name)
        for v, n, why in shown:
            print("  %-8s %s  [%s]" % (v, n, why))


main()
