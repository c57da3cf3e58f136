import Foundation

/// Expands the paths given on the command line into input files: files as given, folders
/// recursively (*.pdf, *.txt, *.md), in a stable sorted order so runs are reproducible.
public enum InputFinder {
    public struct Input: Equatable, Sendable {
        public var path: String
        /// Where its JSON goes, relative to the output folder: `<relative path>.json`.
        public var outputName: String
    }

    public static func find(_ paths: [String]) -> [Input] {
        var inputs: [Input] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                // Files, and paths that do not exist: the pipeline reports the latter as an error.
                inputs.append(Input(path: path, outputName: (path as NSString).lastPathComponent + ".json"))
                continue
            }
            let found = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { Pipeline.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .filter { relative in
                    var isFolder: ObjCBool = false
                    fm.fileExists(atPath: (path as NSString).appendingPathComponent(relative), isDirectory: &isFolder)
                    return !isFolder.boolValue
                }
                .sorted()
            for relative in found {
                inputs.append(Input(path: (path as NSString).appendingPathComponent(relative), outputName: relative + ".json"))
            }
        }
        return inputs
    }
}
