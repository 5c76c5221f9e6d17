import Records

extension Meeting {
    /// Everyone the record names: chair, secretary, guests, absentees, speakers, signers and
    /// the news item's author.
    var protectedNames: [String] {
        var names = [chair.name, secretary.name] + guests.map(\.name) + attendance.absent.map(\.name)
            + speeches.map(\.speaker)
        names += [signers.chair?.name, signers.secretary?.name, article?.author].compactMap { $0 }
        return names
    }
}
