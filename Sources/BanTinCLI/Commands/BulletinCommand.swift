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
    var order: String = "date"

    @Option(name: .long, help: "The issue number for the masthead.")
    var issue: Int?

    @Option(name: .long, help: "The masthead date, YYYY-MM-DD (default: the latest meeting's date).")
    var date: String?

    @Option(name: .long, help: "The publishing organisation on the masthead (default: the one most items come from).")
    var publisher: String?

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
        if BulletinOptions.Order(rawValue: order) == nil { throw ValidationError("--order must be date or given") }
        if let date, CivilDate(iso: date) == nil { throw ValidationError("--date \(date) is not a date (YYYY-MM-DD)") }
        if let issue, issue < 1 { throw ValidationError("--issue must be 1 or more") }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError("-o names the PDF file to write, e.g. -o ban-tin.pdf") }
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
                                        convertLegacy: options.convertLegacy)
            try AtomicOutput.prepareFolder((output as NSString).deletingLastPathComponent.isEmpty ? "." : (output as NSString).deletingLastPathComponent)
        } catch {
            printError("bantin: \(error)")
            throw ExitCode(1)
        }
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { pipeline.check($0) }
        guard !meetings.isEmpty else {
            printError("bantin: no valid record; \(output) was not written")
            throw ExitCode(1)
        }
        let bulletin = BulletinOptions(order: BulletinOptions.Order(rawValue: order)!, issue: issue,
                                       date: date.flatMap(CivilDate.init(iso:)),
                                       creationDate: MinutesPipeline.sourceDateEpoch(), creator: "BanTin \(BanTin.version)",
                                       publisher: publisher?.precomposedStringWithCanonicalMapping)
        do {
            let (_, notes) = try pipeline.render(meetings, options: bulletin, to: output)
            for note in notes { printError("\(note.file): note: \(note.message)") }
        } catch {
            printError("\(output): error: \(error)")
            throw ExitCode(1)
        }
        if bad { throw ExitCode(1) }
    }
}
