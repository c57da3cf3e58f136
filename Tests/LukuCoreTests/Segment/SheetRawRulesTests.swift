import Foundation
import XCTest
@testable import LukuCore

/// `NumberedEmptyItem` and `LabelDashPlaceholder` on `pdftotext -raw` pages of the synthetic
/// spreadsheet-made statements (`SheetRawPages`); expected cells from the printed pages (the
/// documents' truth files, ../shared/synth/*.truth.json).
final class SheetRawRulesTests: XCTestCase {
    private func tables(_ text: String) -> (tables: [Table], output: Segmenter.Output) {
        let output = Segmenter().segmentText(TextFileReader.parse(text).lines)
        return (output.blocks.compactMap(\.table) + output.sections.flatMap(\.allTables), output)
    }

    private func row(_ tables: [Table], _ label: String) -> Row? {
        tables.flatMap(\.rows).first { $0.label == label }
    }

    // MARK: NumberedEmptyItem

    /// "5. Muut aineelliset hyödykkeet" (between items 4 and 6) and "1. Aineet ja tarvikkeet"
    /// (over item 2) are empty items, not headings: the rows after them stay in the table with
    /// their figures (tamminiemi p. 3; truth tase-vastaavaa).
    func testEmptyNumberedItemsKeepTheRowsAfterThem() throws {
        let (found, output) = tables(SheetRawPages.tamminiemi3)
        XCTAssertEqual(row(found, "6. Ennakkomaksut ja keskeneräiset hankinnat")?.cells.map { $0?.text },
                       ["1.504.825", "53.577.162", "1.456.506", "53.087.459"])
        XCTAssertEqual(row(found, "3. Muut toimeksiantojen varat")?.cells.map { $0?.text },
                       ["157.350", "212.040", "169.960", "224.556"])
        XCTAssertEqual(row(found, "2. Muu vaihto-omaisuus")?.cells.map { $0?.text },
                       ["39.092", "39.092", "38.329", "38.329"])
        XCTAssertEqual(row(found, "4. Siirtosaamiset")?.cells.map { $0?.text },
                       ["502.895", "2.155.374", "481.563", "2.156.896"])
        let headings = output.sections.map(\.heading.text)
        XCTAssertFalse(headings.contains { $0.contains("Muut aineelliset hyödykkeet") })
        XCTAssertFalse(headings.contains { $0.contains("Aineet ja tarvikkeet") })
    }

    /// A numbered heading over prose, over the next heading, or over a line numbered on that
    /// ends in a year (no figure) stays a heading.
    func testNumberedHeadingsOutsideItemRunsStayHeadings() {
        let prose = tables("1. Toimintakertomus\nKaupungin talous vahvistui vuonna 2020.\n").output
        XCTAssertEqual(prose.sections.first?.heading.number, "1")
        let next = tables("4. Koneet ja kalusto 788.939 789.794\n5. Talousarvion toteutuminen\n6. Investoinnit\nKaupunki investoi.\n").output
        XCTAssertTrue(next.sections.contains { $0.heading.number == "5" })
        let year = tables("1. Yleistä\n2. Talousarvio 2024\nKaupunki investoi.\n").output
        XCTAssertTrue(year.sections.contains { $0.heading.number == "1" })
    }

    // MARK: LabelDashPlaceholder

    /// Kalliosalo p. 6: "Menot – 99,5" over four figures puts the dash in the TA-muutokset
    /// column (the board totals hold only so), its row flagged identity-chosen; a row of five
    /// figures ("Menot 100,3") is as printed and no identity chose it.
    func testDashStandsInTheColumnTheIdentitiesChoose() throws {
        let (found, output) = tables(SheetRawPages.kalliosalo6)
        let rows = found.flatMap(\.rows).filter { $0.label == "Menot" }
        XCTAssertEqual(rows.count, 8)
        XCTAssertEqual(rows[0].cells.map { $0?.text }, ["224 027,64 €", "234 200,00 €", "–", "234 200,00 €", "233 103,49 €", "99,5"])
        XCTAssertTrue(rows[0].cells.allSatisfy { $0?.flags.contains(.identityChosen) == true })
        XCTAssertEqual(rows[1].cells.map { $0?.text }, ["216 024,32 €", "230 200,00 €", "−3 000,00 €", "227 200,00 €", "227 891,30 €", "100,3"])
        XCTAssertFalse(rows[1].cells.contains { $0?.flags.contains(.identityChosen) == true })
        XCTAssertTrue(rows[1].cells.allSatisfy { $0?.flags.contains(.ambiguousSplit) == true })
        XCTAssertTrue(output.issues.contains { $0.message.contains("identity-chosen") })
    }

    /// A tie keeps no reading: two equal tables score the same, so neither is chosen; the
    /// page's own reading alone (every check holding, none failing) is.
    func testTieChoosesNothing() throws {
        let (found, _) = tables(SheetRawPages.kalliosalo6)
        let table = try XCTUnwrap(found.first { $0.rows.contains { $0.label == "Menot" } })
        XCTAssertNil(LabelDashPlaceholder.choose([table, table]))
        XCTAssertEqual(LabelDashPlaceholder.choose([table]), 0)
    }

    /// The readings of kalliosalo p. 6's first two groups: the one read before (dash after the
    /// figures) first, then the dash in each figure column; the full rows never move.
    func testReadingsPutTheDashInEachFigureColumn() throws {
        let figures: [[String]?] = [["224 027,64 €", "234 200,00 €", "234 200,00 €", "233 103,49 €"],
                                    ["216 024,32 €", "230 200,00 €", "−3 000,00 €", "227 200,00 €", "227 891,30 €"],
                                    ["197 007,05 €", "211 300,00 €", "−3 000,00 €", "208 300,00 €", "208 738,90 €"]]
        let own = [["–", "99,5"], ["100,3"], ["100,2"]]
        let (readings, moved) = try XCTUnwrap(LabelDashPlaceholder.readings(figures: figures, own: own))
        XCTAssertEqual(moved, [0])
        XCTAssertEqual(readings.count, 5)
        XCTAssertEqual(readings[0][0], ["224 027,64 €", "234 200,00 €", "234 200,00 €", "233 103,49 €", "–", "99,5"])
        XCTAssertEqual(readings[3][0], ["224 027,64 €", "234 200,00 €", "–", "234 200,00 €", "233 103,49 €", "99,5"])
        XCTAssertTrue(readings.allSatisfy { $0[1] == figures[1].map { $0 + ["100,3"] } })
        // A short row without a dash opening its own cells is no such shape.
        XCTAssertNil(LabelDashPlaceholder.readings(figures: figures, own: [["98,0", "99,5"], ["100,3"], ["100,2"]]))
        // Figures that print their sign apart ("- 5 270 400", joutsenkyla p. 5) make "- 4,5 %" a negative share.
        let apart: [[String]?] = [["- 5 270 400", "- 5 323 095"], ["5 228 800", "5 251 383", "- 22 583"], ["- 2 608 000", "- 2 464 536", "- 143 464"]]
        XCTAssertNil(LabelDashPlaceholder.readings(figures: apart, own: [["-", "4,5 %"], ["88,5 %"], ["91,3 %"]]))
        XCTAssertNotNil(LabelDashPlaceholder.readings(figures: apart.map { $0?.map { $0.replacingOccurrences(of: "- ", with: "−") } },
                                                         own: [["-", "4,5 %"], ["88,5 %"], ["91,3 %"]]))
    }
}
