import Foundation
import Records

/// A length written in a layout file: `20mm`, `1cm`, `6pt`, `1.25em` (of the style's font
/// size) or a bare number of points.
public struct Length: Sendable, Hashable, Decodable, CustomStringConvertible {
    public enum Unit: String, Sendable { case pt, mm, cm, em }
    public var value: Double
    public var unit: Unit

    public init(_ value: Double, _ unit: Unit) { self.value = value; self.unit = unit }

    /// Parses `text`; nil when it is not a number with one of the known units.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for unit in [Unit.mm, .cm, .pt, .em] where trimmed.hasSuffix(unit.rawValue) {
            guard let number = Double(trimmed.dropLast(unit.rawValue.count).trimmingCharacters(in: .whitespaces)) else { return nil }
            self.init(number, unit)
            return
        }
        guard let number = Double(trimmed) else { return nil }
        self.init(number, .pt)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self.init(number, .pt)
            return
        }
        let text = try container.decode(String.self)
        guard let length = Length(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription:
                Localized.layoutLengthText(text).text())
        }
        self = length
    }

    /// The length in points; `em` lengths need the font size they are relative to.
    public func points(em: Double = 0) -> Double {
        switch unit {
        case .pt: return value
        case .mm: return value * 72 / 25.4
        case .cm: return value * 720 / 25.4
        case .em: return value * em
        }
    }

    public var description: String { "\(value)\(unit.rawValue)" }
}
