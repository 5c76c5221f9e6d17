/// What a font folder holds: the faces that load and the files that do not.
public struct FontScan: Sendable {
    public var fonts: [Font] = []
    public var broken: [BrokenFont] = []
}
