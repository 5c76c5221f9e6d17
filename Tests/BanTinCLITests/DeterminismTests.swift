import Foundation
import Testing
import TestSupport

/// The same records give the same bytes: between runs, between NFC and NFD spellings of the
/// same text, and whatever the number of parallel jobs. The creation date is the only thing
/// SOURCE_DATE_EPOCH changes.
@Suite struct DeterminismTests {
    static let party = "Examples/2023-07-03.yaml"

    /// Renders `records` into `scratch/folder` and requires success.
    static func render(_ records: [String], into folder: String, of scratch: Scratch, options: [String] = [],
                       environment: [String: String] = [:],
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try Bantin.run(["minutes"] + records + ["-o", scratch.file(folder)] + options,
                                 environment: environment, sourceLocation: sourceLocation)
        try #require(run.status == 0, "bantin minutes failed: \(run)", sourceLocation: sourceLocation)
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let scratch = Scratch()
        try Self.render(["Examples"], into: "first", of: scratch)
        try Self.render(["Examples"], into: "second", of: scratch)
        let files = scratch.files(under: "first")
        #expect(files == ExamplesTests.examples.map(\.1).sorted())
        #expect(files == scratch.files(under: "second"))
        for file in files {
            #expect(bytes(scratch.file("first/" + file)) == bytes(scratch.file("second/" + file)), "\(file) differs between runs")
        }
    }

    @Test func aRecordInNFDGivesTheSameBytesAsInNFC() throws {
        let scratch = Scratch()
        let original = try String(contentsOfFile: Fixtures.path(Self.party), encoding: .utf8)
        let decomposed = original.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(original.utf8), "the NFD copy should differ from the record byte for byte")
        let copy = try scratch.write("nfd/2023-07-03.yaml", decomposed)
        // The record's photos, beside the copy as beside the original.
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/photos"), toPath: scratch.file("nfd/photos"))
        try Self.render([Self.party], into: "nfc-out", of: scratch)
        try Self.render([copy], into: "nfd-out", of: scratch)
        let nfc = try #require(bytes(scratch.file("nfc-out/2023-07-03.pdf")))
        let nfd = try #require(bytes(scratch.file("nfd-out/2023-07-03.pdf")))
        #expect(nfc == nfd, "the NFD record renders to other bytes than the NFC one")
    }

    @Test func sourceDateEpochSetsTheCreationDateReproducibly() throws {
        let scratch = Scratch()
        try Self.render([Self.party], into: "plain", of: scratch)
        try Self.render([Self.party], into: "epoch-1", of: scratch, environment: ["SOURCE_DATE_EPOCH": "0"])
        try Self.render([Self.party], into: "epoch-2", of: scratch, environment: ["SOURCE_DATE_EPOCH": "0"])
        let plain = scratch.file("plain/2023-07-03.pdf")
        let epoch1 = scratch.file("epoch-1/2023-07-03.pdf"), epoch2 = scratch.file("epoch-2/2023-07-03.pdf")

        // Without it, the date comes from the record (the meeting's day).
        let recordDate = try #require(try PDF.info("CreationDate", plain))
        #expect(recordDate.hasPrefix("2023-07-03"), "CreationDate without SOURCE_DATE_EPOCH: \(recordDate)")
        #expect(try PDF.info("CreationDate", epoch1) == "1970-01-01T00:00:00Z")
        #expect(bytes(epoch1) != bytes(plain))
        #expect(bytes(epoch1) == bytes(epoch2), "two runs with SOURCE_DATE_EPOCH=0 differ")
    }

    @Test func oneJobAndTwoJobsGiveTheSameBytes() throws {
        let scratch = Scratch()
        let generated = Tool.run("python3", [Fixtures.path("Scripts/gen-records.py"), "--count", "6", "--seed", "3",
                                             "--out", scratch.file("records")])
        try #require(generated.status == 0, "gen-records.py failed: \(generated.error)")
        try #require(scratch.files(under: "records").count == 6)

        try Self.render([scratch.file("records")], into: "one", of: scratch, options: ["--jobs", "1"])
        try Self.render([scratch.file("records")], into: "two", of: scratch, options: ["--jobs", "2"])
        let files = scratch.files(under: "one")
        #expect(files.count == 6 && files.allSatisfy { $0.hasSuffix(".pdf") }, "\(files)")
        #expect(files == scratch.files(under: "two"))
        for file in files {
            #expect(bytes(scratch.file("one/" + file)) == bytes(scratch.file("two/" + file)),
                    "\(file) differs between --jobs 1 and --jobs 2")
        }
    }
}
