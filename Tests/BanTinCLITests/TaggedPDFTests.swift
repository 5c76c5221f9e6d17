import Foundation
import Testing
import TestSupport

/// Every product's PDF says what it is (issue 12, point 6): its language, XMP metadata that
/// matches the information dictionary, a structure tree with headings, paragraphs, lists,
/// tables with header cells and figures with alternate text, and page furniture (running
/// heads, page numbers, the watermark, table borders) as artifacts, never as content. Read
/// back with qpdf, which CI installs: a missing qpdf fails these tests.
@Suite(.serialized) struct TaggedPDFTests {
    /// One product: the command that makes it, the file, and the structure types it must hold.
    struct Product: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var file: String
        var types: [String]
        var description: String { name }
    }

    static let publisher = "Đảng bộ Sở Lao động - Thương binh và Xã hội"
    static let products = [
        Product(name: "Party minutes", arguments: ["minutes", "Examples/2023-07-03.yaml", "-o", "OUT/m.pdf"], file: "m.pdf",
                types: ["H1", "H2", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD"]),
        Product(name: "state minutes", arguments: ["minutes", "Examples/state/2023-09-15.yaml", "-o", "OUT/s.pdf"], file: "s.pdf",
                types: ["H1", "P"]),
        Product(name: "bulletin", arguments: ["bulletin", "Examples", "-o", "OUT/b.pdf", "--issue", "1", "--publisher", publisher],
                file: "b.pdf", types: ["H1", "H2", "P", "Figure", "Caption"]),
        Product(name: "compiled minutes", arguments: ["compile", "Examples", "--period", "2023", "-o", "OUT/c.pdf"], file: "c.pdf",
                types: ["H1", "H2", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD"]),
        Product(name: "signed report", arguments: ["report", "Examples/reports/bao-cao-so-ket-6-thang-2023-ban-ky.yaml", "Examples",
                                                   "-o", "OUT/r.pdf"], file: "r.pdf",
                types: ["H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure"]),
        Product(name: "draft report", arguments: ["report", "Examples/reports/bao-cao-so-ket-6-thang-2023.yaml", "Examples",
                                                  "-o", "OUT/d.pdf", "--watermark"], file: "d.pdf",
                types: ["H1", "H2", "H3", "P", "Table", "TH", "TD"]),
    ]

    /// A product made in a folder of its own (removed with `scratch`) and read back.
    struct Made {
        var pdf: TaggedPDF
        var path: String
        var scratch: Scratch
    }

    /// Makes the product in a fresh folder and reads it back.
    static func make(_ product: Product) throws -> Made {
        try #require(Tool.exists("qpdf"), "qpdf is not installed (make deps)")
        let scratch = Scratch()
        let arguments = product.arguments.map { $0.replacingOccurrences(of: "OUT/", with: scratch.file("") + "/") }
        let run = try Bantin.run(arguments)
        try #require(run.status == 0, "bantin \(arguments.joined(separator: " ")) failed: \(run)")
        let path = scratch.file(product.file)
        return Made(pdf: try TaggedPDF(path: path), path: path, scratch: scratch)
    }

    @Test(arguments: products)
    func theCatalogNamesTheLanguageAndTheXMPMatchesTheInformation(product: Product) throws {
        let made = try Self.make(product)
        let pdf = made.pdf, path = made.path
        #expect(pdf.language == "vi-VN")
        #expect(pdf.marked)
        let title = try #require(pdf.info["/Title"])
        #expect(title.contains { "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".contains($0.lowercased()) },
                "the title is Vietnamese: \(title)")
        #expect(pdf.xmp.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(title)</rdf:li></rdf:Alt></dc:title>"),
                "XMP lacks the title \(title):\n\(pdf.xmp)")
        if let author = pdf.info["/Author"] { #expect(pdf.xmp.contains("<rdf:li>\(author)</rdf:li>"), "XMP lacks the author") }
        if let subject = pdf.info["/Subject"] {
            #expect(pdf.xmp.contains("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(subject)</rdf:li>"), "XMP lacks the subject")
        }
        if let producer = pdf.info["/Producer"] { #expect(pdf.xmp.contains("<pdf:Producer>\(producer)</pdf:Producer>")) }
        let check = Tool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf --check: \(check.output) \(check.error)")
    }

    @Test(arguments: products)
    func theStructureTreeHoldsTheDocumentsParts(product: Product) throws {
        let pdf = try Self.make(product).pdf
        let types = Set(pdf.types)
        #expect(pdf.root?.type == "Document")
        for type in product.types { #expect(types.contains(type), "\(product): no \(type) in \(types.sorted())") }
        #expect(pdf.types.filter { $0 == "H1" }.count >= 1)
        // Header cells are the table's first row; a figure speaks its caption or signer.
        for table in pdf.root?.all.filter({ $0.type == "Table" }) ?? [] {
            let firstRow = table.children.first?.children.map(\.type) ?? []
            let allHeaders = !firstRow.isEmpty && firstRow.allSatisfy { $0 == "TH" }
            #expect(allHeaders, "\(product): a table whose first row is not header cells: \(firstRow)")
        }
        for figure in pdf.root?.all.filter({ $0.type == "Figure" }) ?? [] {
            #expect(!(figure.alternateText ?? "").isEmpty, "\(product): a figure without alternate text")
        }
        // List items hold their bodies; containers hold elements, not text.
        for item in pdf.root?.all.filter({ $0.type == "LI" }) ?? [] { #expect(item.children.contains { $0.type == "LBody" }) }
    }

    @Test(arguments: products)
    func pageNumbersAndRunningHeadsAreArtifactsAndAllOtherTextIsTagged(product: Product) throws {
        let pdf = try Self.make(product).pdf
        for (index, page) in pdf.pages.enumerated() {
            let unmarked = page.filter { $0.tag == nil }.count
            #expect(unmarked == 0, "\(product) page \(index + 1): text outside every tag and artifact")
        }
        guard pdf.pages.count > 1 else { return }
        // Page furniture stands at the same place page after page: the baselines where
        // artifact text stands on at least half the pages are the page numbers and heads.
        var pagesAt: [Int: Int] = [:]
        for page in pdf.pages {
            for baseline in Set(page.filter(\.isArtifact).map { Int(($0.baseline * 10).rounded()) }) { pagesAt[baseline, default: 0] += 1 }
        }
        let furniture = Set(pagesAt.filter { $0.value * 2 >= pdf.pages.count - 1 }.keys)
        #expect(!furniture.isEmpty, "\(product): no page numbers found among the artifacts")
        for (index, page) in pdf.pages.enumerated() {
            for text in page where !text.isArtifact {
                #expect(!furniture.contains(Int((text.baseline * 10).rounded())),
                        "\(product) page \(index + 1): tagged text (\(text.tag ?? "")) where the page numbers stand (\(text.baseline))")
            }
        }
    }

    @Test func theDraftsWatermarkIsAnArtifact() throws {
        let pdf = try Self.make(Self.products.first { $0.name == "draft report" }!).pdf
        for (index, fills) in pdf.fills.enumerated() {
            #expect(fills.first == "Artifact", "page \(index + 1): the watermark, filled first, is \(fills.first.map { $0 ?? "unmarked" } ?? "missing")")
        }
    }

    @Test func equalInputGivesEqualBytes() throws {
        let product = Self.products.first { $0.name == "bulletin" }!
        let first = try Self.make(product), second = try Self.make(product)
        let bytes = FileManager.default.contents(atPath: first.path)
        #expect(bytes != nil && bytes == FileManager.default.contents(atPath: second.path))
    }
}
