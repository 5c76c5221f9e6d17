import Documents
import Foundation
import Records
import Render
import Typesetting

/// Records → Documents → Typesetting → Render for minutes, one record at a time.
struct MinutesPipeline: Sendable {
    let fonts: FontLibrary
    /// The Vietnamese word list (`Resources.words()`), loaded once per process.
    let words: WordJoins
    let resources: Resources
    /// A layout file given with --layout; otherwise each record's regime picks the bundled one.
    let layoutOverride: String?
    let convertLegacy: Bool
    let creationDate: String?
    let creator: String
    var images = ImageAccess()
    /// Each record's settings (bantin.yaml); none until a command reads them for its records.
    var settings = SettingsIndex()

    /// Loads, validates and checks one record; a meeting back means it may be rendered.
    /// `everyField` checks the fonts against the parts minutes do not print too (for `check`).
    /// `text`, when given, is read instead of `file` (the server's editor).
    func check(_ file: String, text: String? = nil, everyField: Bool = false) -> (meeting: Meeting?, builder: MinutesBuilder?, diagnostics: [Diagnostic]) {
        let intake = RecordIntake.meeting(file, text: text, convertLegacy: convertLegacy, allowedFolders: images.allowedFolders, product: .minutesProduct,
                                          settings: settings)
        guard let meeting = intake.meeting else { return (nil, nil, intake.diagnostics) }
        let builder: MinutesBuilder
        do throws(LayoutError) {
            builder = try self.builder(for: meeting, file: file)
        } catch {
            if let inLayout = error.diagnostics { return (nil, nil, intake.diagnostics + inLayout) }
            let location = meeting.location(of: "regime") ?? SourceLocation(file: file, line: 1, column: 1)
            return (nil, nil, intake.diagnostics + [Diagnostic(severity: .error, location: location, field: "regime", message: .verbatim(error.problems.map(\.message).joined(separator: "; ")))])
        }
        // Minutes print neither the article nor the photos (the bulletin checks them).
        let coverage = FontCoverage.problems(in: meeting, fonts: builder.sheet.fonts,
                                             skipping: everyField ? [] : ["article.", "photos["])
        return (coverage.isEmpty ? meeting : nil, builder, intake.diagnostics + coverage)
    }

    /// Renders `job` if its record is valid; an invalid record writes nothing.
    func run(_ job: RecordJob) -> DocumentOutcome {
        let checked = check(job.record)
        guard let meeting = checked.meeting, let builder = checked.builder else {
            return .rejected(checked.diagnostics)
        }
        do {
            let document = try builder.build(meeting, creationDate: creationDate, creator: creator)
            let written = try DocumentWriter.write(document, to: OutputTarget(path: job.output, root: job.root), renderer: images.renderer)
            return .written(written, warnings: checked.diagnostics)
        } catch {
            return .failure(error, source: job.record, warnings: checked.diagnostics)
        }
    }

    private static let cache = LayoutCache()

    /// Loads the layout given with --layout once, before any record, so a broken layout is
    /// one clear error rather than one per record.
    func preloadLayout() throws(LayoutError) {
        if let layoutOverride { _ = try Self.cache.builder(path: layoutOverride, fonts: fonts, words: words) }
    }

    /// The layout --layout names, else the one the record's settings choose, else the bundled
    /// one of the record's regime.
    private func builder(for meeting: Meeting, file: String) throws(LayoutError) -> MinutesBuilder {
        let path = layoutOverride ?? settings.settings(forRecord: file)?.layouts.path(.minutes, regime: meeting.regime)
            ?? resources.layout("minutes", regime: meeting.regime.rawValue)
        let builder = try Self.cache.builder(path: path, fonts: fonts, words: words)
        guard builder.layout.regime == meeting.regime.rawValue else {
            throw LayoutError(path: "", message: Localized.layoutRegimeMismatch(path, layout: builder.layout.regime, record: meeting.regime.rawValue).text())
        }
        return builder
    }
}

/// Layouts read once per run, shared by the worker threads.
final class LayoutCache: @unchecked Sendable {
    // Guarded by `lock`; builders are immutable values once made.
    private var builders: [String: MinutesBuilder] = [:]
    private let lock = NSLock()

    func builder(path: String, fonts: FontLibrary, words: WordJoins) throws(LayoutError) -> MinutesBuilder {
        lock.lock()
        defer { lock.unlock() }
        if let builder = builders[path] { return builder }
        let builder = try MinutesBuilder(layout: try Layout.load(path: path), fonts: fonts, words: words)
        builders[path] = builder
        return builder
    }
}
