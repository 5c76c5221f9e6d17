import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The clerk's pages as the server sends them: Vietnamese whatever the browser prefers, the
/// workspace's records in the list, the editor the record's kind calls for, no path outside the
/// workspace, and a policy that lets only this server's scripts run.
@Suite struct PageRouteTests {
    @Test func theRecordsPageListsTheWorkspaceInVietnamese() async throws {
        let harness = try ServerHarness()
        let response = try await harness.test { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "en-US,en;q=0.9"])
        }
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == "text/html; charset=utf-8")
        #expect(response.text.contains("<html lang=\"vi\">"))
        #expect(response.text.contains("data-path=\"2023-07-03.yaml\""))
        #expect(response.text.contains("data-path=\"reports/bao-cao-so-ket-6-thang-2023.yaml\""))
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
    }

    @Test func englishOnRequest() async throws {
        let harness = try ServerHarness()
        let response = try await harness.test { client in try await client.execute(uri: "/products?lang=en", method: .get) }
        #expect(response.text.contains("<html lang=\"en\">"))
        #expect(response.text.contains("Make products"))
    }

    @Test func theEditorFollowsTheRecordsKind() async throws {
        let harness = try ServerHarness()
        let (meeting, report, new) = try await harness.test { client in
            (try await client.execute(uri: "/edit/2023-07-03.yaml", method: .get),
             try await client.execute(uri: "/edit/reports/bao-cao-so-ket-6-thang-2023.yaml", method: .get),
             try await client.execute(uri: "/meetings/new?regime=state", method: .get))
        }
        #expect(meeting.text.contains("id=\"record-form\"") && meeting.text.contains("data-record-path=\"2023-07-03.yaml\""))
        #expect(report.text.contains("id=\"yaml\"") && !report.text.contains("id=\"record-form\""))
        #expect(new.text.contains("data-regime=\"state\"") && new.text.contains("data-record-path=\"\""))
    }

    @Test func noPageOutsideTheWorkspace() async throws {
        let harness = try ServerHarness()
        let statuses = try await harness.test { client in
            var statuses: [HTTPResponse.Status] = []
            for uri in ["/edit/../etc/passwd.yaml", "/edit/%2e%2e/x.yaml", "/edit/photos/logo.png", "/edit/nothing.yaml"] {
                statuses.append(try await client.execute(uri: uri, method: .get).status)
            }
            return statuses
        }
        #expect(statuses.allSatisfy { $0 == .forbidden || $0 == .notFound }, "\(statuses)")
    }
}
