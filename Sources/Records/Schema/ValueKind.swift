/// What the value of one record field may be. The decoders parse values themselves (every
/// scalar is read as text); this is what the JSON Schema tells an editor, so it stays as
/// permissive as the decoders: a count may be written `12` or `"12"`, a date in any of the
/// written forms.
public indirect enum ValueKind: Sendable {
    /// Any scalar, read as text (a number or `true` written in a text field is text too).
    case text
    /// A whole number of at least `minimum`, as a number or as decimal digits.
    case wholeNumber(minimum: Int)
    /// A positive number (a relative column width).
    case positiveNumber
    /// A date: `2023-09-19`, `19/9/2023`, `19-9-2023`, `ngày 19 tháng 9 năm 2023`.
    case date
    /// A time of day: `"13:30"`, `13h30`, `13g30`, `13 giờ 30`.
    case time
    /// A date and time: `2023-09-19T13:30` or `19/9/2023 13h30`.
    case timestamp
    /// `true` or `false` (also `yes`/`no`), in any case.
    case flag
    /// A period: `2023-H1`, `2023-Q3`, `2023`.
    case period
    /// A photo's width: `80mm`, `8cm`, `200pt`, `60%`.
    case width
    /// Where a photo goes: `lead` or a paragraph number.
    case photoPlace
    /// One of these words; compared without regard to case when `anyCase`.
    case choice([String], anyCase: Bool)
    /// A mapping described by the `MappingSchema` of this id (`RecordSchema.all`).
    case mapping(String)
    /// A list of values of one kind.
    case list(ValueKind)
    /// Any one of these kinds (a guest: a person mapping or a bare name).
    case either([ValueKind])
}
