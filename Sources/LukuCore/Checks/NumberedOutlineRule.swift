import Foundation

/// The state budget's outline: every row carries a two-digit number ("11. VEROT JA
/// VERONLUONTEISET TULOT", "01. Tulon ja varallisuuden perusteella kannettavat verot", "01.
/// Ansio- ja pääomatuloverot") and every parent row is the sum of the rows numbered under it,
/// three levels deep (osasto or pääluokka, luku, momentti), with a grand total at the end
/// ("Tuloarvioiden kokonaismäärä" = the osastot). Valtion talousarvio 2024, PDF p1-p3 (tuloarviot)
/// and p3-p19 (määrärahat), and its published text.
///
/// The levels are told apart on the page only by bold type, which a text input does not have and
/// Luku does not read, and every row is at indentation 0; so the structure is found from the
/// arithmetic, constrained by the numbering: the children of a parent are consecutive subtrees
/// whose numbers rise strictly (an unnumbered row, a wrapped label that lost its number, may be a
/// leaf) and whose values add up exactly to the parent in every summing column. A parent is
/// reported only when exactly one such reading of its rows exists; an ambiguous or failing part
/// gives no check (a missing check, never a guessed mismatch). Because the structure is proved by
/// the sums, this rule cannot report a mismatch: a source error shows as unverified rows.
///
/// Cost: each (row, level) is parsed once (memoised); the readings of one sibling run are
/// capped (`frontierLimit`), and all terms are non-negative in the tables it applies to, so a run
/// stops as soon as its sum passes the parent's value.
struct NumberedOutlineRule: TableIdentity {
    static let rule = "outline parent = sum of the rows numbered under it"
    /// Levels of the outline: osasto/pääluokka, luku, momentti.
    static let depth = 3
    static let frontierLimit = 64

    func checks(in table: Table) -> [Check] {
        let columns = IdentitySupport.summingColumns(table)
        guard !columns.isEmpty, let numbers = Self.outlineNumbers(table) else { return [] }
        var parser = Parser(table: table, columns: columns, numbers: numbers)
        guard parser.valuesNonNegative else { return [] }
        var out: [Check] = []
        var run: [Int] = []          // top-level parents parsed one after another
        var i = 0
        while i < table.rows.count {
            // A top-level parent must prove itself: a non-zero value from two or more rows (a row
            // of 0 over another 0 is no structure). Nested parents are proved by their ancestors.
            if numbers[i] != nil, let reading = parser.uniqueParentReading(of: i, level: 0),
               let top = reading.parents.last, top.1.count >= 2, parser.vector(i)?.contains(where: { $0 != 0 }) == true {
                for (parent, children) in reading.parents {
                    out += Self.checks(parent: parent, children: children, columns: columns, table: table)
                }
                run.append(i)
                i = reading.end
                continue
            }
            // A grand total printed after its top-level parents, without a number of its own.
            if numbers[i] == nil, run.count >= 2, parser.vector(i) == parser.sum(run) {
                out += Self.checks(parent: i, children: run, columns: columns, table: table)
            }
            run = []
            i += 1
        }
        return IdentitySupport.ordered(out)
    }

    static func checks(parent: Int, children: [Int], columns: [Int], table: Table) -> [Check] {
        columns.compactMap { c in
            IdentitySupport.sumCheck(table, rule: rule, row: parent, column: c,
                                     operands: children.map { .init(row: $0, column: c) }, emptyIsZero: true)
        }
    }

    /// The printed outline number of every row ("05. Valtion …" → 5), nil for a row without one;
    /// nil for the table unless four in five of its rows with values are numbered so (at least 4).
    static func outlineNumbers(_ table: Table) -> [Int?]? {
        let numbers = table.rows.map { number(of: $0.label) }
        let valued = table.rows.indices.filter { IdentitySupport.hasValues(table.rows[$0]) }
        let numbered = valued.filter { numbers[$0] != nil }.count
        guard numbered >= 4, numbered * 5 >= valued.count * 4 else { return nil }
        return numbers
    }

    /// "NN. " at the start of a label: exactly two digits, a full stop and a space.
    static func number(of label: String) -> Int? {
        let s = Array(label.utf8.prefix(4))
        guard s.count == 4, s[2] == UInt8(ascii: "."), s[3] == UInt8(ascii: " "),
              (48...57).contains(s[0]), (48...57).contains(s[1]) else { return nil }
        return Int(s[0] - 48) * 10 + Int(s[1] - 48)
    }

