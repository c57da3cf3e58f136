import Foundation

/// A headline naming key figures ("TASEEN TUNNUSLUVUT", "Tuloslaskelman tunnusluvut") under a
/// statement with two value columns per year (TwoColumnsPerYear) opens no group of items. Key
/// figures (DOMAIN.md: ratios, € per resident, the population) are figures of the whole statement,
/// never items added up into a group's subtotal, and the statement prints them as it prints its
/// grand total, in the subtotal column: "Vastattavaa yhteensä 395.599 385.717" / "TASEEN
/// TUNNUSLUVUT" / "Omavaraisuusaste, % 38,5 39,4" (synth saarnijoki p. 3, kuusiselka p. 3,
/// vaahterajoki p. 4, and honkakoski, kalliosalo in the PDF: html, word and sheet producers). So
/// in `pdftotext -raw` and pypdf, where only the row's figure count is left, the rows under it go
/// on outside every group (SubtotalOnlyRows) instead of to the item columns. The label does not
/// prove the column, so the cells stay flagged `ambiguous-split` as every such row.
enum KeyFigureHeadline {
    /// Whether `label` (a line with no figures) names the key figures that follow it.
    static func names(_ label: String) -> Bool {
        let lower = label.lowercased()
        return lower.contains("tunnusluvut") || lower.contains("tunnusluku")
    }
}
