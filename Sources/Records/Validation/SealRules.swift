import Foundation

/// The seal image of a final report (Decree 30, Appendix I, cell 8; docs/formatting-rules.md
/// §1.6): checked like the signature image (confined to the record's folder, a sound PNG, no
/// sliver) and further a red PNG with transparency (its average ink colour red), whose
/// resolution (pHYs) gives a real seal's size.
enum SealRules {
    static func image(_ file: String, field: String, at location: SourceLocation, context: DecodingContext) -> SealImage? {
        guard let loaded = ImageFile.read(file, field: field, at: location, context: context) else { return nil }
        let facts = loaded.facts
        guard facts.format == "png" else {
            context.error(field, at: location, .sealIsJPEG(file))
            return nil
        }
        guard let image = SignatureRules.drawable(loaded, file, field: field, at: location, context: context) else { return nil }
        guard facts.hasTransparency else {
            context.error(field, at: location, .sealOpaque(file))
            return nil
        }
        guard !facts.isGrey else {
            context.error(field, at: location, .sealGrey(file))
            return nil
        }
        guard let ink = loaded.ink, ink.isRed else {
            context.error(field, at: location, .sealNotRed(file, loaded.ink?.hex))
            return nil
        }
        guard let resolution = facts.pixelsPerMetre, resolution.x > 0, resolution.y > 0 else {
            context.error(field, at: location, .sealNoResolution(file))
            return nil
        }
        let width = Double(facts.pixelWidth) * 1000 / Double(resolution.x)
        let height = Double(facts.pixelHeight) * 1000 / Double(resolution.y)
        let range = ImageLimits.smallestSealMillimetres...ImageLimits.largestSealMillimetres
        guard range.contains(width), range.contains(height) else {
            context.error(field, at: location, .sealSize(file, Self.millimetres(width), Self.millimetres(height),
                                                         Int(range.lowerBound), Int(range.upperBound)))
            return nil
        }
        return SealImage(image: image, widthMillimetres: width, heightMillimetres: height)
    }

    /// `36,1`: one decimal, decimal comma.
    static func millimetres(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10),\(tenths % 10)"
    }
}
