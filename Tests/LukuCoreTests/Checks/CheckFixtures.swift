import Foundation
@testable import LukuCore

/// Hand-built tables for the identity-check tests. Numbers are given as printed ("-1 611 034",
/// "−5,2") and parsed here with the decimal comma, so a fixture reads like the source document.
enum CheckFixtures {
    /// A cell whose value is the printed number; placeholders ("siirretty", "xx") get no value.
    static func cell(_ text: String) -> Cell? {
        if text.isEmpty { return nil }
        let plain = text.replacingOccurrences(of: "−", with: "-")
            .replacingOccurrences(of: " ", with: "")
            .replacingOccurrences(of: "%", with: "")
            .replacingOccurrences(of: ",", with: ".")
        let isNumber = !plain.isEmpty && plain.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." }
            && plain.contains(where: \.isNumber)
        guard isNumber, let value = Decimal(string: plain) else { return Cell(text: text) }
        return Cell(text: text, value: value, unit: text.hasSuffix("%") ? "%" : nil)
    }

    static func row(_ label: String, group: String? = nil, level: Int = 0, _ cells: [String]) -> Row {
        Row(label: label, group: group, level: level, cells: cells.map(cell))
    }

    static let fiveYears = [
        Column(header: "TP 2022", kind: .tp, year: 2022),
        Column(header: "TA+MUUTOS 2023", kind: .taMuutos, year: 2023),
        Column(header: "TP 2023", kind: .tp, year: 2023),
        Column(header: "TA+MUUTOS 2024", kind: .taMuutos, year: 2024),
        Column(header: "TP 2024", kind: .tp, year: 2024),
    ]

    static func table(id: String = "p5-t2", page: Int = 5, columns: [Column] = fiveYears, _ rows: [Row]) -> Table {
        Table(id: id, page: page, pages: [page], columns: columns, rows: rows)
    }

    /// Hallintopalvelut TP 2024, page 5–6: two real mistakes (Keskusvaalilautakunta MENOT TP 2022
    /// printed without its minus; Tietohallinto/ict-palvelut NETTOMENO TP 2022 printed -1 611 034
    /// where MENOT + TULOT = -1 011 034) and a group that is right everywhere (Joukkoliikenne).
    static let hallintopalvelut = table([
        row("MENOT", group: "Keskusvaalilautakunta", ["19 036", "-20 000", "-22 986", "-52 670", "-54 950"]),
        row("TULOT", group: "Keskusvaalilautakunta", ["19 529", "20 000", "15 007", "52 670", "43 181"]),
        row("NETTOMENO", group: "Keskusvaalilautakunta", ["493", "0", "-7 979", "0", "-11 770"]),
        row("MENOT", group: "Joukkoliikenne", ["-372 675", "-352 500", "-316 340", "-334 500", "-318 280"]),
        row("TULOT", group: "Joukkoliikenne", ["217 883", "70 000", "153 548", "90 000", "38 000"]),
        row("NETTOMENO", group: "Joukkoliikenne", ["-154 792", "-282 500", "-162 792", "-244 500", "-280 280"]),
        row("MENOT", group: "Tietohallinto/ict-palvelut", ["-1 093 077", "-911 820", "-1 013 561", "-1 092 800", "-1 142 528"]),
        row("TULOT", group: "Tietohallinto/ict-palvelut", ["82 043", "185 450", "190 785", "181 450", "185 692"]),
        row("NETTOMENO", group: "Tietohallinto/ict-palvelut", ["-1 611 034", "-726 370", "-822 776", "-911 350", "-956 836"]),
    ])

    /// The operating-budget table of Hallintopalvelut TP 2024, TP 2024 and TA+MUUTOS 2024 only.
    static func operating(kulut: String = "-6 305 569", henkilosto: String = "-2 196 412") -> Table {
        table(id: "p5-t1", columns: [fiveYears[3], fiveYears[4]], [
            row("Myyntituotot", group: "TOIMINTATUOTOT", level: 1, ["268 670", "278 750"]),
            row("Maksutuotot", group: "TOIMINTATUOTOT", level: 1, ["0", "112"]),
            row("Tuet ja avustukset", group: "TOIMINTATUOTOT", level: 1, ["167 500", "547 671"]),
            row("Vuokratuotot", group: "TOIMINTATUOTOT", level: 1, ["5 000", "5 603"]),
            row("Muut toimintatuotot", group: "TOIMINTATUOTOT", level: 1, ["762 980", "775 601"]),
            row("TOIMINTATUOTOT", group: "TOIMINTATUOTOT", ["1 204 150", "1 607 737"]),
            row("Henkilöstökulut", group: "TOIMINTAKULUT", level: 1, ["-2 186 160", henkilosto]),
            row("Palvelujen ostot", group: "TOIMINTAKULUT", level: 1, ["-3 180 580", "-3 070 945"]),
            row("Aineet, tarvikkeet ja tavarat", group: "TOIMINTAKULUT", level: 1, ["-33 700", "-90 756"]),
            row("Avustukset", group: "TOIMINTAKULUT", level: 1, ["-664 020", "-378 025"]),
            row("Vuokrat", group: "TOIMINTAKULUT", level: 1, ["-493 850", "-467 521"]),
            row("Muut toimintakulut", group: "TOIMINTAKULUT", level: 1, ["-90 840", "-101 911"]),
            row("TOIMINTAKULUT", group: "TOIMINTAKULUT", ["-6 649 150", kulut]),
            row("TOIMINTAKATE/JÄÄMÄ", group: "TOIMINTAKULUT", ["-5 445 000", "-4 697 832"]),
        ])
    }

    static let poikkeamaColumns = [
        Column(header: "TA+muutos 2024", kind: .taMuutos, year: 2024),
        Column(header: "TP 2024", kind: .tp, year: 2024),
        Column(header: "POIKKEAMA €", kind: .poikkeama, unit: "€"),
        Column(header: "POIKKEAMA %", kind: .poikkeama, unit: "%"),
    ]

    static let muutosColumns = [
        Column(header: "TA+muutos 2025", kind: .taMuutos, year: 2025),
        Column(header: "TA 2026", kind: .ta, year: 2026),
        Column(header: "MUUTOS €", kind: .muutos, unit: "€"),
        Column(header: "MUUTOS %", kind: .muutos, unit: "%"),
    ]

    /// Every cell's text and value, to prove a check changed nothing printed.
    static func printed(_ table: Table) -> [[String?]] {
        table.rows.map { $0.cells.map { $0.map { "\($0.text)|\($0.value.map { "\($0)" } ?? "-")" } } }
    }

    static func printed(_ document: Document) -> [[[String?]]] {
        document.allTables.map(printed)
    }
}
