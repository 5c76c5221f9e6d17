import ArgumentParser
import Documents
import Foundation
import Records
import Render
import Typesetting

/// `bantin compile`: every meeting of a period in one booklet.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Gather a period's meetings into one booklet: cover, contents, sections, summary, index.",
        discussion: "Records outside the period are skipped and counted; records with errors are reported and left out.")

    @Argument(help: "Record files or folders.")
    var records: [String]

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output: String

    @OptionGroup var span: PeriodOptions

    @Option(name: .long, help: "How each meeting appears: minutes or bulletin.")
    var style: CompilationOptions.Style = .minutes

    @Option(name: .long, help: "Sections by month or organization.")
    var groupBy: CompilationOptions.Grouping = .month

    @Option(name: .long, help: "saddle: two pages a side on sheets twice the page size, in booklet order.")
    var impose: Imposition?

    @Option(name: .long, help: "Bleed around each imposed page, e.g. 3mm.")
    var bleed: Length?

    @Flag(name: .long, help: "Crop marks on imposed sheets.")
    var marks = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
        if !span.isGiven { throw ValidationError("give --period, or --from and --to") }
        if let bleed {
            // As written: 2cm, not 2.0cm.
            let written = bleed.value == bleed.value.rounded() ? "\(Int(bleed.value))\(bleed.unit.rawValue)" : "\(bleed)"
            guard bleed.unit != .em else { throw ValidationError("--bleed \(written) is not a length (e.g. 3mm)") }
            let range = LayoutLimits.bleedMillimetres
            guard range.contains(bleed.points() * 25.4 / 72) else {
                throw ValidationError("--bleed \(written) is outside \(Int(range.lowerBound))–\(Int(range.upperBound))mm; printers ask for about 3mm")
            }
        }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError("-o names the PDF file to write, e.g. -o tap-bien-ban.pdf") }
    }

    func run() throws {
        guard let chosen = span.chosen else { throw ExitCode(ExitStatus.usage.rawValue) }
        let resources = try Resources.locate()
        let files: [String]
        let builder: CompilationBuilder
        let fonts: FontLibrary
        let settings: SettingsIndex
        var outcome = CommandOutcome()
        do {
            files = try Inputs.recordFiles(records)
            let read = RecordIntake.settings(for: files, convertLegacy: options.convertLegacy)
            settings = read.index
            if read.broken { outcome.note(.badInput) }
            fonts = try FontLibrary(directory: resources.fontsFolder)
            // Layouts the settings most records use choose, else the bundled ones.
            let chosen = settings.mostUsed(by: files)?.layouts
            func load(_ name: String, _ product: LayoutProduct, _ regime: Regime? = nil) throws -> Layout {
                let bundled = (resources.root as NSString).appendingPathComponent("Layouts/\(name).yaml")
                guard let path = chosen?.path(product, regime: regime) else { return try Layout.load(path: bundled) }
                let layout = try Layout.load(path: path)
                // A minutes layout chosen for every regime serves only its own.
                return regime.map { layout.regime == $0.rawValue } ?? true ? layout : try Layout.load(path: bundled)
            }
            let content = MeetingContent(
                minutes: ["party": try MinutesBuilder(layout: try load("party-minutes", .minutes, .party), fonts: fonts),
                          "state": try MinutesBuilder(layout: try load("state-minutes", .minutes, .state), fonts: fonts)],
                bulletin: try BulletinBuilder(layout: try load("bulletin", .bulletin), fonts: fonts))
            let layoutPath = options.layout ?? chosen?.path(.compilation)
                ?? (resources.root as NSString).appendingPathComponent("Layouts/compilation.yaml")
            builder = try CompilationBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts, content: content)
        } catch {
            Terminal.printProblem(errorLine(error))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        guard let bulletin = builder.content.bulletin else { throw ExitCode(ExitStatus.badInput.rawValue) }
        var checker = BulletinPipeline(fonts: fonts, builder: bulletin, convertLegacy: options.convertLegacy,
                                       images: options.images)
        checker.settings = settings
        let check = checker
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { check.check($0) }
        let selection = PeriodSelection.select(meetings, in: chosen)
        guard !selection.inside.isEmpty else {
            Terminal.printProblem("bantin: \(PeriodError.noMeetings(chosen, outside: selection.outside))")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        if bad { outcome.note(.badInput) }
        let compilation = CompilationOptions(period: chosen, style: style, grouping: groupBy,
                                             creationDate: MinutesPipeline.sourceDateEpoch(), creator: "BanTin \(BanTin.version)",
                                             workers: options.workerCount)
        do {
            var document = try builder.build(selection.inside, options: compilation)
            if impose == .saddle {
                let imposition = SaddleImposition(bleed: bleed?.points() ?? 0, cropMarks: marks)
                document = LaidOutDocument(pages: imposition.impose(document.pages), info: document.info, outline: document.outline)
            }
            outcome.record(.written(try DocumentWriter.write(document, to: OutputTarget(path: output), renderer: options.images.renderer), warnings: []))
        } catch {
            outcome.record(.failure(error, source: output))
        }
        let summary = "\(Plural.count(selection.inside.count, "meeting")) in \(chosen), \(selection.outside) outside it"
        try outcome.finish(summary: outcome.written.isEmpty ? nil : summary, quiet: options.quiet)
    }
}
