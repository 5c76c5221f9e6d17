import Documents
import Foundation
import Records
import Render
import Typesetting

/// Records → Documents → Typesetting → Render for one report: the report record, the
/// meeting records its figures come from, the period that selects them.
struct ReportPipeline {
    let fonts: FontLibrary
    /// The Vietnamese word list (`Resources.words()`), loaded once per process.
    let words: WordJoins
    let resources: Resources
    /// A layout given with --layout; otherwise the report's regime picks the bundled one.
    let layoutOverride: String?
    let convertLegacy: Bool
    var images = ImageAccess()

    /// A report that cannot be made, with every reason.
    struct Failure: Error {
        var diagnostics: [Diagnostic]
        var message: String?
    }

    /// What a finished run says.
    struct Outcome {
        var written: WrittenFile
        var inside: Int
        var outside: Int
        /// Meetings of the period that are not the organisation's nor its units'.
        var leftOut: Int
        var warnings: [Diagnostic]
    }

    /// The problems of a report record on its own (for `bantin check`).
    /// `text`, when given, is read instead of `file` (the server's editor).
    static func check(_ file: String, text: String? = nil, convertLegacy: Bool, allowedFolders: [String] = [],
                      settings: SettingsIndex = SettingsIndex()) -> [Diagnostic] {
        let chosen: Settings?
        switch RecordIntake.choice(forRecord: file, in: settings) {
        case .success(let found): chosen = found
        case .failure(let refusal): return [refusal.diagnostic]
        }
        let loader = ReportLoader(convertLegacy: convertLegacy, settings: chosen,
                                  allowedFolders: RecordIntake.folders(allowedFolders, chosen))
        switch loader.load(file: file, text: text) {
        case .failure(let diagnostics): return diagnostics
        case .success(_, let warnings): return warnings
        }
    }

    /// Loads `report` and `records`, computes the figures of the period and writes the PDF.
    /// Any bad record stops the run: a figure that leaves a meeting out would be wrong.
    /// `text`, when given, is the report record as an editor holds it, read instead of `file`.
    func run(report file: String, text: String? = nil, records: [String], period override: Period?, options: ReportOptions,
             workers: Int, output: String) throws -> Outcome {
        var warnings: [Diagnostic] = []
        let loaded: Report
        // The report's settings and its records' are read once, their problems printed first.
        let (settings, brokenSettings) = RecordIntake.settings(for: [file] + records, convertLegacy: convertLegacy)
        if brokenSettings, case .broken = settings.choice(forRecord: file) {
            throw Failure(diagnostics: Self.check(file, text: text, convertLegacy: convertLegacy, settings: settings))
        }
        let chosen = settings.settings(forRecord: file)
        let loader = ReportLoader(convertLegacy: convertLegacy, settings: chosen,
                                  allowedFolders: RecordIntake.folders(images.allowedFolders, chosen))
        switch loader.load(file: file, text: text) {
        case .failure(let diagnostics): throw Failure(diagnostics: diagnostics)
        case .success(let report, let found): loaded = report; warnings += found
        }
        let builder: ReportBuilder
        do throws(LayoutError) {
            let path = layoutOverride ?? chosen?.layouts.path(.report, regime: loaded.regime)
                ?? resources.layout("report", regime: loaded.regime.rawValue)
            builder = try ReportBuilder(layout: try Layout.load(path: path), fonts: fonts, words: words)
        } catch {
            // Problems at a place in the layout print with their line, like a record's.
            let located = error.problems.compactMap(\.diagnostic)
            let rest = error.problems.filter { $0.diagnostic == nil }.map(\.description)
            throw Failure(diagnostics: warnings + located, message: rest.isEmpty ? nil : rest.joined(separator: "\n"))
        }
        let coverage = FontCoverage.problems(in: loaded.textFields, sourceFile: loaded.sourceFile, fonts: builder.sheet.fonts)
        if !coverage.isEmpty { throw Failure(diagnostics: warnings + coverage) }
        if options.watermark && !loaded.draft {
            throw Failure(diagnostics: warnings, message: Localized.watermarkOnFinal(file).text())
        }
        guard loaded.regime.rawValue == builder.layout.regime else {
            let location = loaded.location(of: "regime") ?? SourceLocation(file: file, line: 1, column: 1)
            throw Failure(diagnostics: warnings + [Diagnostic(location: location, field: "regime",
                message: .layoutForOtherRegime(builder.layout.regime, loaded.regime.rawValue))])
        }

        // A seal only where the layout prints one: state forms (ô 8), or a Party layout that
        // says `allows-seal: true`.
        if loaded.signer.seal != nil, !builder.layout.allowsSeal {
            let location = loaded.location(of: "signer.seal") ?? SourceLocation(file: file, line: 1, column: 1)
            throw Failure(diagnostics: warnings + [Diagnostic(location: location, field: "signer.seal",
                message: .sealNotInLayout(loaded.regime.rawValue, builder.layout.file),
                sourceLine: SourceLines.line(location.line, of: location.file))])
        }
        let period = override ?? loaded.period
        var meetings: [Meeting] = []
        var outside = 0
        var leftOut = 0
        if !records.isEmpty {
            guard let period else {
                throw Failure(diagnostics: warnings, message: Localized.reportNeedsPeriod(file).text())
            }
            let fonts = builder.sheet.fonts
            let convert = convertLegacy
            let allowed = images.allowedFolders
            let (valid, bad) = RecordBatch.meetings(records, workers: workers) { record in
                let intake = RecordIntake.meeting(record, convertLegacy: convert, allowedFolders: allowed, product: .reportFiguresProduct,
                                                  settings: settings)
                guard let meeting = intake.meeting else { return intake }
                let coverage = FontCoverage.problems(in: meeting, fonts: fonts, skipping: ["article.", "photos["])
                return (coverage.isEmpty ? meeting : nil, intake.diagnostics + coverage)
            }
            if bad {
                throw Failure(diagnostics: warnings, message: Localized.reportNotWritten.text())
            }
            let selection = PeriodSelection.select(valid, in: period)
            // Only the organisation's own meetings and its units' count; each one left out
            // is said, where its record names its organisation.
            let scope = ReportScope(meetings: selection.inside, organization: loaded.organization, units: loaded.units)
            meetings = scope.counted
            leftOut = scope.leftOut.count
            warnings += scope.leftOut.map { left in
                let location = left.meeting.location(of: "organization.name") ?? left.meeting.location(of: "organization")
                    ?? SourceLocation(file: left.meeting.sourceFile, line: 1, column: 1)
                return Diagnostic(severity: .warning, location: location, field: "organization.name", message: left.message,
                                  sourceLine: SourceLines.line(location.line, of: location.file))
            }
            outside = selection.outside
        }
        let figures = ReportFigures(meetings: meetings, period: period)
        let resolution = ReportResolver.resolve(loaded, figures: figures)
        guard let report = resolution.report else { throw Failure(diagnostics: warnings + resolution.diagnostics) }

        let document = try builder.build(report, figures: figures, meetings: meetings, options: options)
        let written = try DocumentWriter.write(document, to: OutputTarget(path: output), renderer: images.renderer)
        return Outcome(written: written, inside: meetings.count, outside: outside, leftOut: leftOut, warnings: warnings)
    }
}
