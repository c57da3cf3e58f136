/// Why a golden check or update could not run. Each case names the folder or file involved.
public enum GoldenError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `root` has no `corpus/` folder.
    case noCorpusFolder(root: String)
    /// NAME arguments that match no corpus input or golden file, with the names that exist.
    case unknownNames([String], available: [String])
    /// A folder or golden file could not be read.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .noCorpusFolder(let root):
            return "\(root) has no \(GoldenStore.corpusFolder)/ folder; run from the repository root or pass --root DIR"
        case .unknownNames(let names, let available):
            let list = available.isEmpty ? "(none: corpus/ is empty)" : available.joined(separator: ", ")
            return "no corpus input or golden file named \(names.joined(separator: ", ")); available: \(list)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        }
    }
}
