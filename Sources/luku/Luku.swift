import ArgumentParser

/// `luku`: the command line. Every subcommand is a thin shell over LukuCore.
@main
struct Luku: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "luku",
        abstract: "Finnish municipal budget and financial-statement PDFs into exact JSON (luku.document/1).",
        subcommands: [IngestCommand.self, InspectCommand.self, GoldenCommand.self, BenchCommand.self, SplitCommand.self, NumberCommand.self]
    )
}
