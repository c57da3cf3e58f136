import Foundation
import XCTest
@testable import LukuCore

/// Scores the section headings against the `headings` lists of the truth files in
/// `../shared/truth`: how many truth headings Luku found (same text, compared like the reference
/// scorer compares labels: NFKC, lowercase, letters and digits only) and how many of those got
/// the truth's level. Truth heading lists can be partial (Kauhava's names the headings around
/// its tables), so headings Luku finds beyond them are printed but not counted against it.
final class HeadingTruthTests: XCTestCase {
    /// Per input file: the fewest truth headings that must be found, and found at their level.
    /// Only ever raised; measured when heading wraps and numbered lists were first handled.
    static let floors: [String: (found: Int, atLevel: Int)] = [
        "kemijarvi-hallinto-tukipalvelut-2022-06.pdf": (11, 11),
        "kemijarvi-hallinto-tukipalvelut-2022-06.txt": (11, 11),
        "kemijarvi-hallintopalvelut-tp2024.pdf": (9, 9),
        "kemijarvi-hallintopalvelut-tp2024.txt": (9, 9),
        "kemijarvi-konserni-elinvoima-ta2026.pdf": (51, 51),
        "kemijarvi-konserni-elinvoima-ta2026.txt": (51, 51),
        "kauhava-tilinpaatos-2024.pdf": (31, 31),
    ]

    func testCorpusHeadingsMeetTheirFloors() throws {
        try SharedFolder.requireTruth()
        let corpus = SharedFolder.packageRoot.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
            .filter { FileManager.default.fileExists(atPath: SharedFolder.truthFile(for: $0).path) }
        guard !names.isEmpty else { throw XCTSkip("no corpus document has a truth file") }
        for name in names { try check(corpus.appendingPathComponent(name), truth: SharedFolder.truthFile(for: name)) }
    }

    func testRealDocumentHeadingsMeetTheirFloor() throws {
        try SharedFolder.requireTruth()
        let pdf = SharedFolder.realDirectory.appendingPathComponent(TruthTests.realDocument)
        guard FileManager.default.fileExists(atPath: pdf.path) else {
            throw XCTSkip("\(pdf.path) not found: the real-document heading score needs it in ../shared")
        }
        try check(pdf, truth: SharedFolder.truthFile(for: TruthTests.realDocument))
    }

    struct TruthHeading { var page: Int, level: Int, text: String }

    private func check(_ file: URL, truth: URL) throws {
        let name = file.lastPathComponent
        let expected = try Self.truthHeadings(truth)
        guard !expected.isEmpty else { return }
        let document = Pipeline().run(path: file.path)
        var ours: [String: [Heading]] = [:]
        for section in document.allSections {
            let h = section.heading
            ours[Self.normalised((h.number.map { $0 + " " } ?? "") + h.text), default: []].append(h)
        }
        // Text input has one page; the pages of a PDF must agree within one.
        let isPDF = file.pathExtension.lowercased() == "pdf"
        var found = 0, atLevel = 0, missed: [String] = []
        for t in expected {
            let candidates = (ours[Self.normalised(t.text)] ?? []).filter { !isPDF || abs($0.page - t.page) <= 1 }
            guard !candidates.isEmpty else { missed.append("p\(t.page) \(t.text)"); continue }
            found += 1
            if candidates.contains(where: { $0.level == t.level }) { atLevel += 1 }
        }
        print("headings \(name): truth \(expected.count), found \(found), at their level \(atLevel), "
              + "Luku's headings \(document.allSections.count)")
        for m in missed { print("  missed: \(m)") }
        guard let floor = Self.floors[name] else {
            return XCTFail("\(name) has no entry in HeadingTruthTests.floors: add the measured figures")
        }
        XCTAssertGreaterThanOrEqual(found, floor.found, "\(name): truth headings found fell below the floor")
        XCTAssertGreaterThanOrEqual(atLevel, floor.atLevel, "\(name): headings at their level fell below the floor")
    }

    static func truthHeadings(_ url: URL) throws -> [TruthHeading] {
        let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let list = root?["headings"] as? [[String: Any]] ?? []
        return list.compactMap { h in
            guard let text = h["text"] as? String, let level = (h["level"] as? NSNumber)?.intValue else { return nil }
            return TruthHeading(page: (h["page"] as? NSNumber)?.intValue ?? 1, level: level, text: text)
        }
    }

    /// NFKC, lowercase, letters and digits only: the reference scorer's label normalisation.
    static func normalised(_ s: String) -> String {
        String(String.UnicodeScalarView(s.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
            .filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }
}
