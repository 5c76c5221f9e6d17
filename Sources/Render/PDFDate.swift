/// Converts ISO 8601 date strings into the exact form cairo 1.16's PDF metadata accepts.
///
/// cairo 1.16 (`iso8601_to_pdf_date_string`) copies digits by position from
/// `YYYY-MM-DDThh:mm:ss[Z|+hh:mm|-hh:mm]` and silently ignores the date (stamping the current
/// time instead, which breaks reproducible output) when the string holds any other character,
/// such as fractional seconds' `.`. So the renderer parses the date itself, rejects what is not
/// a date, and hands Cairo only the canonical form.
public enum PDFDate {
    /// The canonical `YYYY-MM-DDThh:mm:ss` form with `Z`, `+hh:mm`, `-hh:mm` or no zone.
    ///
    /// Accepts a date alone, `T` or a space before the time, minutes with or without seconds,
    /// fractional seconds (dropped: PDF dates have whole seconds), and zones written `Z`,
    /// `±hh:mm`, `±hhmm` or `±hh`. Returns nil for anything else or an impossible field value.
    static func cairoForm(of iso: String) -> String? {
        var scanner = Scanner(Array(iso.utf8))
        guard let year = scanner.digits(4), scanner.take("-"),
              let month = scanner.digits(2), scanner.take("-"),
              let day = scanner.digits(2) else { return nil }
        var hour = 0, minute = 0, second = 0
        var zone = ""
        if scanner.take("T") || scanner.take(" ") {
            guard let h = scanner.digits(2), scanner.take(":"), let m = scanner.digits(2) else { return nil }
            hour = h; minute = m
            if scanner.take(":") {
                guard let s = scanner.digits(2) else { return nil }
                second = s
                if scanner.take(".") || scanner.take(",") {
                    guard scanner.skipDigits() else { return nil }
                }
            }
            if scanner.take("Z") || scanner.take("z") {
                zone = "Z"
            } else if let sign = scanner.sign() {
                guard let zh = scanner.digits(2), zh <= 23 else { return nil }
                var zm = 0
                if scanner.take(":") {
                    guard let m = scanner.digits(2) else { return nil }
                    zm = m
                } else if let m = scanner.digits(2) {
                    zm = m
                }
                guard zm <= 59 else { return nil }
                zone = sign + pad(zh, 2) + ":" + pad(zm, 2)
            }
        }
        guard scanner.atEnd, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour <= 23, minute <= 59, second <= 60 else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + zone
    }

    /// The canonical UTC form of a POSIX time (seconds since 1970), for `SOURCE_DATE_EPOCH`.
    public static func cairoForm(epochSeconds: Int64) -> String {
        // Civil-from-days (H. Hinnant's algorithm): exact integer arithmetic, no time zone,
        // no locale, no Foundation calendar whose behaviour could differ between platforms.
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let secondsOfDay = epochSeconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return pad(Int(year), 4) + "-" + pad(Int(month), 2) + "-" + pad(Int(day), 2) + "T"
            + pad(Int(secondsOfDay / 3600), 2) + ":" + pad(Int(secondsOfDay % 3600 / 60), 2) + ":"
            + pad(Int(secondsOfDay % 60), 2) + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A cursor over ASCII bytes; every method consumes input only when it matches.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        /// Exactly `count` ASCII digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }

        /// One or more digits, discarded.
        mutating func skipDigits() -> Bool {
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return index > start
        }

        /// A zone sign: `+`, `-` or U+2212 MINUS SIGN, as "+" or "-".
        mutating func sign() -> String? {
            if take("+") { return "+" }
            if take("-") { return "-" }
            if index + 3 <= bytes.count, Array(bytes[index..<index + 3]) == [0xE2, 0x88, 0x92] {
                index += 3
                return "-"
            }
            return nil
        }
    }
}
