import Typesetting
import Records

/// A layout's named styles resolved against the loaded fonts.
public struct StyleSheet: Sendable {
    /// A resolved named style: how its text looks and how its paragraphs sit.
    public struct Style: Sendable {
        public var text: TextStyle
        public var paragraph: ParagraphStyle
        public var uppercase: Bool
        /// The faces the style's family offers, for inline bold and italic.
        public var regular: Font, bold: Font, italic: Font, boldItalic: Font
    }

    public let layout: Layout
    private let styles: [String: Style]

    /// Resolves every style of `layout`; fails naming the first style or font that is wrong.
    /// `words`: the Vietnamese words of several syllables (`Thương binh`, `Y tế`) a line should
    /// not break inside, which every paragraph style carries; the caller loads the list.
    public init(layout: Layout, fonts: FontLibrary, words: WordJoins) throws(LayoutError) {
        self.layout = layout
        var styles: [String: Style] = [:]
        // In name order, so a broken layout always gets the same message.
        for name in layout.styles.keys.sorted() {
            let spec = layout.styles[name]!
            let role = spec.font ?? "serif"
            // Loading checked that the role is under `fonts`; the family must be in the font folder.
            guard let family = layout.fonts[role] else { throw layout.error(at: "styles.\(name)", Localized.layoutFontRoleMissing(role).text()) }
            if fonts.font(family: family) == nil && !fonts.fonts.contains(where: { $0.family.lowercased() == family.lowercased() }) {
                let nearest = NearestName.to(family, among: fonts.families).map { Localized.layoutNear($0) } ?? .verbatim("")
                throw layout.error(at: "fonts.\(role)", Localized.layoutNoFontFamily(family, hint: nearest, families: fonts.families.joined(separator: ", ")).text())
            }
            func face(_ bold: Bool, _ italic: Bool) throws(LayoutError) -> Font {
                guard let font = fonts.font(family: family, bold: bold, italic: italic) else {
                    let what = [bold ? "bold" : nil, italic ? "italic" : nil].compactMap { $0 }.joined(separator: " ")
                    throw layout.error(at: "styles.\(name)", Localized.layoutNoFace(family, face: what.isEmpty ? "regular" : what).text())
                }
                return font
            }
            let bold = spec.bold ?? false, italic = spec.italic ?? false
            let font = try face(bold, italic)
            // Inline *italic* and **bold** use the family's other faces when it has them,
            // and stay in the style's own face when it does not (Liberation Sans ships
            // without italics here).
            func variant(_ b: Bool, _ i: Bool) -> Font { fonts.font(family: family, bold: b, italic: i) ?? font }
            let regular = variant(false, false), boldFace = variant(true, false)
            let italicFace = variant(false, true), boldItalic = variant(true, true)
            let size = spec.size
            guard let alignment = Alignment(rawValue: spec.align ?? "justify") else {
                throw layout.error(at: "styles.\(name).align", Localized.layoutAlignment.text())
            }
            let paragraph = ParagraphStyle(
                alignment: alignment,
                firstLineIndent: spec.indent?.points(em: size) ?? 0,
                leftIndent: spec.leftIndent?.points(em: size) ?? 0,
                leading: spec.leading?.points(em: size) ?? size * 1.2,
                spaceBefore: spec.spaceBefore?.points(em: size) ?? 0,
                spaceAfter: spec.spaceAfter?.points(em: size) ?? 0,
                keepWithNext: spec.keepWithNext ?? false,
                keepTogether: spec.keepTogether ?? false)
            var paragraphStyle = paragraph
            paragraphStyle.balanced = spec.balance ?? false
            paragraphStyle.words = words
            paragraphStyle.ties = VietnameseTies.rules
            styles[name] = Style(text: TextStyle(font: font, size: size, underline: spec.underline ?? false),
                                 paragraph: paragraphStyle, uppercase: spec.textCase == "upper",
                                 regular: regular, bold: boldFace, italic: italicFace, boldItalic: boldItalic)
        }
        self.styles = styles
    }

    /// The style `key`: one the product's schema declares, or one the layout names.
    public func style(_ key: StyleKey) throws(LayoutError) -> Style {
        let name = key.name
        guard layout.schema.styles.declared.contains(name) || layout.styleNames.contains(name) else {
            throw .undeclared("styles.\(name)", product: layout.product)
        }
        guard let style = styles[name] else { throw .unknownStyle(name) }
        return style
    }

    /// Every font any style uses, for coverage checks.
    public var fonts: [Font] {
        var seen = Set<Font>()
        var result: [Font] = []
        for name in styles.keys.sorted() {
            let style = styles[name]!
            for font in [style.text.font, style.regular, style.bold, style.italic, style.boldItalic] where seen.insert(font).inserted {
                result.append(font)
            }
        }
        return result
    }

    /// The page templates and numbering the layout describes.
    public func pageSetup() throws(LayoutError) -> PageSetup {
        let spec = layout.page
        let margins = Insets(top: spec.margins.top.points(), bottom: spec.margins.bottom.points(),
                             left: spec.margins.left.points(), right: spec.margins.right.points())
        let columns = spec.columns ?? 1
        guard LayoutLimits.pageColumns.contains(columns) else { throw layout.error(at: "page.columns", Localized.layoutColumnsFound(columns).text()) }
        let template = PageTemplate(size: Size(width: spec.width.points(), height: spec.height.points()), margins: margins,
                                    columns: columns, columnGap: spec.columnGap?.points() ?? 0)
        var numbering: PageNumbering? = nil
        if let number = spec.pageNumber {
            let style = try style(number.style)
            numbering = PageNumbering(style: style.text, baseline: number.baseline.points(),
                                      showOnFirstPage: number.firstPage ?? false)
        }
        return PageSetup(first: template, numbering: numbering)
    }
}
