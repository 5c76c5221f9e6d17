/// Dates and times the way Vietnamese people write them, besides ISO: `19/9/2023`,
/// `19-9-2023`, `ngày 19 tháng 9 năm 2023` (always day first), and `13h30`, `13g30`, `13h`,
/// `13 giờ 30`, `13 giờ 30 phút`, `13:30`.
enum WrittenDateTime {
    /// Year, month and day of a written date, whether or not they make a real date.
    static func dateParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        if let iso = CivilDate.isoParts(text) { return iso }
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
        if words.count >= 5 {
            // `ngày 19 tháng 9 năm 2023`, the word ngày optional.
            let rest = words.first == "ngày" ? Array(words.dropFirst()) : Array(words)
            guard rest.count == 5, rest[1] == "tháng", rest[3] == "năm",
                  let day = number(rest[0], digits: 1...2), let month = number(rest[2], digits: 1...2),
                  let year = number(rest[4], digits: 4...4) else { return nil }
            return (year, month, day)
        }
        for separator in ["/", "-", "."] as [Character] {
            let fields = text.split(separator: separator, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            guard let day = number(fields[0], digits: 1...2), let month = number(fields[1], digits: 1...2),
                  let year = number(fields[2], digits: 4...4) else { return nil }
            return (year, month, day)
        }
        return nil
    }

    /// Hour and minute of a written time, whether or not they make a real time.
    static func timeParts(_ text: String) -> (hour: Int, minute: Int)? {
        let lowered = text.lowercased()
        var words = lowered.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        // `13 giờ 30 phút`, `13 giờ 30`, `13 giờ`.
        if words.count >= 2, words[1] == "giờ" {
            if words.count == 4, words[3] == "phút" { words.removeLast() }
            guard let hour = number(Substring(words[0]), digits: 1...2) else { return nil }
            if words.count == 2 { return (hour, 0) }
            guard words.count == 3, let minute = number(Substring(words[2]), digits: 2...2) else { return nil }
            return (hour, minute)
        }
        guard words.count == 1 else { return nil }
        for separator in [":", "h", "g"] as [Character] {
            let fields = lowered.split(separator: separator, omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            guard let hour = number(fields[0], digits: 1...2) else { return nil }
            if fields[1].isEmpty, separator != ":" { return (hour, 0) }   // `13h`
            guard let minute = number(fields[1], digits: 2...2) else { return nil }
            return (hour, minute)
        }
        return nil
    }

    /// A number of ASCII digits whose count is in `digits`.
    private static func number(_ text: Substring, digits: ClosedRange<Int>) -> Int? {
        guard digits.contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }
}

extension ClockTime {
    /// A time written any of the ways `WrittenDateTime` reads; nil for another shape or an
    /// hour or minute out of range.
    init?(written text: String) {
        guard let parts = WrittenDateTime.timeParts(text) else { return nil }
        self.init(hour: parts.hour, minute: parts.minute)
    }
}
