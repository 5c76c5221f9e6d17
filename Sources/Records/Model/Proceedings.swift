/// A speech summarised in the minutes. The speaker's position and form of address are the
/// speech's own when it gives them, else those of the person of that name in the record
/// (chair, secretary, guests): see `Meeting.introduction(of:)`.
public struct Speech: Hashable, Sendable {
    public var speaker: String
    public var text: String
    public var role: String?
    public var salutation: Salutation?

    public init(speaker: String, text: String, role: String? = nil, salutation: Salutation? = nil) {
        self.speaker = speaker
        self.text = text
        self.role = role
        self.salutation = salutation
    }
}

/// A vote on one motion, with the base its percentages are taken of (docs/formatting-rules.md §3.4:
/// the base is always stored and printed).
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

/// A photo of the meeting, as written in the record and resolved against its folder, with
/// the facts validation read from the file.
public struct Photo: Hashable, Sendable {
    /// The path as the record writes it (`photos/toan-canh.jpg`).
    public var file: String
    /// Absolute path of the image; validation checked that it exists and is JPEG or PNG.
    public var resolvedPath: String
    public var caption: String?
    /// `jpeg` or `png`, from the file's bytes (not its name); empty before validation.
    public var format: String
    /// The image's size in pixels, from the JPEG frame header or the PNG IHDR chunk.
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Hex SHA-256 of the image data (`dataBytes`): identical files have the same id, so a
    /// renderer stores a photo used twice once.
    public var contentID: String
    /// Bytes from the file's start to the end of its image data (a JPEG's EOI): what a PDF
    /// embeds; bytes after it are left out. 0 before validation.
    public var dataBytes: Int
    /// The EXIF orientation of a JPEG (1–8, 1 = upright as stored; 5–8 turn it a quarter).
    public var orientation: Int
    /// How wide to print it (`width:`); nil leaves it to the layout (the column width).
    public var width: PhotoWidth?
    /// Where it goes in the article (`after:`): 0 after the lead (`lead`), N after the Nth
    /// paragraph of `article.body` (of `proceedings` when the record has no article); nil
    /// leaves it to the layout.
    public var after: Int?

    public init(file: String, resolvedPath: String, caption: String? = nil,
                format: String = "", pixelWidth: Int = 0, pixelHeight: Int = 0, contentID: String = "",
                dataBytes: Int = 0, orientation: Int = 1, width: PhotoWidth? = nil, after: Int? = nil) {
        self.file = file
        self.resolvedPath = resolvedPath
        self.caption = caption
        self.format = format
        self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight
        self.contentID = contentID
        self.dataBytes = dataBytes
        self.orientation = orientation
        self.width = width
        self.after = after
    }

    /// Height over width as printed, upright (0 before validation).
    public var aspect: Double {
        let (width, height) = orientation >= 5 ? (pixelHeight, pixelWidth) : (pixelWidth, pixelHeight)
        return width > 0 ? Double(height) / Double(width) : 0
    }
}

/// A photo's printed width as the record gives it: `80mm`, `8cm`, `200pt` (all stored as
/// points, 1 mm = 72/25.4 pt) or `60%` of the column (stored as 0.6).
public enum PhotoWidth: Hashable, Sendable {
    case points(Double)
    /// A fraction of the column width, in (0, 1].
    case fraction(Double)

    /// The width in points in a column `columnWidth` points wide.
    public func points(inColumn columnWidth: Double) -> Double {
        switch self {
        case .points(let value): return value
        case .fraction(let value): return value * columnWidth
        }
    }

    /// What is wrong with a written width.
    enum Problem: Error, Equatable {
        case notAWidth, notPositive, moreThanTheColumn
    }

    /// Parses `80mm`, `8cm`, `7.5 cm`, `200pt`, `60%` (units in lower case, a space before
    /// the unit allowed, a decimal point, never a comma).
    static func parse(_ text: String) -> Result<PhotoWidth, Problem> {
        // value × numerator / denominator, in that order, as the layout's lengths convert.
        let units: [(suffix: String, numerator: Double, denominator: Double)] =
            [("mm", 72, 25.4), ("cm", 720, 25.4), ("pt", 1, 1), ("%", 1, 100)]
        guard let unit = units.first(where: { text.hasSuffix($0.suffix) }) else { return .failure(.notAWidth) }
        var number = String(text.dropLast(unit.suffix.count))
        if number.hasSuffix(" ") { number.removeLast() }
        // Digits with at most one decimal point; no sign, exponent, "inf" or "nan".
        guard !number.isEmpty, number.allSatisfy({ $0.isASCIIDigit || $0 == "." }),
              number.filter({ $0 == "." }).count <= 1, number != ".", let value = Double(number) else {
            return .failure(.notAWidth)
        }
        guard value > 0 else { return .failure(.notPositive) }
        if unit.suffix == "%" {
            guard value <= 100 else { return .failure(.moreThanTheColumn) }
            return .success(.fraction(value / 100))
        }
        return .success(.points(value * unit.numerator / unit.denominator))
    }
}

/// What a bulletin item needs beyond the minutes (docs/formatting-rules.md §4.3): kicker, headline,
/// timestamp, lead, body and byline. Every field is optional here; the bulletin builder decides
/// what it requires.
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
        // `19/9/2023 13h30`: a written date, a space, a written time.
        if !text.contains("T"), let space = text.firstIndex(of: " ") {
            guard let parts = WrittenDateTime.dateParts(String(text[..<space])),
                  let date = CivilDate(year: parts.year, month: parts.month, day: parts.day),
                  let time = ClockTime(written: String(text[text.index(after: space)...])) else { return nil }
            return (date, time)
        }
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2, halves[1].count == 5,
              let date = CivilDate(iso: String(halves[0])),
              let time = ClockTime(String(halves[1])) else { return nil }
        return (date, time)
    }
}
