import Foundation
import Testing
import TestSupport

/// Issue 4, "What must hold" 1 and 2: booklets of generated meetings of 2023 and the three
/// examples, read back page by page with poppler and qpdf the way a reader and a viewer see them.
@Suite struct CompileBookletTests {
    /// A record set to compile: `count` records of `Scripts/gen-records.py --seed seed --year 2023`
    /// and the examples, all in 2023.
    struct Records: CustomTestStringConvertible, Sendable {
        var count: Int
        var seed: Int
        var meetings: Int { count + ExamplesTests.examples.count }
        var testDescription: String { "\(count) generated records (seed \(seed)) and the examples" }

        /// The small booklet of the issue (one contents page) and a larger one whose contents
        /// and index run over several pages.
        static let small = Records(count: 12, seed: 7)
        static let large = Records(count: 60, seed: 2)
    }

    /// A compiled booklet with what the tests read from it: page count, page labels, the
    /// position of body page 1 and the contents entries.
    struct ReadBack {
        let scratch: Scratch
        let pdf: String
        let records: [String]
        let pageCount: Int
        let labels: [String?]
        /// Cover and contents pages: PDF page = front + printed number.
        let front: Int
        let contents: [Booklet.LeaderLine]
        let json: [String: Any]
        private var texts: [Int: String] = [:]

        init(_ set: Records, _ extra: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let scratch = Scratch()
            let folder = try Booklet.generate(count: set.count, seed: set.seed, into: scratch, "records", sourceLocation: sourceLocation)
            try self.init(scratch: scratch, inputs: [folder, "Examples"], ["--period", "2023"] + extra, sourceLocation: sourceLocation)
        }

        init(scratch: Scratch, inputs: [String], _ options: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            self.scratch = scratch
            pdf = try Booklet.compile(inputs, options, into: scratch, sourceLocation: sourceLocation).pdf
            records = inputs.flatMap { Booklet.records(in: $0.hasPrefix("/") ? $0 : Fixtures.path($0)) }
            pageCount = try Booklet.pageCount(pdf, sourceLocation: sourceLocation)
            json = try Booklet.qpdfJSON(pdf, sourceLocation: sourceLocation)
            labels = Booklet.pageLabels(json, pageCount: pageCount)
            front = try #require(labels.firstIndex(of: "1"), "no page is labelled 1: \(labels)", sourceLocation: sourceLocation)
            // The contents pages read as one text, so an entry may run over a page break.
            var layout = ""
            for page in 1...front where Booklet.isRoman(labels[page - 1] ?? "") {
                layout += try Booklet.pageText(pdf, page, layout: true, sourceLocation: sourceLocation)
            }
            contents = Booklet.leaderLines(layout) { line in
                line == "MỤC LỤC" || Booklet.isRoman(line) || Int(line) != nil
            }
        }

        /// The PDF page (1-based) printed with number `n`, checked against the labels.
        func page(printed n: Int, sourceLocation: SourceLocation = #_sourceLocation) -> Int? {
            guard let index = labels.firstIndex(of: String(n)) else {
                Issue.record("no page is labelled \(n)", sourceLocation: sourceLocation)
                return nil
            }
            #expect(index + 1 == front + n, "printed page \(n) is PDF page \(index + 1), expected \(front + n)",
                    sourceLocation: sourceLocation)
            return index + 1
        }

        /// A page's text in reading order, NFC, white space folded.
        mutating func text(_ page: Int) throws -> String {
            if let text = texts[page] { return text }
            let text = Text.fold(try Booklet.pageText(pdf, page))
            texts[page] = text
            return text
        }

        /// The contents entry whose text is `title`.
        func entry(_ title: String) -> Booklet.LeaderLine? { contents.first { $0.text == title } }

