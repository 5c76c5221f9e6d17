import Foundation

/// The settings of every record of a run, each settings file read once: what a record's
/// settings are, and every problem of the settings files, to show once before the records'.
public struct SettingsIndex: Sendable {
    /// What applies to one record.
    public enum Choice: Sendable {
        /// No settings file above the record.
        case none
        case settings(Settings)
        /// The record's settings file has errors (reported with `diagnostics`).
        case broken(file: String)
    }

    /// Settings file → what loading it gave.
    public private(set) var results: [String: SettingsLoadResult] = [:]
    /// Record (as named) → its settings file.
    private var fileOfRecord: [String: String] = [:]

    /// Finds and loads the settings of `records`.
    public init(records: [String], loader: SettingsLoader = SettingsLoader(), finder: SettingsFinder = SettingsFinder()) {
        for record in records {
            guard let file = finder.settingsFile(forRecord: record).map(Self.shown) else { continue }
            fileOfRecord[record] = file
            if results[file] == nil { results[file] = loader.load(file: file) }
        }
    }

    /// No settings at all.
    public init() {}

    /// A settings file's path as messages show it: relative to the current folder when it is
    /// inside it (as the records are usually named), else absolute.
    public static func shown(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
        return absolute.hasPrefix(here + "/") ? String(absolute.dropFirst(here.count + 1)) : absolute
    }

    public func choice(forRecord record: String) -> Choice {
        guard let file = fileOfRecord[record], let result = results[file] else { return .none }
        switch result {
        case .success(let settings, _): return .settings(settings)
        case .failure: return .broken(file: file)
        }
    }

    /// The settings of `record`, when it has readable ones.
    public func settings(forRecord record: String) -> Settings? {
        if case .settings(let settings) = choice(forRecord: record) { return settings }
        return nil
    }

    /// The settings files read, in path order.
    public var files: [String] { results.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }

    /// Every settings file's problems, file by file.
    public var diagnostics: [Diagnostic] { files.flatMap { results[$0]!.diagnostics } }

    /// The settings files with errors.
    public var brokenFiles: [String] { files.filter { if case .failure = results[$0]! { return true } else { return false } } }

    /// The settings most of `records` use (the first record's in a tie): what a document made
    /// of many records (a bulletin issue, a booklet) takes its publisher and layout from.
    public func mostUsed(by records: [String]) -> Settings? {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for record in records {
            guard let file = fileOfRecord[record] else { continue }
            if counts[file] == nil { order.append(file) }
            counts[file, default: 0] += 1
        }
        guard let best = order.max(by: { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && order.firstIndex(of: $0)! > order.firstIndex(of: $1)!) }),
              case .success(let settings, _)? = results[best] else { return nil }
        return settings
    }
}
