/// Which corpus inputs and orphan golden files a list of NAME arguments selects.
public struct GoldenSelection: Equatable, Sendable {
    /// Input file names in `corpus/`, sorted.
    public var inputs: [String]
    /// Names of golden files without a corpus input, sorted.
    public var orphans: [String]

    /// Resolves NAME arguments against the available names; none selects everything.
    ///
    /// A NAME is, in this order of preference: an input file name (`x.pdf`); a golden file name
    /// (`x.pdf.json`); or a bare stem (`x`), which selects every input with that stem (`x.pdf`
    /// and `x.txt`). A leading folder is ignored, so `corpus/x.pdf` and `golden/x.pdf.json`
    /// work too. A NAME that matches nothing throws `GoldenError.unknownNames`.
    public static func resolve(_ names: [String], inputs: [String], orphans: [String]) throws -> GoldenSelection {
        if names.isEmpty { return GoldenSelection(inputs: inputs, orphans: orphans) }
        let available = (inputs + orphans).sorted()
        var selected = Set<String>()
        var unknown: [String] = []
        for raw in names {
            let name = raw.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? raw
            let matches = match(name, in: available)
            if matches.isEmpty { unknown.append(raw) } else { selected.formUnion(matches) }
        }
        if !unknown.isEmpty { throw GoldenError.unknownNames(unknown, available: available) }
        return GoldenSelection(inputs: inputs.filter(selected.contains), orphans: orphans.filter(selected.contains))
    }

    private static func match(_ name: String, in available: [String]) -> [String] {
        if available.contains(name) { return [name] }
        if name.hasSuffix(GoldenStore.goldenSuffix) {
            let input = String(name.dropLast(GoldenStore.goldenSuffix.count))
            if available.contains(input) { return [input] }
        }
        return available.filter { stem($0) == name }
    }

    /// `x` for `x.pdf`; the name itself when it has no extension.
    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
