import Foundation
import Yams
import Records

/// A document style read from `Layouts/*.yaml`: page geometry, fonts, named paragraph
/// styles, rules, column widths and the fixed strings of the form. Users copy and edit
/// these files; nothing about a document's look is hard-coded in builders. `load` checks a
/// file against its product's schema (LayoutSchema), so builders' lookups cannot fail later.
public struct Layout: Sendable, Decodable {
    /// Which builder the layout is for, e.g. "minutes".
    public var product: String
    /// "party" or "state"; a record of the other regime is refused with a clear message.
    public var regime: String
    public var page: PageSpec
    /// Font roles to family names, e.g. `serif: Liberation Serif`.
    public var fonts: [String: String]
    public var styles: [String: StyleSpec]
    public var rules: [String: RuleSpec]
    /// Column widths as relative numbers, e.g. `header: [45, 55]`.
    public var columns: [String: [Double]]
    /// Fixed strings and sentence templates with `{placeholders}`.
    public var strings: [String: String]
    /// Other lengths the builder needs (e.g. the space left for a handwritten signature).
    public var spacing: [String: Length]
    /// Proportions the builder needs (e.g. a photo's default share of the column).
    public var fractions: [String: Double]
    /// Zero-pad counts below 10 ("02 đồng chí"): common practice, not a rule.
    public var padCounts: Bool
    /// The signature labels (`THƯ KÝ`, `CHỦ TỌA`) always print, as Mẫu 1.9 writes them; a
    /// signer's authority and position from the record print under the label. Without it a
    /// record's `signers` replace the labels (Party practice: `T/M ĐẢNG ỦY` / `PHÓ BÍ THƯ`).
    public var signatureLabelsFixed: Bool
    /// A table with at most this many rows is kept on one page (a short vote table);
    /// a longer one may break between rows, its header repeated.
    public var keepTogetherRows: Int
    /// The signer's seal may be printed (`allows-seal`); by default in state layouts only, as
    /// a Party document's seal is the committee's to place by hand (docs/formatting-rules.md §2.6).
    public var allowsSeal: Bool
    /// Lines of the body a signature block keeps above it on its page (reports, minutes).
    public var signatureKeepsLines: Int
    /// The body of the document, in order: which record parts appear, with which sentence
    /// templates and styles.
    public var sections: [SectionSpec]
    /// The file the layout was read from, where each key was written, and the product schema
    /// it was checked against (set by `load`).
    public internal(set) var file = "layout"
    public internal(set) var marks = LayoutMarks()
    public internal(set) var schema = LayoutSchema.minutes
    /// Every style the layout defines or names; the only names a builder may ask for.
    public internal(set) var styleNames: Set<String> = []

    enum CodingKeys: String, CodingKey {
        case product, regime, page, fonts, styles, rules, columns, strings, spacing, sections, fractions
        case signatureLabelsFixed = "signature-labels-fixed", allowsSeal = "allows-seal"
        case padCounts = "pad-counts", keepTogetherRows = "keep-together-rows", signatureKeepsLines = "signature-keeps-lines"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        product = try c.decode(String.self, forKey: .product)
        schema = LayoutSchema.named(product) ?? .minutes
        regime = try c.decode(String.self, forKey: .regime)
        page = try c.decode(PageSpec.self, forKey: .page)
        fonts = try c.decode([String: String].self, forKey: .fonts)
        styles = try c.decode([String: StyleSpec].self, forKey: .styles)
        rules = try c.decodeIfPresent([String: RuleSpec].self, forKey: .rules) ?? [:]
        columns = try c.decodeIfPresent([String: [Double]].self, forKey: .columns) ?? [:]
        strings = try c.decodeIfPresent([String: String].self, forKey: .strings) ?? [:]
        spacing = try c.decodeIfPresent([String: Length].self, forKey: .spacing) ?? [:]
        fractions = try c.decodeIfPresent([String: Double].self, forKey: .fractions) ?? [:]
        padCounts = try c.decodeIfPresent(Bool.self, forKey: .padCounts) ?? false
        signatureLabelsFixed = try c.decodeIfPresent(Bool.self, forKey: .signatureLabelsFixed) ?? false
        sections = try c.decodeIfPresent([SectionSpec].self, forKey: .sections) ?? []
        keepTogetherRows = try c.decodeIfPresent(Int.self, forKey: .keepTogetherRows) ?? 6
        signatureKeepsLines = try c.decodeIfPresent(Int.self, forKey: .signatureKeepsLines) ?? 2
        allowsSeal = try c.decodeIfPresent(Bool.self, forKey: .allowsSeal) ?? (regime == "state")
    }

