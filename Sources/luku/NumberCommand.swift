import ArgumentParser
import LukuCore

struct NumberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "number",
        abstract: "Find the Finnish numbers in each TEXT: one JSON line per argument (value, unit, kind, span, or why none).")

    // `.allUnrecognized` so that `luku number -5` and `luku number "- 5 000"` are texts, not options.
    @Argument(parsing: .allUnrecognized, help: "Texts to read, e.g. \"-6 649 150\" \"33,5 %\" \"31.12.2024\".")
    var texts: [String] = []

    func validate() throws {
        guard !texts.isEmpty else { throw ValidationError("give at least one TEXT") }
    }

    func run() throws {
        // A leading `--` (the usual end-of-options mark) is not a text.
        for text in texts.first == "--" ? Array(texts.dropFirst()) : texts { print(NumberLexer.reportLine(text)) }
    }
}
