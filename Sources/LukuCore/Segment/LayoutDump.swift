/// A debug view of the layout stage: every line with its page, position, font size and the role
/// the table finder gives it, so a wrong split can be seen at a glance (`luku inspect --lines`).
public enum LayoutDump {
    public static func dump(path: String, pages: ClosedRange<Int>? = nil) throws -> String {
        let pipeline = Pipeline(pageThreads: 1)
        var out = ""
        for page in try PopplerReader.read(path: path) where pages?.contains(page.number) ?? true {
            for line in pipeline.layout(page) {
                let role: String
                switch TableLineRole.classify(line) {
                case .data(let labelCount): role = "data/\(labelCount)"
                case .header: role = "header"
                case .labelOnly: role = "label"
                case .other: role = "other"
                }
                let box = line.box.map { "x\(Int($0.x0))-\(Int($0.x1)) y\(Int($0.y0))" } ?? ""
                let words = line.words.map { $0.doubtfulJoin ? "[\($0.text)?]" : "[\($0.text)]" }.joined(separator: " ")
                out += "p\(line.page) \(box) \(line.fontSize)pt\(line.isBold ? " bold" : "") \(role): \(words)\n"
            }
        }
        return out
    }
}
