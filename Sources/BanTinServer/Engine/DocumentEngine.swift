import Foundation
import Records
import WebPages

/// What the server asks of BanTin's pipeline: the same check and render steps the commands
/// run, so a record previewed in the browser is judged and typeset exactly as `bantin check`
/// and `bantin minutes` would. The command-line target implements it (`PipelineEngine`);
/// the server only speaks HTTP, keeps the workspace and its security.
public protocol DocumentEngine: Sendable {
    /// The problems of a record whose text is `text`, as if it were the file at `path`
    /// (absolute, inside the workspace: its photos and settings are found from there).
    func check(_ text: String, as path: String) -> [Diagnostic]

    /// The PDF of the record whose text is `text` (its minutes; a report record's report
    /// without figures), or why there is none.
    func preview(_ text: String, as path: String) -> EngineOutcome

    /// What the records list shows of the record file at `path`.
    func summary(ofFile path: String) -> RecordSummary

    /// A product made by the command `product` with `arguments` (records as absolute paths,
    /// options as the command takes them), written to `output`.
    func make(_ product: ProductKind, arguments: [String], output: String) -> EngineOutcome
}

/// What a render gives back.
public enum EngineOutcome: Sendable {
    /// The PDF's bytes.
    case pdf(Data)
    /// The input has errors: nothing was made.
    case rejected([Diagnostic])
    /// Nothing was made, for the reason given (in both languages).
    case failed(Localized)
}

/// The documents made from many records.
public enum ProductKind: String, Sendable, CaseIterable {
    case bulletin, compile, report
}

/// One line of the records list (`GET /api/records`): the entry the records page shows.
public typealias RecordSummary = RecordEntry
