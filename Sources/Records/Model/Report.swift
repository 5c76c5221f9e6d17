/// One validated report record (`kind: report`): a báo cáo drafted for signature, whose
/// figures come from the meeting records of a period (docs/formatting-rules.md §4.1).
///
/// Texts may hold placeholders (`{meetings.count}`, see `ReportPlaceholders`); they are
/// replaced by `ReportResolver` once the period's meetings are known.
public struct Report: Sendable, Hashable {
    public var regime: Regime
    public var organization: Organization
    /// Sequence number (`Số 45-BC/ĐU`); never printed on a draft, whose number stays blank.
    public var number: Int?
    /// The document-type title when it is not the layout's (`BÁO CÁO`).
    public var title: String?
    /// The summary line under the title (trích yếu), e.g. `sơ kết công tác đảng 6 tháng …`.
    public var summary: String
    public var date: CivilDate
    /// A draft leaves the number and the day and month blank and carries no signature image.
    public var draft: Bool
    /// The draft's round (`Dự thảo lần 2`); nil when the record gives none.
    public var round: Int?
    /// The period the figures cover, when the record names one (the command line may too).
    public var period: Period?
    /// Whom a report sent upward is addressed to (Kính gửi, ô 9a of Decree 30).
    public var addressees: [String]
    /// Units under the organisation whose meetings count although no record names the
    /// organisation as their parent (`units:`; see `ReportScope`).
    public var units: [String] = []
    /// Paragraphs before the first numbered part (căn cứ, "… báo cáo như sau:").
    public var opening: [ReportContent]
    public var parts: [ReportPart]
    /// Paragraphs after the last part.
    public var closing: [ReportContent]
    public var signer: ReportSigner
    public var recipients: [String]
    /// What the archive line keeps (`VT, VP` → `- Lưu: VT, VP.`); nil leaves it to the layout.
    public var archive: String?
    public var sourceFile: String
    var fieldLocations: [String: SourceLocation] = [:]

    public init(regime: Regime, organization: Organization, number: Int? = nil, title: String? = nil, summary: String,
                date: CivilDate, draft: Bool = true, round: Int? = nil, period: Period? = nil, addressees: [String] = [],
                opening: [ReportContent] = [], parts: [ReportPart] = [], closing: [ReportContent] = [],
                signer: ReportSigner, recipients: [String] = [], archive: String? = nil, sourceFile: String = "") {
        self.regime = regime; self.organization = organization; self.number = number; self.title = title
        self.summary = summary; self.date = date; self.draft = draft; self.round = round; self.period = period
        self.addressees = addressees; self.opening = opening; self.parts = parts; self.closing = closing; self.signer = signer
        self.recipients = recipients; self.archive = archive; self.sourceFile = sourceFile
    }

    /// Where the field at a dotted path starts in `sourceFile`; nil for a path not written.
    public func location(of path: String) -> SourceLocation? { fieldLocations[path] }

    /// The location of `path`, else of the nearest field above it, else the file's start.
    func nearestLocation(of path: String) -> SourceLocation {
        var path = Substring(path)
        while !path.isEmpty {
            if let location = fieldLocations[String(path)] { return location }
            guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            path = path[..<cut]
        }
        return SourceLocation(file: sourceFile, line: 1, column: 1)
    }

    /// Every text of the record with its path and where it starts in the file.
    public var textFields: [(path: String, value: String, location: SourceLocation)] {
        texts.map { ($0.path, $0.text, nearestLocation(of: $0.path)) }
    }

    /// Every text of the record with its dotted path: what the finished report prints (for
    /// font checks and for tests that read the PDF back). The body's texts are the ones
    /// placeholders may stand in (`fillableTexts`).
    public var texts: [(path: String, text: String)] {
        var out: [(String, String)] = []
        func add(_ path: String, _ text: String?) { if let text { out.append((path, text)) } }
        add("organization.parent", organization.parent)
        add("organization.name", organization.name)
        add("organization.place", organization.place)
        for (index, addressee) in addressees.enumerated() { add("to[\(index)]", addressee) }
        out += fillableTexts
        add("signer.authority", signer.authority)
        add("signer.title", signer.title)
        add("signer.name", signer.name)
        for (index, recipient) in recipients.enumerated() { add("recipients[\(index)]", recipient) }
        add("archive", archive)
        return out
    }
}

