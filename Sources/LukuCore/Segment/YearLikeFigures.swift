import Foundation

/// Bare four-digit figures after a label can look like a header of years: "Valtionosuudet,
/// €/asukas 1973 1983 2041 1986 1947" in the key-figure table under "TP2020 TP2021 TP2022 TP2023
/// TP2024" (synth honkaniemi p. 10, word producer, in `pdftotext -raw`, pypdf and `-layout`) was
/// read as a new header with the label as its caption, cutting the table in two. Years heading
/// columns (DOMAIN.md: the periods of a budget or statement) run in order: rising or falling
/// ("2016 2017 2018 2019 2020", "2024 2023"), a year printed over each of a pair of columns
/// ("2024 2024 2023 2023"), or one such run repeated for each side of a two-part table
/// ("Konserni | Kunta": "2024 2023 2024 2023", Kauhava p. 176). Figures in any other order are
/// a row's values, not a header.
enum YearLikeFigures {
    /// Whether bare years `years` (in printed order) can head columns: one ordered run, or one
    /// ordered run printed again and again.
    static func headColumns(_ years: [Int]) -> Bool {
        guard years.count > 2 else { return true }
        for length in 2...years.count where years.count % length == 0 {
            let block = Array(years.prefix(length))
            guard ordered(block) else { continue }
            if stride(from: 0, to: years.count, by: length).allSatisfy({ Array(years[$0..<($0 + length)]) == block }) { return true }
        }
        return false
    }

    private static func ordered(_ run: [Int]) -> Bool {
        zip(run, run.dropFirst()).allSatisfy { $0 <= $1 } || zip(run, run.dropFirst()).allSatisfy { $0 >= $1 }
    }
}
