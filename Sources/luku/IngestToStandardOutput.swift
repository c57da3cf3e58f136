import ArgumentParser
import Foundation
import LukuCore

extension IngestCommand {
    /// Several inputs would be several JSON texts run together on standard output, which no JSON
    /// reader accepts, so `-o -` with more than one is refused before any work is done (and, in
    /// `validate`, with the usage of `ingest`).
    func validate() throws {
        guard output == "-" else { return }
        // Same-name inputs are reported by `run`, with the rest of its checks.
        guard let inputs = try? InputFinder.find(paths) else { return }
        if inputs.count > 1 {
            let names = inputs.prefix(3).map(\.path).joined(separator: ", ") + (inputs.count > 3 ? ", …" : "")
            throw ValidationError("-o - writes the JSON of one input to standard output, but there are \(inputs.count) inputs (\(names)): give one file, or an output folder")
        }
    }

    /// `luku ingest FILE -o -`: the one input's JSON on standard output, so it can be piped into
    /// jq or python; messages go to standard error.
    func writeToStandardOutput(_ inputs: [InputFinder.Input]) throws {
        // Written in pieces as it is made, as the folder path does: the document's JSON is never
        // held whole (at 1 580 pages that text and its copies were ~38 MB of peak memory).
        let document = ingest.pipeline.run(path: inputs[0].path)
        let out = FileHandle.standardOutput
        DocumentJSON.write(document, threads: ingest.threads) { piece in out.write(Data(piece)) }
        try exports.write(document, inputPath: inputs[0].path)
        if summary { FileHandle.standardError.write(Data((DocumentSummary(document).line + "\n").utf8)) }
        let errors = document.issues.filter { $0.severity == .error }
        for issue in errors { FileHandle.standardError.write(Data("error: \(issue.message)\n".utf8)) }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
