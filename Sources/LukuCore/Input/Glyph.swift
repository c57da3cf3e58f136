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

    /// ASCII and Latin by range (most glyphs), anything else by its Unicode property.
    public var isWhitespace: Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x20 || (0x09...0x0D).contains(v) }
        // Below U+1680 the only other White_Space scalars are U+0085 and U+00A0: ä and ö need
        // no property lookup.
        if v < 0x1680 { return v == 0x85 || v == 0xA0 }
        return scalar.properties.isWhitespace
    }

    /// Prints nothing (soft hyphen, zero-width space, joiners...). Below U+034F only U+00AD is a
    /// Default_Ignorable_Code_Point: a range test spares the property lookup for ä and ö.
    public var isDefaultIgnorable: Bool {
        let v = scalar.value
        return v == 0xAD || v >= 0x34F && scalar.properties.isDefaultIgnorableCodePoint
    }
}

/// A font as poppler reports it: name (subset prefix included), size in points, weight guess.
public struct FontFace: Hashable, Sendable {
    public var name: String
    public var size: Double
    public var isBold: Bool
    /// A monospace face by its name (`MonospaceDigitGroups`): Courier (the PDF core font and
    /// Courier New), Consolas, and the `… Mono` families (DejaVu Sans Mono, Liberation Mono,
    /// Noto Sans Mono, …), not Monotype's proportional faces.
    public var isMonospace: Bool

    public init(name: String, size: Double) {
        self.name = name
        self.size = size
        let lower = name.lowercased()
        self.isBold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
            || lower.contains("semibold") || lower.hasSuffix(",b")
        self.isMonospace = lower.contains("courier") || lower.contains("consolas")
            || lower.contains("mono") && !lower.contains("monotype")
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
