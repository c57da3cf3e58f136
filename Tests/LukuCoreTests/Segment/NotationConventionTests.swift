import Foundation
import XCTest
@testable import LukuCore

/// `NotationConvention`: a trailing-minus, bracketed or apostrophe number keeps its value only in
/// a table that prints it as its convention, and the document says so once. Rows are lines of the
/// hold-out set's `pdftotext -layout` (documents 01, 02, 04, 12) and, end to end, the same lines
/// ingested as text, where the identity checks run on the values read.
final class NotationConventionTests: XCTestCase {
    private func table(_ rows: [(String, [String])], page: Int = 1) -> Table {
        let width = rows.map(\.1.count).max() ?? 0
        return Table(id: "p\(page)-t1", page: page, pages: [page], columns: (0..<width).map { _ in Column(header: "") },
                     rows: rows.map { label, texts in
                         Row(label: label, cells: texts.map { CellReader.cell($0, column: nil) }, page: page)
                     })
    }

    private func applied(_ tables: [Table]) -> (tables: [Table], issues: [Issue]) {
        var d = Document(source: Source(file: "t.txt", sha256: "", format: .text, pages: 2), blocks: tables.map { .table($0) })
        let issues = NotationConvention.apply(&d)
        return (d.allTables, issues)
    }

    /// Hold-out 02 p. 1 (Kadut ja liikenneväylät) and hold-out 12 p. 1 (rahoituslaskelma).
    func testTrailingMinusTablesKeepTheirValues() {
        let t02 = table([("Menot", ["6 365,1-", "922,8-", "7 367,7-", "4 722,8-", "3 091,7-", "698,4-"]),
                         ("Tulot", ["3 427,3", "2 636,3", "841,5", "240,8", "1 666,8", "68,1-"]),
                         ("Netto", ["2 937,8-", "1 713,5", "6 526,2-", "4 482,0-", "1 424,9-", "480,9-"])])
        let t12 = table([("Tulorahoituksen korjauserät", ["34 343,15-", "381 865,02-"]),
                         ("Lyhytaikaisten lainojen muutos", ["505 641,11", "95 483,17-"])], page: 2)
        let (tables, issues) = applied([t02, t12])
        XCTAssertEqual(tables[0].rows[2].cells.map { $0?.value }, ["-2937.8", "1713.5", "-6526.2", "-4482", "-1424.9", "-480.9"].map { Decimal(string: $0) })
        XCTAssertEqual(tables[1].rows[0].cells[0]?.value, Decimal(string: "-34343.15"))
        XCTAssertTrue(tables.allSatisfy { $0.rows.allSatisfy { $0.cells.allSatisfy { $0?.flags.isEmpty ?? true } } })
        XCTAssertEqual(issues.count, 1)
        XCTAssertEqual(issues.first?.code, "number-notation")
        XCTAssertEqual(issues.first?.severity, .info)
        XCTAssertEqual(issues.first?.page, 1)
        XCTAssertTrue(issues.first?.message.hasPrefix("15 number(s) printed as trailing minus") ?? false, issues.first?.message ?? "")
    }

    /// Hold-out 01 (brackets) and 04 (apostrophes): each is its table's convention.
    func testBracketAndApostropheTables() {
        let t01 = table([("Tuet ja avustukset", ["305 927,85", "0,00", "305 927,85", "293 419,52", "(12 508,33)"]),
                         ("Henkilöstökulut", ["(360 579,92)", "21 149,16", "(339 430,76)", "(370 855,30)", "(31 424,54)"])])
        let t04 = table([("MENOT", ["-2'652'954", "-549'422", "-3'202'376", "-711'852"]),
                         ("TULOT", ["0", "340'223", "340'223", "449'913"])])
        let (tables, issues) = applied([t01, t04])
        XCTAssertEqual(tables[0].rows[1].cells[0]?.value, Decimal(string: "-360579.92"))
        XCTAssertEqual(tables[1].rows[0].cells[0]?.value, -2_652_954)
        XCTAssertEqual(issues.map(\.message), [
            "5 number(s) printed as negative in brackets (\"(12 508,33)\") read as negative values, first on page 1",
            "7 number(s) printed as apostrophe thousands (\"2'652'954\") read as thousands groups, first on page 1",
        ])
    }

