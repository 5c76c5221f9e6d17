import BanTinServer
import Documents
import Foundation
import Records
import Render
import Typesetting
import Yams

/// The pipeline behind `bantin serve`: the same checks and renders as `check`, `minutes`,
/// `bulletin`, `compile` and `report`, on a record's text as the browser holds it.
public struct PipelineEngine: DocumentEngine {
    let minutes: MinutesPipeline
    /// Removed with the last copy of the engine.
    let scratch: ScratchFolder
    /// Where a report's figures come from: the workspace's meeting records (files or folders).
    let records: [String]

    /// The bundled fonts and layouts; a private scratch folder for PDFs before they are sent;
    /// `records`, the meetings a report previewed here counts (the served workspace).
    public init(records: [String] = []) throws {
        self.records = records
        minutes = try MinutesPipeline.make(resources: try Resources.locate(), images: ImageAccess())
        // Memory-backed /dev/shm when there is one: previews are written and read back at once.
        scratch = try ScratchFolder(in: FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    }

    /// Settings are read anew for each request: a clerk may edit bantin.yaml while serving.
    private func pipeline(for path: String) -> MinutesPipeline {
        var pipeline = minutes
        pipeline.settings = SettingsIndex(records: [path], loader: SettingsLoader(convertLegacy: false))
        return pipeline
    }

    public func check(_ text: String, as path: String) -> [Diagnostic] {
        let pipeline = pipeline(for: path)
        if Self.isReport(text) {
            return ReportPipeline.check(path, text: text, convertLegacy: false, settings: pipeline.settings)
        }
        return pipeline.check(path, text: text, everyField: true).diagnostics
    }

    public func preview(_ text: String, as path: String) -> EngineOutcome {
        let output = scratch.newFile(extension: "pdf")
        defer { unlink(output) }
        if Self.isReport(text) {
            let report = ReportPipeline(fonts: minutes.fonts, words: minutes.words, resources: minutes.resources, layoutOverride: nil, convertLegacy: false)
            do {
                // The workspace's meeting records, read anew: the report counts them as `bantin report` would.
                let meetings = records.isEmpty ? [] : try Inputs.recordFiles(records, keepReports: true)
                    .filter { RecordLoader.kind(ofFile: $0) != .report }
                _ = try report.run(report: path, text: text, records: meetings, period: nil,
                                   options: ReportOptions(creator: "BanTin \(BanTin.version)"), workers: 1, output: output)
            } catch let failure as ReportPipeline.Failure {
                if let message = failure.message, failure.diagnostics.allSatisfy({ $0.severity != .error }) { return .failed(.verbatim(message)) }
                return .rejected(failure.diagnostics)
            } catch {
                return .failed(.verbatim("\(error)"))
            }
            return Self.read(output)
        }
        let pipeline = pipeline(for: path)
        let checked = pipeline.check(path, text: text)
        guard let meeting = checked.meeting, let builder = checked.builder else { return .rejected(checked.diagnostics) }
        do {
            let built = try builder.build(meeting, creationDate: pipeline.creationDate, creator: pipeline.creator)
            // The same layout and renderer as DocumentWriter, without its fsyncs: a preview is
            // a scratch file read back at once, and a sync would wait on the disk each time.
            let (pages, _) = Typesetter(setup: built.setup).layoutReporting(built.blocks)
            let file = try OutputFile(creating: output, exclusive: true)
            try pipeline.images.renderer.write(LaidOutDocument(pages: pages, info: built.info), into: file)
            if let failure = file.failure { throw failure }
        } catch {
            if case .failed(let message, _, _) = DocumentOutcome.failure(error, source: path) { return .failed(.verbatim(message)) }
            return .failed(.verbatim("\(error)"))
        }
        return Self.read(output)
    }

    public func summary(ofFile path: String) -> RecordSummary {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let problems = check(text, as: path).filter { $0.severity == .error }.count
        var summary = RecordSummary(path: path, problems: problems)
        // Read what the file says even when it has errors, so the list can still show it.
        if let root = (try? Yams.compose(yaml: text))?.mapping {
            summary.kind = root["kind"]?.string ?? "meeting"
            summary.regime = root["regime"]?.string
            summary.title = root["title"]?.string
            summary.organization = root["organization"]?.string ?? root["organization"]?.mapping?["name"]?.string
            summary.date = root["date"]?.string
        }
        // A valid record's date in ISO form, and the settings' regime when the record has none.
        if problems == 0, summary.kind != "report", let meeting = pipeline(for: path).check(path, text: text).meeting {
            summary.date = meeting.date.description
            summary.regime = meeting.regime.rawValue
            summary.organization = meeting.organization.name
            summary.title = meeting.title
        }
        return summary
    }

    public func make(_ product: ProductKind, arguments: [String], output: String) -> EngineOutcome {
        let status = BanTin.main(arguments: [product.rawValue] + arguments + ["-o", output, "--quiet"])
        guard status <= 1, FileManager.default.fileExists(atPath: output) else {
            return .failed(.productNotMade(product.rawValue))
        }
        return Self.read(output)
    }

    /// A report names itself with `kind: report`; everything else is a meeting.
    static func isReport(_ text: String) -> Bool {
        text.range(of: #"(?m)^\s*"?kind"?\s*:\s*"?report"#, options: [.regularExpression, .caseInsensitive]) != nil
    }

    private static func read(_ path: String) -> EngineOutcome {
        guard let data = FileManager.default.contents(atPath: path) else { return .failed(.productNotMade("pdf")) }
        return .pdf(data)
    }
}

extension MinutesPipeline {
    /// A pipeline with the bundled fonts and word list and no command-line options (for the server).
    static func make(resources: Resources, images: ImageAccess) throws -> MinutesPipeline {
        let fonts = try FontLibrary(directory: resources.fontsFolder)
        return MinutesPipeline(fonts: fonts, words: try resources.words(), resources: resources, layoutOverride: nil, convertLegacy: false,
                               creationDate: sourceDateEpoch(), creator: "BanTin \(BanTin.version)", images: images)
    }
}
