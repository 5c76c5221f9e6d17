import Foundation
import Testing
@testable import Records

/// Bounded work for bounded input (issue 9, point 2): each limit refuses the record with a
/// message naming the file and the cause, before the work is done.
@Suite struct InputLimitsTests {
    /// A 10 KB paragraph anchored once and named 5,000 times: a few tens of KB that would
    /// expand to 50 MB of text.
    static func aliasBomb() -> String {
        var text = "kind: meeting\nregime: party\nproceedings:\n  - &p " + String(repeating: "x", count: 10_000) + "\n"
        text += String(repeating: "  - *p\n", count: 5_000)
        return text
    }

    @Test func anAliasBombIsRefusedWithoutBeingExpanded() {
        let folder = TempFolder()
        let path = folder.write("bomb.yaml", Self.aliasBomb())
        guard case .failure(let diagnostics) = RecordLoader().load(file: path) else {
            Issue.record("the alias bomb loaded"); return
        }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(path):105:5: error: proceedings[101]: more than 100 aliases (*p); a record this repetitive is refused, write the text out (the limit is an input limit of the command)",
        ])
    }

    @Test func fewAliasesOfMuchTextAreRefusedByTheirExpandedSize() {
        let folder = TempFolder()
        var text = "kind: report\nparts:\n  - &p " + String(repeating: "x", count: 100_000) + "\n"
        text += String(repeating: "  - *p\n", count: 30)
        let path = folder.write("big.yaml", text)
        let limits = InputLimits(fileBytes: 2_000_000, aliases: 100, expandedBytes: 1_000_000, depth: 64)
        guard case .failure(let diagnostics) = RecordLoader(limits: limits).load(file: path) else {
            Issue.record("the record loaded"); return
        }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(path):12:5: error: parts[9]: the record holds more than 1 MB of text once its aliases (*name) are repeated out; it is refused (write a shorter record, or raise the input limit)",
        ])
        // kind(ofFile:) composes report-looking files: it obeys the limits and gives no kind.
        #expect(RecordLoader.kind(ofFile: path, limits: limits) == nil)
        #expect(RecordLoader.kind(ofFile: path) == .report)
    }

    /// Lists of lists of aliases ("billion laughs"): few aliases, exponential text.
    @Test func nestedAliasesAreRefusedByTheirExpandedSize() {
        var text = "kind: meeting\na0: &a0 [\"lol\"]\n"
        for level in 1..<10 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let folder = TempFolder()
        let path = folder.write("laughs.yaml", text)
        guard case .failure(let diagnostics) = RecordLoader().load(file: path) else {
            Issue.record("the record loaded"); return
        }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(path):8:40: error: a6[6]: the record holds more than 4 MB of text once its aliases (*name) are repeated out; it is refused (write a shorter record, or raise the input limit)",
        ])
    }

    @Test func deepNestingIsRefused() {
        let folder = TempFolder()
        var text = "kind: meeting\n"
        for level in 0..<100 { text += String(repeating: " ", count: level) + "a:\n" }
        let path = folder.write("deep.yaml", text)
        guard case .failure(let diagnostics) = RecordLoader().load(file: path) else {
            Issue.record("the record loaded"); return
        }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(path):66:65: error: " + Array(repeating: "a", count: 64).joined(separator: ".") + ": lists and mappings nested more than 64 levels deep; a record is never this deep, check the indentation",
        ])
    }

    @Test func anOversizeFileIsRefusedBeforeItIsRead() {
        let folder = TempFolder()
        let path = folder.write("big.yaml", "kind: meeting\n# " + String(repeating: "x", count: 2_100_000) + "\n")
        guard case .failure(let diagnostics) = RecordLoader().load(file: path) else {
            Issue.record("the record loaded"); return
        }
        #expect(diagnostics.map { $0.description(in: .en) } == [
            "\(path):1:1: error: (file): is 2.1 MB, more than the 2 MB a record may have; a record is text only (photos are separate files), so check that this is the right file",
        ])
        let larger = InputLimits(fileBytes: 3_000_000, aliases: 100, expandedBytes: 4_000_000, depth: 64)
        guard case .failure(let again) = RecordLoader(limits: larger).load(file: path) else { return }
        #expect(!again.contains { $0.field == "(file)" })
    }
}
