import ArgumentParser
import LukuCore

/// `luku`: the command line. Every subcommand is a thin shell over LukuCore.
@main
struct Luku: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "luku",
        abstract: "Finnish municipal budget and financial-statement PDFs into exact JSON (luku.document/5).",
        discussion: """
            Exit status: 0 success; 1 an input failed or a check found differences (golden check); \
            64 wrong usage (an unknown option, a bad value, -o - with several inputs).

            Shell completions: luku --generate-completion-script bash|zsh|fish.
            """,
        version: LukuVersion.banner,
        subcommands: [IngestCommand.self, ExportCommand.self, ViewCommand.self, InspectCommand.self, GoldenCommand.self, BenchCommand.self, SplitCommand.self, NumberCommand.self]
    )
}
