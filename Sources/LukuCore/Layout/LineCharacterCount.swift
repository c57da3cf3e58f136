extension TextLine {
    /// `text.count` (Characters of the words joined with single spaces) without joining them,
    /// for the body-size vote that weighs every line of a document (`Segmenter.bodyFontSize`:
    /// 35 M instructions of Kauhava's single-threaded segmenting built each line's text, issue 8).
    ///
    /// Where every scalar of every word is below U+0300 (ASCII, Latin-1, Latin Extended: Finnish
    /// text) and no word holds a carriage return, each scalar is a Character of its own: nothing
    /// below U+0300 extends, prepends to or joins a neighbour in Unicode's grapheme rules except
    /// CR before LF, and the joining space is one too. The count is then the words' scalars
    /// plus the spaces. Anything else (a combining mark, which would join the space before it)
    /// is counted on the joined text as before.
    var characterCount: Int {
        var scalars = 0
        for word in words {
            guard let n = SimpleCharacterCount.of(word.text) else { return text.count }
            scalars += n
        }
        return scalars + max(words.count - 1, 0)
    }
}
