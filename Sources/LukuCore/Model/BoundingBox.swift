/// An axis-aligned box in PDF points with the origin at the page's top-left corner.
public struct BoundingBox: Equatable, Sendable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }
    public var midX: Double { (x0 + x1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(x0: min(x0, other.x0), y0: min(y0, other.y0),
                    x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// The union of two optional boxes: whichever exists, or nil.
    public static func union(_ a: BoundingBox?, _ b: BoundingBox?) -> BoundingBox? {
        guard let a else { return b }
        guard let b else { return a }
        return a.union(b)
    }

    /// Length of the horizontal overlap with `other` (0 when disjoint).
    public func horizontalOverlap(_ other: BoundingBox) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }
}
