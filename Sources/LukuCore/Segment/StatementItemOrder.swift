/// The order in which the municipal income statement (tuloslaskelma, in the kuntajaosto format)
/// prints its items, and the key figures printed under it (TULOSLASKELMAN TUNNUSLUVUT):
/// DOMAIN.md, "The statutory statements" — the items are the same in every municipality, and so
/// is their order. `LabelsAfterFigures` reads with it a label column the extractor gave in chunks,
/// last chunk first (Kauhava TP 2024 p. 30 in `-raw`, pypdf and PyMuPDF): a chunk ends where the
/// order goes back, and the chunks are put in the order.
enum StatementItemOrder {
    /// Label patterns (`normal` form; "*" ends a prefix), one entry per place in the order.
    static let items: [[String]] = [
        ["TOIMINTATUOTOT"],
        ["VALMISTUS OMAAN KÄYTTÖÖN"],
        ["TOIMINTAKULUT"],
        ["OSUUS OSAKKUUSYHTEISÖJEN*"],
        ["TOIMINTAKATE"],
        ["VEROTULOT"],
        ["VALTIONOSUUDET"],
        ["RAHOITUSTUOTOT JA KULUT"],
        ["KORKOTUOTOT"],
        ["MUUT RAHOITUSTUOTOT"],
        ["KORKOKULUT"],
        ["MUUT RAHOITUSKULUT"],
        ["VUOSIKATE"],
        ["POISTOT JA ARVONALENTUMISET"],
        ["SUUNNITELMAN MUKAISET POISTOT"],
        ["KERTALUONTEISET POISTOT"],
        ["ARVONALENTUMISET"],
        ["SATUNNAISET ERÄT", "SATUNNAISET TUOTOT JA KULUT"],
        ["SATUNNAISET TUOTOT"],
        ["SATUNNAISET KULUT"],
        ["TILIKAUDEN TULOS"],
        ["TILINPÄÄTÖSSIIRROT", "VARAUSTEN JA RAHASTOJEN MUUTOKSET"],
        ["POISTOERON*"],
        ["VARAUSTEN*"],
        ["RAHASTOJEN*"],
        ["TILIKAUDEN YLIJÄÄMÄ*", "TILIKAUDEN ALIJÄÄMÄ*", "TILIKAUDEN YLI*"],
        ["TULOSLASKELMAN TUNNUSLUVUT"],
        ["TOIMINTATUOTOT TOIMINTAKULUT*"],
        ["VUOSIKATE POISTOT*"],
        ["VUOSIKATE ASUKAS*", "VUOSIKATE EUROA ASUKAS*"],
        ["ASUKASMÄÄRÄ*"],
    ]

    /// Places of the group lines whose items follow right after them: a group line printed with
    /// no figures of its own stands right above its first item ("Rahoitustuotot ja -kulut" over
    /// "Korkotuotot").
    static let groups: Set<Int> = [7, 13, 17, 21]

    /// A label in upper case, its marks and spaces as one space ("Rahoitustuotot ja -kulut" →
    /// "RAHOITUSTUOTOT JA KULUT", "Vuosikate, €/asukas" → "VUOSIKATE ASUKAS").
    static func normal(_ label: String) -> String {
        label.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : " " }.joined()
            .split(separator: " ").joined(separator: " ")
    }

    /// The place of a label in the order, nil for a label the order does not know.
    static func place(_ label: String) -> Int? {
        let key = normal(label)
        return items.firstIndex { patterns in
            patterns.contains { p in p.hasSuffix("*") ? key.hasPrefix(String(p.dropLast())) : key == p }
        }
    }

    /// The labels in the statement's order: cut into chunks where the order goes back (each
    /// label the order does not know stays in the chunk it is printed in), the chunks sorted by
    /// their first known place. Nil when fewer than `LabelsAfterFigures.minKnown` labels are
    /// known, a chunk has none, or the chunks sorted do not give one rising order.
    static func ordered(_ labels: [String]) -> [String]? {
        var chunks: [(first: Int?, last: Int?, labels: [String])] = []
        for label in labels {
            let p = place(label)
            if let p, let last = chunks.last?.last, p <= last {
                chunks.append((p, p, [label]))
            } else if chunks.isEmpty {
                chunks.append((p, p, [label]))
            } else {
                if chunks[chunks.count - 1].first == nil { chunks[chunks.count - 1].first = p }
                if let p { chunks[chunks.count - 1].last = p }
                chunks[chunks.count - 1].labels.append(label)
            }
        }
        guard labels.compactMap(place).count >= LabelsAfterFigures.minKnown,
              chunks.allSatisfy({ $0.first != nil }) else { return nil }
        let sorted = chunks.sorted { ($0.first ?? 0) < ($1.first ?? 0) }
        let out = sorted.flatMap(\.labels)
        let places = out.compactMap(place)
        guard zip(places, places.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        return out
    }

    /// A heading line: letters in upper case only ("TULOSLASKELMAN TUNNUSLUVUT").
    static func isHeading(_ label: String) -> Bool {
        let letters = label.filter(\.isLetter)
        return letters.count >= 2 && letters.allSatisfy(\.isUppercase)
    }

    /// Whether `label` is a group line of the order and `next` its first item.
    static func isGroupAbove(_ label: String, _ next: String) -> Bool {
        guard let p = place(label), groups.contains(p), let q = place(next) else { return false }
        return q == p + 1
    }
}
