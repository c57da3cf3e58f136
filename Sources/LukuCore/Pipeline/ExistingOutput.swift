import Foundation

/// What `--resume` needs from an output a previous run wrote: its `source` line. Outputs are
/// written atomically, so one that exists is complete; the final `}` is checked anyway, since
/// files from before atomic writes, or copied by hand, may be cut short.
enum ExistingOutput {
    struct Source: Equatable {
        var sha256: String
        var pages: Int
    }

    /// The `source` of a Luku JSON file, or nil when there is none or the file is not whole.
    static func source(at path: String) -> Source? {
        guard let data = FileManager.default.contents(atPath: path), data.count > 2,
              data.suffix(2).elementsEqual("}\n".utf8) else { return nil }
        // The canonical layout puts `"source": {…}` on one line near the top (JSONWriter).
        // Whole lines only: 64 KiB can end inside a two-byte letter ("ä"), and a cut letter makes
        // the whole head unreadable as UTF-8 (the state budget's JSON did).
        var head = data.prefix(1 << 16)
        if let newline = head.lastIndex(of: 0x0A) { head = head[..<newline] }
        guard let text = String(data: head, encoding: .utf8),
              let line = text.split(separator: "\n").prefix(4).first(where: { $0.hasPrefix("  \"source\": {") }) else { return nil }
        var object = line.dropFirst("  \"source\": ".count)
        if object.hasSuffix(",") { object = object.dropLast() }
        guard let value = try? JSONParser.parse(String(object)), let sha = value["sha256"]?.stringValue, !sha.isEmpty,
              let pages = value["pages"]?.intValue else { return nil }
        return Source(sha256: sha, pages: pages)
    }
}
