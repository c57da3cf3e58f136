import XCTest
@testable import LukuCore

/// The stages issue 8 moved onto the threads: the document rules side by side
/// (`IdentityChecker.check`), the geometric tables region by region
/// (`GeometricTableBuilder.tables`) and the JSON's long arrays (`JSONWriter.writeParallel`).
/// Each must give, on real documents, exactly what one thread gives.
final class ThreadedStagesTests: XCTestCase {
    /// The state budget (19 pages: same-item, table-sum and agreeing-column checks across its
    /// tables) and the konserni budget (27 pages, ruled tables), read on one and on two threads:
    /// the same JSON, and the document rules did find checks there.
    func testRealDocumentsAreTheSameOnOneAndTwoThreads() throws {
        let valtion = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
        guard FileManager.default.fileExists(atPath: valtion) else { throw XCTSkip("../shared/real is not here") }
        for path in [valtion, Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")] {
            let one = Pipeline(pageThreads: 1).run(path: path)
            let two = Pipeline(pageThreads: 2).run(path: path)
            XCTAssertEqual(DocumentJSON.encode(two), DocumentJSON.encode(one), path)
            XCTAssertGreaterThan(one.allTables.count, 10, path)
        }
        let document = Pipeline(pageThreads: 2).run(path: valtion)
        let rules = Set(document.allTables.flatMap { $0.checks.map(\.rule) })
        XCTAssertTrue(rules.contains(SameItemRule.rule), "\(rules)")
    }

    /// The document rules' checks, found side by side, are added in rule order: a checker on
    /// two threads gives each table the very checks, in the very order, of one on one thread.
    func testDocumentRulesOnThreadsKeepTheirOrder() throws {
        let valtion = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
        guard FileManager.default.fileExists(atPath: valtion) else { throw XCTSkip("../shared/real is not here") }
        var unchecked = Pipeline(pageThreads: 2).run(path: valtion)
        unchecked.updateTables { $0.checks = [] }
        var one = unchecked, two = unchecked
        var checker = IdentityChecker()
        checker.threads = 1
        checker.check(&one)
        checker.threads = 2
        checker.check(&two)
        XCTAssertEqual(two.allTables.map { $0.checks.map(\.rule) }, one.allTables.map { $0.checks.map(\.rule) })
        XCTAssertEqual(DocumentJSON.encode(two), DocumentJSON.encode(one))
        XCTAssertGreaterThan(one.allTables.reduce(0) { $0 + $1.checks.count }, 100)
    }
}
