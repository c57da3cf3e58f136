import Foundation

/// What happened to one input in an ingest run: one line of the run's manifest (JSON Lines) and
/// what the command prints. Small on purpose: a run keeps these, never the documents.
public struct IngestRecord: Sendable {
    public enum Status: String, Sendable {
        /// Read; the JSON is written and has no `error` issue.
        case ok
        /// The JSON is written and holds an `error` issue (the input could not be read).
        case error
        /// `--resume`: the existing output already records this input's sha256.
        case skipped
        /// The JSON could not be written (the message says why).
        case writeFailed = "write-failed"
    }

    /// Position in the run's input list.
    public var index: Int
    public var input: String
    public var sha256: String
    /// The output path as written (`out/x.pdf.json`).
    public var output: String
    public var status: Status
    public var seconds: Double
    public var pages: Int
    /// The `error` issues' messages, and the write error if any.
    public var errors: [String]
    /// The summary line's numbers (nil when skipped).
    public var summary: DocumentSummary?
    /// The document itself, only when the run was asked to keep it for an export sink
    /// (`keepDocuments`); dropped with the record once the sink has it.
    public var document: Document?

    /// The manifest line (no trailing newline): fixed key order, seconds to the millisecond.
    public var manifestLine: String {
        var members = [
            JSONMember("input", .string(input)),
            JSONMember("sha256", .string(sha256)),
            JSONMember("output", .string(output)),
            JSONMember("status", .string(status.rawValue)),
            JSONMember("seconds", .number(String(format: "%.3f", seconds))),
            JSONMember("pages", .number(String(pages))),
        ]
        if !errors.isEmpty { members.append(JSONMember("errors", .array(errors.map { .string($0) }))) }
        return String(JSONWriter.write(.object(members)).dropLast())  // one line: all members are scalars
    }
}
