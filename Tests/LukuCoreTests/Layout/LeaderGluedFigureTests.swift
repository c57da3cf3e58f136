import XCTest
@testable import LukuCore

/// `LeaderGluedFigure`: a DTP tab leader fills the tab's space up to the figure, so label, dots and
/// the figure's first digit group print without a gap. Hold-out set 10 variant (`make_holdout10.py
/// --only 03 --seed 1000`, Scribus); expected values from the printed page (`pdftotext -layout`:
/// `Toimintakulut.....−156 349,3  −131 610,2`, `Rahoitustuotot ja ­kulut.....394,7  298,9`).
final class LeaderGluedFigureTests: XCTestCase {
    func testLeaderIsDroppedAndTheFigureStandsAlone() throws {
        let lines = try Fixtures.lines(Fixtures.holdOutSet10LeaderBesideProsePDF, page: 1)
        let row = try XCTUnwrap(lines.first { $0.words.contains { $0.text == "Toimintakulut" } })
        let words = row.words.map(\.text)
        let at = try XCTUnwrap(words.firstIndex(of: "Toimintakulut"))
        XCTAssertEqual(Array(words[at...]), ["Toimintakulut", "−156 349,3", "−131 610,2"])
        XCTAssertFalse(lines.contains { $0.words.contains { $0.text.contains("....") } })
    }

    func testTuloslaskelmaBesideProseReadWhole() throws {
        let tables = try Pipeline(pageThreads: 1).run(path: Fixtures.holdOutSet10LeaderBesideProsePDF).allTables
        let table = try XCTUnwrap(tables.first { $0.rows.contains { $0.label == "Toimintakulut" } })
        func values(_ label: String) throws -> [Decimal?] { try PrintedFigures.values(of: label, in: table) }
        XCTAssertEqual(try values("Toimintatuotot"), PrintedFigures.decimals(["19478.0", "25315.6"]))
        XCTAssertEqual(try values("Toimintakulut"), PrintedFigures.decimals(["-156349.3", "-131610.2"]))
        XCTAssertEqual(try values("Vuosikate"), PrintedFigures.decimals(["-6528.7", "17510.5"]))
        XCTAssertEqual(try values("Tilikauden ylijäämä (alijäämä)"), PrintedFigures.decimals(["-12871.8", "10607.0"]))
    }

    func testShortLeaderOnlyAfterALetter() {
        XCTAssertTrue(LeaderGluedFigure.isLeader(dots: 3, afterLetter: true))    // "yhteensä...2 674 524"
        XCTAssertFalse(LeaderGluedFigure.isLeader(dots: 1, afterLetter: true))   // "v.2021", an abbreviation
        XCTAssertTrue(LeaderGluedFigure.isLeader(dots: 4, afterLetter: false))
        XCTAssertFalse(LeaderGluedFigure.isLeader(dots: 2, afterLetter: false))   // "1..2", a date's dots
        XCTAssertTrue(LeaderGluedFigure.opensFigure("−", next: "7"))
        XCTAssertFalse(LeaderGluedFigure.opensFigure("−", next: "k"))
    }
}
