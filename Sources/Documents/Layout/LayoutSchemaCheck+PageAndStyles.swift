import Yams
import Records

extension LayoutSchemaCheck {
    /// `page`: sizes, margins, columns and the styles it names; the text area must leave room.
    mutating func checkPage(_ node: Node, schema: LayoutSchema) {
        let allowed: Set<String> = ["width", "height", "margins", "page-number", "running-head", "columns", "column-gap", "watermark"]
        guard let fields = reader.mapping(node, "page", at: reader.marks.key("page"), allowed: allowed,
                                          required: Set(["width", "height", "margins"]).union(schema.requiredPage)) else { return }
        var size: [String: Double] = [:]
        var margins: [String: Double] = [:]
        var columns = 1, gap = 0.0
        var baselines: [(Node, String, Double)] = []
        for (key, value) in fields {
            let path = "page.\(key)"
            switch key {
            case "width", "height":
                if let length = reader.length(value, path, em: false) { size[key] = length.points() }
            case "margins":
                guard let sides = reader.mapping(value, path, at: reader.marks.key(path), allowed: ["top", "bottom", "left", "right"],
                                                 required: ["top", "bottom", "left", "right"]) else { continue }
                for (side, length) in sides {
                    if let length = reader.length(length, "\(path).\(side)", em: false) { margins[side] = length.points() }
                }
            case "page-number", "running-head":
                let allowedHere: Set<String> = key == "page-number" ? ["style", "baseline", "first-page"] : ["style", "baseline"]
                guard let parts = reader.mapping(value, path, at: reader.marks.key(path), allowed: allowedHere,
                                                 required: ["style", "baseline"]) else { continue }
                for (part, child) in parts {
                    let childPath = "\(path).\(part)"
                    switch part {
                    case "style": referStyle(child, childPath)
                    case "baseline": if let length = reader.length(child, childPath, em: false) { baselines.append((child, childPath, length.points())) }
                    default: _ = reader.flag(child, childPath)
                    }
                }
            case "columns":
                if let count = reader.wholeNumber(value, path, minimum: 1) {
                    if LayoutLimits.pageColumns.contains(count) { columns = count } else {
                        reader.fail(value, path, Localized.layoutColumnCount(count, least: LayoutLimits.pageColumns.lowerBound, most: LayoutLimits.pageColumns.upperBound).text())
                    }
                }
            case "column-gap":
                if let length = reader.length(value, path, em: false) { gap = length.points() }
            default: // watermark
                guard let parts = reader.mapping(value, path, at: reader.marks.key(path), allowed: ["style", "angle", "gray"],
                                                 required: ["style", "angle", "gray"]) else { continue }
                for (part, child) in parts {
                    let childPath = "\(path).\(part)"
                    switch part {
                    case "style": referStyle(child, childPath)
                    case "angle": _ = reader.number(child, childPath, example: "55")
                    default:
                        if let gray = reader.number(child, childPath, example: "0.85"), !(0...1).contains(gray) {
                            reader.fail(child, childPath, Localized.layoutGrayOutside(LayoutReader.describe(child)).text())
                        }
                    }
                }
            }
        }
        checkRoom(size: size, margins: margins, columns: columns, gap: gap)
        if let height = size["height"] {
            for (node, path, baseline) in baselines where baseline <= 0 || baseline >= height {
                reader.fail(node, path, Localized.layoutOffThePage(LayoutReader.describe(node), height: LayoutReader.millimetres(height)).text())
            }
        }
    }

    /// The text area and each text column must be at least LayoutLimits.minimumTextMillimetres.
    private mutating func checkRoom(size: [String: Double], margins: [String: Double], columns: Int, gap: Double) {
        let minimum = LayoutLimits.minimumTextMillimetres * 72 / 25.4
        let least = LayoutReader.millimetres(minimum)
        if let width = size["width"], let left = margins["left"], let right = margins["right"] {
            let text = width - left - right
            if text < minimum {
                reader.fail(reader.marks.key("page.margins"), "page.margins",
                            "the text area is \(LayoutReader.millimetres(text)) wide (page \(LayoutReader.millimetres(width)) less left and right margins); leave at least \(least)")
            } else if columns > 1 {
                let column = (text - gap * Double(columns - 1)) / Double(columns)
                if column < minimum {
                    reader.fail(reader.marks.key("page.columns"), "page.columns",
                                "\(columns) columns of \(LayoutReader.millimetres(column)) each; use fewer columns or a smaller column-gap so each is at least \(least)")
                }
            }
        }
        if let height = size["height"], let top = margins["top"], let bottom = margins["bottom"] {
            let text = height - top - bottom
            if text < minimum {
                reader.fail(reader.marks.key("page.margins"), "page.margins",
                            "the text area is \(LayoutReader.millimetres(text)) high (page \(LayoutReader.millimetres(height)) less top and bottom margins); leave at least \(least)")
            }
        }
    }

