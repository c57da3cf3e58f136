import XCTest
@testable import LukuCore

/// The segmenting stage on hand-made text input: headings, paragraphs, lists, a table and the
/// section tree they nest into.
final class SegmenterTextTests: XCTestCase {
    func testTextDocument() throws {
        let text = """
        # HALLINTO- JA TUKIPALVELUT

        ## 1. Toiminta-ajatus

        Palvelualueen tehtävänä on tuottaa koko kaupungin hallinto- ja
        tukipalvelut sekä elinvoima-
        palvelut.

        - Henkilöstöasiat
        - Talouden ohjaus ja
        raportointi

        8. Määrärahat
        8.1 Hallinto

        Hallinto- ja tukipalvelut\tTA+muutos\tTA+muutos\tMUUTOS\tMUUTOS
        \t2021\t2022\t€\t%
        <b>MENOT</b>\t-6 341 800\t-7 222 750\t-880 950\t13,9

                                   3
        HYVÄ JA SUJUVA ARKI
        Loppu.
        """
        let o = Segmenter().segmentText(TextFileReader.parse(text).lines)
        XCTAssertEqual(o.title, "HALLINTO- JA TUKIPALVELUT")
        XCTAssertEqual(o.sections.map(\.heading.number), ["1", "8"])
        let s1 = o.sections[0]
        XCTAssertEqual(s1.heading, Heading(number: "1", text: "Toiminta-ajatus", level: 1, page: 1))
        XCTAssertEqual(s1.blocks, [
            .paragraph(Paragraph(page: 1, text: "Palvelualueen tehtävänä on tuottaa koko kaupungin hallinto- ja tukipalvelut sekä elinvoimapalvelut.")),
            .list(ListBlock(page: 1, items: ["Henkilöstöasiat", "Talouden ohjaus ja raportointi"])),
        ])
        let s8 = o.sections[1]
        XCTAssertEqual(s8.heading.text, "Määrärahat")
        XCTAssertEqual(s8.sections.map(\.heading), [Heading(number: "8.1", text: "Hallinto", level: 2, page: 1)])
        let s81 = s8.sections[0]
        let table = try XCTUnwrap(s81.blocks.first?.table)
        XCTAssertEqual(table.id, "p1-t1")
        XCTAssertEqual(table.columns.map(\.header), ["TA+muutos 2021", "TA+muutos 2022", "MUUTOS €", "MUUTOS %"])
        XCTAssertEqual(table.rows.map(\.label), ["MENOT"])
        // The page number between blank lines is gone; the caps line after it is a heading one
        // level under the last numbered one.
        XCTAssertEqual(s81.sections.map(\.heading.text), ["HYVÄ JA SUJUVA ARKI"])
        XCTAssertEqual(s81.sections.first?.heading.level, 3)
        XCTAssertEqual(s81.sections.first?.blocks, [.paragraph(Paragraph(page: 1, text: "Loppu."))])
    }
}
