import Foundation

/// The rules of a signature block (docs/formatting-rules.md §1.6, §2.6; checklist items 15
/// and 16): the authority prefix of each regime, no academic title before the name, and a
/// signature image that is a PNG.
enum SignatureRules {
    /// State prefixes, each ending with a period (Decree 30, Appendix I, §II.7;
    /// docs/formatting-rules.md §1.6).
    static let statePrefixes = ["TM.", "KT.", "Q.", "TL.", "TUQ."]
    /// Party prefixes, with a slash and no period (HD 36, §II.1.7; docs/formatting-rules.md §2.6).
    static let partyPrefixes = ["T/M", "K/T", "T/L"]
    /// Titles that never stand before a signer's name (docs/formatting-rules.md §1.6: "no academic
    /// titles").
    static let academicTitles = ["GS.TS.", "PGS.TS.", "GS.", "PGS.", "TS.", "ThS.", "BS.", "KS.", "CN.", "Ths.", "TS ", "ThS "]

    /// The authority line starts with its regime's prefix; a Party committee's deputy signs
    /// `T/M` with `PHÓ BÍ THƯ`, never `K/T` (docs/formatting-rules.md §2.6).
    static func checkAuthority(_ authority: String?, title: String?, regime: Regime, path: String,
                               at location: SourceLocation, context: DecodingContext) {
        guard let authority else { return }
        let first = String(authority.split(separator: " ").first ?? "")
        switch regime {
        case .party:
            if first.contains(".") {
                let fixed = partyPrefixes.first { $0.replacingOccurrences(of: "/", with: "") == first.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: "/", with: "") }
                context.error(path, at: location, .partyPrefixHasNoPeriod(fixed.map(Localized.verbatim) ?? .partyPrefixes))
            } else if first == "K/T", let title, title.uppercased().contains("PHÓ BÍ THƯ") {
                context.error(path, at: location, .deputySignsForCommittee)
            }
        case .state:
            if first.contains("/") || (!statePrefixes.contains(first) && ["TM", "KT", "Q", "TL", "TUQ"].contains(first)) {
                let bare = first.replacingOccurrences(of: "/", with: "").replacingOccurrences(of: ".", with: "")
                context.error(path, at: location, .statePrefixNeedsPeriod(bare))
            }
        }
    }

    /// The name carries no academic title or honorific (checklist item 15).
    static func checkName(_ name: String, path: String, at location: SourceLocation, context: DecodingContext) {
        if let title = academicTitles.first(where: { name.hasPrefix($0) }) {
            context.error(path, at: location, .titleBeforeSignerName(title.trimmingWhitespace()))
        }
    }

    /// The signature image at `file` (relative to the record's folder, and confined to it or
    /// an allowed folder): it must be a sound PNG; one without transparency is accepted with a
    /// warning (it would hide the seal under it).
    static func image(_ file: String, field: String, at location: SourceLocation,
                      context: DecodingContext) -> SignatureImage? {
        guard let loaded = ImageFile.read(file, field: field, at: location, context: context) else { return nil }
        guard loaded.facts.format == "png" else {
            context.error(field, at: location, .signatureIsJPEG(file))
            return nil
        }
        let longer = Double(max(loaded.facts.pixelWidth, loaded.facts.pixelHeight))
        if longer / Double(min(loaded.facts.pixelWidth, loaded.facts.pixelHeight)) > ImageLimits.largestAspectRatio {
            context.error(field, at: location, .signatureSliver(file, loaded.facts.pixelWidth, loaded.facts.pixelHeight, Int(ImageLimits.largestAspectRatio)))
            return nil
        }
        if !loaded.facts.hasTransparency {
            context.warning(field, at: location, .signatureOpaque(file))
        }
        return SignatureImage(file: file, resolvedPath: loaded.path, pixelWidth: loaded.facts.pixelWidth,
                              pixelHeight: loaded.facts.pixelHeight, contentID: loaded.contentID)
    }
}
