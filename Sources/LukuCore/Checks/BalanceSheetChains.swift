import Foundation

/// The balance sheet's (tase) top groups, by their statutory names. The items inside each group
/// are checked by OutlineSubtotalRule; the two sides against each other by BalanceSheetRule.
/// Proved on Kauhava TP 2024: in 1 000 € with outline markers (p35, "A PYSYVÄT VASTAAVAT",
/// "II Saamiset"),
/// in euros with the subtotal under its items (p130-p131); Koha Suomi Oy 2024 p4 (company form,
/// "VASTAAVAA YHTEENSÄ").
enum BalanceSheetChains {
    typealias C = StatementChain

    static let fixedAssets = C(
        name: "PYSYVÄT VASTAAVAT = AINEETTOMAT + AINEELLISET HYÖDYKKEET + SIJOITUKSET",
        total: ["PYSYVÄT VASTAAVAT"],
        alternatives: [[C.plus("AINEETTOMAT HYÖDYKKEET", optional: true), C.plus("AINEELLISET HYÖDYKKEET"),
                        C.plus("SIJOITUKSET", optional: true)]])

    static let currentAssets = C(
        name: "VAIHTUVAT VASTAAVAT = VAIHTO-OMAISUUS + SAAMISET + RAHOITUSARVOPAPERIT + RAHAT JA PANKKISAAMISET",
        total: ["VAIHTUVAT VASTAAVAT"],
        alternatives: [[C.plus("VAIHTO-OMAISUUS", optional: true), C.plus("SAAMISET"),
                        C.plus("RAHOITUSARVOPAPERIT", optional: true), C.plus("RAHAT JA PANKKISAAMISET")]])

    /// "II Saamiset" over its two statutory sub-groups (Kauhava TP 2024 p35: 4 426 = 0 + 4 426,
    /// each sub-group with its own items below it).
    static let receivables = C(
        name: "SAAMISET = PITKÄAIKAISET + LYHYTAIKAISET SAAMISET",
        total: ["SAAMISET"],
        alternatives: [[C.plus("PITKÄAIKAISET SAAMISET"), C.plus("LYHYTAIKAISET SAAMISET")]])

    static let assets = C(
        name: "VASTAAVAA = PYSYVÄT VASTAAVAT + TOIMEKSIANTOJEN VARAT + VAIHTUVAT VASTAAVAT",
        total: ["VASTAAVAA"],
        alternatives: [[C.plus("PYSYVÄT VASTAAVAT"), C.plus("TOIMEKSIANTOJEN VARAT", optional: true),
                        C.plus("VAIHTUVAT VASTAAVAT")]])

    static let liabilities = C(
        name: "VIERAS PÄÄOMA = PITKÄAIKAINEN + LYHYTAIKAINEN VIERAS PÄÄOMA",
        total: ["VIERAS PÄÄOMA"],
        alternatives: [[C.plus("PITKÄAIKAINEN VIERAS PÄÄOMA", "PITKÄAIKAINEN"),
                        C.plus("LYHYTAIKAINEN VIERAS PÄÄOMA", "LYHYTAIKAINEN")]])

    static let equityAndLiabilities = C(
        name: "VASTATTAVAA = OMA PÄÄOMA (+ VÄHEMMISTÖOSUUDET) + POISTOERO JA VARAUKSET + PAKOLLISET VARAUKSET + TOIMEKSIANTOJEN PÄÄOMAT + VIERAS PÄÄOMA",
        total: ["VASTATTAVAA"],
        alternatives: [[C.plus("OMA PÄÄOMA"), C.plus("VÄHEMMISTÖOSUUDET", optional: true),
                        C.plus("POISTOERO JA VAPAAEHTOISET VARAUKSET", optional: true),
                        C.plus("PAKOLLISET VARAUKSET", optional: true), C.plus("TOIMEKSIANTOJEN PÄÄOMAT", optional: true),
                        C.plus("VIERAS PÄÄOMA")]])

    static let all = [fixedAssets, currentAssets, receivables, assets, liabilities, equityAndLiabilities]
}
