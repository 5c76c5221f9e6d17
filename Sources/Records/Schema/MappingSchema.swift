/// The keys one kind of mapping in a record may have (a person, a vote, a report's signer…),
/// which of them are required, and what the mapping is called in messages. The decoders
/// check every mapping against its schema, so a misspelt key is an error where it stands
/// instead of a field silently left out; the same tables can describe the records to an
/// editor (a JSON Schema).
public struct MappingSchema: Sendable {
    /// One key of the mapping.
    public struct Field: Sendable {
        public let name: String
        /// Required keys are reported when missing (at the mapping, or at a key that looks
        /// like the required one misspelt).
        public let required: Bool
    }

    /// What the mapping is, for messages: "a person", "the meeting record".
    public let name: String
    public let fields: [Field]
    /// Where a user reads about these keys, for the message on an unknown key.
    public let reference: String

    init(_ name: String, required: [String] = [], optional: [String] = [], reference: String = "README \"Records\"") {
        self.name = name
        self.reference = reference
        fields = required.map { Field(name: $0, required: true) } + optional.map { Field(name: $0, required: false) }
    }

    public var names: Set<String> { Set(fields.map(\.name)) }

    func isRequired(_ key: String) -> Bool { fields.contains { $0.name == key && $0.required } }

    /// The known key `key` most likely stands for: the closest by edit distance (at most 2,
    /// compared without regard to case), or one that starts the other (`ending` → `end`).
    func nearest(to key: String) -> String? {
        let typed = key.lowercased()
        var best: (name: String, distance: Int)?
        for field in fields {
            var distance = EditDistance.between(typed, field.name)
            let (short, long) = typed.count < field.name.count ? (typed, field.name) : (field.name, typed)
            if distance > 2, short.count >= 3, long.hasPrefix(short) { distance = 2 }
            guard distance <= 2, distance < (best?.distance ?? .max) else { continue }
            best = (field.name, distance)
        }
        return best?.name
    }
}

/// Levenshtein distance between two short strings, by characters.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
