@testable import Records

/// Every diagnostic (errors and warnings) of the seed record with some lines replaced, as
/// `line:column: severity: field: message`, without the file name.
func seedProblems(_ changes: [Int: String]) -> [String] {
    SeedRecord.withRecord(SeedRecord.yaml(replacing: changes)) { _, path in
        let diagnostics: [Diagnostic]
        switch RecordLoader().load(file: path) {
        case .success(_, let warnings): diagnostics = warnings
        case .failure(let all): diagnostics = all
        }
        return diagnostics.map { String($0.description(in: .en).dropFirst(path.count + 1)) }
    }
}
