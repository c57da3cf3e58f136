import Foundation
import XCTest
@testable import LukuCore

/// Paths to the corpus and to the small PDFs in this folder, and scratch folders for hand-made
/// bad inputs. The PDFs here were made once and are committed:
/// - `encrypted-one-page.pdf`: page 4 of corpus/kemijarvi-hallintopalvelut-tp2024.pdf (sections
///   6–8), `qpdf --empty --pages … 4 -- page4.pdf` then `qpdf --encrypt user owner 256 -- page4.pdf
///   encrypted-one-page.pdf` (user password "user").
/// - `textless-one-page.pdf`: a hand-written one-page A4 PDF whose content stream is empty (the
///   "scanned, no text layer" case), normalised with `qpdf --stream-data=uncompress`.
/// - `hold-10-continued-wrapped.pdf`: hold-out document 10 (`make holdout`, `tools/holdout`): an
///   investment table over two pages continued under "… (jatkuu)", item names wrapped after their
///   project code, two items of the same name under different codes.
enum Fixtures {
    /// This folder: Tests/LukuCoreTests/Fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// The package root, three levels up from this folder.
    static let packageRoot = folder
        .deletingLastPathComponent()  // LukuCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root

    static func corpus(_ name: String) -> String {
        packageRoot.appendingPathComponent("corpus").appendingPathComponent(name).path
    }

