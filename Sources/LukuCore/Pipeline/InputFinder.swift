import Foundation

/// Expands the paths given on the command line into input files: files as given, folders
/// recursively (*.pdf, *.txt, *.md), in a stable sorted order so runs are reproducible.
///
/// Output names: a file argument gives `<file name>.json`; a file found in a folder argument
/// gives its path relative to that folder (`a/b/x.pdf` under `a` → `b/x.pdf.json`), mirroring the
/// folder's tree, so two `x.pdf` in different subfolders never meet. When two different inputs
/// would still write the same output (`a/x.pdf b/x.pdf`, or two folder arguments holding the same
/// relative path) the run is refused before any work, naming both: overwriting one with the
/// other would lose a document without a word.
public enum InputFinder {
    public struct Input: Equatable, Sendable {
        public var path: String
        /// Where its JSON goes, relative to the output folder: `<relative path>.json`.
        public var outputName: String

        public init(path: String, outputName: String) {
            self.path = path
            self.outputName = outputName
        }
    }

    public enum FindError: Error, Equatable, CustomStringConvertible {
        case sameOutput(first: String, second: String, output: String)

        public var description: String {
            switch self {
            case .sameOutput(let a, let b, let output):
                return "\(a) and \(b) would both be written to \(output); Luku never overwrites one input's "
                    + "output with another's: give their folder instead (outputs then mirror the paths under it) "
                    + "or ingest them into separate output folders (-o)"
            }
        }
    }

    public static func find(_ paths: [String]) throws -> [Input] {
        var inputs: [Input] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            // fileExists follows symbolic links, so a link to a folder is a folder here.
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Files, and paths that do not exist: the pipeline reports the latter as an error.
                inputs.append(Input(path: path, outputName: (path as NSString).lastPathComponent + ".json"))
                continue
            }
            // The enumerator does not descend into a symbolic link it is given, so a linked folder
            // looked empty: enumerate what the link points to, keep the path as given for inputs.
            let root = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
            let found = (fm.enumerator(atPath: root)?.allObjects as? [String] ?? [])
                .filter { Pipeline.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .filter { relative in
                    var isFolder: ObjCBool = false
                    _ = fm.fileExists(atPath: (root as NSString).appendingPathComponent(relative), isDirectory: &isFolder)
                    return !isFolder.boolValue
                }
                .sorted()
            for relative in found {
                inputs.append(Input(path: (path as NSString).appendingPathComponent(relative), outputName: relative + ".json"))
            }
        }
        return try distinct(inputs)
    }

    /// Drops repeats of one file (given twice, or by a link and by its own path) and refuses two
    /// different files with one output name.
    static func distinct(_ inputs: [Input]) throws -> [Input] {
        var byOutput: [String: Input] = [:]
        var kept: [Input] = []
        for input in inputs {
            guard let earlier = byOutput[input.outputName] else {
                byOutput[input.outputName] = input
                kept.append(input)
                continue
            }
            if canonical(earlier.path) == canonical(input.path) { continue }
            throw FindError.sameOutput(first: earlier.path, second: input.path, output: input.outputName)
        }
        return kept
    }

    private static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
    }
}
