import Foundation
import Testing
@testable import Render
import Typesetting

/// Links, named destinations, the outline and page labels of a compilation booklet, read back
/// with qpdf.
@Suite struct NavigationTests {
    private typealias F = Fixtures

    /// A destination name with every character cairo's attribute strings need escaped, and
    /// those its name tree cannot hold; and the name it has in the PDF.
    static let awkwardName = #"họp 4 'trích' \ (x)"#
    static let awkwardPDFName = "h%E1%BB%8Dp 4 'tr%C3%ADch' %5C %28x%29"

    /// Cover (no label), contents ("i") with a link per meeting and one to a web page, two
    /// body pages ("1", "2") with two meetings each; an outline of two months × two meetings.
    static func booklet() -> LaidOutDocument {
        let cover = Page(size: .a4, index: 1, label: nil, elements: [
            .text(F.measuredRun("TẬP BIÊN BẢN HỘI NGHỊ 6 THÁNG ĐẦU NĂM 2023", font: F.bold, size: 14, x: 85.04, y: 300)),
        ])
        var contents: [PageElement] = [
            .destination(DestinationElement(name: "contents", point: Point(x: 85.04, y: 60))),
            .text(F.measuredRun("MỤC LỤC", font: F.bold, size: 14, x: 85.04, y: 80)),
        ]
        for (row, name) in ["meeting-1", "meeting-2", "meeting-3", awkwardName].enumerated() {
            let y = 120 + Double(row) * 20
            contents.append(.text(F.measuredRun("Hội nghị \(row + 1)", x: 85.04, y: y)))
            contents.append(.link(LinkElement(origin: Point(x: 85.04, y: y - 10.5), size: Size(width: 425.2, height: 14),
                                              target: .destination(name))))
        }
        contents.append(.link(LinkElement(origin: Point(x: 85.04, y: 240), size: Size(width: 100, height: 14),
                                          target: .uri("https://vi.wikipedia.org/wiki/Hà_Nội?q='a'"))))
        let page3 = Page(size: .a4, index: 3, label: "1", elements: [
            .destination(DestinationElement(name: "meeting-1", point: Point(x: 85.04, y: 90))),
            .text(F.measuredRun("Hội nghị sơ kết", font: F.bold, x: 85.04, y: 100)),
            .text(F.measuredRun("Hội nghị chi bộ", font: F.bold, x: 85.04, y: 400)),
            .destination(DestinationElement(name: "meeting-2", point: Point(x: 85.04, y: 390.25))),
        ])
        let page4 = Page(size: .a4, index: 4, label: "2", elements: [
            .text(F.measuredRun("Hội nghị ban chấp hành", font: F.bold, x: 85.04, y: 100)),
            .destination(DestinationElement(name: "meeting-3", point: Point(x: 85.04, y: 90))),
            .destination(DestinationElement(name: awkwardName, point: Point(x: 85.04, y: 500.5))),
            .text(F.measuredRun("Hội nghị bất thường", font: F.bold, x: 85.04, y: 510)),
        ])
        let outline = [
            OutlineEntry(title: "Tháng 1/2023", destination: "meeting-1", children: [
                OutlineEntry(title: "Hội nghị sơ kết", destination: "meeting-1"),
                OutlineEntry(title: "Hội nghị chi bộ", destination: "meeting-2"),
            ]),
            OutlineEntry(title: "Tháng 2/2023", destination: "meeting-3", children: [
                OutlineEntry(title: "Hội nghị ban chấp hành", destination: "meeting-3"),
                OutlineEntry(title: #"Hội nghị \ (bất thường) it's"#, destination: awkwardName),
            ]),
        ]
        return LaidOutDocument(pages: [cover, Page(size: .a4, index: 2, label: "i", elements: contents), page3, page4],
                               info: F.info, outline: outline)
    }

    private func write(_ document: LaidOutDocument = booklet(), _ name: String = "booklet.pdf") throws -> String {
        let path = temporaryPDF(name)
        try PDFRenderer().write(document, to: path)
        return path
    }

    // MARK: The file

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func qpdfFindsNoErrors() throws {
        let path = try write()
        defer { removeTemporary(path) }
        let result = try Tool.run("qpdf", ["--check", path])
        #expect(result.status == 0, "qpdf --check: \(result.out)\(result.err)")
        #expect(result.out.contains("No syntax or stream encoding errors found"), "\(result.out)\(result.err)")
        #expect(!result.err.contains("WARNING"), "\(result.err)")
    }

    @Test func twoWritesAreByteIdentical() throws {
        let first = try write(Self.booklet(), "first.pdf"), second = try write(Self.booklet(), "second.pdf")
        defer { removeTemporary(first); removeTemporary(second) }
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a.count > 1000)
        #expect(a == b)
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func outlineMirrorsTheEntriesAndLeadsToTheirPages() throws {
        let path = try write()
        defer { removeTemporary(path) }
        let pdf = try QPDF(path)
        let outlines = pdf.root["outlines"] as? [[String: Any]] ?? []
        // (title, page, y in PDF space, children)
        func summary(_ entries: [[String: Any]]) -> [String] {
            entries.flatMap { entry -> [String] in
                let dest = entry["dest"] as? [Any] ?? []
                let y = dest.count > 3 ? TraceNumber.fixed((dest[3] as? NSNumber)?.doubleValue ?? .nan) : "?"
                let line = "\(entry["title"] as? String ?? "?") p\(entry["destpageposfrom1"] as? Int ?? 0) y=\(y)"
                return [line] + summary(entry["kids"] as? [[String: Any]] ?? []).map { "  " + $0 }
            }
        }
        let height = Size.a4.height
        let y = { (point: Double) in TraceNumber.fixed(height - point) }
        let expected = [
            "Tháng 1/2023 p3 y=\(y(90))",
            "  Hội nghị sơ kết p3 y=\(y(90))",
            "  Hội nghị chi bộ p3 y=\(y(390.25))",
            "Tháng 2/2023 p4 y=\(y(90))",
            "  Hội nghị ban chấp hành p4 y=\(y(90))",
            #"  Hội nghị \ (bất thường) it's p4 y="# + y(500.5),
        ]
        let got = summary(outlines)
        #expect(got == expected, "outline: \(got)")
        // Vietnamese titles survive byte for byte (NFC in, NFC out).
        #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
        // Top-level entries with children start open; the others have no children to show.
        #expect(outlines.allSatisfy { $0["open"] as? Bool == true })
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func linksLeadToTheirDestinations() throws {
        let path = try write()
        defer { removeTemporary(path) }
        let pdf = try QPDF(path)
        let height = Size.a4.height
        var links: [String] = []
        for (number, page) in pdf.pageObjects.enumerated() {
            for annotation in pdf.annotations(ofPage: page) {
                guard annotation["/Subtype"] as? String == "/Link" else { continue }
                let quad = (annotation["/QuadPoints"] as? [NSNumber] ?? []).map { TraceNumber.fixed($0.doubleValue) }
                var target = "?"
                if let name = annotation["/Dest"] as? String {
                    let resolved = pdf.namedDestination(QPDF.text(name))
                    target = "dest \(QPDF.text(name)) -> p\(resolved.page ?? 0) y=\(resolved.y.map(TraceNumber.fixed) ?? "?")"
                } else if let action = annotation["/A"] as? [String: Any] {
                    target = "\(action["/S"] as? String ?? "?") \(QPDF.text(action["/URI"] as? String ?? ""))"
                }
                links.append("p\(number + 1) [\(quad.joined(separator: " "))] \(target)")
            }
        }
        let h = { (value: Double) in TraceNumber.fixed(height - value) }
        func quad(_ y: Double, _ width: Double = 425.2) -> String {
            "[85.04 \(h(y)) \(TraceNumber.fixed(85.04 + width)) \(h(y)) \(TraceNumber.fixed(85.04 + width)) \(h(y + 14)) 85.04 \(h(y + 14))]"
        }
        #expect(links == [
            "p2 \(quad(109.5)) dest meeting-1 -> p3 y=\(h(90))",
            "p2 \(quad(129.5)) dest meeting-2 -> p3 y=\(h(390.25))",
            "p2 \(quad(149.5)) dest meeting-3 -> p4 y=\(h(90))",
            "p2 \(quad(169.5)) dest \(Self.awkwardPDFName) -> p4 y=\(h(500.5))",
            "p2 \(quad(240, 100)) /URI https://vi.wikipedia.org/wiki/H%C3%A0_N%E1%BB%99i?q='a'",
        ], "links: \(links)")
        // The contents page's own destination is in the name tree too.
        #expect(pdf.namedDestination("contents").page == 2)
    }

    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func pageLabelsEqualThePrintedNumbers() throws {
        let path = try write()
        defer { removeTemporary(path) }
        let pdf = try QPDF(path)
        #expect(pdf.pageLabels == ["", "i", "1", "2"], "page labels: \(pdf.root["pagelabels"] ?? "none")")
        // The label tree starts at page index 0, as the PDF specification requires.
        #expect((pdf.root["pagelabels"] as? [[String: Any]])?.first?["index"] as? Int == 0)
        #expect(pdf.pageLabelTreeKeys == [0, 1, 2])
    }

