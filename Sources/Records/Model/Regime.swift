/// Which rules a document follows: Party documents (HD 36-HD/VPTW) or state documents
/// (Decree 30/2020/NĐ-CP).
public enum Regime: String, Sendable, Hashable, CaseIterable {
    case party, state
}

/// What a record describes: a meeting (minutes, bulletin items) or a report.
public enum RecordKind: String, Sendable, Hashable, CaseIterable {
    case meeting, report
}
