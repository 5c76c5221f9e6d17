import Records

extension Meeting {
    /// Everyone the record names: chair, secretary, guests, absentees, speakers, signers and
    /// the news item's author; and the organisation's place (`Lạng Sơn`), which the date line
    /// and the text name like a person.
    var protectedNames: [String] {
        var names = [chair.name, secretary.name] + guests.map(\.name) + attendance.absent.map(\.name)
            + speeches.map(\.speaker)
        names += [signers.chair?.name, signers.secretary?.name, article?.author].compactMap { $0 }
        names.append(organization.place)
        return names
    }
}
