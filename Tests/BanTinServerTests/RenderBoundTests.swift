import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// The expensive routes are bounded in time and in how many run at once: a render that takes
/// too long is answered 503 and its late result writes nothing; past the slots, requests wait
/// their turn for a bounded time, then 503.
@Suite struct RenderBoundTests {
    static func settings(seconds: Double = 0.3, slots: Int = 2, queue: Double = 5, waiting: Int = 100) -> ServerSettings {
        var settings = ServerSettings()
        settings.renderQueueLength = waiting
        settings.renderSeconds = seconds
        settings.productSeconds = seconds
        settings.renderSlots = slots
        settings.renderQueueSeconds = queue
        return settings
    }

    /// A preview that the engine holds, then a check sent while it runs: the check's response,
    /// and the preview's status once the engine lets it finish.
    static func checkWhileAPreviewRuns(_ harness: ServerHarness, _ engine: FakeEngine) async throws
        -> (second: TestResponse, first: HTTPResponse.Status) {
        let record = harness.text("2023-07-03.yaml")!
        return try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let first = Task {
                try await client.execute(uri: "/api/preview", method: .post, headers: credentials.headers(),
                                         body: ByteBuffer(string: record)).status
            }
            await FakeEngine.waitUntil { engine.counts.started == 1 }
            let second = try await client.execute(uri: "/api/check", method: .post, headers: credentials.headers(),
                                                  body: ByteBuffer(string: record))
            engine.release()
            return (second, try await first.value)
        }
    }

    @Test func aSlowPreviewIsAnswered503AndSaysToUseTheCommandLine() async throws {
        let engine = FakeEngine(holding: true)
        let harness = try ServerHarness(engine: engine, settings: Self.settings())
        let record = harness.text("2023-07-03.yaml")!
        let (vi, en) = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let vi = try await client.execute(uri: "/api/preview?path=2023-07-03.yaml", method: .post,
                                              headers: credentials.headers(), body: ByteBuffer(string: record))
            let en = try await client.execute(uri: "/api/check?lang=en", method: .post,
                                              headers: credentials.headers(), body: ByteBuffer(string: record))
            return (vi, en)
        }
        engine.release()
        #expect(vi.status == .serviceUnavailable)
        #expect(vi.headers[.retryAfter] != nil)
        #expect((vi.json as? [String: String])?["error"]?.hasPrefix("hồ sơ quá lớn hoặc quá phức tạp để xem trước hay kiểm tra trên máy chủ") == true)
        #expect((vi.json as? [String: String])?["error"]?.contains("bantin minutes") == true)
        #expect(en.status == .serviceUnavailable)
        #expect((en.json as? [String: String])?["error"]?.hasPrefix("the record is too large or complex to preview") == true)
    }

    @Test func aSaveWhoseCheckEndsLateWritesNothing() async throws {
        let engine = FakeEngine(holding: true)
        let harness = try ServerHarness(engine: engine, settings: Self.settings())
        let before = harness.text("2023-07-03.yaml")!
        let edited = before.replacingOccurrences(of: "Hội trường", with: "Phòng họp số 2")
        #expect(edited != before)
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                            headers: credentials.headers(), body: ByteBuffer(string: edited))
        }
        #expect(response.status == .serviceUnavailable)
        engine.release()
        await FakeEngine.waitUntil { engine.counts.finished >= 1 }
        #expect(engine.counts.finished == 1)
        #expect(harness.text("2023-07-03.yaml") == before)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: harness.folder).filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty)
    }

    @Test func aLateProductLeavesNoFileBehind() async throws {
        let engine = FakeEngine(holding: true)
        let harness = try ServerHarness(engine: engine, settings: Self.settings())
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/bulletin", method: .post, headers: credentials.headers(),
                                            body: ByteBuffer(string: #"{"records": ["."]}"#))
        }
        #expect(response.status == .serviceUnavailable)
        #expect((response.json as? [String: String])?["error"]?.hasPrefix("tài liệu này quá lớn hoặc quá phức tạp để làm trên máy chủ") == true)
        engine.release()
        await FakeEngine.waitUntil { engine.counts.finished == 1 }
        #expect(engine.writtenFiles.count == 1)
        #expect(engine.writtenFiles.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
    }

    @Test func noMoreRendersRunAtOnceThanThereAreSlots() async throws {
        let engine = FakeEngine(holding: false)
        let harness = try ServerHarness(engine: engine, settings: Self.settings(seconds: 30, slots: 2, queue: 30))
        let record = harness.text("2023-07-03.yaml")!
        let statuses = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 0..<8 {
                    group.addTask {
                        try await client.execute(uri: "/api/preview", method: .post, headers: credentials.headers(),
                                                 body: ByteBuffer(string: record)).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
        }
        #expect(statuses == Array(repeating: .ok, count: 8))
        #expect(engine.counts.started == 8)
        #expect(engine.counts.mostAtOnce <= 2)
    }

    @Test func aRequestThatFindsNoSlotWaitsThenGets503() async throws {
        let engine = FakeEngine(holding: true)
        let harness = try ServerHarness(engine: engine, settings: Self.settings(seconds: 30, slots: 1, queue: 0.3))
        let (second, first) = try await Self.checkWhileAPreviewRuns(harness, engine)
        #expect(second.status == .serviceUnavailable)
        #expect((second.json as? [String: String])?["error"] == "máy chủ đang bận dàn trang cho nhiều người cùng lúc; hãy thử lại sau vài giây")
        #expect(first == .ok)
        #expect(engine.counts.started == 1)
    }

    /// Past `renderQueueLength` waiting requests, the next is answered 503 at once instead of
    /// holding its connection for the queue time.
    @Test func aFullQueueAnswers503AtOnce() async throws {
        let engine = FakeEngine(holding: true)
        let harness = try ServerHarness(engine: engine, settings: Self.settings(seconds: 30, slots: 1, queue: 600, waiting: 0))
        let (second, first) = try await Self.checkWhileAPreviewRuns(harness, engine)
        #expect(second.status == .serviceUnavailable)
        #expect(first == .ok)
    }
}