    /// cairo 1.16 takes a page "1" right after an empty label as continuing it; the renderer
    /// leaves leading unlabelled pages out of the tree instead of losing the arabic numbers.
    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func coverThenArabicKeepsTheNumbers() throws {
        var document = Self.booklet()
        document.pages[1].label = nil
        document.pages[2].label = "1"
        let path = try write(document)
        defer { removeTemporary(path) }
        let pdf = try QPDF(path)
        #expect(pdf.pageLabels == ["", "", "1", "2"], "page labels: \(pdf.root["pagelabels"] ?? "none")")
    }

    @Test func pageLabelsHandedToCairo() {
        let plan = Navigation.cairoPageLabels
        #expect(plan([nil, nil]) == [nil, nil])
        #expect(plan(["1", "2", "3"]) == ["1", "2", "3"])
        #expect(plan([nil, "i", "ii", "1", "2"]) == ["", "i", "ii", "1", "2"])
        #expect(plan([nil, "1", "2"]) == [nil, "1", "2"])
        #expect(plan([nil, nil, "1"]) == [nil, nil, "1"])
        #expect(plan(["i", nil, nil, "1"]) == ["i", "", nil, "1"])
        #expect(plan(["i", nil, "2"]) == ["i", "", "2"])
        #expect(plan(["1", nil, "A1"]) == ["1", "", "A1"])
    }

