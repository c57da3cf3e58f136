import Foundation
import XCTest
@testable import LukuCore

/// The golden-file tests: every corpus input's output equals `golden/<input file name>.json` byte
/// for byte, the output is deterministic, and `GoldenStore` itself behaves on a fake corpus.
/// CI never records: a missing or changed golden file fails with the command that regenerates it.
final class GoldenTests: XCTestCase {
    private static let root = SharedFolder.packageRoot.path

    private static func hint(_ name: String) -> String {
        "run `make golden` (or `luku golden update \(name)`) and review the diff"
    }

    func testCorpusOutputEqualsGoldenFiles() throws {
        let comparisons = try GoldenStore(root: Self.root).check()
        XCTAssertFalse(comparisons.isEmpty, "corpus/ holds no *.pdf, *.txt or *.md input")
        for c in comparisons {
            let golden = GoldenStore.goldenName(c.name)
            switch c.state {
            case .same:
                continue
            case .changed(let diff):
                XCTFail("\(golden) differs from the pipeline's output for corpus/\(c.name):\n\(diff)\(Self.hint(c.name))")
            case .missingGolden:
                XCTFail("\(golden) is missing for corpus/\(c.name)\n\(Self.hint(c.name))")
            case .orphanGolden:
                XCTFail("\(golden) has no corpus/\(c.name): delete it, or restore the input")
            }
        }
    }

    func testOutputIsDeterministic() throws {
        let corpus = GoldenStore(root: Self.root).corpusPath
        let names = try GoldenStore(root: Self.root).inputs()
        XCTAssertFalse(names.isEmpty, "corpus/ holds no input")
        let inputs = names.map {
            InputFinder.Input(path: (corpus as NSString).appendingPathComponent($0), outputName: $0 + ".json")
        }
        let pipeline = Pipeline()
        let first = inputs.map { DocumentJSON.encode(pipeline.run(path: $0.path)) }
        let runs: [(String, [String])] = [
            ("second run", inputs.map { DocumentJSON.encode(pipeline.run(path: $0.path)) }),
            ("Ingest, 1 thread", Ingest(threads: 1).run(inputs).map(\.json)),
            ("Ingest, 2 threads", Ingest(threads: 2).run(inputs).map(\.json)),
        ]
        for (what, outputs) in runs {
            XCTAssertEqual(outputs.count, first.count, "\(what) returned \(outputs.count) results for \(first.count) inputs")
            for (i, (a, b)) in zip(first, outputs).enumerated() where !a.utf8.elementsEqual(b.utf8) {
                XCTFail("\(names[i]): \(what) differs from the first run:\n"
                        + LineDiff.unified(old: a, new: b, oldName: "first run", newName: what))
            }
        }
    }

}

/// `GoldenStore` on a fake corpus of one text file in a temporary folder.
final class GoldenStoreTests: XCTestCase {
    private var tempRoot: URL!

