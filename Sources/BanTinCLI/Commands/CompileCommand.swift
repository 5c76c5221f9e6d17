import ArgumentParser
import Documents
import Foundation
import Records
import Render
import Typesetting

/// `bantin compile`: every meeting of a period in one booklet.
struct CompileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compile",
        abstract: "Gather a period's meetings into one booklet: cover, contents, sections, summary, index.",
        discussion: "Records outside the period are skipped and counted; records with errors are reported and left out.")

    @Argument(help: "Record files or folders.")
    var records: [String]

    @Option(name: .shortAndLong, help: "The PDF file to write.")
    var output: String

    @OptionGroup var span: PeriodOptions

    @Option(name: .long, help: "How each meeting appears: minutes or bulletin.")
    var style: String = "minutes"

    @Option(name: .long, help: "Sections by month or organization.")
    var groupBy: String = "month"

    @Option(name: .long, help: "saddle: two pages a side on sheets twice the page size, in booklet order.")
    var impose: String?

    @Option(name: .long, help: "Bleed around each imposed page, e.g. 3mm.")
    var bleed: String?

    @Flag(name: .long, help: "Crop marks on imposed sheets.")
    var marks = false

    @OptionGroup var options: CommonOptions

    func validate() throws {
        if records.isEmpty { throw ValidationError("name at least one record file or folder") }
        if !span.isGiven { throw ValidationError("give --period, or --from and --to") }
        if CompilationOptions.Style(rawValue: style) == nil { throw ValidationError("--style must be minutes or bulletin") }
        if CompilationOptions.Grouping(rawValue: groupBy) == nil { throw ValidationError("--group-by must be month or organization") }
        if let impose, impose != "saddle" { throw ValidationError("--impose takes saddle") }
        if let bleed, Length(parsing: bleed) == nil { throw ValidationError("--bleed \(bleed) is not a length (e.g. 3mm)") }
        if !output.lowercased().hasSuffix(".pdf") { throw ValidationError("-o names the PDF file to write, e.g. -o tap-bien-ban.pdf") }
    }

    func run() throws {
        guard let chosen = try span.chosen() else { throw ExitCode(2) }
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
            printError("bantin: \(error)")
            throw ExitCode(1)
        }
        let checker = BulletinPipeline(fonts: fonts, builder: builder.content.bulletin!, convertLegacy: options.convertLegacy)
        let (meetings, bad) = RecordBatch.meetings(files, workers: options.workerCount) { checker.check($0) }
        let selection = PeriodSelection.select(meetings, in: chosen)
        guard !selection.inside.isEmpty else {
            printError("bantin: \(PeriodError.noMeetings(chosen, outside: selection.outside))")
            throw ExitCode(1)
        }
        do {
            let compilation = CompilationOptions(period: chosen, style: CompilationOptions.Style(rawValue: style)!,
                                                 grouping: CompilationOptions.Grouping(rawValue: groupBy)!,
                                                 creationDate: MinutesPipeline.sourceDateEpoch(), creator: "BanTin \(BanTin.version)",
                                                 workers: options.workerCount)
            var document = try builder.build(selection.inside, options: compilation)
            if impose == "saddle" {
                let imposition = SaddleImposition(bleed: bleed.flatMap(Length.init(parsing:))?.points() ?? 0, cropMarks: marks)
                document = LaidOutDocument(pages: imposition.impose(document.pages), info: document.info, outline: document.outline)
            }
            try AtomicOutput.write(to: output) { temporary in try PDFRenderer().write(document, to: temporary) }
            printError("\(selection.inside.count) meeting\(selection.inside.count == 1 ? "" : "s") in \(chosen), \(selection.outside) outside it; \(document.pages.count) pages written to \(output)")
        } catch {
            printError("\(output): error: \(error)")
            throw ExitCode(1)
        }
        if bad { throw ExitCode(1) }
    }
}
