import Foundation

/// Writes the CSV exports to files (or standard output for the tidy one).
public enum CSVExport {
    /// The tidy CSV of `documents` to `path`, or to standard output when `path` is `-`.
    public static func writeTidy(_ documents: [Document], to path: String) throws {
        let text = TidyCSV.csv(documents)
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
        } else {
            let parent = (path as NSString).deletingLastPathComponent
            if !parent.isEmpty { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// One wide CSV per table into `directory`; returns how many were written. Two documents
    /// with the same file name would write the same names: that is refused, naming both.
    @discardableResult
    public static func writeWide(_ documents: [Document], to directory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var seen: [String: String] = [:]
        for d in documents {
            if let other = seen[d.source.file], other != d.source.sha256 {
                throw ExportError("two different documents are both named \(d.source.file); their table files would overwrite each other: export them into separate folders")
            }
            seen[d.source.file] = d.source.sha256
        }
        var count = 0
        for d in documents {
            for table in d.allTables {
                let target = (directory as NSString).appendingPathComponent(WideCSV.fileName(table, in: d.source))
                try Data(WideCSV.csv(table).utf8).write(to: URL(fileURLWithPath: target))
                count += 1
            }
        }
        return count
    }

    public struct ExportError: Error, CustomStringConvertible {
        public var description: String
        public init(_ description: String) { self.description = description }
    }
}
