import Foundation
import Records
import Typesetting

/// The index of people: chairs, secretaries, guests and speakers, sorted the Vietnamese way
/// (given name, then middle names, then family name, CLDR collation; §5.1), each with the
/// body pages its name is printed on, linked to the first.
struct PeopleIndex {
    let make: BlockFactory
    let layout: Layout

    func blocks(_ meetings: [Meeting], pages: [Page]) throws(LayoutError) -> [any Block] {
        var names = Set<String>()
        for meeting in meetings {
            names.insert(meeting.chair.name)
            names.insert(meeting.secretary.name)
            for guest in meeting.guests { names.insert(guest.name) }
            for speech in meeting.speeches { names.insert(speech.speaker) }
        }
        // A page's text with its lines joined, so a name broken across lines is found; as
        // UTF-8 bytes searched byte by byte (records and pages are both NFC), because a
        // booklet has hundreds of names and pages and String search is grapheme-aware.
        let texts: [[UInt8]] = pages.map { page in
            Array(page.runs.sorted { ($0.origin.y, $0.origin.x) < ($1.origin.y, $1.origin.x) }.map(\.text)
                .joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ").utf8)
        }
        /// A byte that cannot be part of a word: ASCII other than letters and digits (every
        /// byte of a Vietnamese letter outside ASCII is ≥ 0x80).
        func separates(_ byte: UInt8) -> Bool {
            byte < 0x80 && !(byte >= 0x30 && byte <= 0x39) && !(byte >= 0x41 && byte <= 0x5A) && !(byte >= 0x61 && byte <= 0x7A)
        }
        /// Whether `name` stands in `text` as whole words ("Nguyễn Văn An" is not in "Nguyễn Văn Anh").
        func occurs(_ name: [UInt8], in text: [UInt8]) -> Bool {
            guard let first = name.first, text.count >= name.count else { return false }
            return text.withUnsafeBufferPointer { haystack in
                name.withUnsafeBufferPointer { needle in
                    let base = haystack.baseAddress!
                    var start = base
                    let end = base + (haystack.count - needle.count + 1)
                    while start < end, let hit = memchr(start, Int32(first), end - start) {
                        let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                        let offset = candidate - base
                        if memcmp(candidate, needle.baseAddress!, needle.count) == 0,
                           offset == 0 || separates(haystack[offset - 1]),
                           offset + needle.count == haystack.count || separates(haystack[offset + needle.count]) {
                            return true
                        }
                        start = candidate + 1
                    }
                    return false
                }
            }
        }
        let style = try make.sheet.style("index-entry")
        var reference = style.text
        reference.font = style.regular
        var blocks: [any Block] = []
        for name in PersonNameOrder.sorted(Array(names)) {
            let bytes = Array(name.utf8)
            let onPages = texts.enumerated().filter { occurs(bytes, in: $0.element) }.map { $0.offset + 1 }
            guard let first = onPages.first else { continue }
            blocks.append(LeaderEntry(InlineMarkup.spans(name, style: style),
                                      reference: TextSpan(onPages.map(String.init).joined(separator: ", "), style: reference),
                                      style: style.paragraph, destination: "page-\(first)"))
        }
        return blocks
    }
}
