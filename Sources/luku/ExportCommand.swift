import ArgumentParser
import Foundation
import LukuCore

/// `luku export csv`: Luku JSON files into CSV for pandas, R and spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export Luku JSON files to other formats.",
        subcommands: [CSV.self])

    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "Every cell of the documents as one tidy CSV (one line per cell), or with --wide one CSV per table as printed.",
            discussion: """
                Tidy columns: \(TidyCSV.header.joined(separator: ", ")).

                UTF-8, header row, RFC 4180 quoting, CRLF line ends. `value` is the exact number with a \
                decimal point (as in the JSON); `text` the cell as printed. Row and column indexes are \
                0-based, as in the JSON's checks.
                """)

        @Argument(help: "Luku JSON files, or folders searched recursively for *.json.")
        var files: [String]

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "Tidy: the CSV file to write, or - for standard output (the default). With --wide: the folder to write into.",
            valueName: "FILE|DIR"))
        var output: String?

        @Flag(help: "One CSV per table, the table as printed, named <document>.<table id>.csv, into the -o folder.")
        var wide = false

        func validate() throws {
            if wide && (output == nil || output == "-") {
                throw ValidationError("--wide writes one file per table: give a folder with -o DIR")
            }
        }

        func run() throws {
            let paths = DocumentLoader.jsonFiles(files)
            guard !paths.isEmpty else { throw ValidationError("no *.json files in \(files.joined(separator: " "))") }
            let documents = try paths.map(DocumentLoader.load)
            if wide {
                let written = try CSVExport.writeWide(documents, to: output!)
                FileHandle.standardError.write(Data("wrote \(written) table CSV file\(written == 1 ? "" : "s") to \(output!)/\n".utf8))
            } else {
                try CSVExport.writeTidy(documents, to: output ?? "-")
            }
        }
    }
}