/// The three numbered levels of a report (Structure B of Decree 30, HD 36: docs/formatting-rules.md
/// §1.5, §2.5): a part (`I-` / `I.`), a section (`1.`) and a point (`a)`).
public enum HeadingLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
    case part = 1, section, point

    /// The key a record writes the heading under.
    public var key: String {
        switch self {
        case .part: return "part"
        case .section: return "section"
        case .point: return "point"
        }
    }

    public static func < (a: HeadingLevel, b: HeadingLevel) -> Bool { a.rawValue < b.rawValue }
}

/// One numbered heading with what stands under it: its own content, then its sub-parts.
public struct ReportPart: Sendable, Hashable {
    public var level: HeadingLevel
    public var heading: String
    public var content: [ReportContent]
    public var parts: [ReportPart]
    /// The record path of this part (`parts[0].parts[1]`), for messages.
    public var path: String

    public init(level: HeadingLevel, heading: String, content: [ReportContent] = [], parts: [ReportPart] = [], path: String = "") {
        self.level = level; self.heading = heading; self.content = content; self.parts = parts; self.path = path
    }
}

/// One item of a report body.
public enum ReportContent: Sendable, Hashable {
    /// A paragraph; text starting with `- ` is a bullet, with `+ ` a bullet under a bullet.
    case paragraph(String, path: String)
    /// A table the record writes out.
    case table(ReportTable)
    /// The table of the period's meetings, generated from the records.
    case meetingsTable(path: String)
}

/// A table written in the record: optional relative column widths, a header row, rows.
public struct ReportTable: Sendable, Hashable {
    public var columns: [Double]?
    public var header: [String]
    public var rows: [[String]]
    public var path: String

    public init(columns: [Double]? = nil, header: [String], rows: [[String]], path: String = "") {
        self.columns = columns; self.header = header; self.rows = rows; self.path = path
    }
}

/// Who signs the report: the authority line (`T/M ĐẢNG ỦY`), the position, the name, and on
/// a final report the image of the signature.
public struct ReportSigner: Sendable, Hashable {
    public var authority: String?
    public var title: String
    /// Required on a final report; a draft may leave it to be filled in.
    public var name: String?
    public var signature: SignatureImage?
    /// The organisation's seal stamped over the signature (final state reports).
    public var seal: SealImage?

    public init(authority: String? = nil, title: String, name: String? = nil, signature: SignatureImage? = nil,
                seal: SealImage? = nil) {
        self.authority = authority; self.title = title; self.name = name; self.signature = signature; self.seal = seal
    }
}

/// A PNG of a handwritten signature, checked to exist and to be a PNG.
public struct SignatureImage: Sendable, Hashable {
    public var file: String
    public var resolvedPath: String
    public var pixelWidth: Int
    public var pixelHeight: Int
    public var contentID: String

    public init(file: String, resolvedPath: String, pixelWidth: Int, pixelHeight: Int, contentID: String) {
        self.file = file; self.resolvedPath = resolvedPath; self.pixelWidth = pixelWidth
        self.pixelHeight = pixelHeight; self.contentID = contentID
    }
}

/// A PNG of the organisation's seal (dấu, ô 8 of Decree 30): red on a transparent background,
/// printed at its real size, which the PNG's resolution (pHYs) gives.
public struct SealImage: Sendable, Hashable {
    public var image: SignatureImage
    /// The printed size, from the pixel size and the resolution.
    public var widthMillimetres: Double
    public var heightMillimetres: Double

    public init(image: SignatureImage, widthMillimetres: Double, heightMillimetres: Double) {
        self.image = image; self.widthMillimetres = widthMillimetres; self.heightMillimetres = heightMillimetres
    }
}
