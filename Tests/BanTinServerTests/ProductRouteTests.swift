import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// Bulletin, booklet and report through the API, the record's own PDF, and options refused.
@Suite struct ProductRouteTests {
    /// The text of `pdf` bytes, read back with pdftotext.
    static func text(of pdf: ByteBuffer) throws -> String {
        let file = Fixtures.temporaryFolder() + "/out.pdf"
        try Data(buffer: pdf).write(to: URL(fileURLWithPath: file))
        return Tool.run("/usr/bin/env", ["pdftotext", file, "-"]).output
    }

    @Test func productsComeBackAsPDFs() async throws {
        let harness = try ServerHarness()
        try FileManager.default.copyItem(atPath: Fixtures.path("Examples/2023-H1"), toPath: harness.folder + "/2023-H1")
        let responses = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            var out: [TestResponse] = []
            for (route, options) in [
                ("bulletin", #"{"records": ["2023-H1"], "issue": 7}"#),
                ("compile", #"{"records": ["2023-H1"], "period": "2023-H1", "groupBy": "month"}"#),
                ("report", #"{"report": "reports/bao-cao-so-ket-6-thang-2023.yaml", "records": ["2023-H1"], "period": "2023-H1"}"#),
            ] {
                out.append(try await client.execute(uri: "/api/\(route)", method: .post,
                                                    headers: credentials.headers(contentType: "application/json"),
                                                    body: ByteBuffer(string: options)))
            }
            out.append(try await client.execute(uri: "/api/records/2023-07-03.yaml/pdf", method: .get))
            return out
        }
        for response in responses {
            #expect(response.status == .ok, "\(response.text.prefix(300))")
            #expect(response.headers[.contentType] == "application/pdf")
        }
        #expect(try Self.text(of: responses[0].body).contains("Số 7"))
        #expect(try Self.text(of: responses[1].body).contains("MỤC LỤC"))
        #expect(try Self.text(of: responses[2].body).uppercased().contains("BÁO CÁO"))
        #expect(try Self.text(of: responses[3].body).contains("BIÊN BẢN"))
    }

    @Test(arguments: [
        (#"{"records": ["../"]}"#, HTTPResponse.Status.forbidden),
        (#"{"records": ["/etc"]}"#, .forbidden),
        (#"{"layout": "/etc/passwd"}"#, .badRequest),
        (#"{"allow-folder": "/"}"#, .badRequest),
        (#"{"issue": "--layout"}"#, .badRequest),
        (#"[1, 2]"#, .badRequest),
        (#"{"records": ["khong-co.yaml"]}"#, .unprocessableContent),
    ])
    func badOptionsAreRefused(_ options: String, _ status: HTTPResponse.Status) async throws {
        let harness = try ServerHarness()
        let response = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            return try await client.execute(uri: "/api/bulletin", method: .post, headers: credentials.headers(),
                                            body: ByteBuffer(string: options))
        }
        #expect(response.status == status, "\(options): \(response.text)")
        #expect((response.json as? [String: Any])?["error"] is String)
    }

    @Test func recordsAreReadAsWrittenAndMissingOnesAre404() async throws {
        let harness = try ServerHarness()
        let (yaml, missing, pdfOfBad) = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            _ = try await client.execute(uri: "/api/records/sai.yaml", method: .put, headers: credentials.headers(),
                                         body: ByteBuffer(string: "kind: meeting\n"))
            let yaml = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .get)
            let missing = try await client.execute(uri: "/api/records/khong-co.yaml", method: .get)
            try "kind: meeting\ntitel: x\n".write(toFile: harness.folder + "/sai.yaml", atomically: true, encoding: .utf8)
            let pdf = try await client.execute(uri: "/api/records/sai.yaml/pdf", method: .get)
            return (yaml, missing.status, pdf)
        }
        #expect(yaml.status == .ok)
        #expect(yaml.text == harness.text("2023-07-03.yaml"))
        #expect(missing == .notFound)
        #expect(pdfOfBad.status == .unprocessableContent)
        #expect(pdfOfBad.text.contains(#""field":"titel""#))
    }

    @Test func logoutForgetsTheSession() async throws {
        let harness = try ServerHarness()
        let status = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            _ = try await client.execute(uri: "/logout", method: .post, headers: credentials.headers())
            return try await client.execute(uri: "/api/check", method: .post, headers: credentials.headers(),
                                            body: ByteBuffer(string: "kind: meeting")).status
        }
        #expect(status == .forbidden)
    }
}
