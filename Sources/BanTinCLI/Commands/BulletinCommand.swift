import ArgumentParser
import Documents
import Foundation
import Records
import Typesetting

/// `bantin bulletin`: one printed bulletin issue from many records.
struct BulletinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bulletin",
        abstract: "Typeset a bulletin issue (bản tin): one news item per record, in one PDF.",
        discussion: "Records with errors are reported and left out; the others still make the issue.")

    @Argument(help: "Record files or folders.")
    var records: [String]

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output: String

    @Option(name: .long, help: "Item order: date (by meeting date) or given (as the records are named).")
    var order: BulletinOptions.Order = .date

    @Option(name: .long, help: "The issue number for the masthead.")
    var issue: Int?

    @Option(name: .long, help: "The masthead date, YYYY-MM-DD (default: the latest meeting's date).")
    var date: CivilDate?

    @Option(name: .long, help: "The publishing organisation on the masthead (default: the one most items come from).")
    var publisher: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
        if let issue, issue < 1 { throw ValidationError("--issue must be 1 or more") }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError("-o names the PDF file to write, e.g. -o ban-tin.pdf") }
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
            // --layout, else the layout the settings most records use choose, else the bundled one.
            let layoutPath = options.layout ?? settings.mostUsed(by: files)?.layouts.path(.bulletin)
                ?? (resources.root as NSString).appendingPathComponent("Layouts/bulletin.yaml")
            pipeline = BulletinPipeline(fonts: fonts, builder: try BulletinBuilder(layout: try Layout.load(path: layoutPath), fonts: fonts),
                                        convertLegacy: options.convertLegacy, images: options.images)
            pipeline.settings = settings
            let folder = (output as NSString).deletingLastPathComponent
            try OutputFolder.prepare(folder.isEmpty ? "." : folder, within: nil, for: output)
        } catch let error as OutputError {
            Terminal.printProblem(error.description)
            throw ExitCode(ExitStatus.systemFailure.rawValue)
        } catch {
            Terminal.printProblem(errorLine(error))
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
            Terminal.printProblem("bantin: no valid record; \(output) was not written")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        if bad { outcome.note(.badInput) }
        let bulletin = BulletinOptions(order: order, issue: issue, date: date,
                                       creationDate: MinutesPipeline.sourceDateEpoch(), creator: "BanTin \(BanTin.version)",
                                       publisher: publisher)
        let (result, notes) = pipeline.render(meetings, options: bulletin, to: output)
        for note in notes { Terminal.printProblem("\(note.file): note: \(note.message)") }
        outcome.record(result)
        let leftOut = files.count - meetings.count
        let summary = "1 issue of \(Plural.count(meetings.count, "item"))" + (leftOut > 0 ? ", \(Plural.count(leftOut, "record")) left out" : "")
        try outcome.finish(summary: outcome.written.isEmpty ? nil : summary, quiet: options.quiet)
    }
}