    /// Reads a layout file through Yams' node tree and checks it against its product's schema
    /// (LayoutSchema) and the sane ranges of LayoutLimits; every problem is reported at its line
    /// and column. A layout that loads has every key its builder reads.
    public static func load(path: String) throws(LayoutError) -> Layout {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= LayoutLimits.maximumFileBytes else {
            throw LayoutError(file: path, path: "", message: Localized.layoutTooLarge(size, most: LayoutLimits.maximumFileBytes).text())
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LayoutError(file: path, path: "", message: Localized.layoutNotUTF8.text())
        }
        var check = LayoutSchemaCheck(file: path)
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw LayoutError(file: path, position: LayoutPosition(line: 1, column: 1), path: "",
                                  message: Localized.layoutEmpty.text())
            }
            root = composed
        } catch let error as LayoutError {
            throw error
        } catch {
            throw LayoutError([LayoutYAMLError.problem(error, file: path)])
        }
        check.check(root)
        let problems = check.reader.problems
        guard problems.isEmpty, let schema = check.schema else {
            throw LayoutError(problems.sorted { ($0.position?.line ?? 0, $0.position?.column ?? 0) < ($1.position?.line ?? 0, $1.position?.column ?? 0) })
        }
        var layout: Layout
        do {
            layout = try YAMLDecoder().decode(Layout.self, from: root)
        } catch {
            // The check above reads every value the decoder does; this is a defect if reached.
            throw LayoutError(file: path, path: "", message: Localized.layoutCannotBeRead("\(error)").text())
        }
        layout.file = path
        layout.marks = check.reader.marks
        layout.schema = schema
        layout.styleNames = check.styleNames
        return layout
    }

    /// A problem at the place `path` was written (its value, else its key).
    public func error(at path: String, _ message: String) -> LayoutError {
        LayoutError(file: file, position: marks.value(path), path: path, message: message)
    }

    /// Fails unless the layout is for `expected`, at its `product` line.
    public func expect(product expected: String) throws(LayoutError) {
        guard product == expected else {
            throw error(at: "product", Localized.layoutWrongProduct(product, expected: expected).text())
        }
    }

    /// Fails unless the builder's `key` is one the product's schema declares: one every layout
    /// of this regime has (`required`), or may leave out. A layout that loaded has every
    /// required key, so only a defect of BanTin gets here; the tests that build every product
    /// from the shipped layouts would show it.
    func declared<Map>(_ key: LayoutKey<Map>, in keys: LayoutSchema.Keys<Map>, required: Bool) throws(LayoutError) {
        let known = required ? keys.required(regime: regime) : keys.allowed(regime: regime)
        guard known.contains(key.name) else { throw .undeclared("\(Map.name).\(key.name)", product: product) }
    }

    /// A fixed string every layout of the product has.
    public func string(_ key: StringKey) throws(LayoutError) -> String {
        try declared(key, in: schema.strings, required: true)
        guard let value = strings[key.name] else { throw .missing("strings.\(key)") }
        return value
    }

    /// `override` when the record gives one, else the layout's string `key`.
    public func string(_ key: StringKey, unless override: String?) throws(LayoutError) -> String {
        let value = try string(key)
        return override ?? value
    }

    /// A string the product may leave out (e.g. `summary-mark`); nil when the layout has none.
    public func optionalString(_ key: StringKey) throws(LayoutError) -> String? {
        try declared(key, in: schema.strings, required: false)
        return strings[key.name]
    }

    /// A rule the product may leave out (e.g. `item-rule`); nil when the layout has none.
    public func optionalRule(_ key: RuleKey) throws(LayoutError) -> RuleSpec? {
        try declared(key, in: schema.rules, required: false)
        return rules[key.name]
    }

    /// A share between 0 and 1 written under `fractions` (loading checked the range).
    public func fraction(_ key: FractionKey) throws(LayoutError) -> Double {
        try declared(key, in: schema.fractions, required: true)
        guard let value = fractions[key.name] else { throw .missing("fractions.\(key)") }
        return value
    }

    /// A share the product may leave out (e.g. `seal-overlap` in a Party layout); nil when
    /// the layout has none.
    public func optionalFraction(_ key: FractionKey) throws(LayoutError) -> Double? {
        try declared(key, in: schema.fractions, required: false)
        return fractions[key.name]
    }

    /// The relative widths of column set `key` (loading checked their count and sign).
    public func columns(_ key: ColumnsKey) throws(LayoutError) -> [Double] {
        guard schema.columns[key] != nil else { throw .undeclared("columns.\(key)", product: product) }
        guard let value = columns[key.name], !value.isEmpty else { throw .missing("columns.\(key)") }
        return value
    }

    /// The length `key` under `spacing`, in points.
    public func spacing(_ key: SpacingKey) throws(LayoutError) -> Double {
        try declared(key, in: schema.spacing, required: true)
        guard let value = spacing[key.name] else { throw .missing("spacing.\(key)") }
        return value.points()
    }
}

