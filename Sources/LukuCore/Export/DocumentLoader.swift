import Foundation

/// Reads Luku JSON files for the exporters: files as given, folders searched recursively for
/// `*.json` in sorted order, so an export of a folder is the same on every run.
public enum DocumentLoader {
    public static func jsonFiles(_ paths: [String]) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(path)  // a missing file fails in `load` with its name
                continue
            }
            let found = (fm.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { ($0 as NSString).pathExtension.lowercased() == "json" }
                .sorted()
            out += found.map { (path as NSString).appendingPathComponent($0) }
        }
        return out
    }

    /// One document; errors name the file.
    public static func load(_ path: String) throws -> Document {
        let text: String
        do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
            throw LoadError(path: path, message: "cannot read: \(error.localizedDescription)")
        }
        do { return try DocumentJSON.decode(text) } catch {
            throw LoadError(path: path, message: "not a Luku JSON file (luku.document/1 to /4): \(error)")
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }
}
