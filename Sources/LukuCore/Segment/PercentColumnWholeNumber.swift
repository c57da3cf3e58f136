/// A reading that puts a whole number with no percent sign in a column headed as a percent
/// ("Muutos %"): "Valmistus omaan käyttöön 3 228 036 0" under "Tilinpäätös 2021 / Tilinpäätös
/// 2020 / Muutos %" (synth varpuvirta p. 1 in `-raw` and pypdf; every other row ends "-0,8 %")
/// has the one reading "3" | "228 036" | "0", while the row is two amounts and an empty percent.
/// A change or usage percent is printed with its decimal or its sign, so a bare whole number
/// there says the row's figures were cut to fill the columns: the reading is in doubt.
enum PercentColumnWholeNumber {
    static func matches(_ numbers: [String], columns: [Column]) -> Bool {
        guard numbers.count == columns.count else { return false }
        return zip(numbers, columns).contains { text, column in
            // (A placeholder, "x" or "-", is no figure: kemijarvi-konserni's "MUUTOS %" holds "x".)
            column.unit == "%" && text.contains(where: \.isNumber) && !text.contains("%") && !text.contains(",")
        }
    }
}
