/// One printed character with its box, as the PDF layer hands it upward.
public struct Glyph: Equatable, Sendable {
    public var scalar: Unicode.Scalar
    public var box: BoundingBox
    /// Index into the page's `fonts`.
    public var font: Int

    public init(scalar: Unicode.Scalar, box: BoundingBox, font: Int) {
        self.scalar = scalar
        self.box = box
        self.font = font
    }

    /// ASCII by range (most glyphs), anything else by its Unicode property.
    public var isWhitespace: Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        return scalar.properties.isWhitespace
    }
}

/// A font as poppler reports it: name (subset prefix included), size in points, weight guess.
public struct FontFace: Hashable, Sendable {
    public var name: String
    public var size: Double
    public var isBold: Bool

    public init(name: String, size: Double) {
        self.name = name
        self.size = size
        let lower = name.lowercased()
        self.isBold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
            || lower.contains("semibold") || lower.hasSuffix(",b")
    }
}

/// The glyphs of one PDF page in poppler's text order.
public struct PageGlyphs: Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var glyphs: [Glyph]
    public var fonts: [FontFace]

    public init(number: Int, width: Double, height: Double, glyphs: [Glyph], fonts: [FontFace]) {
        self.number = number
        self.width = width
        self.height = height
        self.glyphs = glyphs
        self.fonts = fonts
    }
}
