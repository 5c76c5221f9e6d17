import Documents
import Foundation
import Records
import Render
import Typesetting

/// Records → Documents → Typesetting → Render for one bulletin issue made of many records.
struct BulletinPipeline: Sendable {
    let fonts: FontLibrary
    let builder: BulletinBuilder
    let convertLegacy: Bool
    var images = ImageAccess()
    /// Each record's settings (bantin.yaml).
    var settings = SettingsIndex()

    /// Loads and checks one record for the bulletin; a meeting means it may be an item.
    func check(_ file: String) -> (meeting: Meeting?, diagnostics: [Diagnostic]) {
        let intake = RecordIntake.meeting(file, convertLegacy: convertLegacy, allowedFolders: images.allowedFolders,
                                          product: .bulletinItemsProduct, settings: settings)
        guard let meeting = intake.meeting else { return (nil, intake.diagnostics) }
        let coverage = FontCoverage.problems(in: meeting, fonts: builder.sheet.fonts)
        return (coverage.isEmpty ? meeting : nil, intake.diagnostics + coverage)
    }

    /// Lays out and writes the issue of `meetings` to `output`, with the notes on its items.
    func render(_ meetings: [Meeting], options: BulletinOptions, to output: String) -> (outcome: DocumentOutcome, notes: [BulletinNote]) {
        do {
            let (document, notes) = try builder.build(meetings, options: options)
            return (.written(try DocumentWriter.write(document, to: OutputTarget(path: output), renderer: images.renderer), warnings: []), notes)
        } catch {
            return (.failure(error, source: output), [])
        }
    }
}

/// Checks many records for one document made of them all (a bulletin issue, a booklet):
/// every problem is printed, and the valid meetings come back in the order of the files.
enum RecordBatch {
    static func meetings(_ files: [String], workers: Int, check: @escaping @Sendable (String) -> (meeting: Meeting?, diagnostics: [Diagnostic]))
        -> (meetings: [Meeting], bad: Bool) {
        let results = Runner.run(files.map { RecordJob(record: $0, output: "") }, workers: workers) { check($0.record) }
        var bad = false
        for result in results {
            result.diagnostics.forEach(Terminal.printDiagnostic)
            if result.meeting == nil { bad = true }
        }
        return (results.compactMap(\.meeting), bad)
    }
}
