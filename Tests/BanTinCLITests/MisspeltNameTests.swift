import Testing

/// Issue 10, point 8: a misspelt subcommand or option is a usage error (2) that names the
/// nearest one.
@Suite struct MisspeltNameTests {
    @Test(arguments: [
        (["minute", "Examples"], "Error: unknown command 'minute'; did you mean 'minutes'?"),
        (["chek", "Examples"], "Error: unknown command 'chek'; did you mean 'check'?"),
        (["bulletn", "Examples", "-o", "x.pdf"], "Error: unknown command 'bulletn'; did you mean 'bulletin'?"),
        (["minutes", "--ouput", "out", "Examples"], "Error: unknown option '--ouput'; did you mean '--output'?"),
        (["check", "--convert-legasy", "Examples"], "Error: unknown option '--convert-legasy'; did you mean '--convert-legacy'?"),
        (["compile", "Examples", "--perod", "2023", "-o", "x.pdf"], "Error: unknown option '--perod'; did you mean '--period'?"),
    ])
    func theNearestNameIsSuggested(arguments: [String], message: String) throws {
        let run = try Bantin.run(arguments)
        #expect(run.status == 2, "\(run)")
        #expect(run.errorLines.first == message, "\(run)")
    }

    @Test func nothingFarIsSuggested() throws {
        let run = try Bantin.run(["typeset", "Examples"])
        #expect(run.status == 2, "\(run)")
        #expect(!run.error.contains("did you mean"), "\(run)")
    }
}
