/// A line of words with no figures between rows of a header-less text table, naming the group of
/// the rows below it: "Varhaiskasvatus" / "Toimintakulut –21.550.000,00 …" / … / "Perusopetus" /
/// "Toimintakulut …" in the käyttötalous tables of synth vaahterajoki pp. 5 and 7 (`-raw` and
/// pypdf, whose column titles come after the rows), the same sub-heading lines the PDF and
/// `-layout` readers keep as a row's `group`. Without them the text reads as one short table per
/// group and each group's name as a paragraph. A line is such a label when it is short, starts in
/// uppercase, holds no digit and no sentence end, and the next line is a row of the table; a table
/// reads them only when at least `minGroups` do (one label line before rows is as likely a title).
/// A name wrapped onto a second line goes on in lowercase ("Kadut ja yleiset" / "alueet", synth
/// katajaselka p. 6 in `-raw`, whose first group "Teknisen toimen" / "hallinto" wraps the same way).
enum GroupLabelLines {
    static let maxWords = 5
    static let minGroups = 2
    /// Lines one group name may wrap over.
    static let maxLines = 2

    /// How many of the `following` lines (their words; empty for a line that cannot be in the
    /// table) are one group name: a label line and the lowercase lines that continue it; nil when
    /// the first is no label. The caller checks that a row comes next and that its label does not go
    /// on from these lines (a lowercase start: then they are the first line of that row's label).
    static func lineCount(_ following: [[String]]) -> Int? {
        guard let first = following.first, isLabel(first) else { return nil }
        var count = 1
        while count < following.count, continues(following[count], after: following[count - 1]) { count += 1 }
        // A name that breaks off ("Aineet, tarvikkeet ja") begins the label of the row below.
        return WordTraits.endsUnfinished(following[count - 1].joined(separator: " ")) ? nil : count
    }

    /// A figure-less short line going on with the name above: it starts in lowercase, or the line
    /// above ends unfinished ("ja", a hyphen).
    private static func continues(_ words: [String], after previous: [String]) -> Bool {
        guard !words.isEmpty, words.count <= maxWords else { return false }
        let text = words.joined(separator: " ")
        guard !text.contains(where: \.isNumber), let last = text.last, !".:;!?".contains(last) else { return false }
        return WordTraits.startsLowercase(text) || WordTraits.endsUnfinished(previous.joined(separator: " "))
    }

    /// True when `words` (a line with no figures) can name the group of the row that follows.
    static func isLabel(_ words: [String]) -> Bool {
        guard !words.isEmpty, words.count <= maxWords, let first = words.first?.unicodeScalars.first,
              first.properties.isUppercase else { return false }
        let text = words.joined(separator: " ")
        guard !text.contains(where: \.isNumber), let last = text.last, !".:;!?".contains(last) else { return false }
        return !isRepeated(words)
    }

    /// The same words twice ("Toiminta Toiminta", "Investoinnit Investoinnit"): the group lines of
    /// two tables printed side by side (tulot beside menot, kauhava-tilinpaatos-2024 p. 38), whose
    /// rows hold both halves' figures; such lines name no group of one table.
    static func isRepeated(_ words: [String]) -> Bool {
        words.count % 2 == 0 && words[..<(words.count / 2)].elementsEqual(words[(words.count / 2)...])
    }
}