    /// A lone notation cell, or notation cells with no plain number of their format beside them,
    /// are not the table's convention: text, flagged `unreadable`, no issue.
    func testNotationThatIsNotTheConventionStaysFlagged() {
        let lone = table([("Myyntituotot", ["798 009,18", "0,00", "(12 508,33)"]),
                          ("Maksutuotot", ["499 405,07", "61 371,40", "560 776,47"])])
        let noPlain = table([("Menot", ["2 937,8-", "922,8-"]), ("Henkilöt", ["12", "14"])])
        let (tables, issues) = applied([lone, noPlain])
        XCTAssertNil(tables[0].rows[0].cells[2]?.value)
        XCTAssertEqual(tables[0].rows[0].cells[2]?.flags, [.unreadable])
        XCTAssertEqual(tables[1].rows[0].cells.map { $0?.flags }, [[.unreadable], [.unreadable]])
        XCTAssertEqual(tables[0].rows[1].cells[1]?.value, Decimal(string: "61371.40"))
        XCTAssertEqual(issues, [])
    }
}

extension NotationConventionTests {
    /// Lines of the hold-out set's `pdftotext -layout` ingested as text: brackets under dot leaders
    /// (01), trailing minus ending each line (02), trailing minus under one run of dots (12).
    private func ingest(_ text: String, name: String) throws -> Document {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("notation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try Data((text + "\n").utf8).write(to: URL(fileURLWithPath: path))
        return Pipeline(pageThreads: 1).run(path: path)
    }

    private func row(_ d: Document, _ label: String) throws -> Row {
        try XCTUnwrap(d.allTables.flatMap(\.rows).first { $0.label.hasPrefix(label) }, label)
    }

    /// Hold-out 01: the first value, one space after the leader, is a cell; the Poikkeama and
    /// Tot-% checks hold on the bracketed values read as negatives.
    func testBracketsUnderDotLeadersInLaidOutText() throws {
        let d = try ingest(Self.hold01, name: "hold-01.layout.txt")
        let kulut = try row(d, "Henkilöstökulut")
        XCTAssertEqual(kulut.cells.map { $0?.text }, ["(360 579,92)", "21 149,16", "(339 430,76)", "(370 855,30)", "(31 424,54)", "109,3"])
        XCTAssertEqual(kulut.cells.first??.value, Decimal(string: "-360579.92"))
        let checks = d.allTables.flatMap(\.checks)
        XCTAssertTrue(checks.contains { $0.rule.hasPrefix("Poikkeama") })
        XCTAssertTrue(checks.allSatisfy(\.verifies), "\(checks.filter { !$0.verifies })")
        XCTAssertEqual(d.issues.filter { $0.code == NotationConvention.issueCode }.count, 1)
    }

    /// Hold-out 02: rows ending in a trailing-minus percentage stay one row each; NETTO = MENOT + TULOT.
    func testTrailingMinusAtLineEndsInLaidOutText() throws {
        let d = try ingest(Self.hold02, name: "hold-02.layout.txt")
        let menot = try row(d, "Menot")
        XCTAssertEqual(menot.cells.map { $0?.value }, ["-6365.1", "-922.8", "-7367.7", "-4722.8", "-3091.7", "-698.4"].map { Decimal(string: $0) })
        let tables = d.allTables
        for t in tables {
            for (i, r) in t.rows.enumerated() where r.label == "Netto" && i >= 2 {
                for c in 0..<5 {
                    guard let m = t.rows[i - 2].cells[c]?.value, let tu = t.rows[i - 1].cells[c]?.value, let n = r.cells[c]?.value else { continue }
                    XCTAssertEqual(m + tu, n, "\(r.group ?? "") column \(c)")
                }
            }
        }
        XCTAssertEqual(tables.flatMap(\.rows).filter { $0.label == "Netto" }.count, 3)
    }

    /// Hold-out 12: the rahoituslaskelma under one run of dots keeps both years apart.
    func testTrailingMinusUnderSolidLeadersInLaidOutText() throws {
        let d = try ingest(Self.hold12, name: "hold-12.layout.txt")
        XCTAssertEqual(try row(d, "Investointimenot").cells.map { $0?.value }, [Decimal(string: "-2067871.46"), Decimal(string: "-3294574.98")])
        XCTAssertEqual(try row(d, "Vuosikate").cells.map { $0?.value }, [Decimal(string: "1023602.41"), Decimal(string: "5360268.52")])
    }

    static let hold01 = #"""
Sivistyslautakunta                                                                                                                                                               €
                                                                                  Talousarvio
                                                                                        2025              Muutokset     TA+muutokset        Toteutuma      Poikkeama     Tot-%
Toimintatuotot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 2 732 546,90           61 371,40      2 793 918,30     2 803 061,58      9 143,28       100,3
  Myyntituotot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 798 009,18              0,00        798 009,18       883 182,67     85 173,49       110,7
  Maksutuotot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 499 405,07          61 371,40        560 776,47       585 324,56     24 548,09       104,4
  Tuet ja avustukset . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 305 927,85                  0,00        305 927,85       293 419,52   (12 508,33)        95,9
  Vuokratuotot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 669 578,16                0,00        669 578,16       624 859,69   (44 718,47)        93,3
  Muut toimintatuotot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 459 626,64                     0,00        459 626,64       416 275,14   (43 351,50)        90,6
Toimintakulut . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (2 826 312,54)         (165 045,19)    (2 991 357,73)   (3 042 200,08)   (50 842,35)       101,7
  Henkilöstökulut . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (360 579,92)              21 149,16      (339 430,76)     (370 855,30)   (31 424,54)       109,3
  Palvelujen ostot . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (739 189,43)           (84 351,36)      (823 540,79)     (844 234,99)   (20 694,20)       102,5
  Aineet, tarvikkeet ja tavarat . . . . . . . . . . . . . . . . . . . . (338 539,21)                             0,00      (338 539,21)     (331 795,62)      6 743,59        98,0
  Avustukset . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (584 804,22)       (13 687,45)      (598 491,67)     (606 784,86)    (8 293,19)       101,4
  Vuokrat . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (426 410,87)    (62 202,08)      (488 612,95)     (492 562,09)    (3 949,14)       100,8
  Muut toimintakulut . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (376 788,89)               (25 953,46)      (402 742,35)     (395 967,22)      6 775,13        98,3
Toimintakate . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . (93 765,64)     (103 673,79)      (197 439,43)     (239 138,50)   (41 699,07)       121,1
"""#

    static let hold02 = #"""
5 Käyttötalous tulosalueittain
Tulosalueiden määrärahat ja tuloarviot
                                                           TP             TA              TA              TS          TS         Muutos-%
                                                          2024           2025            2026            2027        2028        TA26/TA25
                                                             1 000 €       1 000 €            1 000 €      1 000 €     1 000 €
Kadut ja liikenneväylät
   Menot                                                     6 365,1-       922,8-            7 367,7-    4 722,8-    3 091,7-        698,4-
   Tulot                                                      3 427,3      2 636,3               841,5       240,8     1 666,8         68,1-
   Netto                                                     2 937,8-      1 713,5            6 526,2-    4 482,0-    1 424,9-        480,9-
Ruokapalvelut
   Menot                                                     4 000,8-     1 051,4-            2 772,9-    8 664,9-    1 758,8-        163,7-
   Tulot                                                         76,1      1 321,6               835,5         0,0     1 297,7         36,8-
   Netto                                                     3 924,7-        270,2            1 937,4-    8 664,9-      461,1-        817,0-
Puistot ja viheralueet
   Menot                                                     4 489,0-     8 970,7-            5 046,7-    2 964,9-    4 365,5-          43,7
"""#

    static let hold12 = #"""
RAHOITUSLASKELMA
                                                                                                                                 1.1.–30.6.                  1.1.–30.6.
                                                                                                                                      2025                        2024
                                                                                                                                              €                       €
  Vuosikate ..................................................................................................................... 1 023 602,41            5 360 268,52
  Tulorahoituksen korjauserät .............................................................................................. 34 343,15-                     381 865,02-
  Investointimenot ........................................................................................................... 2 067 871,46-              3 294 574,98-
  Rahoitusosuudet investointimenoihin ............................................................................. 540 628,67                              884 100,96
  Pysyvien vastaavien hyödykkeiden luovutustulot .......................................................... 404 958,31                                      271 099,26
Toiminnan ja investointien rahavirta .............................................................................. 133 025,22-                           2 839 028,74
  Pitkäaikaisten lainojen lisäys ....................................................................................... 3 733 211,26                       497 674,12
  Pitkäaikaisten lainojen vähennys ................................................................................. 3 047 306,78-                        2 979 466,88-
  Lyhytaikaisten lainojen muutos ...................................................................................... 505 641,11                           95 483,17-
Rahoituksen rahavirta ................................................................................................... 1 191 545,59                    2 577 275,93-
Rahavarojen muutos ...................................................................................................... 1 058 520,37                      261 752,81
"""#
}