    // MARK: Attribute strings

    @Test func attributeStringsQuoteEscapeAndUsePoints() {
        let link = LinkElement(origin: Point(x: 85, y: 120.005), size: Size(width: 300, height: 14),
                               target: .destination(#"it's \ x"#))
        #expect(Navigation.linkAttributes(link) == #"rect=[85.00 120.01 300.00 14.00] dest='it\'s %5C x'"#)
        let uri = LinkElement(origin: Point(x: 0, y: -0.001), size: Size(width: 1.5, height: 2),
                              target: .uri("http://a.vn/ả b"))
        #expect(Navigation.linkAttributes(uri) == "rect=[0.00 0.00 1.50 2.00] uri='http://a.vn/%E1%BA%A3%20b'")
        #expect(Navigation.destinationAttributes(DestinationElement(name: "m-3", point: Point(x: 85.04, y: 1234.5)))
                == "name='m-3' x=85.04 y=1234.50")
        #expect(Navigation.outlineAttributes(OutlineEntry(title: "x", destination: "a'b")) == #"dest='a\'b'"#)
        #expect(Navigation.quoted(#"a'b\c"#) == #"'a\'b\\c'"#)
        #expect(Navigation.pdfName("meeting-3") == "meeting-3")
        #expect(Navigation.pdfName("100%") == "100%25")
    }

    // MARK: Trace

    @Test func traceListsLinksDestinationsAndTheOutline() {
        let trace = TraceRenderer().render(Self.booklet())
        let lines = trace.split(separator: "\n").map(String.init)
        #expect(lines.contains("  link 85.04,109.50 425.20x14.00 -> dest:meeting-1"))
        #expect(lines.contains("  link 85.04,240.00 100.00x14.00 -> uri:https://vi.wikipedia.org/wiki/Hà_Nội?q='a'"))
        #expect(lines.contains("  dest contents 85.04,60.00"))
        let page3 = lines.drop { !$0.hasPrefix("page 3 ") }.prefix { !$0.hasPrefix("page 4 ") }
        #expect(page3.filter { $0.hasPrefix("  dest ") } == ["  dest meeting-1 85.04,90.00", "  dest meeting-2 85.04,390.25"])
        let outline = Array(lines.drop { $0 != "outline" })
        #expect(outline == [
            "outline",
            "  Tháng 1/2023 -> dest:meeting-1",
            "    Hội nghị sơ kết -> dest:meeting-1",
            "    Hội nghị chi bộ -> dest:meeting-2",
            "  Tháng 2/2023 -> dest:meeting-3",
            "    Hội nghị ban chấp hành -> dest:meeting-3",
            #"    Hội nghị \ (bất thường) it's -> dest:"# + Self.awkwardName,
        ])
        // Without navigation the trace has none of it.
        let plain = TraceRenderer().render(Fixtures.sampleDocument())
        #expect(!plain.contains("link") && !plain.contains("dest") && !plain.contains("outline"))
    }

    // MARK: What cairo would write wrongly, or crash on

    @Test func badNavigationThrowsAndWritesNothing() {
        func failure(_ change: (inout LaidOutDocument) -> Void) -> RenderError? {
            var document = Self.booklet()
            change(&document)
            let path = temporaryPDF("bad.pdf")
            defer { removeTemporary(path) }
            do {
                try PDFRenderer().write(document, to: path)
                return nil
            } catch {
                #expect(!FileManager.default.fileExists(atPath: path))
                return error
            }
        }
        func reason(_ error: RenderError?) -> String { error.map(\.description) ?? "no error" }

        let missing = failure { $0.pages[1].elements.append(.link(LinkElement(
            origin: Point(x: 1, y: 1), size: Size(width: 1, height: 1), target: .destination("meeting-9")))) }
        #expect(reason(missing).contains("page 2") && reason(missing).contains("meeting-9"), "\(reason(missing))")

        let duplicate = failure { $0.pages[3].elements.append(.destination(DestinationElement(name: "meeting-1", point: Point(x: 0, y: 0)))) }
        #expect(reason(duplicate).contains("also on page 3"), "\(reason(duplicate))")

        let outline = failure { $0.outline[1].children.append(OutlineEntry(title: "Hội nghị", destination: "nowhere")) }
        #expect(outline == .invalidNavigation(page: nil, reason: "outline entry \"Hội nghị\" leads to \"nowhere\", which no page has"))

        let blank = failure { $0.pages.append(Page(size: .a4, index: 5, label: "3", elements: [
            .text(F.run("   ", x: 85, y: 100, advance: 3)),
            .destination(DestinationElement(name: "meeting-5", point: Point(x: 85, y: 90))),
        ])) }
        #expect(reason(blank).contains("page 5") && reason(blank).contains("blank page"), "\(reason(blank))")

        let unnamed = failure { $0.pages[3].elements.append(.destination(DestinationElement(name: "", point: Point(x: 0, y: 0)))) }
        #expect(reason(unnamed).contains("empty name"), "\(reason(unnamed))")

        let empty = failure { $0.pages[1].elements.append(.link(LinkElement(
            origin: Point(x: 1, y: 1), size: Size(width: 0, height: 1), target: .uri("https://a.vn")))) }
        #expect(reason(empty).contains("rectangle"), "\(reason(empty))")
    }

    /// cairo 1.16 ignores the tags of a page with nothing drawn: a "Document" tag begun on a
    /// blank first page is lost, and with a destination later cairo aborts the process. The
    /// renderer begins the tag on the first page with ink.
    @Test(.enabled(if: Tool.available("qpdf"), "qpdf is not installed"))
    func blankFirstPageWithDestinations() throws {
        var document = Self.booklet()
        document.pages.insert(Page(size: .a4, index: 0, label: nil), at: 0)
        for position in document.pages.indices { document.pages[position].index = position + 1 }
        let path = try write(document)
        defer { removeTemporary(path) }
        let result = try Tool.run("qpdf", ["--check", path])
        #expect(result.status == 0, "qpdf --check: \(result.out)\(result.err)")
        let pdf = try QPDF(path)
        #expect(pdf.namedDestination("meeting-3").page == 5)
        #expect(pdf.pageLabels == ["", "", "i", "1", "2"])
    }
}

