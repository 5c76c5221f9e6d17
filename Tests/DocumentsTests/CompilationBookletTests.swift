import Documents
import Foundation
import Records
import Render
import Testing
import TestSupport
import Typesetting

/// Issue 4, "What must hold" 4: a generated 100-meeting booklet laid out by
/// `CompilationBuilder` keeps the widow, orphan and keep rules on every page, never runs past
/// the text area, and names every meeting exactly once.
@Suite(.englishMessages) struct CompilationBookletTests {
    /// The compilation builder with the minutes and bulletin layouts the CLI uses.
    static func builder() throws -> CompilationBuilder {
        func load(_ name: String) throws -> Layout { try Layout.load(path: Fixtures.path("Layouts/\(name).yaml")) }
        let content = MeetingContent(
            minutes: ["party": try MinutesBuilder(layout: try load("party-minutes"), fonts: Fixtures.fonts, words: Fixtures.words),
                      "state": try MinutesBuilder(layout: try load("state-minutes"), fonts: Fixtures.fonts, words: Fixtures.words)],
            bulletin: try BulletinBuilder(layout: try load("bulletin"), fonts: Fixtures.fonts, words: Fixtures.words))
        return try CompilationBuilder(layout: try load("compilation"), fonts: Fixtures.fonts, words: Fixtures.words, content: content)
    }

    /// `count` records from `Scripts/gen-records.py --seed seed --year 2023`, loaded.
    static func generated(count: Int, seed: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Meeting] {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try #require(Tool.exists("python3"), "python3 is needed to run Scripts/gen-records.py", sourceLocation: sourceLocation)
        let run = Tool.run("python3", [Fixtures.path("Scripts/gen-records.py"), "--count", "\(count)", "--seed", "\(seed)",
                                       "--year", "2023", "--out", folder])
        try #require(run.status == 0, "gen-records.py failed: \(run.error)", sourceLocation: sourceLocation)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        try #require(files.count == count, sourceLocation: sourceLocation)
        return try files.map { try BulletinFixtures.meeting((folder as NSString).appendingPathComponent($0), sourceLocation: sourceLocation) }
    }

    /// The 100-meeting booklet of 2023, built once for the tests of this suite.
    static let hundred: Result<(meetings: [Meeting], document: LaidOutDocument, setup: PageSetup), any Error> = Result {
        let meetings = try generated(count: 100, seed: 1)
        let builder = try Self.builder()
        let options = CompilationOptions(period: try Period.parse("2023"), creationDate: "2023-12-31T00:00:00+07:00")
        return (meetings, try builder.build(meetings, options: options), try builder.sheet.pageSetup())
    }

    /// The people the index must list, worked out here from the records (chairs,
    /// secretaries, guests, speakers), not taken from the library.
    static func indexedNames(_ meetings: [Meeting]) -> Set<String> {
        var names = Set<String>()
        for meeting in meetings {
            names.insert(meeting.chair.name)
            names.insert(meeting.secretary.name)
            for guest in meeting.guests { names.insert(guest.name) }
            for speech in meeting.speeches { names.insert(speech.speaker) }
        }
        return names
    }

    @Test func widowOrphanAndKeepRulesHoldAcrossAHundredMeetings() throws {
        let (_, document, setup) = try Self.hundred.get()
        let pages = document.pages
        #expect(pages.count > 150, "a 100-meeting booklet of only \(pages.count) pages")
        #expect(PageChecks.widowsAndOrphans(pages) == [])
        #expect(PageChecks.headingsAtFoot(pages) == [])
        #expect(PageChecks.overflow(pages, setup: setup) == [])
    }

