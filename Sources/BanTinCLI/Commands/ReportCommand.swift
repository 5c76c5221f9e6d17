import ArgumentParser
import Documents
import Foundation
import Records
import Render
import Typesetting

/// `bantin report`: a report for signature, its figures computed from a period's meetings.
struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "report", abstract: Localized.reportAbstract.text(),
                             discussion: Localized.reportDiscussion.text())
    }

    @Argument(help: Localized.reportRecordHelp.help)
    var report: String

    @Argument(help: Localized.reportMeetingsHelp.help)
    var records: [String] = []

    @Option(name: .shortAndLong, help: Localized.pdfOutputHelp.help)
    var output: String

    /// Overrides `period:` in the report.
    @OptionGroup var span: PeriodOptions

    @Flag(name: .long, help: Localized.watermarkHelp.help)
    var watermark = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError(Localized.outputMustBePDF(example: "bao-cao.pdf").text()) }
    }

    func run() throws {
        let chosen = span.chosen
        let pipeline: ReportPipeline
        let files: [String]
        do {
            guard FileManager.default.fileExists(atPath: report) else { throw InputError.missing(report) }
            guard !FileManager.default.isFolder(report) else { throw InputError.notAReportFile(report) }
            let reportPath = URL(fileURLWithPath: report).standardizedFileURL.path
            // The report itself may sit in the folder of its records; other reports are noted.
            let found = records.isEmpty ? [] : try Inputs.recordFiles(records, keepReports: true).filter {
                URL(fileURLWithPath: $0).standardizedFileURL.path != reportPath
            }
            files = Inputs.skippingReports(found)
            if !records.isEmpty && files.isEmpty { throw InputError.noRecords }
            let resources = try Resources.locate()
            pipeline = ReportPipeline(fonts: try FontLibrary(directory: resources.fontsFolder), words: try resources.words(), resources: resources,
                                      layoutOverride: options.layout, convertLegacy: options.convertLegacy,
                                      images: options.images)
        } catch {
            Terminal.printStopping(error)
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        var outcome = CommandOutcome()
        var summary: String?
        do {
            let result = try pipeline.run(report: report, records: files, period: chosen,
                                          options: ReportOptions(watermark: watermark, creationDate: MinutesPipeline.sourceDateEpoch(),
                                                                 creator: "BanTin \(BanTin.version)"),
                                          workers: options.workerCount, output: output)
            outcome.record(.written(result.written, warnings: result.warnings))
            summary = (files.isEmpty ? Localized.reportSummaryNoRecords
                : Localized.reportSummary(inside: result.inside, outside: result.outside, leftOut: result.leftOut)).text()
        } catch let failure as ReportPipeline.Failure {
            failure.diagnostics.forEach(Terminal.printDiagnostic)
            if let message = failure.message { Terminal.printProblem(message) }
            outcome.note(.badInput)
        } catch {
            // Writing failed (or the layout lacks something the report needs).
            outcome.record(.failure(error, source: output))
        }
        try outcome.finish(summary: summary, quiet: options.quiet)
    }
}
