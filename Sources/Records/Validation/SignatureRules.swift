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
    /// Academic titles, degrees and honours that never stand before a signer's name (Decree
    /// 30, Appendix I, §II.7.c; docs/formatting-rules.md §1.6), abbreviated (compared without
    /// their periods and case) …
    static let abbreviatedTitles: Set<String> = ["gs", "pgs", "ts", "tskh", "ths", "th.s", "bs", "bsck", "bscki", "bsckii",
                                                 "ks", "kts", "cn", "ds", "ls", "gs.ts", "pgs.ts", "gs.tskh", "pgs.tskh",
                                                 "ngnd", "ngưt", "nsnd", "nsưt", "dr", "mr", "mrs", "ms", "đ/c"]
    /// … and written out (compared in lower case, as the first words of the name).
    static let writtenTitles = ["phó giáo sư", "giáo sư", "tiến sĩ khoa học", "tiến sĩ", "tiến sỹ", "thạc sĩ", "thạc sỹ",
                                "bác sĩ", "bác sỹ", "kỹ sư", "kĩ sư", "kiến trúc sư", "dược sĩ", "luật sư", "cử nhân",
                                "nhà giáo nhân dân", "nhà giáo ưu tú", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "đồng chí"]

    /// The authority line starts with its regime's prefix, written as the regime writes it:
    /// `T/M`, `K/T`, `T/L` for the Party, `TM.`, `KT.`, `Q.`, `TL.`, `TUQ.` for the state; a
    /// Party committee's deputy signs `T/M` with `PHÓ BÍ THƯ`, never `K/T` (docs/formatting-rules.md
    /// §1.6, §2.6). The message gives the whole line corrected.
    static func checkAuthority(_ authority: String?, title: String?, regime: Regime, path: String,
                               at location: SourceLocation, context: DecodingContext) {
        guard let authority else { return }
        let words = authority.split(separator: " ", omittingEmptySubsequences: true)
        let first = String(words.first ?? "")
        let rest = words.dropFirst().joined(separator: " ")
        let bare = first.replacingOccurrences(of: "/", with: "").replacingOccurrences(of: ".", with: "").uppercased()
        func line(_ prefix: String) -> String { rest.isEmpty ? prefix : "\(prefix) \(rest)" }
        switch regime {
        case .party:
            let fixed = partyPrefixes.first { $0.replacingOccurrences(of: "/", with: "") == bare }
            if first.contains(".") || (fixed != nil && first != fixed) {
                context.error(path, at: location, .partyPrefixHasNoPeriod(fixed.map { .verbatim(line($0)) } ?? .partyPrefixes))
            } else if first == "K/T", let title, title.uppercased().contains("PHÓ BÍ THƯ") {
                context.error(path, at: location, .deputySignsForCommittee)
            }
        case .state:
            let fixed = statePrefixes.first { $0.dropLast() == bare }
            if let fixed, first != fixed {
                context.error(path, at: location, .statePrefixNeedsPeriod(line(fixed)))
            }
        }
    }

    /// The name carries no academic title or honorific (checklist item 15); the message
    /// gives the name without it.
    static func checkName(_ name: String, path: String, at location: SourceLocation, context: DecodingContext) {
        guard let (title, bare) = titleBefore(name) else { return }
        context.error(path, at: location, .titleBeforeSignerName(title, fixed: bare))
    }

    /// The title a name starts with, and the name without it; nil for a plain name. A first
    /// word with a period (`TS.`, `Th.S`) is a title: Vietnamese names have none.
    static func titleBefore(_ name: String) -> (title: String, name: String)? {
        let words = name.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count >= 2 else { return nil }
        let lower = words.map { $0.lowercased() }
        for written in writtenTitles {
            let count = written.split(separator: " ").count
            if words.count > count, lower.prefix(count).joined(separator: " ") == written {
                return (words.prefix(count).joined(separator: " "), words.dropFirst(count).joined(separator: " "))
            }
        }
        let first = lower[0]
        let stripped = first.hasSuffix(".") ? String(first.dropLast()) : first
        if first.contains(".") || abbreviatedTitles.contains(stripped) {
            return (words[0], words.dropFirst().joined(separator: " "))
        }
        return nil
    }

    /// The signatures of minutes, checked like a report's signer: each `signers` entry's
    /// authority and name, and the chair's and secretary's names (which sign when `signers`
    /// gives none). A field taken from the settings is reported where the settings write it.
    static func checkMinutes(_ draft: MeetingDraft, context: DecodingContext) {
        guard let regime = draft.regime else { return }
        for (role, signer, person) in [("chair", draft.signers.chair, draft.chair), ("secretary", draft.signers.secretary, draft.secretary)] {
            if let signer {
                let path = "signers.\(role)"
                let place = context.locations["\(path).authority"] ?? context.locations[path] ?? AttendanceRules.location(path, context)
                checkAuthority(signer.authority, title: signer.title, regime: regime, path: "\(path).authority", at: place, context: context)
                if let location = context.locations["\(path).name"] {
                    checkName(signer.name, path: "\(path).name", at: location, context: context)
                }
            }
            if let person, let location = context.locations["\(role).name"] {
                checkName(person.name, path: "\(role).name", at: location, context: context)
            }
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
        guard let image = drawable(loaded, file, field: field, at: location, context: context) else { return nil }
        if !loaded.facts.hasTransparency {
            context.warning(field, at: location, .signatureOpaque(file))
        }
        return image
    }

    /// A PNG read for a signature block (a signature or a seal), refused when it would print
    /// as a sliver.
    static func drawable(_ loaded: ImageFile, _ file: String, field: String, at location: SourceLocation,
                         context: DecodingContext) -> SignatureImage? {
        let longer = Double(max(loaded.facts.pixelWidth, loaded.facts.pixelHeight))
        if longer / Double(min(loaded.facts.pixelWidth, loaded.facts.pixelHeight)) > ImageLimits.largestAspectRatio {
            context.error(field, at: location, .signatureSliver(file, loaded.facts.pixelWidth, loaded.facts.pixelHeight, Int(ImageLimits.largestAspectRatio)))
            return nil
        }
        return SignatureImage(file: file, resolvedPath: loaded.path, pixelWidth: loaded.facts.pixelWidth,
                              pixelHeight: loaded.facts.pixelHeight, contentID: loaded.contentID)
    }
}