    /// Notes that `node` names a style, to be checked once `styles` is read.
    mutating func referStyle(_ node: Node, _ path: String) {
        if let name = reader.text(node, path) { styleReferences.append((name, path, LayoutReader.position(node))) }
    }

    /// `styles`: the product's styles and those the layout names, each with sane values.
    mutating func checkStyles(_ node: Node, schema: LayoutSchema) {
        let referenced = Set(styleReferences.map(\.name))
        var required = schema.styles.required(regime: regime)
        for (string, style) in schema.stylesForStrings where strings.contains(string) { required.insert(style) }
        checkNames(node, "styles", schema.styles, extra: referenced.union(required), extraRequired: required) { check, value, path in
            let name = String(path.dropFirst("styles.".count))
            let watermark = check.styleReferences.contains { $0.name == name && $0.path == "page.watermark.style" }
            check.checkStyle(value, path, sizes: watermark ? LayoutLimits.watermarkSizes : LayoutLimits.fontSizes)
        }
        // The names actually written (unknown ones were reported and are left out).
        for (name, _) in (node.mapping.map(Array.init) ?? []) {
            guard let name = name.scalar?.string else { continue }
            let path = "styles.\(name)"
            if reader.marks.keys[path] != nil { definedStyles[name] = reader.marks.keys[path] }
        }
    }

    private static let styleFields: Set<String> = ["font", "size", "bold", "italic", "underline", "align", "indent",
        "left-indent", "leading", "space-before", "space-after", "keep-with-next", "keep-together", "balance", "case"]

    /// One style: its size in range, its leading sane for its size, no negative space.
    private mutating func checkStyle(_ node: Node, _ path: String, sizes: ClosedRange<Double>) {
        guard let fields = reader.mapping(node, path, at: reader.marks.key(path), allowed: Self.styleFields,
                                          required: ["size"]) else { return }
        var size: Double?
        if let sizeNode = fields.first(where: { $0.key == "size" })?.value,
           let value = reader.number(sizeNode, "\(path).size", example: "13") {
            if sizes.contains(value) { size = value } else {
                reader.fail(sizeNode, "\(path).size", Localized.layoutSizeOutside(LayoutReader.describe(sizeNode), least: Int(sizes.lowerBound), most: Int(sizes.upperBound)).text())
            }
        }
        var role = "serif"
        var rolePosition = reader.marks.key(path)
        var rolePath = path
        for (key, value) in fields where key != "size" {
            let childPath = "\(path).\(key)"
            switch key {
            case "font":
                if let name = reader.text(value, childPath) { role = name; rolePosition = LayoutReader.position(value); rolePath = childPath }
            case "align": _ = reader.choice(value, childPath, ["justify", "left", "center", "right"])
            case "case": _ = reader.choice(value, childPath, ["upper"])
            case "indent": _ = reader.length(value, childPath, em: true, negative: true)   // a hanging first line
            case "left-indent", "space-before", "space-after": _ = reader.length(value, childPath, em: true)
            case "leading":
                guard let leading = reader.length(value, childPath, em: true), let size else { continue }
                let points = leading.points(em: size)
                let range = LayoutLimits.leadingFactors
                if !range.contains(points / size) {
                    let least = (size * range.lowerBound * 10).rounded() / 10, most = size * range.upperBound
                    reader.fail(value, childPath, Localized.layoutLeadingOutside(LayoutReader.describe(value), points: Self.points(points), size: Self.points(size), least: Self.points(least), low: "\(range.lowerBound)", most: Self.points(most), high: Int(range.upperBound)).text())
                }
            default: _ = reader.flag(value, childPath)
            }
        }
        fontUses.append((role, rolePath, rolePosition))
    }

    /// Every style named is defined, every font role used is under `fonts`.
    mutating func checkReferences(schema: LayoutSchema) {
        let defined = Set(definedStyles.keys)
        for reference in styleReferences where !defined.contains(reference.name) {
            let nearest = NearestName.to(reference.name, among: defined).map { Localized.layoutNearOr($0) } ?? .verbatim("")
            reader.fail(reference.position, reference.path, Localized.layoutNoStyle(reference.name, hint: nearest).text())
        }
        for use in fontUses where !fontRoles.contains(use.role) {
            let nearest = NearestName.to(use.role, among: fontRoles).map { Localized.layoutNearOr($0) } ?? .verbatim("")
            reader.fail(use.position, use.path, Localized.layoutNoFontRole(use.role, hint: nearest).text())
        }
    }

    /// `13pt`, `15.6pt`.
    static func points(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded))pt" : "\(rounded)pt"
    }
}
