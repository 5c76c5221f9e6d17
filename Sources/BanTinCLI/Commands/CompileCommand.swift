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
        do {
            files = try Inputs.recordFiles(records)
            fonts = try FontLibrary(directory: resources.fontsFolder)
            func load(_ name: String) throws -> Layout { try Layout.load(path: (resources.root as NSString).appendingPathComponent("Layouts/\(name).yaml")) }
            let content = MeetingContent(
                minutes: ["party": try MinutesBuilder(layout: try load("party-minutes"), fonts: fonts),
                          "state": try MinutesBuilder(layout: try load("state-minutes"), fonts: fonts)],
                bulletin: try BulletinBuilder(layout: try load("bulletin"), fonts: fonts))
            let layoutPath = options.layout ?? (resources.root as NSString).appendingPathComponent("Layouts/compilation.yaml")
            builder = try CompilationBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts, content: content)
        } catch {
            Terminal.printProblem(errorLine(error))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        guard let bulletin = builder.content.bulletin else { throw ExitCode(ExitStatus.badInput.rawValue) }
        let checker = BulletinPipeline(fonts: fonts, builder: bulletin, convertLegacy: options.convertLegacy,
                                       images: options.images)
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { checker.check($0) }
        let selection = PeriodSelection.select(meetings, in: chosen)
        guard !selection.inside.isEmpty else {
            Terminal.printProblem("bantin: \(PeriodError.noMeetings(chosen, outside: selection.outside))")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        var outcome = CommandOutcome()
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
