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
        var pipeline: BulletinPipeline
        var outcome = CommandOutcome()
        let settings: SettingsIndex
        do {
            files = try Inputs.recordFiles(records, inOrderNamed: true)
            let read = RecordIntake.settings(for: files, convertLegacy: options.convertLegacy)
            settings = read.index
            if read.broken { outcome.note(.badInput) }
            let resources = try Resources.locate()
            let fonts = try FontLibrary(directory: resources.fontsFolder)
            let words = try resources.words()
            // --layout, else the layout the settings most records use choose, else the bundled one.
            let layoutPath = options.layout ?? settings.mostUsed(by: files)?.layouts.path(.bulletin)
                ?? (resources.root as NSString).appendingPathComponent("Layouts/bulletin.yaml")
            pipeline = BulletinPipeline(fonts: fonts, builder: try BulletinBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts, words: words),
                                        convertLegacy: options.convertLegacy, images: options.images)
            pipeline.settings = settings
            let folder = (output as NSString).deletingLastPathComponent
            try OutputFolder.prepare(folder.isEmpty ? "." : folder, within: nil, for: output)
        } catch let error as OutputError {
            Terminal.printProblem(error.localized.text())
            throw ExitCode(ExitStatus.systemFailure.rawValue)
        } catch {
            Terminal.printStopping(error)
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        // The publisher is printed like record text, so its characters must be in the fonts.
        // --publisher wins over the settings' publisher.
        let fromSettings = self.publisher == nil ? settings.mostUsed(by: files)?.publisher : nil
        let publisher = (self.publisher?.precomposedStringWithCanonicalMapping) ?? fromSettings
        if let publisher {
            let option = fromSettings != nil ? Localized.settingsPublisherField().text() : "--publisher"
            let problems = FontCoverage.problems(inOption: option, value: publisher, fonts: pipeline.builder.sheet.fonts)
            guard problems.isEmpty else {
                problems.forEach(Terminal.printProblem)
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
        }
        let checker = pipeline
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { checker.check($0) }
        guard !meetings.isEmpty else {
            Terminal.printProblem(Localized.noValidRecord(output).text())
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
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
