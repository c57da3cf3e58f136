/// The printed outline of a statutory statement (DOMAIN.md, "The statutory statements"; the
/// Kirjanpitolautakunta's kuntajaosto forms): the label it opens with, a label it always holds,
/// and its groups with the items printed under each. `StatementLabelBlock` reads from it which
/// labels of a label block are group headings with no figures of their own.
struct StatementOutline: Sendable {
    /// Statement key of the first label ("TOIMINTATUOTOT").
    var opens: String
    /// Statement key of a label the statement always prints ("TOIMINTAKATE").
    var holds: String
    /// Key prefix of the statement's name above its column heading, for the caption.
    var name: String
    /// Each group's statement key and the `StatementVocabulary.matches` patterns of its items.
    var groups: [String: [String]]

    /// Whether the label at `k` (statement keys `keys`) heads a group whose item is the label after it.
    func isGroupHeading(_ keys: [String], at k: Int) -> Bool {
        guard let members = groups[keys[k]], k + 1 < keys.count else { return false }
        return members.contains { StatementVocabulary.matches(keys[k + 1], $0) }
    }

    static let sideCosts = ["ELÄKEKULUT", "MUUT HENKILÖSIVUKULUT", "MUUT HENKILÖSTÖSIVUKULUT"]

    /// Tuloslaskelma: "Henkilöstökulut" over "Palkat ja palkkiot" is a group, over "Palvelujen
    /// ostot" an item of Toimintakulut.
    static let incomeStatement = StatementOutline(
        opens: "TOIMINTATUOTOT", holds: "TOIMINTAKATE", name: "TULOSLASKELMA",
        groups: [
            "TOIMINTATUOTOT": ["MYYNTITUOTOT", "MAKSUTUOTOT", "TUET JA AVUSTUKSET", "VUOKRATUOTOT", "MUUT TOIMINTATUOTOT"],
            "TOIMINTAKULUT": ["HENKILÖSTÖKULUT", "PALVELUJEN OSTOT", "AINEET*", "AVUSTUKSET", "VUOKRAKULUT", "MUUT TOIMINTAKULUT"],
            "HENKILÖSTÖKULUT": ["PALKAT*", "HENKILÖSIVUKULUT", "HENKILÖSTÖSIVUKULUT"],
            "HENKILÖSIVUKULUT": sideCosts,
            "HENKILÖSTÖSIVUKULUT": sideCosts,
            "RAHOITUSTUOTOT JA -KULUT": ["KORKOTUOTOT", "MUUT RAHOITUSTUOTOT", "KORKOKULUT", "MUUT RAHOITUSKULUT"],
            "POISTOT JA ARVONALENTUMISET": ["SUUNNITELMAN MUKAISET POISTOT", "ARVONALENTUMISET"],
            "SATUNNAISET ERÄT": ["SATUNNAISET TUOTOT", "SATUNNAISET KULUT"],
            "TILINPÄÄTÖSSIIRROT": ["POISTOERON*", "VARAUSTEN*", "RAHASTOJEN*"],
        ])

    /// Rahoituslaskelma: "Rahoituksen rahavirta" heads its group over "Antolainauksen
    /// muutokset" and closes it as the group's total further down; "Toiminnan rahavirta" over
    /// "Investointien rahavirta" is a line of its own.
    static let cashFlow = StatementOutline(
        opens: "TOIMINNAN RAHAVIRTA", holds: "RAHAVAROJEN MUUTOS", name: "RAHOITUSLASKELMA",
        groups: [
            "TOIMINNAN RAHAVIRTA": ["VUOSIKATE", "SATUNNAISET ERÄT", "TULORAHOITUKSEN KORJAUSERÄT"],
            "INVESTOINTIEN RAHAVIRTA": ["INVESTOINTIMENOT", "RAHOITUSOSUUDET*", "PYSYVIEN VASTAAVIEN*"],
            "RAHOITUKSEN RAHAVIRTA": ["ANTOLAINA*", "LAINAKANNAN MUUTOKSET", "OMAN PÄÄOMAN MUUTOKSET", "MUUT MAKSUVALMIUDEN MUUTOKSET"],
            "ANTOLAINAUKSEN MUUTOKSET": ["ANTOLAINASAAMISTEN*"],
            "LAINAKANNAN MUUTOKSET": ["PITKÄAIKAISTEN LAINOJEN*", "LYHYTAIKAISTEN LAINOJEN*"],
            "MUUT MAKSUVALMIUDEN MUUTOKSET": ["TOIMEKSIANTOJEN*", "VAIHTO-OMAISUUDEN*", "SAAMISTEN*", "KOROTTOMIEN*"],
        ])

    static let all = [incomeStatement, cashFlow]
}
