import ArgumentParser
import Foundation
import LukuCore

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a document's section tree and every table as aligned text.")

    @Argument(help: "A luku JSON file, a PDF or a text file.")
    var file: String

    @Flag(help: "Also print paragraphs and lists.")
    var paragraphs = false

    @Option(help: "Output width in columns.")
    var width = 120

    @Flag(help: "Debug: dump the PDF's lines with positions and table roles instead.")
    var lines = false

    @Flag(help: "With --lines: show the gap between neighbouring words in em.")
    var gaps = false

    @Option(help: "With --lines: only this page.")
    var page: Int?

    func run() throws {
        if lines {
            print(try LayoutDump.dump(path: file, pages: page.map { $0...$0 }, gaps: gaps), terminator: "")
            return
        }
        let document: Document
        if file.lowercased().hasSuffix(".json") {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            document = try DocumentJSON.decode(text)
        } else {
            document = Pipeline().run(path: file)
        }
        var renderer = InspectRenderer()
        renderer.width = width
        renderer.showParagraphs = paragraphs
        print(renderer.render(document), terminator: "")
        if document.issues.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }
}
