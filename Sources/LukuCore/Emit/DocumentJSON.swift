import Foundation

/// The `luku.document/5` file format (design/OUTPUT.md): `Document` ⇄ canonical JSON text.
///
/// Encoding describes the document with keys in the contract's order (`DocumentEncoder`) and
/// `JSONWriter` writes it piece by piece, so the same `Document` is always the same bytes and
/// the whole JSON tree is never held. Decoding is strict and
/// reports the JSON path of the first problem, because golden files get edited by hand.
public enum DocumentJSON {
    /// The canonical JSON text of `doc`, ending with a newline.
    public static func encode(_ doc: Document) -> String {
        JSONWriter.write(streaming: DocumentEncoder.document(doc))
    }

    /// The bytes of `encode(doc)` handed to `chunk` in pieces of about `chunkBytes` as they are
    /// made: neither the text nor the JSON tree of a large document is ever held whole.
    /// `threads` > 1 writes long arrays' elements side by side: the same bytes.
    public static func write(_ doc: Document, chunkBytes: Int = 1 << 16, threads: Int = 1, chunk: ([UInt8]) -> Void) {
        JSONWriter.write(streaming: DocumentEncoder.document(doc), chunkBytes: chunkBytes, threads: threads, chunk: chunk)
    }

    /// `doc` as a whole JSON tree in contract key order (tests and tools; writing streams).
    public static func value(_ doc: Document) -> JSONValue {
        DocumentEncoder.document(doc).materialized
    }

    /// Reads a document written by `encode` (or by hand to the same contract).
    /// Throws `JSONParseError` for malformed JSON and `DocumentDecodingError` for JSON that does
    /// not match the contract.
    public static func decode(_ text: String) throws -> Document {
        try DocumentDecoder.document(JSONParser.parse(text))
    }

    /// Like `decode(_:)` for a tree that is already parsed.
    public static func decode(value: JSONValue) throws -> Document {
        try DocumentDecoder.document(value)
    }
}

/// JSON that parses but does not match `luku.document/5`. `path` is where, in the form
/// `sections[2].blocks[0].rows[3].cells` (empty for the root).
public struct DocumentDecodingError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}
