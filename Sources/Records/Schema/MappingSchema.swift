/// The keys one kind of mapping in a record may have (a person, a vote, a report's signer…),
/// which of them are required, what each holds, and what the mapping is called in messages.
/// The decoders check every mapping against its schema, so a misspelt key is an error where
/// it stands instead of a field silently left out; `JSONSchemaGenerator` describes the same
/// tables to an editor (`bantin schema`).
public struct MappingSchema: Sendable {
    /// One key of the mapping.
    public struct Field: Sendable {
        public let name: String
        /// Required keys are reported when missing (at the mapping, or at a key that looks
        /// like the required one misspelt).
        public let required: Bool
        /// What the value may be, for the JSON Schema.
        public let kind: ValueKind
        /// What the field holds, in plain Vietnamese: shown by an editor beside the key.
        public let description: String

        /// A key the mapping must have.
        public static func required(_ name: String, _ kind: ValueKind, _ description: String) -> Field {
            Field(name: name, required: true, kind: kind, description: description)
        }

        /// A key the mapping may have.
        public static func optional(_ name: String, _ kind: ValueKind, _ description: String) -> Field {
            Field(name: name, required: false, kind: kind, description: description)
        }
    }

    /// What the mapping is, for messages: "a person", "the meeting record".
    public let name: Localized
    /// The mapping's name in the JSON Schema (`#/$defs/person`) and in `ValueKind.mapping`.
    public let id: String
    /// What the mapping is, in plain Vietnamese, for the JSON Schema.
    public let description: String
    public let fields: [Field]
    /// Keys of which the mapping has exactly one (a report part's heading level); checked by
    /// its decoder, stated in the JSON Schema.
    public let exactlyOne: [String]
    /// Where a user reads about these keys, for the message on an unknown key.
    public let reference: String

    init(_ name: Localized, id: String, description: String, exactlyOne: [String] = [],
         reference: String = "README \"Records\"", fields: [Field]) {
        self.name = name
        self.id = id
        self.description = description
        self.exactlyOne = exactlyOne
        self.reference = reference
        self.fields = fields
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
