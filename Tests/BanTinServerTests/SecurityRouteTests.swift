import BanTinServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

/// Traversal, oversized bodies and the login: nothing outside the workspace is read or
/// written, nothing is done for a client that has not logged in when a password is set.
@Suite struct SecurityRouteTests {
    @Test(arguments: [
        "/api/records/..%2f..%2fetc%2fpasswd",
        "/api/records/%2e%2e/%2e%2e/etc/passwd",
        "/api/records/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/api/records/..%252f..%252fetc%252fpasswd",
        "/api/records/%2fetc%2fpasswd",
        "/api/records//etc/passwd",
        "/api/records/outside/passwd",
        "/api/records/passwd-link.yaml",
        "/api/records/.hidden.yaml",
        "/api/records/2023-07-03.yaml%00.txt",
    ])
    func traversalIsRefused(_ uri: String) async throws {
        let harness = try ServerHarness()
        try FileManager.default.createSymbolicLink(atPath: harness.folder + "/outside", withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: harness.folder + "/passwd-link.yaml", withDestinationPath: "/etc/passwd")
        try "kind: meeting\n".write(toFile: harness.folder + "/.hidden.yaml", atomically: true, encoding: .utf8)
        let response = try await harness.test { client in try await client.execute(uri: uri, method: .get) }
        #expect(response.status == .forbidden || response.status == .notFound, "\(uri): \(response.status)")
        #expect(!response.text.contains("root:"))
        #expect(!response.text.contains("kind: meeting"))
    }

    @Test(arguments: ["../escape.yaml", "%2e%2e/escape.yaml", "/tmp/escape.yaml", "outside/escape.yaml"])
    func writesOutsideAreRefused(_ path: String) async throws {
        let harness = try ServerHarness()
        let target = Fixtures.temporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: harness.folder + "/outside", withDestinationPath: target)
        let record = try #require(harness.text("2023-07-03.yaml"))
        let (put, check) = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let put = try await client.execute(uri: "/api/records/" + path, method: .put, headers: credentials.headers(),
                                               body: ByteBuffer(string: record))
            let check = try await client.execute(uri: "/api/check?path=" + path, method: .post, headers: credentials.headers(),
                                                 body: ByteBuffer(string: record))
            return (put.status, check.status)
        }
        #expect(put == .forbidden || put == .notFound)
        #expect(check == .forbidden)
        #expect(!FileManager.default.fileExists(atPath: target + "/escape.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/escape.yaml"))
        #expect(!FileManager.default.fileExists(atPath: (harness.folder as NSString).deletingLastPathComponent + "/escape.yaml"))
    }

    @Test func oversizedBodiesAreRefused() async throws {
        let harness = try ServerHarness()
        let before = try #require(harness.text("2023-07-03.yaml"))
        let big = before + "\n# " + String(repeating: "x", count: ServerLimits.recordBytes) + "\n"
        let statuses = try await harness.test { client in
            let credentials = try await Credentials.fetch(client)
            let put = try await client.execute(uri: "/api/records/2023-07-03.yaml", method: .put,
                                               headers: credentials.headers(), body: ByteBuffer(string: big))
            let preview = try await client.execute(uri: "/api/preview", method: .post, headers: credentials.headers(),
                                                   body: ByteBuffer(string: big))
            let upload = try await client.execute(uri: "/api/upload?name=big.png", method: .post, headers: credentials.headers(),
                                                  body: ByteBuffer(bytes: [UInt8](repeating: 0, count: ServerLimits.uploadBytes + 1)))
            return [put.status, preview.status, upload.status]
        }
        #expect(statuses == [.contentTooLarge, .contentTooLarge, .contentTooLarge])
        #expect(harness.text("2023-07-03.yaml") == before)
        #expect(!FileManager.default.fileExists(atPath: harness.folder + "/big.png"))
    }

    @Test func loginIsRequiredWhenAPasswordIsSet() async throws {
        let harness = try ServerHarness(password: PasswordFile(hash: PasswordFile.line(for: "mat-khau-dung", rounds: 4)))
        let outcome = try await harness.test { client in
            let records = try await client.execute(uri: "/api/records", method: .get)
            let page = try await client.execute(uri: "/", method: .get)
            let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let wrong = try await client.execute(uri: "/login", method: .post, headers: form,
                                                 body: ByteBuffer(string: "password=sai-roi"))
            let right = try await client.execute(uri: "/login", method: .post, headers: form,
                                                 body: ByteBuffer(string: "password=mat-khau-dung"))
            let cookie = String(right.headers[.setCookie]?.split(separator: ";").first ?? "")
            let after = try await client.execute(uri: "/api/records", method: .get, headers: [.cookie: cookie])
            return (records.status, page.status, page.headers[.location], wrong.status, wrong.headers[.setCookie],
                    right.status, right.headers[.setCookie] ?? "", after.status)
        }
        #expect(outcome.0 == .unauthorized)
        #expect(outcome.1 == .seeOther && outcome.2 == "/login")
        #expect(outcome.3 == .unauthorized && outcome.4 == nil)
        #expect(outcome.5 == .seeOther)
        #expect(outcome.6.contains("HttpOnly") && outcome.6.contains("SameSite=Strict"))
        #expect(outcome.7 == .ok)
    }

    @Test func messagesAreVietnameseUnlessEnglishIsAsked() async throws {
        let harness = try ServerHarness()
        let (vi, en) = try await harness.test { client in
            let vi = try await client.execute(uri: "/api/check", method: .post, body: ByteBuffer(string: "kind: meeting"))
            let en = try await client.execute(uri: "/api/check?lang=en", method: .post, body: ByteBuffer(string: "kind: meeting"))
            return (vi.text, en.text)
        }
        #expect(vi.contains("thiếu hoặc sai mã chống giả mạo"))
        #expect(en.contains("missing or wrong anti-forgery token"))
    }
}

