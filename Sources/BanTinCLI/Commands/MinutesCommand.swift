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
            Terminal.printStopping(error)
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        var outcome = CommandOutcome()
        let settings = RecordIntake.settings(for: jobs.map(\.record), convertLegacy: options.convertLegacy)
        if settings.broken { outcome.note(.badInput) }
        var configured = pipeline
        configured.settings = settings.index
        let ready = configured
        let outcomes = Runner.run(jobs, workers: options.workerCount) { ready.run($0) }
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
        var pipeline: MinutesPipeline
        var settingsFiles: [String]
        do {
            // A settings file named, or found in a folder, is checked as settings.
            let named = try Inputs.recordFiles(records, keepReports: true, allowNone: true)
            settingsFiles = named.filter(Inputs.isSettingsFile) + (try RecordFiles.scan(records.filter(FileManager.default.isFolder)).settingsFiles)
            files = named.filter { !Inputs.isSettingsFile($0) }
            if files.isEmpty && settingsFiles.isEmpty { throw InputError.noRecords }
            pipeline = try MinutesPipeline.make(options: options)
        } catch {
            Terminal.printStopping(error)
            throw ExitCode(1)
        }
        // The settings the records use, and any other settings file named or found.
        let loader = SettingsLoader(convertLegacy: options.convertLegacy)
        let index = SettingsIndex(records: files, loader: loader)
        var settingsResults = index.results
        for file in settingsFiles {
            let path = SettingsIndex.shown(file)
            if settingsResults[path] == nil { settingsResults[path] = loader.load(file: path) }
        }
        var outcome = CommandOutcome()
        let settingsOrder = settingsResults.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var badSettings = 0
        for file in settingsOrder {
            let result = settingsResults[file]!
            result.diagnostics.forEach(Terminal.printDiagnostic)
            if case .failure = result { badSettings += 1; outcome.note(.badInput) }
        }
        pipeline.settings = index
        let checker = pipeline
        let results = Runner.run(files.map { RecordJob(record: $0, output: "") }, workers: options.workerCount) { job in
            RecordLoader.kind(ofFile: job.record) == .report
                ? ReportPipeline.check(job.record, convertLegacy: options.convertLegacy,
                                       allowedFolders: options.allowedFolders, settings: index)
                : checker.check(job.record, everyField: true).diagnostics
        }
        for diagnostics in results {
            diagnostics.forEach(Terminal.printDiagnostic)
            if diagnostics.contains(where: { $0.severity == .error }) { outcome.note(.badInput) }
        }
        let bad = results.filter { $0.contains { $0.severity == .error } }.count
        var summary = Localized.checkSummary(records: files.count, withErrors: bad).text()
        if badSettings > 0 || files.isEmpty { summary += "; " + Localized.settingsChecked(settingsOrder.count, withErrors: badSettings).text() }
        try outcome.finish(summary: summary, quiet: options.quiet)
    }
}

extension MinutesPipeline {
    /// A pipeline with the bundled fonts and word list, and the creation date from SOURCE_DATE_EPOCH if set.
    static func make(options: CommonOptions) throws -> MinutesPipeline {
        let resources = try Resources.locate()
        let fonts = try FontLibrary(directory: resources.fontsFolder)
        let pipeline = MinutesPipeline(fonts: fonts, words: try resources.words(), resources: resources, layoutOverride: options.layout,
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
