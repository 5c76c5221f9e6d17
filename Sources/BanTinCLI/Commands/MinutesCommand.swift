import ArgumentParser
import Foundation
import Records
import Render
import Typesetting

/// `bantin minutes`: one PDF of minutes per record.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Typeset meeting minutes (biên bản), one PDF per record.",
        discussion: "A record file NAME.yaml becomes DIR/NAME.pdf; records found in a folder keep their sub-folder.")

    @Argument(help: "Record files or folders.")
    var records: [String]

    @Option(name: .shortAndLong, help: "The folder the PDFs are written to.")
    var output: String

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
    }

    func run() throws {
        let jobs: [RecordJob]
        let pipeline: MinutesPipeline
        do {
            jobs = try Inputs.jobs(records, outputFolder: output)
            if jobs.isEmpty { throw InputError.noRecords }
            // One clear message, before any work, when the output folder cannot exist.
            try AtomicOutput.prepareFolder(output)
            pipeline = try MinutesPipeline.make(options: options)
        } catch {
            printError("bantin: \(error)")
            throw ExitCode(1)
        }
        let outcomes = Runner.run(jobs, workers: options.workerCount) { pipeline.run($0) }
        var bad = false
        for outcome in outcomes {
            switch outcome {
            case .rendered(_, _, let warnings):
                warnings.forEach { printError($0.description) }
            case .rejected(let diagnostics):
                bad = true
                diagnostics.forEach { printError($0.description) }
            case .failed(let message):
                bad = true
                printError(message)
            }
        }
        if bad { throw ExitCode(1) }
    }
}

/// `bantin check`: validates records and prints every problem; renders nothing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Validate records and print every problem; render nothing.")

    @Argument(help: "Record files or folders.")
    var records: [String]

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
    }

    func run() throws {
        let files: [String]
        let pipeline: MinutesPipeline
        do {
            files = try Inputs.recordFiles(records, keepReports: true)
            pipeline = try MinutesPipeline.make(options: options)
        } catch {
            printError("bantin: \(error)")
            throw ExitCode(1)
        }
        let results = Runner.run(files.map { RecordJob(record: $0, output: "") }, workers: options.workerCount) { job in
            RecordLoader.kind(ofFile: job.record) == .report
                ? ReportPipeline.check(job.record, convertLegacy: options.convertLegacy)
                : pipeline.check(job.record, everyField: true).diagnostics
        }
        var errors = 0
        for diagnostics in results {
            for diagnostic in diagnostics {
                print(diagnostic.description)
                if diagnostic.severity == .error { errors += 1 }
            }
        }
        let bad = results.filter { $0.contains { $0.severity == .error } }.count
        printError("\(files.count) record\(files.count == 1 ? "" : "s") checked, \(bad) with errors")
        if errors > 0 { throw ExitCode(1) }
    }
}

extension MinutesPipeline {
    /// A pipeline with the bundled fonts, and the creation date from SOURCE_DATE_EPOCH if set.
    static func make(options: CommonOptions) throws -> MinutesPipeline {
        let resources = try Resources.locate()
        let fonts = try FontLibrary(directory: resources.fontsFolder)
        let pipeline = MinutesPipeline(fonts: fonts, resources: resources, layoutOverride: options.layout,
                                       convertLegacy: options.convertLegacy, creationDate: sourceDateEpoch(),
                                       creator: "BanTin \(BanTin.version)")
        try pipeline.preloadLayout()
        return pipeline
    }

    /// SOURCE_DATE_EPOCH (reproducible-builds.org) as a UTC date, if set; a value that is not
    /// a whole number of seconds is ignored with a warning.
    static func sourceDateEpoch() -> String? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = Int64(text.trimmingCharacters(in: .whitespaces)) else {
            printError("bantin: warning: SOURCE_DATE_EPOCH=\(text) is not a number of seconds; using each record's date")
            return nil
        }
        return PDFDate.cairoForm(epochSeconds: seconds)
    }
}
