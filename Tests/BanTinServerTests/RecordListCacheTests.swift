import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// The records list checks a record again only when it, or another file of the workspace,
/// changed, or after a save through the server; what it shows stays what `bantin check` says.
@Suite struct RecordListCacheTests {
    @Test func unchangedRecordsAreNotCheckedAgain() async throws {
        let engine = FakeEngine(holding: false)
        let harness = try ServerHarness(engine: engine)
        let count = try await harness.test { client in
            (try await client.execute(uri: "/api/records", method: .get).json as? [[String: Any]])?.count ?? 0
        }
        #expect(count == 5)
        #expect(engine.counts.summaries == count)

        let again = try await harness.test { client in
            let list = try await client.execute(uri: "/api/records", method: .get)
            let page = try await client.execute(uri: "/", method: .get)
            return (list.status, page.status)
        }
        #expect(again == (.ok, .ok))
        #expect(engine.counts.summaries == count)

        // A record edited outside the server is checked again, alone.
        let handle = try #require(FileHandle(forWritingAtPath: harness.folder + "/2023-06-28.yaml"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("# sửa bằng tay\n".utf8))
        try handle.close()
        _ = try await harness.test { client in try await client.execute(uri: "/api/records", method: .get).status }
        #expect(engine.counts.summaries == count + 1)

        // Settings feed every check: a new bantin.yaml checks everything again.
        try "regime: party\n".write(toFile: harness.folder + "/bantin.yaml", atomically: true, encoding: .utf8)
        _ = try await harness.test { client in try await client.execute(uri: "/api/records", method: .get).status }
        #expect(engine.counts.summaries == 2 * count + 1)

        // A save through the server forgets every entry.
        let text = try #require(harness.text("2023-07-03.yaml"))
        let saved = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let put = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put, headers: credentials.headers(),
                                               body: ByteBuffer(string: text + "\n"))
            _ = try await client.execute(uri: "/api/records", method: .get)
            return put.status
        }
        #expect(saved == .ok)
        #expect(engine.counts.summaries == 3 * count + 1)
    }

    @Test func aRecordBrokenOutsideTheServerShowsItsProblems() async throws {
        let harness = try ServerHarness()
        func problems() async throws -> Int? {
            try await harness.test { client in
                let list = try await client.execute(uri: "/api/records", method: .get).json as? [[String: Any]]
                return list?.first { $0["path"] as? String == "2023-06-28.yaml" }?["problems"] as? Int
            }
        }
        #expect(try await problems() == 0)
        let path = harness.folder + "/2023-06-28.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "date: 2023-06-28", with: "date: 2023-02-30").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try await problems() == 1)
    }
}
