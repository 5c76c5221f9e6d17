/// Dates written the Vietnamese official way (Decree 30, Appendix I, §II.4.b;
/// docs/formatting-rules.md §5.2): the day padded below 10, the months 1 and 2 padded (`01`,
/// `02`), months 3–12 not.
public enum VietnameseDate {
    /// The date line of a document header: `Lạng Sơn, ngày 03 tháng 7 năm 2023`.
    public static func dateLine(place: String, date: CivilDate) -> String {
        "\(place), \(long(date))"
    }

    /// `ngày 03 tháng 7 năm 2023`.
    public static func long(_ date: CivilDate) -> String {
        "ngày \(day(date)) tháng \(month(date)) năm \(date.year)"
    }

    /// `03/7/2023`, as in running text and ranges.
    public static func short(_ date: CivilDate) -> String {
        "\(day(date))/\(month(date))/\(date.year)"
    }

    /// The day, two digits below 10 (`03`).
    public static func day(_ date: CivilDate) -> String {
        pad(date.day, 2)
    }

    /// The month, padded only for January and February (`01`, `02`, `3` … `12`): the decree
    /// pads them so that a `1` cannot be extended into `10`–`12` after signing.
    public static func month(_ date: CivilDate) -> String {
        date.month <= 2 ? pad(date.month, 2) : String(date.month)
    }

    /// A month as a section title or running head: `Tháng 1/2023` … `Tháng 12/2023` (the
    /// month unpadded: a title is not a dated signature line).
    public static func monthTitle(year: Int, month: Int) -> String {
        "Tháng \(month)/\(year)"
    }
}

/// Times of day as minutes write them: `14 giờ 30 phút`, `8 giờ 05 phút`.
public enum VietnameseTime {
    /// Hour unpadded, minutes always two digits (docs/formatting-rules.md §5.2).
    public static func long(_ time: ClockTime) -> String {
        "\(time.hour) giờ \(pad(time.minute, 2)) phút"
    }
}
