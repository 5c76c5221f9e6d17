import Records
import Testing

/// Runs a suite with BanTin's messages in English, the language its expected texts are
/// written in, whatever the locale of the machine running the tests (Vietnamese by default).
struct EnglishMessages: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        // Every suite sets the same value, so suites running at once never see another language.
        Language.current = .en
        try await function()
    }
}

extension Trait where Self == EnglishMessages {
    /// Messages in English for the suite's expectations.
    static var englishMessages: Self { Self() }
}
