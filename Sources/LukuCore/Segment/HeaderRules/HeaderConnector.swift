/// A "+" alone in a header, joining the words above and below it in one column ("TA" / "+" /
/// "muutokset" stacked over a narrow column, centred: synth louhivirta pp. 9–10; "TA + MUUTOS",
/// DOMAIN.md). Narrower than the numbers under it, it starts and ends left of them, where a word
/// that is no header word is the caption's; it stays in the header of the column it stands over.
enum HeaderConnector {
    static func isConnector(_ text: String) -> Bool {
        text == "+"
    }
}
