/// The net line under a group's MENOT and TULOT is printed as "NETTOMENO", "Nettomenot" or plain
/// "Netto" (DOMAIN: the käyttötalous group is MENOT, TULOT and their sum, the net). Every synth
/// producer family prints "Netto" under "Menot"/"Tulot" (synth sheet pauhaselka 2019 p. 7
/// sivistyslautakunta, word kuusiselkä 2020, html koivukylä 2022: 113 truth rows), as does hold-out
/// hold-02-trailing-minus-grid (12 cost centres × Menot/Tulot/Netto); until now only "NETTOMENO"
/// was checked, so those rows verified nothing. Read only beside a MENOT and a TULOT row of the
/// same group (`NettomenoRule.triples`), never alone.
///
/// "Netto" is checked only where one sign reading holds in every column (`NetCostReading`), never
/// column by column: a share column whose header the extractor lost counts as additive and fails
/// every reading (synth sheet kalliosalo 2024 p. 6 in pymupdf4llm, "Toteutuma-%" 99,5 / 108,4 /
/// 99,2 beside unsigned costs; synth html katajaselkä 2025 p. 9 in PyMuPDF text), and a
/// column-by-column check there would flag 36 correct Netto cells. A missing check is better than
/// a false mismatch (`TableIdentity`).
enum NetLineLabel {
    /// Label keys (`IdentitySupport.key`) of the net line.
    static let keys: Set<String> = [IdentitySupport.nettomeno, "NETTO", "NETTOMENOT"]

    /// Whether the net line is printed "NETTOMENO" (checked column by column as before).
    static func isNettomeno(_ label: String) -> Bool {
        IdentitySupport.key(label) == IdentitySupport.nettomeno
    }
}
