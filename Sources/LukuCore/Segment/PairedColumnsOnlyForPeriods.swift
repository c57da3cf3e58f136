/// Two value columns per year (the item and its group's subtotal, `TwoColumnsPerYear`) are how
/// the statutory statements print their years (DOMAIN.md, "The statutory statements"); a column
/// of a variance, a change or a use rate (Poikkeama, Muutos, Käyttö-%, a "%" column) is computed
/// from the others and never printed twice, so a header naming one is never doubled. Hold-out
/// set 2 doc 09 in `pdftotext -raw`: under the tail of a header printed one word per line
/// ("muutokset TOT 2025 Poikkeama Käyttö-%", its first words not read), rows of five figures
/// were taken as rows of 4 or 8 and cut into eight columns, one row ("Tulot 2 433 039 2 433 039
/// 2 408 011 -25 028 99,0") with no flag. Without the doubling the rows are read into the
/// header's count, a doubtful reading flagged as any other.
enum PairedColumnsOnlyForPeriods {
    /// Kinds of a column computed from the others.
    static let computed: Set<ColumnKind> = [.poikkeama, .muutos, .kaytto]

    /// Whether a table under `columns` may have two value columns per year.
    static func allows(_ columns: [Column]) -> Bool {
        !columns.contains { c in c.kind.map(computed.contains) == true || c.unit == "%" || c.header.contains("%") }
    }
}