    /// Contents and index entries are kept together (LeaderEntry sets keepTogether): none
    /// starts at the foot of one page and ends on the next.
    @Test func noContentsOrIndexEntryIsSplitAcrossPages() throws {
        let (_, document, _) = try Self.hundred.get()
        let pages = document.pages
        let body = try #require(pages.firstIndex { $0.destinations.contains("page-1") })
        let index = try #require(pages.firstIndex { $0.destinations.contains("index") })
        var problems: [String] = []
        for page in Array(1..<body) + Array(index..<(pages.count - 1)) {
            guard let last = pages[page].placed.last, case .line(let id, let line, let count) = last.role, line < count - 1 else { continue }
            problems.append("page \(page + 1) ends with line \(line + 1) of \(count) of entry \(id)")
        }
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// Every index entry prints the whole name on the line of its leaders and page numbers,
    /// however many pages it lists: a name is never squeezed into a sliver and broken into
    /// letters or single words.
    @Test func everyIndexNameStandsWholeOnItsLeaderLine() throws {
        let (meetings, document, _) = try Self.hundred.get()
        let names = Self.indexedNames(meetings)
        let pages = document.pages
        let index = try #require(pages.firstIndex { $0.destinations.contains("index") })
        let probe = DocumentProbe(pages: Array(pages[index...]))
        var problems: [String] = [], entries = 0
        for (offset, lines) in probe.lines.enumerated() {
            for line in lines {
                let text = Text.fold(line.text)
                if ["CHỈ MỤC NGƯỜI", "Chỉ mục người"].contains(text) || Int(text) != nil { continue }
                // The rest of a long page list, on a line of its own under its entry.
                if text.range(of: #"^[0-9]+(, [0-9]+)*,?$"#, options: .regularExpression) != nil { continue }
                guard let leaders = text.range(of: #"\s*\.+\s*[0-9]+(, [0-9]+)*,?$"#, options: .regularExpression) else {
                    problems.append("page \(index + offset + 1): a line without leaders: \"\(text)\"")
                    continue
                }
                entries += 1
                let name = String(text[..<leaders.lowerBound])
                if !names.contains(name) { problems.append("page \(index + offset + 1): \"\(text)\" does not start with a whole name") }
            }
        }
        #expect(entries > 100, "only \(entries) index entries")
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
    }

    /// For every person, the index prints the list of exactly the body pages that print the
    /// whole name (not inside a longer name: no capitalised word joined to it by a space on
    /// its line), after the name's leaders. A name may be broken across two lines.
    @Test func everyIndexEntryListsExactlyThePagesThatPrintTheName() throws {
        let (meetings, document, _) = try Self.hundred.get()
        let names = Self.indexedNames(meetings)
        let pages = document.pages
        let body = try #require(pages.firstIndex { $0.destinations.contains("page-1") })
        let index = try #require(pages.firstIndex { $0.destinations.contains("index") })
        let probe = DocumentProbe(pages: pages)
        let bodyLines = (body..<index).map { probe.lines[$0].map { Text.fold($0.text) } }
        // The index's lines without its running heads and page numbers.
        let indexText = Text.fold((index..<pages.count).flatMap { probe.lines[$0].map(\.text) }
            .filter { Int(Text.fold($0)) == nil && Text.fold($0) != "Chỉ mục người" }.joined(separator: " "))
        var problems: [String] = []
        for name in names.sorted() {
            let printed = bodyLines.enumerated().filter { Self.printsWhole(name, $0.element) }.map { String($0.offset + 1) }
            guard !printed.isEmpty else { continue }
            let reference = printed.joined(separator: ", ")
            // The list ends the entry: the next entry's name (or the end) follows it.
            let entry = #"\.+ "# + NSRegularExpression.escapedPattern(for: reference) + #"( [^0-9]|$)"#
            if indexText.range(of: entry, options: .regularExpression) == nil {
                problems.append("\(name) is printed on pages \(reference), which the index does not list")
            }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.joined(separator: "\n"))")
    }

    /// Whether one of `lines`, or two lines in a row where neither holds it alone, prints
    /// `name` as whole words with no name syllable (a capitalised word other than a word of
    /// address) joined to it by a space.
    static func printsWhole(_ name: String, _ lines: [String]) -> Bool {
        func whole(_ text: String) -> Bool {
            guard text.contains(name) else { return false }
            let pattern = #"(?<![\p{L}\p{M}\p{N}])"# + NSRegularExpression.escapedPattern(for: name) + #"(?![\p{L}\p{M}\p{N}])"#
            var from = text.startIndex
            while let hit = text.range(of: pattern, options: .regularExpression, range: from..<text.endIndex) {
                let before = text[..<hit.lowerBound], after = text[hit.upperBound...]
                let previous = before.hasSuffix(" ") ? before.dropLast().split(omittingEmptySubsequences: false, whereSeparator: { !($0.isLetter || $0.isNumber) }).last : nil
                let next = after.hasPrefix(" ") ? after.dropFirst().split(omittingEmptySubsequences: false, whereSeparator: { !($0.isLetter || $0.isNumber) }).first : nil
                let address: Set<Substring> = ["Ông", "Bà", "Anh", "Chị", "Cô", "Chú", "Bác", "Em", "Cụ", "Thầy"]
                if !(previous.map { syllable($0) && !address.contains($0) } ?? false) && !(next.map(syllable) ?? false) { return true }
                from = text.index(after: hit.lowerBound)
            }
            return false
        }
        func syllable(_ word: Substring) -> Bool {
            guard let first = word.first, first.isUppercase else { return false }
            return word.dropFirst().allSatisfy { !$0.isUppercase && !$0.isNumber }
        }
        if lines.contains(where: whole) { return true }
        return lines.indices.dropLast().contains { i in
            !lines[i].contains(name) && !lines[i + 1].contains(name) && whole(lines[i] + " " + lines[i + 1])
        }
    }

    @Test func everyMeetingAnchorExistsExactlyOnce() throws {
        let (meetings, document, _) = try Self.hundred.get()
        var count: [String: Int] = [:]
        for page in document.pages { for name in page.destinations { count[name, default: 0] += 1 } }
        for n in 1...meetings.count {
            #expect(count["meeting-\(n)"] == 1, "meeting-\(n) is on \(count["meeting-\(n)"] ?? 0) pages")
        }
        #expect(count["meeting-\(meetings.count + 1)"] == nil)
        #expect(count.filter { $0.value != 1 }.isEmpty, "destinations not unique: \(count.filter { $0.value != 1 })")
        #expect(count["summary"] == 1 && count["index"] == 1 && count["section-1"] == 1)
        // Every meeting of the outline, under its section, in date order.
        let outlined = document.outline.flatMap(\.children).map(\.destination)
        #expect(outlined == (1...meetings.count).map { "meeting-\($0)" })
    }

    @Test func pageLabelsAreNoneRomanThenArabicFromOne() throws {
        let (_, document, _) = try Self.hundred.get()
        let labels = document.pages.map(\.label)
        #expect(labels[0] == nil || labels[0] == "", "the cover is labelled \(labels[0] ?? "")")
        let first = try #require(labels.firstIndex(of: "1"))
        #expect(first >= 3, "a 100-meeting contents fits on \(first - 1) page(s)?")
        let roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"]
        #expect(Array(labels[1..<first]) == Array(roman.prefix(first - 1)))
        #expect(Array(labels[first...]) == (1...(labels.count - first)).map { String($0) })
    }

    /// Each meeting's anchor stands on the page that prints the meeting's title, and that
    /// page is what the contents says.
    @Test func everyMeetingStartsWhereItsAnchorIs() throws {
        let (meetings, document, _) = try Self.hundred.get()
        let probe = DocumentProbe(pages: document.pages)
        let ordered = meetings.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        for (n, meeting) in ordered.enumerated() {
            guard let page = document.pages.firstIndex(where: { $0.destinations.contains("meeting-\(n + 1)") }) else {
                Issue.record("no anchor meeting-\(n + 1)")
                continue
            }
            let text = Text.fold(probe.lines[page].map(\.text).joined(separator: " ")).lowercased()
            let prefix = String(Text.fold(InlineMarkup.plainText(meeting.title)).prefix(30)).lowercased()
            #expect(text.contains(prefix), "meeting-\(n + 1) is on page \(page + 1), which lacks \"\(prefix)\"")
        }
    }

    @Test func theBookletRendersWithItsNavigation() throws {
        let (_, document, _) = try Self.hundred.get()
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = (folder as NSString).appendingPathComponent("tap.pdf")
        try PDFRenderer().write(document, to: path)
        let info = Tool.run("pdfinfo", [path])
        #expect(info.output.contains("Pages:") && info.output.contains(" \(document.pages.count)\n"), "\(info.output)")
        let check = Tool.run("qpdf", ["--check", path])
        #expect(check.status == 0, "qpdf --check: \(check.output)\(check.error)")
    }

    /// A booklet of news items (`--style bulletin`) with photos: every photo is one box in the
    /// text area holding its image, and the page rules hold as in an issue.
    @Test func aBulletinStyleBookletKeepsItsPhotosInTheirBoxes() throws {
        let meetings = try BulletinFixtures.generatedItems(count: 20, seed: 3)
        let years = Set(meetings.map(\.date.year))
        let period = try Period(from: CivilDate(year: years.min()!, month: 1, day: 1)!, to: CivilDate(year: years.max()!, month: 12, day: 31)!)
        let builder = try Self.builder()
        let document = try builder.build(meetings, options: CompilationOptions(period: period, style: .bulletin,
                                                                              creationDate: "2023-12-31T00:00:00+07:00"))
        let setup = try builder.sheet.pageSetup()
        let photos = meetings.map(\.photos.count).reduce(0, +)
        #expect(photos >= 5, "only \(photos) photos")
        var boxes = 0
        for (index, page) in document.pages.enumerated() {
            let template = setup.template(forPage: index)
            let images = BulletinLayoutTests.images(of: page)
            var inBoxes = 0
            for box in page.placed where box.role == .block("photo") {
                boxes += 1
                #expect(box.y >= template.margins.top - 0.01 && box.y + box.height <= template.size.height - template.margins.bottom + 0.01,
                        "page \(index + 1): a photo box leaves the text area")
                inBoxes += images.filter { BulletinLayoutTests.contains(box, width: template.textWidth, $0) }.count
            }
            #expect(inBoxes == images.count, "page \(index + 1): an image outside every photo box")
        }
        #expect(boxes == photos, "\(boxes) photo boxes for \(photos) photos")
        #expect(PageChecks.widowsAndOrphans(document.pages) == [])
        #expect(PageChecks.headingsAtFoot(document.pages) == [])
        #expect(PageChecks.overflow(document.pages, setup: setup) == [])
    }
}
