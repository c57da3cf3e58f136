import Foundation

/// The golden-file layout under a repository root: each input `corpus/<file name>` has its
/// expected output in `golden/<file name>.json` (`corpus/x.pdf` → `golden/x.pdf.json`).
///
/// `check` runs the pipeline on the inputs and compares the canonical JSON with the golden files
/// byte for byte; `update` writes them. Inputs run in parallel through `Ingest`, and every result
/// list is sorted by name, so neither depends on the thread count.
public struct GoldenStore: Sendable {
    public static let corpusFolder = "corpus"
    public static let goldenFolder = "golden"
    public static let goldenSuffix = ".json"

    /// The repository root holding `corpus/` and `golden/`.
    public var root: String
    public var threads: Int

    public init(root: String, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.root = root
        self.threads = max(1, threads)
    }

    public var corpusPath: String { (root as NSString).appendingPathComponent(Self.corpusFolder) }
    public var goldenPath: String { (root as NSString).appendingPathComponent(Self.goldenFolder) }

    /// `golden/<name>.json`, relative to the root: how messages and diffs name a golden file.
    public static func goldenName(_ name: String) -> String { "\(goldenFolder)/\(name)\(goldenSuffix)" }

    /// The input file names directly in `corpus/` (*.pdf, *.txt, *.md), sorted.
    public func inputs() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpusPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw GoldenError.noCorpusFolder(root: root)
        }
        return try files(in: corpusPath).filter {
            Pipeline.supportedExtensions.contains(($0 as NSString).pathExtension.lowercased())
        }
    }

    /// Input names of golden files whose input is not in `corpus/` (`golden/y.pdf.json` without
    /// `corpus/y.pdf`), sorted.
    public func orphans() throws -> [String] {
        let known = Set(try inputs())
        guard FileManager.default.fileExists(atPath: goldenPath) else { return [] }
        return try files(in: goldenPath)
            .filter { $0.hasSuffix(Self.goldenSuffix) }
            .map { String($0.dropLast(Self.goldenSuffix.count)) }
            .filter { !known.contains($0) }
    }

    /// The inputs and orphan golden files that `names` select, sorted by name; all of them when
    /// `names` is empty. See `GoldenSelection.resolve` for what a NAME may be.
    public func select(_ names: [String]) throws -> GoldenSelection {
        try GoldenSelection.resolve(names, inputs: inputs(), orphans: orphans())
    }

    /// Compares the pipeline's output for the selected inputs with their golden files.
    public func check(_ names: [String] = []) throws -> [GoldenComparison] {
        let selection = try select(names)
        var comparisons = try run(selection.inputs).map { name, json in
            GoldenComparison(name: name, state: try compare(name: name, actual: json))
        }
        comparisons += selection.orphans.map { GoldenComparison(name: $0, state: .orphanGolden) }
        return comparisons.sorted { $0.name < $1.name }
    }

    /// Writes the golden files of the selected inputs, touching only those whose bytes change.
    /// Orphan golden files are reported, never deleted: removing one is a decision to review.
    public func update(_ names: [String] = []) throws -> [GoldenUpdate] {
        let selection = try select(names)
        let results = run(selection.inputs)
        if !results.isEmpty {
            try FileManager.default.createDirectory(atPath: goldenPath, withIntermediateDirectories: true)
        }
        var updates = try results.map { name, json -> GoldenUpdate in
            let new = Data(json.utf8)
            let old = try readGolden(name)
            if old == new { return GoldenUpdate(name: name, action: .unchanged) }
            try new.write(to: URL(fileURLWithPath: path(ofGolden: name)), options: .atomic)
            return GoldenUpdate(name: name, action: old == nil ? .created : .updated)
        }
        updates += selection.orphans.map { GoldenUpdate(name: $0, action: .orphan) }
        return updates.sorted { $0.name < $1.name }
    }

    // MARK: - Helpers

    /// Runs the pipeline on corpus inputs in parallel; (name, canonical JSON) in input order.
    private func run(_ names: [String]) -> [(String, String)] {
        let inputs = names.map {
            InputFinder.Input(path: (corpusPath as NSString).appendingPathComponent($0), outputName: $0 + Self.goldenSuffix)
        }
        return zip(names, Ingest(threads: threads).run(inputs)).map { name, result in
            precondition(result.input.path.hasSuffix("/" + name), "Ingest returned results out of input order")
            return (name, result.json)
        }
    }

    private func compare(name: String, actual: String) throws -> GoldenComparison.State {
        guard let golden = try readGolden(name) else { return .missingGolden }
        if golden == Data(actual.utf8) { return .same }
        var diff = LineDiff.unified(old: String(decoding: golden, as: UTF8.self), new: actual,
                                    oldName: Self.goldenName(name), newName: "actual")
        if diff.isEmpty {
            // Only possible when the golden file holds bytes that are not UTF-8.
            diff = "\(Self.goldenName(name)) is not valid UTF-8; the actual output differs from it byte for byte\n"
        }
        return .changed(diff: diff)
    }

    private func path(ofGolden name: String) -> String {
        (goldenPath as NSString).appendingPathComponent(name + Self.goldenSuffix)
    }

    /// The golden file's bytes, or nil when there is none.
    private func readGolden(_ name: String) throws -> Data? {
        let path = path(ofGolden: name)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw GoldenError.unreadable(path: Self.goldenName(name), reason: error.localizedDescription)
        }
    }

    /// Names of the regular, non-hidden files directly in `folder`, sorted.
    private func files(in folder: String) throws -> [String] {
        let fm = FileManager.default
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: folder) } catch {
            throw GoldenError.unreadable(path: folder, reason: error.localizedDescription)
        }
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && fm.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
                && !isDirectory.boolValue
        }.sorted()
    }
}
