import Yams
import Records

/// Checks a layout's node tree against its product's schema and LayoutLimits: every key known,
/// every key the builder reads present, every style named defined, every value in range; each
/// problem at its line and column.
struct LayoutSchemaCheck {
    var reader: LayoutReader
    private(set) var schema: LayoutSchema?
    var regime = ""
    /// Styles defined under `styles`, with their key positions.
    var definedStyles: [String: LayoutPosition?] = [:]
    /// Styles named elsewhere (page, sections), with where.
    var styleReferences: [(name: String, path: String, position: LayoutPosition?)] = []
    /// Font roles defined under `fonts`, and those styles use.
    var fontRoles: Set<String> = []
    var fontUses: [(role: String, path: String, position: LayoutPosition?)] = []
    var strings: Set<String> = []
    var rules: Set<String> = []

    static let topLevel: Set<String> = ["product", "regime", "page", "fonts", "styles", "strings", "rules", "columns",
                                        "spacing", "fractions"]

    init(file: String) { reader = LayoutReader(file: file) }

    /// Every style name the layout defines or names; the builder may read any of them.
    var styleNames: Set<String> { Set(definedStyles.keys).union(styleReferences.map(\.name)) }

    /// Checks the whole file: its product first (which picks the schema), then every map;
    /// problems collect in `reader`.
    mutating func check(_ root: Node) {
        guard root.mapping != nil else {
            reader.fail(root, "", Localized.layoutNotALayout(LayoutReader.describe(root)).text())
            return
        }
        guard let productNode = root.mapping?["product"] else {
            reader.fail(LayoutReader.position(root), "product", Localized.layoutProductMissing.text())
            return
        }
        let products = LayoutSchema.all.map(\.product)
        guard let product = reader.choice(productNode, "product", products), let schema = LayoutSchema.named(product) else { return }
        self.schema = schema
        var required: Set<String> = ["product", "regime", "page", "fonts", "styles"]
        if !schema.strings.always.isEmpty { required.insert("strings") }
        if !schema.rules.always.isEmpty { required.insert("rules") }
        if !schema.columns.isEmpty { required.insert("columns") }
        if !schema.spacing.always.isEmpty { required.insert("spacing") }
        if !schema.fractions.always.isEmpty { required.insert("fractions") }
        let allowed = Self.topLevel.union(schema.extraTopLevel)
        guard let fields = reader.mapping(root, "", at: LayoutReader.position(root), allowed: allowed, required: required) else { return }
        let byKey = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        regime = byKey["regime"].flatMap { reader.choice($0, "regime", schema.regimes) } ?? schema.regimes[0]

        if let node = byKey["fonts"], let fonts = reader.mapping(node, "fonts", at: reader.marks.key("fonts"), allowed: nil) {
            for (role, family) in fonts where reader.text(family, "fonts.\(role)") != nil { fontRoles.insert(role) }
        }
        if let node = byKey["page"] { checkPage(node, schema: schema) }
        if let node = byKey["sections"] { checkSections(node, schema: schema) }
        if let node = byKey["strings"] { checkStrings(node, schema: schema) }
        if let node = byKey["rules"] { checkRules(node, schema: schema) }
        if let node = byKey["columns"] { checkColumns(node, schema: schema) }
        if let node = byKey["spacing"] {
            checkNames(node, "spacing", schema.spacing) { check, value, path in _ = check.reader.length(value, path, em: false) }
        }
        if let node = byKey["fractions"] {
            checkNames(node, "fractions", schema.fractions) { check, value, path in check.fraction(value, path) }
        }
        for key in ["pad-counts", "signature-labels-fixed", "allows-seal"] {
            if let node = byKey[key] { _ = reader.flag(node, key) }
        }
        for key in ["keep-together-rows", "signature-keeps-lines"] {
            if let node = byKey[key] { _ = reader.wholeNumber(node, key, minimum: 0) }
        }
        if let node = byKey["styles"] { checkStyles(node, schema: schema) }
        checkReferences(schema: schema)
    }

    /// The mapping under `path`, whose names must be those of `keys` for this regime.
    mutating func checkNames<Map>(_ node: Node, _ path: String, _ keys: LayoutSchema.Keys<Map>,
                                     extra: Set<String> = [], extraRequired: Set<String> = [],
                                     value: (inout Self, Node, String) -> Void) {
        let allowed = keys.allowed(regime: regime).union(extra)
        guard let fields = reader.mapping(node, path, at: reader.marks.key(path), allowed: allowed,
                                          required: keys.required(regime: regime).union(extraRequired)) else { return }
        for (name, child) in fields { value(&self, child, "\(path).\(name)") }
    }