    override func setUpWithError() throws {
        tempRoot = FileManager.default.temporaryDirectory.appendingPathComponent("luku-golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tempRoot.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try Self.fakeInput.write(to: tempRoot.appendingPathComponent("corpus/a.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        if let tempRoot { try FileManager.default.removeItem(at: tempRoot) }
    }

    private static let fakeInput = """
        HALLINTOPALVELUT TOIMIALA

        1. Toiminta-ajatus

        Hallintopalvelut toimialan tehtävänä on johtaa ja valvoa kaupungin hallintoa.

        """

    private var store: GoldenStore { GoldenStore(root: tempRoot.path, threads: 2) }
    private var goldenURL: URL { tempRoot.appendingPathComponent("golden/a.txt.json") }

    func testMissingGoldenIsReportedThenUpdateCreatesIt() throws {
        XCTAssertEqual(try store.check(), [GoldenComparison(name: "a.txt", state: .missingGolden)])
        XCTAssertEqual(try store.update(), [GoldenUpdate(name: "a.txt", action: .created)])
        XCTAssertTrue(FileManager.default.fileExists(atPath: goldenURL.path))
        XCTAssertEqual(try store.check(), [GoldenComparison(name: "a.txt", state: .same)])
        XCTAssertEqual(try store.update(), [GoldenUpdate(name: "a.txt", action: .unchanged)])
    }

    func testEditedGoldenShowsDiffAndUpdateRestoresIt() throws {
        _ = try store.update()
        let written = try String(contentsOf: goldenURL, encoding: .utf8)
        let edited = written.replacingOccurrences(of: "HALLINTOPALVELUT TOIMIALA", with: "EDITED BY HAND")
        XCTAssertNotEqual(edited, written, "the fake document's title is not in its JSON")
        try edited.write(to: goldenURL, atomically: true, encoding: .utf8)

        let comparisons = try store.check(["a.txt"])
        XCTAssertEqual(comparisons.count, 1)
        guard case .changed(let diff) = comparisons.first?.state else {
            return XCTFail("expected a changed golden file, got \(comparisons)")
        }
        XCTAssertTrue(diff.hasPrefix("--- golden/a.txt.json\n+++ actual\n@@ "), diff)
        XCTAssertTrue(diff.contains("\n-  \"title\": \"EDITED BY HAND\",\n+  \"title\": \"HALLINTOPALVELUT TOIMIALA\",\n"), diff)

        XCTAssertEqual(try store.update(["a"]), [GoldenUpdate(name: "a.txt", action: .updated)])
        XCTAssertEqual(try String(contentsOf: goldenURL, encoding: .utf8), written)
    }

    func testOrphanGoldenIsReportedAndKept() throws {
        _ = try store.update()
        let orphan = tempRoot.appendingPathComponent("golden/gone.pdf.json")
        try "{}\n".write(to: orphan, atomically: true, encoding: .utf8)
        XCTAssertEqual(try store.check(), [GoldenComparison(name: "a.txt", state: .same),
                                           GoldenComparison(name: "gone.pdf", state: .orphanGolden)])
        XCTAssertEqual(try store.check(["gone"]), [GoldenComparison(name: "gone.pdf", state: .orphanGolden)])
        XCTAssertEqual(try store.update(), [GoldenUpdate(name: "a.txt", action: .unchanged),
                                            GoldenUpdate(name: "gone.pdf", action: .orphan)])
        XCTAssertTrue(FileManager.default.fileExists(atPath: orphan.path), "update must not delete an orphan")
    }

    func testNamesSelectByFileNameGoldenNameOrStem() throws {
        try "other".write(to: tempRoot.appendingPathComponent("corpus/a.md"), atomically: true, encoding: .utf8)
        try "ignored".write(to: tempRoot.appendingPathComponent("corpus/notes.csv"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try store.inputs(), ["a.md", "a.txt"])
        XCTAssertEqual(try store.select(["a.txt"]).inputs, ["a.txt"])
        XCTAssertEqual(try store.select(["a.txt.json"]).inputs, ["a.txt"])
        XCTAssertEqual(try store.select(["corpus/a.txt"]).inputs, ["a.txt"])
        XCTAssertEqual(try store.select(["a"]).inputs, ["a.md", "a.txt"])
        XCTAssertEqual(try store.select(["a.txt", "a"]).inputs, ["a.md", "a.txt"])
        XCTAssertEqual(try store.select([]).inputs, ["a.md", "a.txt"])
    }

    func testUnknownNameErrorListsAvailableNames() throws {
        XCTAssertThrowsError(try store.check(["b.pdf"])) { error in
            XCTAssertEqual(error as? GoldenError, .unknownNames(["b.pdf"], available: ["a.txt"]))
            XCTAssertTrue("\(error)".contains("b.pdf") && "\(error)".contains("available: a.txt"), "\(error)")
        }
        XCTAssertThrowsError(try store.update(["a.txt", "zzz"])) { error in
            XCTAssertEqual(error as? GoldenError, .unknownNames(["zzz"], available: ["a.txt"]))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: goldenURL.path), "a failed update must write nothing")
    }

    func testDiffColoringMarksOnlyChangedLines() {
        let diff = "--- golden/a.txt.json\n+++ actual\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
        XCTAssertEqual(DiffColoring.ansi(diff),
                       "--- golden/a.txt.json\n+++ actual\n@@ -1,2 +1,2 @@\n a\n\u{1B}[31m-b\u{1B}[0m\n\u{1B}[32m+c\u{1B}[0m\n")
    }

    func testRootWithoutCorpusIsAnError() throws {
        let empty = tempRoot.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try GoldenStore(root: empty).check()) { error in
            XCTAssertEqual(error as? GoldenError, .noCorpusFolder(root: empty))
            XCTAssertTrue("\(error)".contains("has no corpus/ folder"), "\(error)")
        }
    }
}
