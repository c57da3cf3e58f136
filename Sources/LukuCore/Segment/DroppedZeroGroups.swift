import Foundation

/// Numbers a converter read as decimals and printed without their trailing zeros: Docling's
/// Markdown of lapua-sivla-poytakirja-2024-11-21 (../shared/real) writes the PDF's `-10.000` as
/// `-10`, `-300.000` as `-300`, `-691.960` as `-691.96` and `1.670` as `1.67` (pages 18 and 20 of
/// the PDF). The last two no longer read as a number and the cell reader flags them
/// `unreadable`; the first two still do, as the wrong number. A person sees it from two things
/// together: the document's numbers are dot-grouped, and some of them show a lost zero (a dot
/// group of one or two digits, `-691.96`). In such a document a short whole number (one to three
/// digits, not 0) in a table of dot-grouped amounts may be `N.000` with its zeros lost, so it
/// is flagged `ambiguous-split` (two readings fit: `-10` and `-10.000`) and the table gets a
/// warning. Percent columns are left alone: their values are small by nature.
/// Proved on the Docling file's tables of pages 18 and 20 (investments: TA `-10`, `-300`, `-20`
/// where the PDF prints `-10.000`, `-300.000`, `-20.000`); text made by extractors that keep the
/// printed digits (pdftotext, PyMuPDF, pymupdf4llm of the same PDF) shows no lost zero and is
/// left as read.
enum DroppedZeroGroups {
    static let issueCode = "dropped-zero-groups"

    /// Flags the doubtful cells of every table of `document` and returns one issue per table flagged.
    /// `shown`: whether the text shows lost zeros, when known before `LostZerosRestored` read them.
    static func flag(_ document: inout Document, shown: Bool? = nil) -> [Issue] {
        guard shown ?? document.allTables.contains(where: { $0.rows.contains { $0.cells.contains { $0.map(showsLostZeros) ?? false } } })
        else { return [] }
        var issues: [Issue] = []
        document.updateTables { table in
            guard table.rows.contains(where: { $0.cells.contains { $0.map(isDotGrouped) ?? false } }) else { return }
            let flagged = table.rewriteAmountCells { _, _, _, cell in
                guard isShortWhole(cell), !cell.flags.contains(.ambiguousSplit) else { return nil }
                var cell = cell
                cell.flags.append(.ambiguousSplit)
                cell.flags.sort()
                return cell
            }
            if flagged > 0 {
                issues.append(Issue(severity: .warning, code: issueCode, page: table.page,
                                    message: "table \(table.id): \(flagged) short whole number(s) among dot-grouped amounts, in a text whose numbers elsewhere lost their trailing zeros (\"-691.96\" for -691.960): each may be a thousands number printed without its \".000\" and is flagged ambiguous-split"))
            }
        }
        return issues
    }

    /// A cell left unreadable whose text is a dot-grouped number with a last group of one or two
    /// digits ("-691.96", "1.67", "- 827.94"): a group's trailing zeros were dropped.
    static func showsLostZeros(_ cell: Cell) -> Bool {
        guard cell.value == nil, cell.flags.contains(.unreadable) else { return false }
        var body = Substring(cell.text.filter { $0 != " " && $0 != "\u{00A0}" })
        if let f = body.first, "-−–+".contains(f) { body = body.dropFirst() }
        let groups = body.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count >= 2, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let first = groups.first, first.count <= 3, let last = groups.last, last.count <= 2 else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
    }

    /// A number printed with dots between thousands groups ("-9.706", "1.305.950").
    static func isDotGrouped(_ cell: Cell) -> Bool {
        guard let value = cell.value, abs(value) >= 1000 else { return false }
        return cell.text.contains(".")
    }

    /// A whole number of one to three digits, not zero, with no unit ("-10", "-300", "245").
    static func isShortWhole(_ cell: Cell) -> Bool {
        guard let value = cell.value, value != 0, cell.unit == nil else { return false }
        let digits = cell.text.filter(\.isASCIIDigit)
        return digits.count <= 3 && cell.text.allSatisfy { $0.isASCIIDigit || "-−–+ ".contains($0) }
    }
}
