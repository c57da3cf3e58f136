/// A header printed over several value columns: a year over the item amount and the group
/// subtotal of a statement ("31.12.2022" over two columns), or a group title over all of them
/// ("Ulkoinen", "Kaupunki"). `first`…`last` are column indexes, inclusive. A year's span also
/// repeats in each column's own `header`; a group title names no column.
public struct HeaderSpan: Equatable, Sendable {
    public var header: String
    public var first: Int
    public var last: Int

    public init(header: String, first: Int, last: Int) {
        self.header = header
        self.first = first
        self.last = last
    }
}
