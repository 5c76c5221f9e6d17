import Records

/// The creation date the builders write into a PDF when none is given: a day and time in
/// Vietnam's time zone (UTC+7), so a document made twice from the same records is the same
/// file.
enum DocumentDate {
    /// `2023-07-03T16:30:00+07:00`; midnight when there is no time.
    static func iso(_ day: CivilDate, _ time: ClockTime? = nil) -> String {
        "\(day)T\(time.map { "\($0):00" } ?? "00:00:00")+07:00"
    }
}