/// DNS rebinding: a loopback server answers only requests that name a loopback host.
@Suite struct HostCheckTests {
    @Test(arguments: [("127.0.0.1:8080", true), ("localhost", true), ("[::1]:8080", true), ("evil.example:8080", false), ("10.0.0.5", false)])
    func onlyLoopbackHostsAreServed(_ host: String, _ served: Bool) async throws {
        let harness = try ServerHarness()
        let status = try await harness.test { client in
            try await client.execute(uri: "/api/token", method: .get, headers: [HTTPField.Name("Host")!: host]).status
        }
        #expect((status == .ok) == served, "\(host): \(status)")
        if !served { #expect(status == .misdirectedRequest) }
    }
}

/// The web assets: served from their folder, nothing beside or above it.
@Suite struct AssetTests {
    @Test func pagesComeFromTheAssetsFolderOnly() async throws {
        let assets = Fixtures.temporaryFolder() + "/Web"
        try FileManager.default.createDirectory(atPath: assets + "/static", withIntermediateDirectories: true)
        // `/` itself is the records page (PageRoutes); a file of the folder is served by its name.
        try "<!doctype html><title>BanTin</title>".write(toFile: assets + "/hello.html", atomically: true, encoding: .utf8)
        try "body{}".write(toFile: assets + "/static/app.css", atomically: true, encoding: .utf8)
        try "bí mật".write(toFile: (assets as NSString).deletingLastPathComponent + "/secret.txt", atomically: true, encoding: .utf8)
        let harness = try ServerHarness(assets: assets)
        let responses = try await harness.test { client in
            var out: [TestResponse] = []
            for uri in ["/hello.html", "/static/app.css", "/../secret.txt", "/%2e%2e/secret.txt", "/static/..%2f..%2fsecret.txt", "/2023-07-03.yaml"] {
                out.append(try await client.execute(uri: uri, method: .get))
            }
            return out
        }
        #expect(responses[0].status == .ok && responses[0].text.contains("<title>BanTin</title>"))
        #expect(responses[1].status == .ok && responses[1].text == "body{}")
        for response in responses.dropFirst(2) {
            #expect(response.status != .ok)
            #expect(!response.text.contains("bí mật") && !response.text.contains("kind: meeting"))
        }
    }
}
