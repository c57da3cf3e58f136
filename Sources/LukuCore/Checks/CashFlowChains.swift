import Foundation

/// The cash-flow statement (rahoituslaskelma) and the budget follow-up's rahoitusosa.
/// Proved on Kauhava TP 2024: in 1 000 € with outflows unsigned (p33), in euros with cents
/// (p128-p129, continued over the page break), rahoitusosan toteutuminen (p126).
enum CashFlowChains {
    typealias C = StatementChain

    static let operatingAndInvesting = C(
        name: "TOIMINNAN JA INVESTOINTIEN RAHAVIRTA = VUOSIKATE + SATUNNAISET ERÄT + TULORAHOITUKSEN KORJAUSERÄT + INVESTOINTIMENOT + RAHOITUSOSUUDET + LUOVUTUSTULOT",
        total: ["TOIMINNAN JA INVESTOINTIEN RAHAVIRTA", "TOIMINTA JA INVESTOINNIT, NETTO"],
        alternatives: [[C.plus("VUOSIKATE"), C.plus("SATUNNAISET ERÄT*", optional: true),
                        // The group statement also pays the year's taxes (Kauhava p49, p133).
                        C.cost("TILIKAUDEN VEROT", optional: true),
                        C.plus("TULORAHOITUKSEN KORJAUSERÄT"), C.cost("INVESTOINTIMENOT"),
                        C.plus("RAHOITUSOSUUDET INV*", optional: true),
                        C.plus("PYSYVIEN VASTAAVIEN HYÖDYKK*", "PYS.VAST. HYÖDYKKEIDEN*", optional: true)]])

    /// The financing terms; "Pitkäaikasiten" is Kauhava p126's printed spelling.
    static let financingTerms: [StatementChain.Term] = [
        C.cost("ANTOLAINASAAMISTEN LISÄY*"), C.plus("ANTOLAINASAAMISTEN VÄHENNY*"),
        C.plus("PITKÄAIKAISTEN LAINOJEN LISÄYS"),
        C.cost("PITKÄAIKAISTEN LAINOJEN VÄHENNYS", "PITKÄAIKASITEN LAINOJEN VÄHENNYS"),
        C.plus("LYHYTAIKAISTEN LAINOJEN MUUTOS", optional: true), C.plus("OMAN PÄÄOMAN MUUTOKSET", optional: true),
    ]

    static let otherLiquidityItems: [StatementChain.Term] = [
        C.plus("TOIMEKSIANTOJEN VAROJEN JA PÄÄOMIEN MUUTOKSET", optional: true),
        C.plus("TOIMEKSIANTOJEN VAROJEN JA PO:N MUUTOKSET", optional: true),
        C.plus("VAIHTO-OMAISUUDEN MUUTOS"), C.plus("SAAMISTEN MUUTOS", "SAAMISTEN MUUTOKSET"),
        C.plus("KÄYTTÖOMAISUUDEN OIKAISUERÄT", "KÄYTTÖOMAISUUDEN MUUTOS", optional: true),
        C.plus("KOROTTOMIEN VELKOJEN MUUTOKSET"),
    ]

    static let financing = C(
        name: "RAHOITUKSEN RAHAVIRTA = ANTOLAINAUKSEN MUUTOKSET + LAINAKANNAN MUUTOKSET + OMAN PÄÄOMAN MUUTOKSET + MUUT MAKSUVALMIUDEN MUUTOKSET",
        total: ["RAHOITUKSEN RAHAVIRTA"],
        alternatives: [financingTerms + [C.plus("MUUT MAKSUVALMIUDEN MUUTOKSET")], financingTerms + otherLiquidityItems])

    static let liquidityEffect = C(
        name: "VAIKUTUS MAKSUVALMIUTEEN = TOIMINTA JA INVESTOINNIT, NETTO + RAHOITUSTOIMINTA",
        total: ["VAIKUTUS MAKSUVALMIUTEEN"],
        alternatives: [[C.plus("TOIMINTA JA INVESTOINNIT, NETTO")] + financingTerms
                        + [C.plus("MUUT MAKSUVALMIUDEN MUUTOKSET", optional: true)]])

    static let cashChange = C(
        name: "RAHAVAROJEN MUUTOS = TOIMINNAN JA INVESTOINTIEN RAHAVIRTA + RAHOITUKSEN RAHAVIRTA",
        total: ["RAHAVAROJEN MUUTOS"],
        alternatives: [[C.plus("TOIMINNAN JA INVESTOINTIEN RAHAVIRTA"), C.plus("RAHOITUKSEN RAHAVIRTA")]])

    static let cashBalances = C(
        name: "RAHAVAROJEN MUUTOS = RAHAVARAT 31.12. − RAHAVARAT 1.1.",
        total: ["RAHAVAROJEN MUUTOS"],
        alternatives: [[C.plus("RAHAVARAT 31.12*"), C.minus("RAHAVARAT 1.1*")]])

    static let all = [operatingAndInvesting, financing, liquidityEffect, cashChange, cashBalances]
}
