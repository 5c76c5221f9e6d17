import ArgumentParser
import Documents
import Foundation
import Records
import Typesetting

/// `bantin bulletin`: one printed bulletin issue from many records.
struct BulletinCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "bulletin", abstract: Localized.bulletinAbstract.text(),
                             discussion: Localized.bulletinDiscussion.text())
    }

    @Argument(help: Localized.recordsHelp.help)
    var records: [String]

    @Option(name: .shortAndLong, help: Localized.pdfOutputHelp.help)
    var output: String

    @Option(name: .long, help: Localized.orderHelp.help)
    var order: BulletinOptions.Order = .date

    @Option(name: .long, help: Localized.issueHelp.help)
    var issue: Int?

    @Option(name: .long, help: Localized.dateHelp.help)
    var date: CivilDate?

    @Option(name: .long, help: Localized.publisherHelp.help)
    var publisher: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError(Localized.nameARecord.text()) }
        if let issue, issue < 1 { throw ValidationError(Localized.issueAtLeastOne.text()) }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError(Localized.outputMustBePDF(example: "ban-tin.pdf").text()) }
    }

    func run() throws {
        let files: [String]
        let pipeline: BulletinPipeline
        do {
            files = try Inputs.recordFiles(records, inOrderNamed: true)
            let resources = try Resources.locate()
            let fonts = try FontLibrary(directory: resources.fontsFolder)
            let layoutPath = options.layout ?? (resources.root as NSString).appendingPathComponent("Layouts/bulletin.yaml")
            pipeline = BulletinPipeline(fonts: fonts, builder: try BulletinBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts),
                                        convertLegacy: options.convertLegacy, images: options.images)
            let folder = (output as NSString).deletingLastPathComponent
            try OutputFolder.prepare(folder.isEmpty ? "." : folder, within: nil, for: output)
        } catch let error as OutputError {
            Terminal.printProblem(error.localized.text())
            throw ExitCode(ExitStatus.systemFailure.rawValue)
        } catch {
            Terminal.printProblem(errorLine(error))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        // The publisher is printed like record text, so its characters must be in the fonts.
        let publisher = publisher?.precomposedStringWithCanonicalMapping
        if let publisher {
            let problems = FontCoverage.problems(inOption: "--publisher", value: publisher, fonts: pipeline.builder.sheet.fonts)
            guard problems.isEmpty else {
                problems.forEach(Terminal.printProblem)
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
        }
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { pipeline.check($0) }
        guard !meetings.isEmpty else {
            Terminal.printProblem(Localized.noValidRecord(output).text())
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        var outcome = CommandOutcome()
        if bad { outcome.note(.badInput) }
        let bulletin = BulletinOptions(order: order, issue: issue, date: date,
                                       creationDate: MinutesPipeline.sourceDateEpoch(), creator: "BanTin \(BanTin.version)",
                                       publisher: publisher)
        let (result, notes) = pipeline.render(meetings, options: bulletin, to: output)
        for note in notes { Terminal.printProblem(Localized.bulletinNote(note.file, note.message).text()) }
        outcome.record(result)
        let leftOut = files.count - meetings.count
        let summary = Localized.bulletinSummary(items: meetings.count, leftOut: leftOut).text()
        try outcome.finish(summary: outcome.written.isEmpty ? nil : summary, quiet: options.quiet)
    }
}
