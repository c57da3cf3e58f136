/// A table printed in euros with cents does not go on in whole numbers on the next page, nor the
/// other way round: the same statement is printed in both precisions (DOMAIN: "often both in
/// euros with cents and in 1 000 €"), and a small table in the other precision that repeats the
/// header is another table. Kauhava TP 2024 p116 → p117: the tuloslaskelmaosa in cents
/// ("-57 000,00") ends its page and the verotulot table in 1 000 € ("31 902") under the same
/// five headers starts the next; without this rule its rows joined the statement (Verotulot twice).
///
/// Conservative: only parts whose every amount prints the same number of decimals, at least
/// `minimumCells` of them, are told apart; a part mixing precisions (percentages, zeros printed
/// "0") says nothing.
enum PrintedPrecision {
    static let minimumCells = 3

    /// Whether `next`, headed again, is another table: it prints its amounts in another precision
    /// and starts with an item the first part has already printed (the same statement again, in
    /// 1 000 €: p117 "Verotulot" after p116's "Verotulot 33 595 351,41"). A tail of new items in
    /// another precision is the statement's own (synth-1000-02 p1 → p2 and synth-1000-07 p7 → p8:
    /// the cents tuloslaskelma goes on with "Vuosikate, €/asukas 89" and "Asukasmäärä 35 776"
    /// under its repeated header).
    static func separates(_ first: TableDraft, _ next: TableDraft) -> Bool {
        guard next.hasHeader, let head = next.rows.first.map({ IdentitySupport.key($0.label) }), !head.isEmpty,
              first.rows.contains(where: { IdentitySupport.key($0.label) == head }) else { return false }
        return differs(first.rows, next.rows)
    }

    /// Whether the two parts print their amounts in different precisions.
    static func differs(_ first: [Row], _ next: [Row]) -> Bool {
        guard let a = uniformDecimals(first), let b = uniformDecimals(next) else { return false }
        return a != b
    }

    /// The decimals every number of the rows prints (percentages aside), or nil when they differ
    /// or there are fewer than `minimumCells`.
    static func uniformDecimals(_ rows: [Row]) -> Int? {
        var found: Int?
        var count = 0
        for row in rows {
            for case let cell? in row.cells where cell.value != nil && cell.unit != "%" {
                guard let d = RoundingTolerance.decimals(cell) else { continue }
                if let f = found, f != d { return nil }
                found = d
                count += 1
            }
        }
        return count >= minimumCells ? found : nil
    }
}
