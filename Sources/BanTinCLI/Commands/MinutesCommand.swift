import ArgumentParser
import Foundation
import Records
import Render
import Typesetting

/// `bantin minutes`: one PDF of minutes per record.
struct MinutesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "minutes", abstract: Localized.minutesAbstract.text(),
                             discussion: Localized.minutesDiscussion.text())
    }

    @Argument(help: Localized.recordsHelp.help)
    var records: [String]

    @Option(name: .shortAndLong, help: Localized.minutesOutputHelp.help)
    var output: String

    @OptionGroup var options: CommonOptions

    /// `-o x.pdf` with one record file names the PDF itself rather than a folder (an existing
    /// folder of that name stays a folder).
    private var outputIsAFile: Bool {
        output.lowercased().hasSuffix(".pdf") && !FileManager.default.isFolder(output)
    }

    func validate() throws {
        if records.isEmpty { throw ValidationError(Localized.nameARecord.text()) }
        if outputIsAFile && (records.count != 1 || FileManager.default.isFolder(records[0])) {
            throw ValidationError(Localized.outputNamesOnePDF(output).text())
        }
    }

    func run() throws {
        let jobs: [RecordJob]
        let pipeline: MinutesPipeline
        do {
            if outputIsAFile {
                let files = try Inputs.recordFiles(records)
                jobs = files.map { RecordJob(record: $0, output: output) }
            } else {
                jobs = try Inputs.jobs(records, outputFolder: output)
                if jobs.isEmpty { throw InputError.noRecords }
                // One clear message, before any work, when the output folder cannot exist.
                try OutputFolder.prepare(output, within: nil, for: output)
            }
            pipeline = try MinutesPipeline.make(options: options)
        } catch let error as OutputError {
            Terminal.printProblem(error.localized.text())
            throw ExitCode(ExitStatus.systemFailure.rawValue)
        } catch {
            Terminal.printProblem(errorLine(error))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let outcomes = Runner.run(jobs, workers: options.workerCount) { pipeline.run($0) }
        var outcome = CommandOutcome()
        outcomes.forEach { outcome.record($0) }
        let missing = jobs.count - outcome.written.count
        let summary = Localized.minutesSummary(records: jobs.count, written: outcome.written.count, notWritten: missing).text()
        try outcome.finish(summary: summary, quiet: options.quiet)
    }
}

/// `bantin check`: validates records and prints every problem; renders nothing.
struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "check", abstract: Localized.checkAbstract.text())
    }

    @Argument(help: Localized.recordsHelp.help)
    var records: [String]

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError(Localized.nameARecord.text()) }
    }

    func run() throws {
        let files: [String]
        let pipeline: MinutesPipeline
        do {
            files = try Inputs.recordFiles(records, keepReports: true)
            pipeline = try MinutesPipeline.make(options: options)
        } catch {
            Terminal.printProblem(errorLine(error))
            throw ExitCode(1)
        }
        let results = Runner.run(files.map { RecordJob(record: $0, output: "") }, workers: options.workerCount) { job in
            RecordLoader.kind(ofFile: job.record) == .report
                ? ReportPipeline.check(job.record, convertLegacy: options.convertLegacy, allowedFolders: options.allowedFolders)
                : pipeline.check(job.record, everyField: true).diagnostics
        }
        var outcome = CommandOutcome()
        for diagnostics in results {
            diagnostics.forEach(Terminal.printDiagnostic)
            if diagnostics.contains(where: { $0.severity == .error }) { outcome.note(.badInput) }
        }
        let bad = results.filter { $0.contains { $0.severity == .error } }.count
        try outcome.finish(summary: Localized.checkSummary(records: files.count, withErrors: bad).text(), quiet: options.quiet)
    }
}

extension MinutesPipeline {
    /// A pipeline with the bundled fonts, and the creation date from SOURCE_DATE_EPOCH if set.
    static func make(options: CommonOptions) throws -> MinutesPipeline {
        let resources = try Resources.locate()
        let fonts = try FontLibrary(directory: resources.fontsFolder)
        let pipeline = MinutesPipeline(fonts: fonts, resources: resources, layoutOverride: options.layout,
                                       convertLegacy: options.convertLegacy, creationDate: sourceDateEpoch(),
                                       creator: "BanTin \(BanTin.version)", images: options.images)
        try pipeline.preloadLayout()
        return pipeline
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds.org) as a UTC date, if set; a value that is not
    /// a whole number of seconds is ignored with a warning.
    static func sourceDateEpoch() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            Terminal.printProblem(Localized.sourceDateEpochIgnored(text).text())
            return nil
        }
        return PDFDate.cairoForm(epochSeconds: seconds)
    }
}
