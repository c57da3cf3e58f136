import XCTest
@testable import LukuCore

/// ParallelMap gives what a serial map gives, in order, for any thread count.
final class ParallelMapTests: XCTestCase {
    func testResultsAreInIndexOrderForAnyThreadCount() {
        let serial = (0..<1_000).map { $0 * $0 }
        for threads in [1, 2, 3, 8] {
            XCTAssertEqual(ParallelMap.map(count: 1_000, threads: threads) { $0 * $0 }, serial, "threads \(threads)")
        }
        XCTAssertEqual(ParallelMap.map(count: 0, threads: 2) { $0 }, [])
    }

    func testPiecesJoinInOrder() {
        let items = Array(0..<5_003)
        for threads in [1, 2, 4] {
            XCTAssertEqual(ParallelMap.map(items, threads: threads, minPiece: 100) { $0 + 1 }, items.map { $0 + 1 })
        }
        XCTAssertEqual(ParallelMap.map([Int](), threads: 2) { $0 }, [])
    }
}
