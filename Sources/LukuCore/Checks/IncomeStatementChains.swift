import Foundation

/// The income statement (tuloslaskelma) in the municipal form of the Kirjanpitolautakunta's
/// kuntajaosto, below the operating margin (OperatingSumRule checks TOIMINTAKATE itself).
/// Proved on Kauhava TP 2024: tuloslaskelma in 1 000 € with costs unsigned (p30), in euros with
/// cents (p127), the budget follow-up's tuloslaskelmaosa (p116, p125); Lapua TA 2025 p1
/// (Kokonaistalous: tax lines printed one by one, "Tulos" for the year's result).
enum IncomeStatementChains {
    typealias C = StatementChain
    typealias Term = StatementChain.Term

    static let financialItems = C(
        name: "RAHOITUSTUOTOT JA -KULUT = KORKOTUOTOT + MUUT RAHOITUSTUOTOT + KORKOKULUT + MUUT RAHOITUSKULUT",
        total: ["RAHOITUSTUOTOT JA -KULUT", "RAHOITUSTUOTOT JA KULUT*"],
        alternatives: [[C.plus("KORKOTUOTOT"), C.plus("MUUT RAHOITUSTUOTOT", optional: true),
                        C.cost("KORKOKULUT"), C.cost("MUUT RAHOITUSKULUT", optional: true)]])

    static let annualMargin = C(
        name: "VUOSIKATE = TOIMINTAKATE + VEROTULOT + VALTIONOSUUDET + RAHOITUSTUOTOT JA -KULUT",
        total: ["VUOSIKATE"],
        alternatives: [
            [C.plus("TOIMINTAKATE*"), C.plus("VEROTULOT"), C.plus("VALTIONOSUUDET"),
             C.plus("RAHOITUSTUOTOT JA -KULUT", "RAHOITUSTUOTOT JA KULUT*")],
            [C.plus("TOIMINTAKATE*"), C.plus("VEROTULOT"), C.plus("VALTIONOSUUDET"),
             C.plus("KORKOTUOTOT"), C.plus("MUUT RAHOITUSTUOTOT", optional: true),
             C.cost("KORKOKULUT"), C.cost("MUUT RAHOITUSKULUT", optional: true)],
            // Lapua TA 2025 p1 prints the taxes one by one instead of Verotulot.
            [C.plus("TOIMINTAKATE*"), C.plus("KUNNALLISVERO", "KUNNAN TULOVERO"), C.plus("YHTEISÖVERO*", "OSUUS YHTEISÖVERON*"),
             C.plus("KIINTEISTÖVERO"), C.plus("VALTIONOSUUDET"),
             C.plus("RAHOITUSTUOTOT JA -KULUT", "RAHOITUSTUOTOT JA KULUT*")],
        ])

    static let depreciation = C(
        name: "POISTOT JA ARVONALENTUMISET = SUUNNITELMAN MUKAISET POISTOT + KERTALUONTEISET POISTOT + ARVONALENTUMISET",
        total: ["POISTOT JA ARVONALENTUMISET"],
        alternatives: [[C.plus("SUUNNITELMAN MUKAISET POISTOT"), C.plus("KERTALUONTEISET POISTOT", optional: true),
                        C.plus("ARVONALENTUMISET", optional: true)]])

    static let extraordinary = C(
        name: "SATUNNAISET TUOTOT JA KULUT = SATUNNAISET TUOTOT + SATUNNAISET KULUT",
        total: ["SATUNNAISET TUOTOT JA KULUT", "SATUNNAISET ERÄT"],
        alternatives: [[C.plus("SATUNNAISET TUOTOT"), C.cost("SATUNNAISET KULUT")]])

    static let result = C(
        name: "TILIKAUDEN TULOS = VUOSIKATE + POISTOT JA ARVONALENTUMISET + SATUNNAISET ERÄT",
        total: ["TILIKAUDEN TULOS", "TULOS"],
        alternatives: [
            [C.plus("VUOSIKATE"), C.cost("POISTOT JA ARVONALENTUMISET", "POISTOT"),
             C.plus("SATUNNAISET TUOTOT JA KULUT", "SATUNNAISET ERÄT")],
            [C.plus("VUOSIKATE"), C.cost("POISTOT JA ARVONALENTUMISET", "POISTOT"),
             C.plus("SATUNNAISET TUOTOT", optional: true), C.cost("SATUNNAISET KULUT", optional: true)],
        ])

