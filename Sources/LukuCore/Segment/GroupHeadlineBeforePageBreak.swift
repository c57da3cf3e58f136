import Foundation

/// A statement's group headline left alone at the foot of a page, its items on the next page
/// under the column header printed again: "Tilikauden tulos -13 873 1 881" / "Tilinpäätössiirrot"
/// / (page break) / "1.1.-31.12.2019 1.1.-31.12.2018" / "Poistoeron muutos 163 249" (synth
/// honkakoski pp. 1–2, html), "Lyhytaikaisten lainojen muutos -1 600 0" / "Oman pääoman
/// muutokset" / "Sivu 2" / (page break) / "Tilinpäätös 2020 Tilinpäätös 2019" stacked / "Muut
/// maksuvalmiuden muutokset" / … (synth kivimaki pp. 2–3, word), in `pdftotext -raw` and pypdf.
/// The headline is the table's own line, not a title of another table, so it does not keep the
/// two parts apart (RepeatedHeaderContinuation).
///
/// Only the statutory statements' group names count (DOMAIN.md, "The statutory statements": the
/// items and groups are the same in every municipality): the income statement's groups printed
/// with no figures (StatementItemOrder.groups: "Rahoitustuotot ja -kulut", "Poistot ja
/// arvonalentumiset", "Satunnaiset erät", "Tilinpäätössiirrot") and the cash-flow statement's
/// ("Toiminnan rahavirta" … "Muut maksuvalmiuden muutokset"). Any other line at a page's foot (a
/// statement's title, "Rahoituslaskelma", a board's name) may title the next table and keeps the
/// parts apart as before. A headline at the top of the next page is not read here.
enum GroupHeadlineBeforePageBreak {
    /// The cash-flow statement's groups (the kuntajaosto format), in `StatementItemOrder.normal` form.
    static let cashFlowGroups: Set<String> = [
        "TOIMINNAN RAHAVIRTA", "INVESTOINTIEN RAHAVIRTA", "RAHOITUKSEN RAHAVIRTA",
        "ANTOLAINAUKSEN MUUTOKSET", "LAINAKANNAN MUUTOKSET", "OMAN PÄÄOMAN MUUTOKSET",
        "MUUT MAKSUVALMIUDEN MUUTOKSET",
    ]

    /// Whether line `k`, on page `page` (the first part's last page), is a statement's group
    /// headline with no figures.
    static func holds(_ lines: [TextLine], at k: Int, page: Int) -> Bool {
        guard lines[k].page == page else { return false }
        let text = lines[k].text
        if cashFlowGroups.contains(StatementItemOrder.normal(text)) { return true }
        guard let place = StatementItemOrder.place(text) else { return false }
        return StatementItemOrder.groups.contains(place) && !text.contains(where: \.isNumber)
    }
}
