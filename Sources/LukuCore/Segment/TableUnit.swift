/// The scale or unit printed near a table ("1 000 €", "t€", "€"). Values are never rescaled by it.
enum TableUnit {
    private static let pattern = try! Pattern(#"(?:^|[\s(])((?:1\s?000|1000)\s?(?:€|euroa|eur)|t€|milj\.\s?€|€)(?:[\s)]|$)"#, caseless: true)

    static func find(in text: String?) -> String? {
        guard let text, let m = pattern.firstMatch(in: text) else { return nil }
        return m[1]
    }
}
