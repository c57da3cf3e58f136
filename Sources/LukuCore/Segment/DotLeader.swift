/// Dot leaders from a label to its first value: spaced dots (one word each, `. . . .`) or one run
/// (`.........`), as Word tab stops and report engines print them. In `pdftotext -layout` text the
/// first value stands one space after the last dot (hold-out 01, spaced dots: `Toimintatuotot . . .
/// 2 732 546,90`; hold-out 12, one run: `Vuosikate ....... 1 023 602,41`), closer than the gap
/// that sets a lone number apart from the words of its label; the leader sets it apart instead.
/// A table of contents (`1.1 Olennaiset tapahtumat ..... 5`, Kauhava p. 2) has no more cells after
/// the number and is left alone by `TableLineRole.cells`.
enum DotLeader {
    /// The word before `index` ends a dot leader: a run of three or more dots, or a dot word after
    /// another dot word.
    static func ends(_ words: [Word], before index: Int) -> Bool {
        guard index > 0, isDots(words[index - 1].text) else { return false }
        return words[index - 1].text.count >= 3 || index > 1 && isDots(words[index - 2].text)
    }

    static func isDots(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0 == "." || $0 == "…" }
    }
}