    mutating func fraction(_ node: Node, _ path: String) {
        guard let value = reader.number(node, path, example: "0.8") else { return }
        if !(value > 0 && value <= 1) {
            reader.fail(node, path, Localized.layoutShareOutside(LayoutReader.describe(node)).text())
        }
    }

    private mutating func checkStrings(_ node: Node, schema: LayoutSchema) {
        checkNames(node, "strings", schema.strings) { check, value, path in
            guard let text = check.reader.text(value, path) else { return }
            let name = String(path.dropFirst("strings.".count))
            check.strings.insert(name)
            check.checkPlaceholders(text, value, path, known: schema.placeholders[name])
        }
    }

    /// Every `{name}` of a sentence template is one the builder fills (when `known` is given),
    /// and every `{` is closed.
    mutating func checkPlaceholders(_ text: String, _ node: Node, _ path: String, known: Set<String>?) {
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else {
                reader.fail(node, path, Localized.layoutUnclosedPlaceholder.text())
                return
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let known, !known.contains(name) {
                let hint = NearestName.to(name, among: known).map { Localized.layoutPlaceholderNear($0) } ?? .verbatim("")
                let list = known.sorted().map { "{\($0)}" }.joined(separator: ", ")
                reader.fail(node, path, Localized.layoutUnknownPlaceholder(name, hint: hint, known: list).text())
            }
            rest = rest[rest.index(after: close)...]
        }
    }

    private mutating func checkRules(_ node: Node, schema: LayoutSchema) {
        checkNames(node, "rules", schema.rules) { check, value, path in
            check.rules.insert(String(path.dropFirst("rules.".count)))
            guard let fields = check.reader.mapping(value, path, at: check.reader.marks.key(path),
                                                    allowed: ["thickness", "fraction", "height", "offset"],
                                                    required: ["thickness", "fraction"]) else { return }
            for (key, child) in fields {
                let childPath = "\(path).\(key)"
                if key == "fraction" { check.fraction(child, childPath); continue }
                guard let length = check.reader.length(child, childPath, em: false) else { continue }
                if key == "thickness" && length.value == 0 {
                    check.reader.fail(child, childPath, Localized.layoutZeroRule.text())
                }
            }
        }
    }

    private mutating func checkColumns(_ node: Node, schema: LayoutSchema) {
        let names = Set(schema.columns.keys.map(\.name))
        guard let fields = reader.mapping(node, "columns", at: reader.marks.key("columns"), allowed: names, required: names) else { return }
        for (name, value) in fields {
            let path = "columns.\(name)", count = schema.columns[ColumnsKey(name)] ?? 0
            guard let list = value.sequence else {
                reader.fail(value, path, Localized.layoutExpectedWidths(count, example: Array(repeating: "1", count: count).joined(separator: ", ")).text())
                continue
            }
            if list.count != count {
                reader.fail(value, path, Localized.layoutWidthCount(list.count, name: name, count: count).text())
            }
            for (index, item) in list.enumerated() {
                guard let width = reader.number(item, "\(path)[\(index)]", example: "40") else { continue }
                if width <= 0 { reader.fail(item, "\(path)[\(index)]", Localized.layoutWidthNotPositive(LayoutReader.describe(item)).text()) }
            }
        }
    }

    private mutating func checkSections(_ node: Node, schema: LayoutSchema) {
        guard let kinds = schema.sectionKinds else { return }
        guard let list = node.sequence else {
            reader.fail(node, "sections", Localized.layoutExpectedSections.text())
            return
        }
        for (index, item) in list.enumerated() {
            let path = "sections[\(index)]"
            let kindsWithText = schema.sectionKindsWithText
            guard let fields = reader.mapping(item, path, at: LayoutReader.position(item),
                                              allowed: ["kind", "text", "style", "requires"], required: ["kind"]) else { continue }
            var kind: String?
            var text: (String, Node)?
            for (key, value) in fields {
                let childPath = "\(path).\(key)"
                switch key {
                case "kind": kind = reader.choice(value, childPath, kinds.sorted())
                case "text": text = reader.text(value, childPath).map { ($0, value) }
                case "style":
                    if let name = reader.text(value, childPath) {
                        styleReferences.append((name, childPath, LayoutReader.position(value)))
                    }
                default:
                    let parts = value.sequence.map(Array.init) ?? [value]
                    for (n, part) in parts.enumerated() {
                        let partPath = value.sequence == nil ? childPath : "\(childPath)[\(n)]"
                        _ = reader.choice(part, partPath, schema.sectionParts.sorted())
                    }
                }
            }
            if let kind, kindsWithText.contains(kind), text == nil {
                reader.fail(LayoutReader.position(item), "\(path).text", Localized.layoutSectionNeedsText(kind).text())
            }
            if let kind, let (words, node) = text {
                checkPlaceholders(words, node, "\(path).text", known: schema.sectionPlaceholders[kind])
            }
        }
    }
}