    /// The appropriation lines, also printed as "Poistoeron lisäys (-) tai vähennys (+)",
    /// "Rahastojen lisäys (-) tai vähennys (+)" (synth 18 and the Kauhava budget follow-up).
    static let depreciationDifference = ["POISTOERON MUUTOS", "POISTOERON LISÄYS*"]
    static let reserves = ["VARAUSTEN MUUTOS", "VARAUSTEN LISÄYS*"]
    static let funds = ["RAHASTOJEN MUUTOS", "RAHASTOJEN LISÄYS*"]

    static let appropriations = C(
        name: "VARAUSTEN JA RAHASTOJEN MUUTOKSET = POISTOERON MUUTOS + VARAUSTEN MUUTOS + RAHASTOJEN MUUTOS",
        total: ["VARAUSTEN JA RAHASTOJEN MUUTOKSET"],
        alternatives: [[Term(labels: depreciationDifference), Term(labels: reserves, optional: true),
                        Term(labels: funds, optional: true)]])

    /// The group (konserni) statement also takes the year's taxes and the minority share
    /// (Kauhava p47 in 1 000 € unsigned, p132 in euros); deferred taxes are printed as signed
    /// income in both (+41, +40 565).
    static let groupItems: [StatementChain.Term] = [
        C.cost("TILIKAUDEN VEROT", optional: true), C.plus("LASKENNALLISET VEROT", optional: true),
        C.cost("VÄHEMMISTÖOSUUDET", optional: true),
    ]

    static let surplus = C(
        name: "TILIKAUDEN YLIJÄÄMÄ = TILIKAUDEN TULOS + POISTOERON, VARAUSTEN JA RAHASTOJEN MUUTOKSET (+ VEROT, VÄHEMMISTÖOSUUDET)",
        total: ["TILIKAUDEN YLI-/ALIJÄÄMÄ", "TILIKAUDEN YLIJÄÄMÄ*", "TILIKAUDEN ALIJÄÄMÄ*", "TILIKAUDEN YLI/ALIJÄÄMÄ"],
        alternatives: [
            [C.plus("TILIKAUDEN TULOS"), C.plus("VARAUSTEN JA RAHASTOJEN MUUTOKSET")] + groupItems,
            [C.plus("TILIKAUDEN TULOS"), C.plus("TILINPÄÄTÖSSIIRROT")] + groupItems,
            [C.plus("TILIKAUDEN TULOS"), Term(labels: depreciationDifference), Term(labels: reserves, optional: true),
             Term(labels: funds, optional: true)] + groupItems,
        ])

    static let staffSideCosts = C(
        name: "HENKILÖSIVUKULUT = ELÄKEKULUT + MUUT HENKILÖSIVUKULUT",
        total: ["HENKILÖSIVUKULUT"],
        alternatives: [[C.plus("ELÄKEKULUT"), C.plus("MUUT HENKILÖSIVUKULUT")]])

    static let staffCosts = C(
        name: "HENKILÖSTÖKULUT = PALKAT JA PALKKIOT + HENKILÖSIVUKULUT",
        total: ["HENKILÖSTÖKULUT"],
        alternatives: [
            [C.plus("PALKAT JA PALKKIOT"), C.plus("HENKILÖSIVUKULUT")],
            [C.plus("PALKAT JA PALKKIOT"), C.plus("ELÄKEKULUT"), C.plus("MUUT HENKILÖSIVUKULUT")],
        ])

    /// TOIMINTATUOTOT and TOIMINTAKULUT by their items when the items are printed without a group
    /// (Kauhava p116, p125, p127: all rows flush left); OperatingSumRule reads the grouped form.
    static let operatingIncome = C(
        name: "TOIMINTATUOTOT = sum of items",
        total: ["TOIMINTATUOTOT"],
        alternatives: [[C.plus("MYYNTITUOTOT"), C.plus("MAKSUTUOTOT"), C.plus("TUET JA AVUSTUKSET"),
                        C.plus("VUOKRATUOTOT", optional: true), C.plus("MUUT TOIMINTATUOTOT")]],
        ungroupedOnly: true)

    static let operatingExpenses = C(
        name: "TOIMINTAKULUT = sum of items",
        total: ["TOIMINTAKULUT"],
        alternatives: [[C.plus("HENKILÖSTÖKULUT"), C.plus("PALVELUJEN OSTOT"), C.plus("AINEET, TARVIKKEET JA TAVARAT"),
                        C.plus("AVUSTUKSET"), C.plus("VUOKRAT", optional: true), C.plus("MUUT TOIMINTAKULUT")]],
        ungroupedOnly: true)

    static let all = [operatingIncome, operatingExpenses, financialItems, annualMargin, depreciation, extraordinary, result, appropriations, surplus,
                      staffSideCosts, staffCosts]
}