/// A PDF read back through `qpdf --json` (version 2), with its objects.
private struct QPDF {
    let root: [String: Any]
    let objects: [String: Any]

    init(_ path: String) throws {
        let result = try Tool.run("qpdf", ["--json", path])
        guard let root = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any] else {
            throw Tool.ToolMissing(name: "qpdf JSON")
        }
        self.root = root
        let qpdf = root["qpdf"] as? [Any] ?? []
        objects = qpdf.count > 1 ? (qpdf[1] as? [String: Any] ?? [:]) : [:]
    }

    /// A JSON string value without qpdf's `u:` (text) marker.
    static func text(_ value: String) -> String { value.hasPrefix("u:") ? String(value.dropFirst(2)) : value }

    /// The value of an indirect object ("12 0 R"), or the value itself when it is direct.
    func resolve(_ value: Any?) -> Any? {
        if let reference = value as? String, reference.hasSuffix(" R"),
           let object = objects["obj:\(reference)"] as? [String: Any] {
            return object["value"]
        }
        return value
    }

    var pageObjects: [String] { (root["pages"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String } }

    func annotations(ofPage page: String) -> [[String: Any]] {
        let dictionary = resolve(page) as? [String: Any] ?? [:]
        let annots = resolve(dictionary["/Annots"]) as? [Any] ?? []
        return annots.compactMap { resolve($0) as? [String: Any] }
    }

    private var catalog: [String: Any] {
        let trailer = (objects["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:]
        return resolve(trailer["/Root"]) as? [String: Any] ?? [:]
    }

    /// The page (from 1) and PDF y of a named destination, through the catalog's name tree.
    func namedDestination(_ name: String) -> (page: Int?, y: Double?) {
        let names = resolve(catalog["/Names"]) as? [String: Any] ?? [:]
        guard let array = lookup(name, in: resolve(names["/Dests"]) as? [String: Any] ?? [:]) as? [Any],
              let page = array.first as? String else { return (nil, nil) }
        let y = array.count > 3 ? (array[3] as? NSNumber)?.doubleValue : nil
        return (pageObjects.firstIndex(of: page).map { $0 + 1 }, y)
    }

    private func lookup(_ name: String, in node: [String: Any]) -> Any? {
        if let pairs = resolve(node["/Names"]) as? [Any] {
            for index in stride(from: 0, to: pairs.count - 1, by: 2) where (pairs[index] as? String).map(Self.text) == name {
                return resolve(pairs[index + 1])
            }
        }
        for kid in resolve(node["/Kids"]) as? [Any] ?? [] {
            if let kid = resolve(kid) as? [String: Any], let found = lookup(name, in: kid) { return found }
        }
        return nil
    }

    /// The page indexes the file's own /PageLabels number tree has entries for.
    var pageLabelTreeKeys: [Int] {
        let tree = resolve(catalog["/PageLabels"]) as? [String: Any] ?? [:]
        let nums = resolve(tree["/Nums"]) as? [Any] ?? []
        return stride(from: 0, to: nums.count, by: 2).compactMap { nums[$0] as? Int }
    }

    /// The label each page shows, from qpdf's label ranges: the prefix (`/P`), then for decimal
    /// style (`/S /D`, the only one cairo writes) the range's start plus the offset into it.
    var pageLabels: [String] {
        let ranges = root["pagelabels"] as? [[String: Any]] ?? []
        return pageObjects.indices.map { page in
            guard let range = ranges.last(where: { ($0["index"] as? Int ?? .max) <= page }),
                  let index = range["index"] as? Int, let label = range["label"] as? [String: Any] else { return "" }
            let prefix = Self.text(label["/P"] as? String ?? "")
            let number = label["/S"] as? String == "/D" ? String((label["/St"] as? Int ?? 1) + page - index) : ""
            return prefix + number
        }
    }
}
