// libFuzzer entry point for everything else that reads input, chosen by LUKU_FUZZ_TARGET:
//   text  bytes → TextFileReader.decode/parse → Segmenter.segmentText → checks → JSON
//         (plain extracts, tab-separated and Markdown-like tables alike: one reader reads them all)
//   json  bytes → DocumentJSON.decode (what `inspect` and the golden checks read) → render → encode
//   pdf   bytes → a file → PopplerReader → text-layer checks → layout → Segmenter.segmentPDF → checks → JSON
// Built by `make fuzz-all` with every LukuCore source in one module (no import). Besides "no
// crash", each target traps when its output is not a whole JSON document.

import Foundation

private enum Target: String { case text, json, pdf }

private let target: Target = {
    let name = ProcessInfo.processInfo.environment["LUKU_FUZZ_TARGET"] ?? ""
    guard let t = Target(rawValue: name) else { fatalError("set LUKU_FUZZ_TARGET to text, json or pdf") }
    return t
}()

/// The PDF target's scratch file: poppler reads paths (the C boundary stays in PopplerReader).
private let scratchPDF = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    + "/luku-fuzz-\(getpid()).pdf"

@_cdecl("LLVMFuzzerTestOneInput")
public func inputsFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    switch target {
    case .text: fuzzText(bytes)
    case .json: fuzzJSON(bytes)
    case .pdf: fuzzPDF(bytes)
    }
    return 0
}

private func fuzzText(_ bytes: Data) {
    guard let text = try? TextFileReader.decode(bytes, path: "fuzz.txt") else { return }
    let parsed = TextFileReader.parse(text)
    let output = Segmenter().segmentText(parsed.lines)
    var document = Document(source: Source(file: "fuzz.txt", sha256: "", format: .text, pages: parsed.pages))
    document.blocks = output.blocks
    document.sections = output.sections
    document.issues = output.issues
    IdentityChecker().check(&document)
    whole(DocumentJSON.encode(document))
}

private func fuzzJSON(_ bytes: Data) {
    guard let text = String(data: bytes, encoding: .utf8), let document = try? DocumentJSON.decode(text) else { return }
    _ = InspectRenderer(width: 80, showParagraphs: true).render(document)
    let again = DocumentJSON.encode(document)
    whole(again)
    // What Luku wrote it reads back to the same document.
    if let reread = try? DocumentJSON.decode(again) { check(DocumentJSON.encode(reread) == again, "JSON round trip changed the document") }
}

private func fuzzPDF(_ bytes: Data) {
    guard FileManager.default.createFile(atPath: scratchPDF, contents: bytes) else { fatalError("cannot write \(scratchPDF)") }
    let document = Pipeline(pageThreads: 1).run(path: scratchPDF)
    whole(DocumentJSON.encode(document))
}

private func whole(_ json: String) {
    check(json.hasPrefix("{\n") && json.hasSuffix("}\n"), "not a whole JSON document")
}

/// A breached invariant is a crash for libFuzzer (the message says which).
private func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant: " + message()) }
}
