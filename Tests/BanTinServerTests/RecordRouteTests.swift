import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// The records routes, check and preview, as a script or the pages use them.
@Suite struct RecordRouteTests {
    @Test func listsTheWorkspaceRecords() async throws {
        let harness = try ServerHarness()
        let response = try await harness.test { client in try await client.execute(uri: "/api/records", method: .get) }
        #expect(response.status == .ok)
        let list = try #require(response.json as? [[String: Any]])
        let paths = list.compactMap { $0["path"] as? String }
        #expect(paths.contains("2023-07-03.yaml"))
        let record = try #require(list.first { $0["path"] as? String == "2023-07-03.yaml" })
        #expect(record["date"] as? String == "2023-07-03")
        #expect(record["regime"] as? String == "party")
        #expect(record["kind"] as? String == "meeting")
        #expect(record["problems"] as? Int == 0)
        #expect((record["organization"] as? String)?.hasPrefix("Đảng ủy Sở Lao động") == true)
    }

    @Test func previewOfAnEditedRecordCarriesTheEdit() async throws {
        let harness = try ServerHarness()
        let edited = try #require(harness.text("2023-07-03.yaml"))
            .replacingOccurrences(of: "venue: Hội trường Sở Lao động - Thương binh và Xã hội", with: "venue: Phòng họp số 7 tầng ba")
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/preview?path=2023-07-03.yaml", method: .post,
                                            headers: credentials.headers(contentType: "application/yaml"),
                                            body: ByteBuffer(string: edited))
        }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/pdf")
        let pdf = Fixtures.temporaryFolder() + "/preview.pdf"
        try Data(buffer: response.body).write(to: URL(fileURLWithPath: pdf))
        let text = Tool.run("/usr/bin/env", ["pdftotext", pdf, "-"]).output
        #expect(text.contains("Phòng họp số 7 tầng ba"))
    }

    /// A report's preview fills its figures from the workspace's meetings, as `bantin report`
    /// does over the same folder: the half-year's six meetings, 59 members called, 52 present.
    @Test func previewOfAReportCountsTheWorkspaceMeetings() async throws {
        let harness = try ServerHarness(also: ["2023-H1"], countsWorkspace: true)
        let path = "reports/bao-cao-so-ket-6-thang-2023.yaml"
        let report = try #require(harness.text(path))
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/preview?path=\(path)", method: .post,
                                            headers: credentials.headers(contentType: "application/yaml"),
                                            body: ByteBuffer(string: report))
        }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "application/pdf")
        let pdf = Fixtures.temporaryFolder() + "/report.pdf"
        try Data(buffer: response.body).write(to: URL(fileURLWithPath: pdf))
        let text = Tool.run("/usr/bin/env", ["pdftotext", pdf, "-"]).output
        #expect(text.contains("Tổng số lượt đảng viên được triệu tập là 59, có mặt 52 lượt"))
    }

    @Test func misspeltKeyIsRefusedWithItsDiagnosticsAndNothingWritten() async throws {
        let harness = try ServerHarness()
        let before = try #require(harness.text("2023-07-03.yaml"))
        let misspelt = before.replacingOccurrences(of: "\nguests:", with: "\nguest:")
        let (put, check) = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let put = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                               headers: credentials.headers(), body: ByteBuffer(string: misspelt))
            let check = try await client.execute(uri: "/api/check", method: .post, headers: credentials.headers(),
                                                 body: ByteBuffer(string: misspelt))
            return (put, check)
        }
        #expect(put.status == .unprocessableContent)
        let diagnostics = try #require((put.json as? [String: Any])?["diagnostics"] as? [[String: Any]])
        let guest = try #require(diagnostics.first { $0["field"] as? String == "guest" })
        #expect(guest["severity"] as? String == "error")
        #expect(guest["line"] as? Int == misspelt.components(separatedBy: "\n").firstIndex(of: "guest:").map { $0 + 1 })
        #expect(guest["column"] as? Int == 1)
        #expect((guest["message"] as? String)?.contains("guests") == true)
        #expect(harness.text("2023-07-03.yaml") == before)
        #expect(check.status == .ok)
        #expect(((check.json as? [String: Any])?["diagnostics"] as? [Any])?.isEmpty == false)
    }

    @Test func writesWithoutTheTokenAreForbidden() async throws {
        let harness = try ServerHarness()
        let before = try #require(harness.text("2023-07-03.yaml"))
        let statuses = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            var wrong = credentials
            wrong.csrf = String(repeating: "0", count: credentials.csrf.count)
            let none = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                                headers: credentials.headers(token: false), body: ByteBuffer(string: before + "\n"))
            let bad = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                               headers: wrong.headers(), body: ByteBuffer(string: before + "\n"))
            let noSession = try await client.execute(uri: "/api/check", method: .post,
                                                     headers: [HTTPField.Name("X-CSRF-Token")!: credentials.csrf],
                                                     body: ByteBuffer(string: before))
            return [none.status, bad.status, noSession.status]
        }
        #expect(statuses == [.forbidden, .forbidden, .forbidden])
        #expect(harness.text("2023-07-03.yaml") == before)
    }
}
