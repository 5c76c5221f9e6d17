import ArgumentParser
import Records

/// "Did you mean …?" for a misspelt subcommand (`bantin minute` → `minutes`) or long option
/// (`--ouput` → `--output`), read from the arguments of a command line that did not parse.
/// ArgumentParser suggests options only in some cases and subcommands never.
enum Suggestion {
    /// The message for the first misspelt name in `arguments`, or nil when every subcommand
    /// and option name is known (or nothing is near enough to suggest).
    static func message(for arguments: [String], root: any ParsableCommand.Type = BanTin.self) -> String? {
        let subcommands = root.configuration.subcommands
        let names = subcommands.map { $0.configuration.commandName ?? "" }
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        guard let index = names.firstIndex(of: first) else {
            guard let near = nearest(first, among: names) else { return nil }
            return Localized.unknownCommand(first, nearest: near).text()
        }
        let command = subcommands[index]
        let options = longOptions(of: command, root: root)
        for argument in arguments.dropFirst() {
            if argument == "--" { break }
            guard argument.hasPrefix("--") else { continue }
            let name = String(argument.split(separator: "=", maxSplits: 1)[0])
            guard !options.contains(name), let near = nearest(name, among: options) else { continue }
            return Localized.unknownOption(name, nearest: near, command: first).text()
        }
        return nil
    }

    /// The long options a subcommand's help lists, with `--help`.
    static func longOptions(of command: any ParsableCommand.Type, root: any ParsableCommand.Type) -> [String] {
        let help = root.helpMessage(for: command, columns: 200)
        var options: [String] = ["--help"]
        var rest = Substring(help)
        while let start = rest.range(of: "--") {
            let name = rest[start.lowerBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
            if name.count > 2, !options.contains(String(name)) { options.append(String(name)) }
            rest = rest[start.upperBound...]
        }
        return options
    }

    /// The one candidate within two edits of `word` (the closest; none when two tie), or the
    /// only one that `word` begins.
    static func nearest(_ word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word, $0)) }.filter { $0.1 <= 2 }.sorted { $0.1 < $1.1 }
        if let best = scored.first, scored.dropFirst().first?.1 != best.1 { return best.0 }
        let started = candidates.filter { $0.hasPrefix(word) }
        return started.count == 1 ? started[0] : nil
    }

    /// Edits (insert, delete, replace, swap two neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var rows = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
                }
            }
        }
        return rows[a.count][b.count]
    }
}
