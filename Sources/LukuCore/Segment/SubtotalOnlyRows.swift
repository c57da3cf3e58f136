import Foundation

/// In a statement with two value columns per year (TwoColumnsPerYear), a row of one figure per
/// year that follows a group's closing row (item and subtotal) with no group headline between
/// stands outside every group: its figures are subtotal-only lines ("Valmistus omaan käyttöön",
/// "Toimintakate", "Verotulot", "Vuosikate", "Tilikauden tulos", "VASTAAVAA YHTEENSÄ") and go to
/// the subtotal columns; a row after a headline ("Toimintatuotot", "Rahoitustuotot ja -kulut",
/// "I Aineettomat hyödykkeet") is an item until its group closes. Seen in `pdftotext -raw` and
/// pypdf of synth tammiselka p. 1 and 5, kivimaki p. 1, louhivirta p. 1 (html, word and sheet
/// producers) and hold-out 09 (tase, both halves). The label does not say which, so the cells
/// stay flagged `ambiguous-split` as before; only their column changes.
enum SubtotalOnlyRows {
    /// Whether a one-figure-per-year row puts a figure in column `c` of the 2N columns: the item
    /// (even) columns inside an open group, the subtotal (odd) columns outside one.
    static func column(_ c: Int, open: Bool) -> Bool {
        open ? c % 2 == 0 : c % 2 == 1
    }

    /// For each number row (indexes into `labels`/`tails` of a table's rows, in order), whether a
    /// group headline stands between it and the number row before it: a row with no figures whose
    /// label is not the top of the number row's wrapped label (a line ending unfinished, or one the
    /// next line continues in lower case, WordTraits).
    static func opens(labels: [String], tails: [[String]], numberRows: [Int]) -> [Bool] {
        var out: [Bool] = []
        var previous = -1
        for k in numberRows {
            var j = k - 1
            // The wrapped label's upper lines join the row: they open no group.
            while j > previous, tails[j].isEmpty,
                  WordTraits.endsUnfinished(labels[j]) || WordTraits.continuesText(labels[j + 1]) || (j + 1 == k && labels[k].isEmpty) {
                j -= 1
            }
            // A key-figure headline opens no group (KeyFigureHeadline).
            out.append(((previous + 1)...max(previous + 1, j)).contains {
                $0 <= j && $0 < k && tails[$0].isEmpty && !labels[$0].isEmpty && !KeyFigureHeadline.names(labels[$0])
            })
            previous = k
        }
        return out
    }

    /// Whether a row of one figure per year `numbers` (number row `k`) inside an open group is
    /// the group's subtotal printed alone on its last item (SubtotalOnlyItemRows): the next number
    /// row is a result line with no headline between (`results`, `opens`), and each year's figure
    /// is the sum of the group's items so far (`run`, placed in `placements`; none sum to 0). A
    /// result line adds up the subtotal column, so the group must close before it, and an item
    /// that is not its group's sum would not foot. Synth joutsenkyla p. 1 in `-raw` and pypdf:
    /// "Rahastojen muutos 63 331 24 822" under "Poistoeron lisäys (-) tai vähennys (+) 63 331
    /// 24 822" (Varausten muutos empty), "Satunnaiset kulut 0 0" (Satunnaiset tuotot empty),
    /// each right before a result line.
    static func closesBeforeResult(_ numbers: [String], at k: Int, run: [Int], placements: [Int: ArithmeticPlacedRows.Placement],
                                   opens: [Bool]?, results: [Bool]?) -> Bool {
        guard let results, let opens, k + 1 < results.count, results[k + 1], !opens[k + 1] else { return false }
        return numbers.indices.allSatisfy { y in
            guard let figure = TwoColumnsPerYear.value(numbers[y]) else { return false }
            var sum = Decimal(0)
            for r in run {
                guard let item = TwoColumnsPerYear.value(placements[r]?.texts[2 * y]) else { return false }
                sum += item
            }
            return sum == figure
        }
    }

    /// Whether a row label is a result line (`PairedColumnFooting.results`).
    static func isResult(_ label: String) -> Bool {
        let key = StatementVocabulary.key(label)
        return PairedColumnFooting.results.contains { StatementVocabulary.matches(key, $0) }
    }
}