    static func fixture(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static let hallintopalvelutPDF = corpus("kemijarvi-hallintopalvelut-tp2024.pdf")
    static let encryptedPDF = fixture("encrypted-one-page.pdf")
    static let textlessPDF = fixture("textless-one-page.pdf")
    static let holdOut10PDF = fixture("hold-10-continued-wrapped.pdf")
    /// Hold-out set 2 (tools/holdout/make_holdout2.py): an Excel export with column headers
    /// rotated 90°, and a table turned 90° on a portrait page whose page number stays upright.
    static let holdOut2RotatedHeadersPDF = fixture("hold2-05-excel-dash-rotated-headers.pdf")
    static let holdOut2TurnedTablePDF = fixture("hold2-03-rotated-table.pdf")
    static let holdOut2SplitByColumnsPDF = fixture("hold2-08-split-by-columns.pdf")
    /// Printed like hold-out set 3 (tools/holdout/README3.md) by headless Chromium
    /// (`make_holdout3.print_pdf`) from `hold3-unit-header-cell.html` beside it, whose numbers
    /// are the truth: three tables with a unit in the label column's header cell ("1 000 €" and
    /// "€" right-aligned, "€" flush left), a "Muutos-" / "%" header and labels wrapped with the
    /// values top-aligned, a capital starting the label's second line.
    static let holdOut3UnitHeaderCellPDF = fixture("hold3-unit-header-cell.pdf")
    /// Variants of hold-out set 4 (tools/holdout/README4.md), typeset by Apache FOP 2.8 from the
    /// generator's XSL-FO with other numbers (`make_holdout4.py --only 12,05 --seed 1000`), never
    /// part of the set: five boards' tables under a running head whose right end is an fo:marker,
    /// the last table broken after TULOT; a tuloslaskelma with superscript footnote marks after
    /// four figures.
    static let holdOut4MarkerSectionsPDF = fixture("hold4-var-marker-sections.pdf")
    static let holdOut4FootnoteMarksPDF = fixture("hold4-var-footnote-markers.pdf")
    /// Variants of hold-out set 5 (tools/holdout/README5.md), typeset by pdfLaTeX (TeX Live 2022)
    /// with other numbers (`make_holdout5.py --only 03,05,11 --seed 1000`), never part of the set:
    /// a longtable over two pages with "jatkuu seuraavalla sivulla" / "(jatkoa edelliseltä
    /// sivulta)"; a tase with `\textsuperscript{1)}`, `$^{*}$` and `\footnotemark` on figures; bold
    /// `\multicolumn` group headings over MENOT / TULOT / NETTOMENO.
    static let holdOut5LongtablePDF = fixture("hold5-var-longtable.pdf")
    static let holdOut5FootnoteTasePDF = fixture("hold5-var-footnote-tase.pdf")
    static let holdOut5GroupRowsPDF = fixture("hold5-var-group-rows.pdf")
    /// Hold-out set 7 (tools/holdout/make_holdout7.py, printed by wkhtmltopdf), variants with
    /// `--seed 1000` (never part of the set): hold7-03's investment table, whose row `alue 12` on
    /// p. 2 WebKit prints with its label 3.5 pt below its figures, and hold7-11's web-app report,
    /// one board's MENOT / TULOT / NETTOMENO per page under the application's head and over its foot.
    static let holdOut7OffsetLabelPDF = fixture("hold7-var-offset-label.pdf")
    static let holdOut7AppReportPDF = fixture("hold7-var-app-report.pdf")
    /// Hold-out set 6 (tools/holdout/make_holdout6.py, drawn by iText 5), variant with `--seed 1000`
    /// (never part of the set): hold6-11, five boards' MENOT / TULOT / NETTOMENO one board a page
    /// under the report's band and over its foot "Sivu N / 5", the figures ungrouped.
    static let holdOut6GroupPerPagePDF = fixture("hold6-var-group-per-page.pdf")
    /// Hold-out set 8 (tools/holdout/make_holdout8.py, drawn by fpdf2), variants with `--seed 1000`
    /// (never part of the set): hold8-05's rahoituslaskelma and hold8-09's ERP listing, both in the
    /// core font Courier (a thousands space as wide as a digit; hold8-09 with trailing minus), and
    /// hold8-03's investment table over two pages under a `header()` band
    /// `Investointiohjelma 2026–2029 · Talousarvio 2026  Sivu 2/2`.
    static let holdOut8CourierRahoitusPDF = fixture("hold8-var-courier-rahoitus.pdf")
    static let holdOut8ERPTrailingMinusPDF = fixture("hold8-var-erp-trailing-minus.pdf")
    static let holdOut8HeaderBandPDF = fixture("hold8-var-header-band.pdf")
    /// Hold-out set 9 (tools/holdout/make_holdout9.py: PDFs re-written by a second producer), one
    /// page each cut out with `qpdf --empty --pages` (content streams unchanged): p. 2 of the corpus
    /// kemijarvi-hallintopalvelut-tp2024.pdf through Ghostscript pdfwrite (LibreOffice's "tt" / "ti"
    /// ligatures as byte-swapped UTF-16 in the new ToUnicode map) and p. 78 of Kauhava's tilinpäätös
    /// through `pdftocairo -pdf` (the WinAnsi minus, code 0xAD, mapped to a soft hyphen); p. 18 of
    /// Lapua's sivla pöytäkirja through Ghostscript (its zero-width spaces named "+").
    static let holdOut9GhostscriptZeroWidthPlusPDF = fixture("hold9-gs-zero-width-plus-lapua-p18.pdf")
    static let holdOut9GhostscriptLigaturesPDF = fixture("hold9-gs-ligatures-hallintopalvelut-p2.pdf")
    static let holdOut9CairoSoftHyphenPDF = fixture("hold9-cairo-soft-hyphen-kauhava-p78.pdf")
    /// Pp. 116 and 124 of Kauhava's tilinpäätös through `pdftocairo -pdf` (`qpdf --empty --pages`,
    /// content streams unchanged): minus signs set apart from their figures, on a line of their own
    /// above a wrapped row's figures (p. 116) and before a space ("- 179", p. 124), as soft hyphens.
    static let holdOut9CairoLoneSoftHyphenPDF = fixture("hold9-cairo-lone-soft-hyphen-kauhava-p116-p124.pdf")
    /// Hold-out set 10 (tools/holdout/make_holdout10.py, laid out in Scribus 1.5), variants with
    /// `--seed 1000` (never part of the set): hold10-03, a tuloslaskelma set as tabbed paragraphs
    /// whose dot leaders touch the first figure, beside a frame of prose; hold10-04, an investment
    /// programme threaded from a right-hand page onto a left-hand one (mirrored margins) under
    /// running heads with their page numbers at the outer edges.
    static let holdOutSet10LeaderBesideProsePDF = fixture("hold10-var-leader-beside-prose.pdf")
    static let holdOutSet10FacingThreadedPDF = fixture("hold10-var-facing-threaded.pdf")
    /// Hold-out set 11 (tools/holdout/make_holdout11.py --only 05 --seed 1000, printed by
    /// WeasyPrint): a tase whose VASTAAVAA and VASTATTAVAA each stand in a flex row beside an SVG
    /// bar chart (bar figures, axis years, a caption `Kuvio N.` under it).
    static let holdOutSet11ChartBesideTasePDF = fixture("hold11-var-chart-beside-tase.pdf")
    /// Hold-out set 3 (tools/holdout/make_holdout3.py, printed by headless Chromium): a two-column
    /// page (CSS `column-count: 2`) with a small määrärahat table in the left column and prose in
    /// the right column level with its rows.
    static let holdOut3TwoColumnTablePDF = fixture("hold3-06-two-column-small-table.pdf")

    /// The pages of a corpus PDF, read once per test process (poppler is the slow part).
    static func pages(_ path: String) throws -> [PageGlyphs] {
        try PageCache.shared.pages(path)
    }

    /// Lines of one PDF page through the layout stage (LineBuilder then NumberJoiner).
    static func lines(_ path: String, page: Int) throws -> [TextLine] {
        let p = try pages(path)[page - 1]
        let joiner = NumberJoiner()
        return LineBuilder().lines(of: p).map(joiner.join)
    }

    /// Text lines as the text reader makes them from a string.
    static func textLines(_ text: String) -> [TextLine] { TextFileReader.parse(text).lines }

    /// The whole pipeline on lines copied from a converter's output, written to a scratch file
    /// named `name` (its extension picks the reader: `.md`, `.txt`).
    static func ingestCopied(_ text: String, as name: String) throws -> Document {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("luku-copied-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return Pipeline(pageThreads: 1).run(path: url.path)
    }
}

/// A fresh folder under the system temporary directory, removed when the test ends.
final class ScratchFolder {
    let url: URL
    var path: String { url.path }

    init(_ test: XCTestCase) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("luku-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let url = self.url
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    }

    /// Writes `bytes` to `name` and returns the file's path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: target)
        return target.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    @discardableResult
    func copy(_ source: String, as name: String) throws -> String {
        try write(name, [UInt8](try Data(contentsOf: URL(fileURLWithPath: source))))
    }
}

private final class PageCache: @unchecked Sendable {
    static let shared = PageCache()
    private let lock = NSLock()
    private var cache: [String: [PageGlyphs]] = [:]

    func pages(_ path: String) throws -> [PageGlyphs] {
        lock.lock(); defer { lock.unlock() }
        if let hit = cache[path] { return hit }
        let read = try PopplerReader.read(path: path)
        cache[path] = read
        return read
    }
}
