import Foundation

/// Which side of a balance sheet (tase) a line item belongs to, read from the item's name. The
/// statutory balance sheet (Kirjanpitolautakunnan kuntajaosto; companies: the close variant of
/// KPA) names its items with words of one side only: vastaavaa (assets) holds hyödykkeet,
/// rakennukset, sijoitukset, saamiset, vaihto-omaisuus, varat …; vastattavaa (liabilities) holds
/// pääoma, rahastot, yli-/alijäämä, poistoero, varaukset, lainat, velat, ennakot …
/// A name with words of both sides or of neither ("Valtion toimeksiannot", "Yhteensä") has no
/// side, nor has a key figure ("Omavaraisuusaste, %", "Lainakanta 31.12., 1000 €").
/// Proven on every balance-sheet row of the truth files: Kauhava tilinpäätös 2024 p. 35 and
/// p. 130-131, Koha-Suomi tilinpäätös 2024 p. 4 and the 24 synth statements (html, sheet and
/// word producers): each label has its own table's side or none, never the other side.
enum BalanceSheetSide: Int, Sendable {
    case assets, liabilities

    /// Words (lowercased, end punctuation dropped) that name an asset item.
    static let assetWords: Set<String> = [
        "vastaavat", "vastaavaa", "hyödykkeet", "aineettomat", "aineelliset", "oikeudet", "tietokoneohjelmistot",
        "pitkävaikutteiset", "vesialueet", "rakennukset", "rakenteet", "kalusto", "ennakkomaksut", "sijoitukset",
        "osakkeet", "osuudet", "saamiset", "lainasaamiset", "myyntisaamiset", "siirtosaamiset", "pankkisaamiset",
        "vaihto-omaisuus", "tarvikkeet", "rahoitusarvopaperit", "rahamarkkinainstrumentit", "erityiskatteet",
        "erityiskatt", "varat",
    ]
    /// Prefixes of abbreviated asset words ("keskener.hank.").
    static let assetPrefixes = ["keskener"]
    /// Words that name a liability or equity item.
    static let liabilityWords: Set<String> = [
        "vastattavaa", "pääoma", "pääomat", "peruspääoma", "osakepääoma", "rahastot", "arvonkorotusrahasto",
        "yli-/alijäämä", "yli/alijäämä", "ylijäämä", "alijäämä", "voitto", "tappio", "poistoero", "varaukset",
        "eläkevaraukset", "lainat", "velat", "ostovelat", "siirtovelat", "ennakot", "vieras", "lyhytaikainen",
        "pitkäaikainen",
    ]

    /// The side the item's name belongs to, or nil when its words say neither or both.
    static func of(_ label: String) -> BalanceSheetSide? {
        // A key figure printed beside the statement is no item of it.
        guard !label.contains("€"), !label.contains("%"), !label.contains("/as") else { return nil }
        let words = label.split(separator: " ").map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,()-")) }
        let asset = words.contains { w in assetWords.contains(w) || assetPrefixes.contains { w.hasPrefix($0) } }
        let liability = words.contains { liabilityWords.contains($0) }
        switch (asset, liability) {
        case (true, false): return .assets
        case (false, true): return .liabilities
        default: return nil
        }
    }

    /// Which of two side-by-side captions is which side ("VASTAAVAA", "VASTATTAVAA"): the index of
    /// each side's statement, or nil when the captions are not the two sides of a balance sheet.
    static func sides(ofCaptions captions: [String]) -> [BalanceSheetSide: Int]? {
        guard captions.count == 2, let first = of(captions[0]), let second = of(captions[1]), first != second else { return nil }
        return [first: 0, second: 1]
    }
}
