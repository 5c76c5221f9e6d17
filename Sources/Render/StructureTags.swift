import CCairo
import Typesetting

/// Turns the pages' structure marks into cairo 1.16 structure tags, within the rules cairo
/// keeps (found by trying them; docs/pdf.md):
///
/// - cairo marks the content of an element only while it has no child element, so a tag that
///   holds content (a paragraph) is never open under another one that does: a figure inside
///   a paragraph closes the paragraph, which opens again (a second element) after it;
/// - tags are opened only right before something is drawn, and every tag is closed before a
///   page ends: cairo drops the tags of a page it draws nothing on;
/// - page furniture is drawn with no content tag open, so cairo leaves it unmarked and the
///   finishing pass marks it as an artifact (cairo refuses a tag named Artifact).
///
/// A paragraph or table that runs over a page break is therefore one element per page.
final class StructureTags {
    private struct Entry: Equatable {
        let id: Int
        let role: StructureRole
    }

    /// The roles the marks have opened so far, outermost first.
    private var marked: [Entry] = []
    /// The tags cairo has open, outermost first.
    private var open: [Entry] = []
    private var nextID = 0
    /// The alternate text of every figure tag opened, in order.
    private(set) var figureAlternates: [String] = []

    /// Follows one mark; an end without a begin (material reordered on an imposed sheet) is
    /// ignored.
    func follow(_ mark: StructureMark) {
        switch mark {
        case .begin(let role):
            nextID += 1
            marked.append(Entry(id: nextID, role: role))
        case .end:
            if !marked.isEmpty { marked.removeLast() }
        }
    }

    /// Opens and closes tags so that what is drawn next belongs to the innermost role that
    /// holds content; with none open (or inside an artifact) it is page furniture.
    func beforeContent(_ cr: OpaquePointer) {
        guard !marked.contains(where: { $0.role == .artifact }), let last = marked.last(where: { $0.role.holdsContent })
        else { return beforeArtifact(cr) }
        // Only the innermost role may hold content; the ones around it only group.
        var target = marked.filter { !$0.role.holdsContent }
        if last == marked.last { target.append(last) } else { return beforeArtifact(cr) }
        sync(to: target, cr)
    }

    /// Closes every content tag, so what is drawn next is unmarked (page furniture). Opens
    /// none: a list or table tag opened here would hold the furniture as its own content
    /// (cairo marks the content of an element without children).
    func beforeArtifact(_ cr: OpaquePointer) {
        let end = marked.firstIndex(where: { $0.role == .artifact }) ?? marked.count
        let groups = marked[..<end].filter { !$0.role.holdsContent }
        var keep = 0
        while keep < open.count, keep < groups.count, open[keep] == groups[keep] { keep += 1 }
        sync(to: Array(open[..<keep]), cr)
    }

    /// Closes every tag cairo has open (at the end of each page).
    func closeAll(_ cr: OpaquePointer) { sync(to: [], cr) }

    private func sync(to target: [Entry], _ cr: OpaquePointer) {
        var common = 0
        while common < open.count, common < target.count, open[common] == target[common] { common += 1 }
        while open.count > common {
            let entry = open.removeLast()
            cairo_tag_end(cr, Self.tagName(entry.role))
        }
        for entry in target[common...] {
            cairo_tag_begin(cr, Self.tagName(entry.role), nil)
            if case .figure(let text) = entry.role { figureAlternates.append(text) }
            open.append(entry)
        }
    }

    /// The standard structure type of a role (ISO 32000-1 §14.8.4).
    static func tagName(_ role: StructureRole) -> String {
        switch role {
        case .heading(let level): return "H\(min(max(level, 1), 6))"
        case .paragraph: return "P"
        case .list: return "L"
        case .listItem: return "LI"
        case .listLabel: return "Lbl"
        case .listBody: return "LBody"
        case .table: return "Table"
        case .tableRow: return "TR"
        case .headerCell: return "TH"
        case .dataCell: return "TD"
        case .figure: return "Figure"
        case .caption: return "Caption"
        case .artifact: return "Artifact"
        }
    }
}
