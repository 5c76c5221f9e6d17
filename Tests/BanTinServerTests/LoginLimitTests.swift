import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import TestSupport

@testable import BanTinServer

/// Password guessing is limited per client address: five failures in five minutes, then 429
/// with Retry-After until the oldest failure is five minutes old; a right password resets it.
@Suite struct LoginLimitTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func harness(_ clock: ManualClock) throws -> ServerHarness {
        var settings = ServerSettings()
        settings.loginFailureDelay = 0
        return try ServerHarness(password: PasswordFile(hash: PasswordFile.line(for: "mat-khau-dung", rounds: 4)),
                                 settings: settings, clock: { clock.read() })
    }

    @Test func theSixthFailureIsRefusedUntilTheWindowPasses() async throws {
        let clock = ManualClock()
        let harness = try Self.harness(clock)
        let outcome = try await harness.test { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<5 {
                let wrong = try await client.execute(uri: "/login", method: .post, headers: Self.form, body: ByteBuffer(string: "password=sai"))
                statuses.append(wrong.status)
                clock.advance(10)
            }
            let blocked = try await client.execute(uri: "/login", method: .post, headers: Self.form, body: ByteBuffer(string: "password=sai"))
            // Even the right password waits: the limiter answers before the password is checked.
            let rightButBlocked = try await client.execute(uri: "/login", method: .post, headers: Self.form,
                                                           body: ByteBuffer(string: "password=mat-khau-dung"))
            var json = Self.form
            json[.accept] = "application/json"
            let english = try await client.execute(uri: "/login?lang=en", method: .post, headers: json, body: ByteBuffer(string: "password=sai"))
            clock.advance(260)  // the first failure is now 310 s old: four remain in the window
            let later = try await client.execute(uri: "/login", method: .post, headers: Self.form,
                                                 body: ByteBuffer(string: "password=mat-khau-dung"))
            return (statuses, blocked.status, blocked.headers[.retryAfter], blocked.text, rightButBlocked.status,
                    english.status, english.json as? [String: String], later.status)
        }
        #expect(outcome.0 == Array(repeating: .unauthorized, count: 5))
        #expect(outcome.1 == .tooManyRequests)
        #expect(outcome.2 == "250")
        #expect(outcome.3 == "đã nhập sai mật khẩu quá nhiều lần; hãy đợi khoảng 5 phút rồi thử lại\n")
        #expect(outcome.4 == .tooManyRequests)
        #expect(outcome.5 == .tooManyRequests)
        #expect(outcome.6?["error"] == "too many wrong passwords; wait about 5 min and try again")
        #expect(outcome.7 == .seeOther)
    }

    @Test func aRightPasswordForgetsTheFailures() async throws {
        let clock = ManualClock()
        let harness = try Self.harness(clock)
        let statuses = try await harness.test { client in
            var statuses: [HTTPResponse.Status] = []
            for password in ["sai", "sai", "sai", "sai", "mat-khau-dung", "sai", "sai", "sai", "sai", "sai"] {
                let response = try await client.execute(uri: "/login", method: .post, headers: Self.form,
                                                        body: ByteBuffer(string: "password=\(password)"))
                statuses.append(response.status)
            }
            return statuses
        }
        #expect(statuses == [.unauthorized, .unauthorized, .unauthorized, .unauthorized, .seeOther,
                             .unauthorized, .unauthorized, .unauthorized, .unauthorized, .unauthorized])
    }

    /// Attempts that arrive together are counted as they begin: of twelve at once, only the
    /// limit's five may check a password.
    @Test func attemptsSentTogetherAreBounded() async {
        var settings = ServerSettings()
        settings.loginFailures = 5
        let limiter = LoginLimiter(settings: settings, clock: { Date(timeIntervalSince1970: 0) })
        let allowed = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<12 { group.addTask { await limiter.begin("192.0.2.9") == nil } }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(allowed == 5)
    }

    @Test func retryAfterCountsDownWithTheClock() async {
        let clock = ManualClock()
        var settings = ServerSettings()
        settings.loginFailures = 2
        settings.loginWindowSeconds = 60
        let limiter = LoginLimiter(settings: settings, clock: { clock.read() })
        await limiter.failed("192.0.2.1")
        #expect(await limiter.retryAfter("192.0.2.1") == nil)
        clock.advance(15)
        await limiter.failed("192.0.2.1")
        #expect(await limiter.retryAfter("192.0.2.1") == 45)
        #expect(await limiter.retryAfter("192.0.2.2") == nil)
        clock.advance(44)
        #expect(await limiter.retryAfter("192.0.2.1") == 1)
        clock.advance(1)
        #expect(await limiter.retryAfter("192.0.2.1") == nil)
    }

    @Test func theTableIsBoundedAndForgetsTheStalestAddress() async {
        let clock = ManualClock()
        var settings = ServerSettings()
        settings.loginFailures = 1
        settings.loginClients = 3
        let limiter = LoginLimiter(settings: settings, clock: { clock.read() })
        for address in ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "192.0.2.5"] {
            await limiter.failed(address)
            clock.advance(1)
        }
        #expect(await limiter.clients == 3)
        #expect(await limiter.retryAfter("192.0.2.1") == nil)
        #expect(await limiter.retryAfter("192.0.2.2") == nil)
        #expect(await limiter.retryAfter("192.0.2.5") != nil)
    }
}
