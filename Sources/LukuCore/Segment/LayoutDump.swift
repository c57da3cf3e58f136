/// A debug view of the layout stage: every line with its page, position, font size and the role
/// the table finder gives it, so a wrong split can be seen at a glance (`luku inspect --lines`).
public enum LayoutDump {
    /// `gaps`: print the gap between neighbouring words in em (`[a] ‹1.2› [b]`).
    public static func dump(path: String, pages: ClosedRange<Int>? = nil, gaps: Bool = false) throws -> String {
        let pipeline = Pipeline(pageThreads: 1)
        var out = ""
        for page in try PopplerReader.read(path: path).map({ TextLayerCheck.checkPage($0).page }) where pages?.contains(page.number) ?? true {
            for line in pipeline.layout(page) {
                let role: String
                switch TableLineRole.classify(line) {
                case .data(let labelCount): role = "data/\(labelCount)"
                case .header: role = "header"
                case .labelOnly: role = "label"
                case .other: role = "other"
                }
                let box = line.box.map { "x\(Int($0.x0))-\(Int($0.x1)) y\(Int($0.y0))" } ?? ""
                var words = ""
                for (k, w) in line.words.enumerated() {
                    if k > 0 {
                        words += " "
                        if gaps, let a = line.words[k - 1].box, let b = w.box {
                            let em = (b.x0 - a.x1) / max(w.fontSize, 1)
                            words += "‹\((em * 10).rounded() / 10)› "
                        }
                    }
                    words += w.doubtfulJoin ? "[\(w.text)?]" : "[\(w.text)]"
                }
                out += "p\(line.page) \(box) \(line.fontSize)pt\(line.isBold ? " bold" : "") \(role): \(words)\n"
            }
        }
        return out
    }
}
