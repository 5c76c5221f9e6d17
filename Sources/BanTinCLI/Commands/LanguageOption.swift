import Records

/// `--lang vi|en`, accepted anywhere on the command line before `--`: taken out before the
/// arguments are parsed, since the language must be chosen before any text (help included)
/// is made.
struct LanguageOption {
    /// The language asked for, nil when `--lang` is not given.
    var language: Language?
    /// The value given that names no language (`--lang` without a value gives "").
    var invalid: String?
    /// The arguments without `--lang` and its value.
    var rest: [String]

    init(_ arguments: [String]) {
        var rest: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                rest.append(contentsOf: arguments[index...])
                break
            }
            var value: String?
            if argument == "--lang" {
                index += 1
                value = index < arguments.endIndex ? arguments[index] : ""
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            if let value {
                if let language = Language(option: value) { self.language = language } else { invalid = value }
            } else {
                rest.append(argument)
            }
            index += 1
        }
        self.rest = rest
    }
}