        /// The index entries, read from the page the contents gives for the index to the last
        /// page, and the index's first printed page number.
        mutating func indexEntries(sourceLocation: SourceLocation = #_sourceLocation) throws -> (entries: [Booklet.LeaderLine], start: Int) {
            let start = try #require(entry("Chỉ mục người").flatMap { Int($0.reference) }, "no index in \(contents)",
                                     sourceLocation: sourceLocation)
            let first = try #require(page(printed: start, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
            #expect(try text(first).contains("CHỈ MỤC NGƯỜI"), "the index's first page has no title", sourceLocation: sourceLocation)
            var layout = ""
            for page in first...pageCount { layout += try Booklet.pageText(pdf, page, layout: true, sourceLocation: sourceLocation) }
            let entries = Booklet.leaderLines(layout) { line in line == "CHỈ MỤC NGƯỜI" || line == "Chỉ mục người" || Int(line) != nil }
            return (entries, start)
        }

        /// The printed page numbers an index entry lists.
        static func numbers(_ entry: Booklet.LeaderLine) -> [Int] {
            entry.reference.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        }

        /// Problems of the index: a listed page that does not print the whole name.
        mutating func indexPagesWithoutTheName(_ entries: [Booklet.LeaderLine], start: Int) throws -> [String] {
            var problems: [String] = []
            for entry in entries {
                let numbers = Self.numbers(entry)
                if numbers.isEmpty || numbers != numbers.sorted() || Set(numbers).count != numbers.count {
                    problems.append("\(entry): pages not listed once each in order")
                }
                for number in numbers {
                    if number >= start { problems.append("\(entry): page \(number) is not a body page (the index starts on \(start))") }
                    guard let page = page(printed: number) else { continue }
                    if !Booklet.containsName(try text(page), entry.text) {
                        problems.append("index: \"\(entry)\", but printed page \(number) (PDF page \(page)) does not print the name \(entry.text)")
                    }
                }
            }
            return problems
        }
    }

    @Test(arguments: [Records.small, Records.large])
    func everyContentsEntryLeadsToThePageItsMeetingStartsOn(_ set: Records) throws {
        var booklet = try ReadBack(set)
        let meetings = booklet.contents.compactMap { entry in Booklet.meetingEntry(entry.text).map { (entry, $0.title) } }
        #expect(meetings.count == set.meetings, "contents entries: \(booklet.contents)")
        for (entry, title) in meetings {
            let number = try #require(Int(entry.reference), "\(entry) has no single page number")
            guard let page = booklet.page(printed: number) else { continue }
            let prefix = String(title.prefix(30)).lowercased()
            let text = try booklet.text(page).lowercased()
            #expect(text.contains(prefix), "contents: \"\(entry)\", but PDF page \(page) (printed \(number)) lacks \"\(prefix)\"")
        }
        // Sections, the summary and the index too.
        let others = booklet.contents.filter { Booklet.meetingEntry($0.text) == nil }
        #expect(others.contains { $0.text == "Tổng hợp các cuộc họp" } && others.contains { $0.text == "Chỉ mục người" },
                "contents entries: \(booklet.contents)")
        for entry in others {
            let number = try #require(Int(entry.reference), "\(entry) has no single page number")
            guard let page = booklet.page(printed: number) else { continue }
            let text = try booklet.text(page).lowercased()
            #expect(text.contains(entry.text.lowercased()), "contents: \"\(entry)\", but PDF page \(page) lacks its title")
        }
    }

    @Test(arguments: [Records.small, Records.large])
    func everyIndexEntryListsPagesThatPrintThePersonsName(_ set: Records) throws {
        var booklet = try ReadBack(set)
        let (entries, start) = try booklet.indexEntries()
        #expect(entries.count > 20, "too few index entries: \(entries)")
        // Each entry is a name: a few words, no digits (a name broken into letters over many
        // lines, with the page list glued to it, is not).
        for entry in entries {
            #expect(entry.text.split(separator: " ").count <= 5 && !entry.text.contains(where: \.isNumber),
                    "index entry garbled: \"\(entry)\"")
        }
        let problems = try booklet.indexPagesWithoutTheName(entries, start: start)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        // And the other way round: every body page that prints the name is listed.
        for entry in entries {
            let numbers = Set(ReadBack.numbers(entry))
            var missing: [Int] = []
            for number in 1..<start where Booklet.containsName(try booklet.text(booklet.front + number), entry.text) {
                if !numbers.contains(number) { missing.append(number) }
            }
            #expect(missing.isEmpty, "index: \"\(entry)\", but the name is also printed on page(s) \(missing)")
        }
    }

    /// "Nguyễn Văn An" chairs one meeting, "Nguyễn Văn Anh" another: the index lists for each
    /// only the pages that print that name, not those where it is the start of a longer one.
    @Test func theIndexDoesNotTakeOneNameForThePrefixOfAnother() throws {
        let scratch = Scratch()
        let an = SmallRecord.text.replacingOccurrences(of: "Lê Văn Minh", with: "Nguyễn Văn An")
        let anh = SmallRecord.text.replacingOccurrences(of: "Lê Văn Minh", with: "Nguyễn Văn Anh")
            .replacingOccurrences(of: "date: 2023-03-06", with: "date: 2023-04-06")
        try scratch.write("records/an.yaml", an)
        try scratch.write("records/anh.yaml", anh)
        var booklet = try ReadBack(scratch: scratch, inputs: [scratch.file("records")], ["--period", "2023"])
        let (entries, start) = try booklet.indexEntries()
        let names = entries.map(\.text)
        #expect(names.contains("Nguyễn Văn An") && names.contains("Nguyễn Văn Anh"), "index: \(entries)")
        let problems = try booklet.indexPagesWithoutTheName(entries, start: start)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: [Records.small, Records.large])
    func outlineMirrorsTheContentsOneEntryPerMeetingUnderItsSection(_ set: Records) throws {
        let booklet = try ReadBack(set)
        let outline = try #require(booklet.json["outlines"] as? [[String: Any]], "qpdf --json has no outlines")
        func title(_ entry: [String: Any]) -> String { Text.fold(Booklet.qpdfString(entry["title"]) ?? "") }
        func kids(_ entry: [String: Any]) -> [[String: Any]] { entry["kids"] as? [[String: Any]] ?? [] }
        func page(_ entry: [String: Any]) -> Int? { entry["destpageposfrom1"] as? Int }

        // The contents as sections with their meetings, then the summary and the index.
        var expected: [(entry: Booklet.LeaderLine, meetings: [Booklet.LeaderLine])] = []
        for entry in booklet.contents {
            if Booklet.meetingEntry(entry.text) != nil, !expected.isEmpty {
                expected[expected.count - 1].meetings.append(entry)
            } else {
                expected.append((entry, []))
            }
        }
        #expect(outline.map(title) == expected.map(\.entry.text), "outline: \(outline.map(title))")
        #expect(outline.map { kids($0).count }.reduce(0, +) == set.meetings)
        for (node, (entry, meetings)) in zip(outline, expected) {
            #expect(page(node) == Int(entry.reference).map { booklet.front + $0 }, "outline entry \(title(node)) → page \(page(node) ?? 0)")
            #expect(kids(node).map(title) == meetings.map(\.text), "meetings under \(entry.text)")
            for (kid, meeting) in zip(kids(node), meetings) {
                #expect(page(kid) == Int(meeting.reference).map { booklet.front + $0 }, "outline entry \(title(kid)) → page \(page(kid) ?? 0)")
                #expect(kids(kid).isEmpty, "a meeting's outline entry has children: \(title(kid))")
            }
        }
        // Sections are the months of the meetings, with as many meetings as the records have.
        var perMonth: [Int: Int] = [:]
        for file in booklet.records { perMonth[try RecordText.meeting(file).date.month, default: 0] += 1 }
        let months = perMonth.keys.sorted()
        #expect(outline.dropLast(2).map(title) == months.map { "Tháng \($0)/2023" })
        #expect(outline.dropLast(2).map { kids($0).count } == months.map { perMonth[$0]! })
        #expect(outline.suffix(2).map(title) == ["Tổng hợp các cuộc họp", "Chỉ mục người"])
        #expect(outline.suffix(2).allSatisfy { kids($0).isEmpty })
    }

    @Test(arguments: [Records.small, Records.large])
    func pageLabelsEqualThePrintedNumbers(_ set: Records) throws {
        let booklet = try ReadBack(set)
        let labels = booklet.labels
        #expect((labels[0] ?? "").isEmpty, "the cover is labelled \(labels[0] ?? "")")
        #expect(booklet.front >= 2, "no contents page before body page 1: \(labels)")
        for page in 1..<booklet.front {
            #expect(labels[page] == Booklet.roman(page).lowercased(), "front matter page \(page + 1) is labelled \(labels[page] ?? "nil")")
        }
        for page in booklet.front..<booklet.pageCount {
            #expect(labels[page] == String(page - booklet.front + 1), "PDF page \(page + 1) is labelled \(labels[page] ?? "nil")")
        }
        // The number printed at the foot of each page is its label.
        var checked = 0
        for page in 1...booklet.pageCount {
            let layout = try Booklet.pageText(booklet.pdf, page, layout: true)
            guard let last = layout.components(separatedBy: "\n").map(Text.fold).last(where: { !$0.isEmpty }),
                  Int(last) != nil || Booklet.isRoman(last) else { continue }
            checked += 1
            #expect(last == labels[page - 1], "PDF page \(page) prints \(last) but is labelled \(labels[page - 1] ?? "nil")")
        }
        #expect(checked > booklet.pageCount / 2, "only \(checked) of \(booklet.pageCount) pages print a number")
    }

    @Test(arguments: [Records.small, Records.large])
    func qpdfCheckIsClean(_ set: Records) throws {
        let booklet = try ReadBack(set)
        let result = Tool.run("qpdf", ["--check", booklet.pdf])
        #expect(result.status == 0, "qpdf --check: \(result.output)\(result.error)")
        #expect(!(result.output + result.error).contains("WARNING"), "qpdf --check: \(result.output)\(result.error)")
        #expect(result.output.contains("No syntax or stream encoding errors found"), "qpdf --check: \(result.output)")
    }

    @Test func groupedByOrganizationAsBulletinItemsTheContentsStillLeadToTheMeetings() throws {
        var booklet = try ReadBack(.small, ["--group-by", "organization", "--style", "bulletin"])
        let meetings = booklet.contents.compactMap { entry in Booklet.meetingEntry(entry.text).map { (entry, $0.title) } }
        #expect(meetings.count == Records.small.meetings, "contents entries: \(booklet.contents)")
        for (entry, title) in meetings {
            let number = try #require(Int(entry.reference), "\(entry) has no single page number")
            guard let page = booklet.page(printed: number) else { continue }
            let prefix = String(title.prefix(30)).lowercased()
            #expect(try booklet.text(page).lowercased().contains(prefix),
                    "contents: \"\(entry)\", but PDF page \(page) (printed \(number)) lacks \"\(prefix)\"")
        }
        let outline = try #require(booklet.json["outlines"] as? [[String: Any]])
        #expect(outline.map { ($0["kids"] as? [Any])?.count ?? 0 }.reduce(0, +) == Records.small.meetings)
        let (entries, start) = try booklet.indexEntries()
        let problems = try booklet.indexPagesWithoutTheName(entries, start: start)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
