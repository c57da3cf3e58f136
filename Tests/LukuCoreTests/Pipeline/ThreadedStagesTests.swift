import XCTest
@testable import LukuCore

/// The stages issue 8 moved onto the threads: the document rules side by side
/// (`IdentityChecker.check`), the geometric tables region by region
/// (`GeometricTableBuilder.tables`) and the JSON's long arrays (`JSONWriter.writeParallel`).
/// Each must give, on real documents, exactly what one thread gives.
final class ThreadedStagesTests: XCTestCase {
    /// The state budget (19 pages, two long tables), the konserni budget (27 pages, ruled
    /// tables; the document rules find same-item checks across its tables) and Koha-Suomi's
    /// statement (10 pages), read on one and on two threads: the same JSON.
    func testRealDocumentsAreTheSameOnOneAndTwoThreads() throws {
        let valtion = SharedFolder.realDirectory.appendingPathComponent("valtion-talousarvio-2024-asiakirjayhdistelma.pdf").path
        let koha = SharedFolder.realDirectory.appendingPathComponent("koha-suomi-oy-tilinpaatos-2024.pdf").path
        guard FileManager.default.fileExists(atPath: valtion) else { throw XCTSkip("../shared/real is not here") }
        for path in [valtion, Self.konserni, koha] {
            let one = Pipeline(pageThreads: 1).run(path: path)
            let two = Pipeline(pageThreads: 2).run(path: path)
            XCTAssertEqual(DocumentJSON.encode(two), DocumentJSON.encode(one), path)
            XCTAssertGreaterThan(one.allTables.count, 1, path)
        }
    }

    static let konserni = Fixtures.corpus("kemijarvi-konserni-elinvoima-ta2026.pdf")

    /// The document rules' checks, found side by side, are added in rule order: a checker on
    /// two threads gives each table the very checks, in the very order, of one on one thread
    /// (konserni: same-item checks among many tables' own).
    func testDocumentRulesOnThreadsKeepTheirOrder() throws {
        var unchecked = Pipeline(pageThreads: 2).run(path: Self.konserni)
        XCTAssertGreaterThan(unchecked.allTables.count, 10)
        unchecked.updateTables { $0.checks = [] }
        var one = unchecked, two = unchecked
        var checker = IdentityChecker()
        checker.threads = 1
        checker.check(&one)
        checker.threads = 2
        checker.check(&two)
        XCTAssertEqual(two.allTables.map { $0.checks.map(\.rule) }, one.allTables.map { $0.checks.map(\.rule) })
        XCTAssertEqual(DocumentJSON.encode(two), DocumentJSON.encode(one))
        XCTAssertGreaterThan(one.allTables.flatMap(\.checks).filter { $0.rule == SameItemRule.rule }.count, 10)
    }
}
