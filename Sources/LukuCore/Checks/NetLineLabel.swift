/// The net line under a group's MENOT and TULOT is printed as "NETTOMENO", "Nettomenot" or plain
/// "Netto" (DOMAIN: the käyttötalous group is MENOT, TULOT and their sum, the net). Every synth
/// producer family prints "Netto" under "Menot"/"Tulot" (synth sheet pauhaselka 2019 p. 7
/// sivistyslautakunta, word kuusiselkä 2020, html koivukylä 2022: 113 truth rows), as does hold-out
/// hold-02-trailing-minus-grid (12 cost centres × Menot/Tulot/Netto); until now only "NETTOMENO"
/// was checked, so those rows verified nothing. Read only beside a MENOT and a TULOT row of the
/// same group (`NettomenoRule.triples`), never alone.
enum NetLineLabel {
    /// Label keys (`IdentitySupport.key`) of the net line.
    static let keys: Set<String> = [IdentitySupport.nettomeno, "NETTO", "NETTOMENOT"]
}
