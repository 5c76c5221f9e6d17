/// A point in page space: PDF points from the top-left corner, y growing downwards.
public struct Point: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }

    /// The point moved by (dx, dy), snapped to the layout precision.
    public func moved(dx: Double, dy: Double) -> Point { Point(x: snap(x + dx), y: snap(y + dy)) }
}

/// Page and box sizes in PDF points.
public struct Size: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }

    /// ISO A4 portrait (210 × 297 mm).
    public static let a4 = Size(width: millimetres(210), height: millimetres(297))
}

/// Top, bottom, left and right distances in points.
public struct Insets: Hashable, Sendable {
    public var top: Double, bottom: Double, left: Double, right: Double
    public init(top: Double, bottom: Double, left: Double, right: Double) {
        self.top = top; self.bottom = bottom; self.left = left; self.right = right
    }
}

/// Converts millimetres to PDF points (72 per inch).
public func millimetres(_ mm: Double) -> Double { mm * 72.0 / 25.4 }

/// Rounds a layout position to the fixed precision every output uses (1/1000 pt), so that
/// equal inputs give byte-identical files however the arithmetic was ordered.
@inline(__always)
public func snap(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
