/// A speech summarised in the minutes.
public struct Speech: Hashable, Sendable {
    public var speaker: String
    public var text: String

    public init(speaker: String, text: String) {
        self.speaker = speaker
        self.text = text
    }
}

/// A vote on one motion, with the base its percentages are taken of (§3.4: the base is
/// always stored and printed).
public struct Vote: Hashable, Sendable {
    public var motion: String
    public var `for`: Int
    public var against: Int
    public var other: Int
    /// The denominator: `attendance.members` unless the record gives `base:`.
    public var base: Int
    /// What the base counts (`đảng viên chính thức`), from `base_label:`.
    public var baseLabel: String?

    public init(motion: String, for votesFor: Int, against: Int = 0, other: Int = 0,
                base: Int, baseLabel: String? = nil) {
        self.motion = motion
        self.for = votesFor
        self.against = against
        self.other = other
        self.base = base
        self.baseLabel = baseLabel
    }
}

/// A photo of the meeting, as written in the record and resolved against its folder.
public struct Photo: Hashable, Sendable {
    /// The path as the record writes it (`photos/toan-canh.jpg`).
    public var file: String
    /// Absolute path of the image; validation checked that it exists and is JPEG or PNG.
    public var resolvedPath: String
    public var caption: String?

    public init(file: String, resolvedPath: String, caption: String? = nil) {
        self.file = file
        self.resolvedPath = resolvedPath
        self.caption = caption
    }
}

/// What a bulletin item needs beyond the minutes (§4.3): kicker, headline, timestamp,
/// lead, body and byline. Every field is optional here; the bulletin builder decides what
/// it requires.
public struct Article: Hashable, Sendable {
    public var section: String?
    public var headline: String?
    /// As written, validated as `YYYY-MM-DDTHH:MM` (`2023-07-11T14:51`).
    public var published: String?
    public var author: String?
    public var unit: String?
    public var lead: String?
    public var body: [String]

    public init(section: String? = nil, headline: String? = nil, published: String? = nil,
                author: String? = nil, unit: String? = nil, lead: String? = nil, body: [String] = []) {
        self.section = section
        self.headline = headline
        self.published = published
        self.author = author
        self.unit = unit
        self.lead = lead
        self.body = body
    }

    /// The date and time of `published`, parsed; nil when absent.
    public var publishedDate: (date: CivilDate, time: ClockTime)? {
        published.flatMap(Article.parseTimestamp)
    }

    /// Splits `YYYY-MM-DDTHH:MM` into a real date and time, or nil.
    static func parseTimestamp(_ text: String) -> (date: CivilDate, time: ClockTime)? {
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, halves[1].count == 5,
              let date = CivilDate(iso: String(halves[0])),
              let time = ClockTime(String(halves[1])) else { return nil }
        return (date, time)
    }
}
