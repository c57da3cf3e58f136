import Foundation
import XCTest
@testable import LukuCore

/// `NumberedRowLabel`: a numbered line over two figures alone on their lines is a row label.
/// Lines copied from PyMuPDF's `get_text()` of synth pihlajaniemi p. 3 (HTML-made balance sheet).
final class NumberedRowLabelTests: XCTestCase {
    private func segment(_ text: String) -> Segmenter.Output {
        Segmenter().segmentText(TextFileReader.parse(text).lines)
    }

    private let pihlajaniemi = """
        Vastaavaa (1 000 €)
        VASTAAVAA
        31.12.2020
        31.12.2019
        A PYSYVÄT VASTAAVAT
        I Aineettomat hyödykkeet
        1. Muut pitkävaikutteiset menot
        244
        245
        Aineettomat hyödykkeet yhteensä
        244
        245
        II Aineelliset hyödykkeet
        1. Maa- ja vesialueet
        1.850
        1.864
        2. Rakennukset
        11.512
        11.713
        """

    /// "1. Muut pitkävaikutteiset menot" and "1. Maa- ja vesialueet" are rows of the one table,
    /// with their figures, not section headings that cut it.
    func testNumberedLinesOverTwoFiguresAreRowsOfOneTable() throws {
        let output = segment(pihlajaniemi)
        let tables = output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables)
        XCTAssertEqual(tables.count, 1)
        let table = try XCTUnwrap(tables.first)
        let rows = table.rows.filter { $0.cells.contains { $0 != nil } }
        XCTAssertEqual(rows.map(\.label), ["1. Muut pitkävaikutteiset menot", "Aineettomat hyödykkeet yhteensä",
                                           "1. Maa- ja vesialueet", "2. Rakennukset"])
        XCTAssertEqual(rows[0].cells.map { $0?.text }, ["244", "245"])
        XCTAssertEqual(table.columns.map(\.header), ["31.12.2020", "31.12.2019"])
        XCTAssertFalse(output.sections.contains { $0.heading.number == "1" })
    }

    /// A numbered heading over prose, or over one figure only, stays a heading.
    func testNumberedHeadingOverProseOrOneFigureStaysAHeading() {
        let prose = segment("1. Toimintakertomus\nKaupungin talous vahvistui vuonna 2020.\n")
        XCTAssertEqual(prose.sections.first?.heading.number, "1")
        let one = segment("2. Talousarvion toteutuminen\n244\nKaupungin talous vahvistui.\n")
        XCTAssertEqual(one.sections.first?.heading.number, "2")
    }
}