    /// The search for readings, memoised per (row, level).
    struct Parser {
        struct Reading {
            var end: Int
            var parents: [(Int, [Int])]
        }

        let table: Table
        let columns: [Int]
        let numbers: [Int?]
        let values: [[Decimal]?]
        private var memo: [Int: [Reading]] = [:]

        init(table: Table, columns: [Int], numbers: [Int?]) {
            self.table = table
            self.columns = columns
            self.numbers = numbers
            values = table.rows.indices.map { r in
                guard IdentitySupport.hasValues(table.rows[r]) else { return nil }
                var v: [Decimal] = []
                for c in columns {
                    guard let cell = IdentitySupport.cell(table, r, c) else { v.append(0); continue }
                    guard let value = cell.value, cell.unit != "%" else { return nil }
                    v.append(value)
                }
                return v
            }
        }

        var valuesNonNegative: Bool {
            values.allSatisfy { $0?.allSatisfy { $0 >= 0 } ?? true }
        }

        func vector(_ row: Int) -> [Decimal]? { values[row] }

        func sum(_ rows: [Int]) -> [Decimal]? {
            var total = [Decimal](repeating: 0, count: columns.count)
            for r in rows {
                guard let v = values[r] else { return nil }
                for k in total.indices { total[k] += v[k] }
            }
            return total
        }

        /// The reading of `row` as a parent at `level`, when there is exactly one.
        mutating func uniqueParentReading(of row: Int, level: Int) -> Reading? {
            let parents = readings(of: row, level: level).filter { !$0.parents.isEmpty }
            // Ambiguous: two groupings of the same rows both add up; neither is reported.
            return parents.count == 1 ? parents[0] : nil
        }

        /// Every way `row` forms a subtree at `level`: as a parent of each run of sibling subtrees
        /// below it that adds up to it, or, when there is none, as a leaf.
        mutating func readings(of row: Int, level: Int) -> [Reading] {
            let key = row * (NumberedOutlineRule.depth + 1) + level
            if let known = memo[key] { return known }
            guard let target = values[row] else { memo[key] = []; return [] }
            var out: [Reading] = []
            if level + 1 < NumberedOutlineRule.depth, numbers[row] != nil {
                for run in runs(from: row + 1, target: target, level: level + 1) {
                    out.append(Reading(end: run.end, parents: run.parents + [(row, run.children)]))
                }
            }
            // A row whose following rows add up to it is their parent, not a leaf beside them:
            // read as a leaf, "19. Muut veronluonteiset tulot 115 553" would close osasto 11 too
            // (its sum holds either way) and leave its seven momentit orphaned (tuloarviot p1).
            if out.isEmpty { out = [Reading(end: row + 1, parents: [])] }
            memo[key] = out
            return out
        }

        /// Runs of one or more consecutive subtrees at `level` from `start`, numbers rising, whose
        /// values add up exactly to `target`.
        mutating func runs(from start: Int, target: [Decimal], level: Int) -> [(end: Int, children: [Int], parents: [(Int, [Int])])] {
            struct State { var position: Int; var sum: [Decimal]; var last: Int; var children: [Int]; var parents: [(Int, [Int])] }
            var frontier = [State(position: start, sum: [Decimal](repeating: 0, count: target.count), last: -1, children: [], parents: [])]
            var done: [(end: Int, children: [Int], parents: [(Int, [Int])])] = []
            while !frontier.isEmpty {
                var next: [State] = []
                for state in frontier where state.position < table.rows.count {
                    let row = state.position
                    guard let value = values[row] else { continue }
                    if let n = numbers[row], n <= state.last { continue }
                    var sum = state.sum
                    for k in sum.indices { sum[k] += value[k] }
                    if zip(sum, target).contains(where: { $0 > $1 }) { continue }
                    for reading in readings(of: row, level: level) {
                        let grown = State(position: reading.end, sum: sum, last: numbers[row] ?? state.last,
                                          children: state.children + [row], parents: state.parents + reading.parents)
                        if sum == target { done.append((grown.position, grown.children, grown.parents)) }
                        next.append(grown)
                    }
                }
                guard next.count <= NumberedOutlineRule.frontierLimit, done.count <= 2 else { return [] }
                frontier = next
            }
            return done
        }
    }
}
