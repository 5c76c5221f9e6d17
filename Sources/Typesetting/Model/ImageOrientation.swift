/// How an image's stored pixels are turned and mirrored to stand upright: the eight cases of
/// the TIFF/EXIF Orientation tag, by their tag values. Layout uses the upright size; the
/// renderer draws the stored pixels through `placement(in:)`.
public enum ImageOrientation: Int, Sendable, Hashable, CaseIterable {
    /// As stored.
    case up = 1
    case upMirrored = 2
    case down = 3
    case downMirrored = 4
    /// The stored rows become the upright image's columns (a quarter turn, mirrored or not).
    case leftMirrored = 5
    case right = 6
    case rightMirrored = 7
    case left = 8

    /// True when the upright width is the stored height (a quarter turn).
    public var swapsSides: Bool { rawValue >= 5 }

    /// The affine map from the stored image's unit square (u across the stored width, v down
    /// the stored height, both 0…1) onto an upright box of `size`, as
    /// x = a·u + c·v + tx, y = b·u + d·v + ty (y downwards).
    public func placement(in size: Size) -> (a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        let w = size.width, h = size.height
        switch self {
        case .up: return (w, 0, 0, h, 0, 0)
        case .upMirrored: return (-w, 0, 0, h, w, 0)
        case .down: return (-w, 0, 0, -h, w, h)
        case .downMirrored: return (w, 0, 0, -h, 0, h)
        case .leftMirrored: return (0, h, w, 0, 0, 0)
        case .right: return (0, h, -w, 0, w, 0)
        case .rightMirrored: return (0, -h, -w, 0, w, h)
        case .left: return (0, -h, w, 0, 0, h)
        }
    }
}
