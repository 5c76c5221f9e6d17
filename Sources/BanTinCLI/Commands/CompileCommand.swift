import ArgumentParser
import Documents
import Foundation
import Records
import Render
import Typesetting

/// `bantin compile`: every meeting of a period in one booklet.
struct CompileCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "compile", abstract: Localized.compileAbstract.text(),
                             discussion: Localized.compileDiscussion.text())
    }

    @Argument(help: Localized.recordsHelp.help)
    var records: [String]

    @Option(name: .shortAndLong, help: Localized.pdfOutputHelp.help)
    var output: String

    @OptionGroup var span: PeriodOptions

    @Option(name: .long, help: Localized.styleHelp.help)
    var style: CompilationOptions.Style = .minutes

    @Option(name: .long, help: Localized.groupByHelp.help)
    var groupBy: CompilationOptions.Grouping = .month

    @Option(name: .long, help: Localized.imposeHelp.help)
    var impose: Imposition?

    @Option(name: .long, help: Localized.bleedHelp.help)
    var bleed: Length?

    @Flag(name: .long, help: Localized.marksHelp.help)
    var marks = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError(Localized.nameARecord.text()) }
        if !span.isGiven { throw ValidationError(Localized.givePeriod.text()) }
        if let bleed {
            // As written: 2cm, not 2.0cm.
            let written = bleed.value == bleed.value.rounded() ? "\(Int(bleed.value))\(bleed.unit.rawValue)" : "\(bleed)"
            guard bleed.unit != .em else { throw ValidationError(Localized.bleedNotALength(written).text()) }
            let range = LayoutLimits.bleedMillimetres
            guard range.contains(bleed.points() * 25.4 / 72) else {
                throw ValidationError(Localized.bleedOutside(written, least: Int(range.lowerBound), most: Int(range.upperBound)).text())
            }
        }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError(Localized.outputMustBePDF(example: "tap-bien-ban.pdf").text()) }
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
            let words = try resources.words()
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
                minutes: ["party": try MinutesBuilder(layout: try load("party-minutes", .minutes, .party), fonts: fonts, words: words),
                          "state": try MinutesBuilder(layout: try load("state-minutes", .minutes, .state), fonts: fonts, words: words)],
                bulletin: try BulletinBuilder(layout: try load("bulletin", .bulletin), fonts: fonts, words: words))
            let layoutPath = options.layout ?? chosen?.path(.compilation)
                ?? (resources.root as NSString).appendingPathComponent("Layouts/compilation.yaml")
            builder = try CompilationBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts, words: words, content: content)
        } catch {
            Terminal.printStopping(error)
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
        let summary = Localized.compileSummary(inside: selection.inside.count, period: "\(chosen)", outside: selection.outside).text()
        try outcome.finish(summary: outcome.written.isEmpty ? nil : summary, quiet: options.quiet)
    }
}