/// One part of a document body as a layout lists it: `kind` names what the builder
/// produces (a fixed line, a heading, the proceedings …), `text` is its sentence template.
public struct SectionSpec: Sendable, Decodable {
    public var kind: String
    public var text: String?
    public var style: StyleKey?
    /// The section is left out unless one of these record parts is present (e.g. `guests`,
    /// or `[proceedings, speeches]`); written as one name or a list.
    public var requires: [String]?

    enum CodingKeys: String, CodingKey { case kind, text, style, requires }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(String.self, forKey: .kind)
        text = try c.decodeIfPresent(String.self, forKey: .text)
        style = try c.decodeIfPresent(StyleKey.self, forKey: .style)
        if let one = try? c.decodeIfPresent(String.self, forKey: .requires) {
            requires = [one]
        } else {
            requires = try c.decodeIfPresent([String].self, forKey: .requires)
        }
    }
}

/// Page size, margins and page numbers of a layout.
public struct PageSpec: Sendable, Decodable {
    public var width: Length
    public var height: Length
    public var margins: MarginSpec
    public var pageNumber: PageNumberSpec?
    /// The running head: a style and a baseline in the top margin.
    public var runningHead: PageNumberSpec?
    /// Text columns (1 unless the layout asks for more) and the gap between them.
    public var columns: Int?
    public var columnGap: Length?
    /// How a watermark looks when a document asks for one (a draft's `--watermark`).
    public var watermark: WatermarkSpec?

    enum CodingKeys: String, CodingKey {
        case width, height, margins, columns, watermark, pageNumber = "page-number", columnGap = "column-gap"
        case runningHead = "running-head"
    }
}

/// A watermark's style, its angle in degrees (counter-clockwise) and its grey (0 black, 1 white).
public struct WatermarkSpec: Sendable, Decodable {
    public var style: StyleKey
    public var angle: Double
    public var gray: Double
}

/// Margins of the text area.
public struct MarginSpec: Sendable, Decodable {
    public var top: Length, bottom: Length, left: Length, right: Length
}

/// Where page numbers go: a style and a baseline distance from the top edge.
public struct PageNumberSpec: Sendable, Decodable {
    public var style: StyleKey
    public var baseline: Length
    public var firstPage: Bool?
    enum CodingKeys: String, CodingKey { case style, baseline, firstPage = "first-page" }
}

/// A named paragraph style as written in a layout file.
public struct StyleSpec: Sendable, Decodable {
    public var font: String?
    public var size: Double
    public var bold: Bool?
    public var italic: Bool?
    public var underline: Bool?
    public var align: String?
    public var indent: Length?
    public var leftIndent: Length?
    public var leading: Length?
    public var spaceBefore: Length?
    public var spaceAfter: Length?
    public var keepWithNext: Bool?
    public var keepTogether: Bool?
    /// Wrapped lines of even length (centred headers and titles).
    public var balance: Bool?
    /// `upper` sets the text in capitals (organisation names in headers).
    public var textCase: String?

    enum CodingKeys: String, CodingKey {
        case font, size, bold, italic, underline, align, indent, leading
        case leftIndent = "left-indent", spaceBefore = "space-before", spaceAfter = "space-after"
        case keepWithNext = "keep-with-next", keepTogether = "keep-together", textCase = "case", balance
    }
}

/// A horizontal rule: its thickness and length (a fraction of a text's width or of the measure).
public struct RuleSpec: Sendable, Decodable {
    public var thickness: Length
    /// Fraction of the text the rule belongs under (motto, organisation name, summary).
    public var fraction: Double
    /// Vertical room the rule takes, and where in it the stroke sits.
    public var height: Length?
    public var offset: Length?
}
