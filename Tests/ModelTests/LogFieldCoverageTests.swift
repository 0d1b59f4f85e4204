import Testing

@testable import Model

/// Each log table's field list must describe the whole row format: a key the list forgets
/// would be missing from the Log tab's `n` form.
@Suite struct LogFieldCoverageTests {
    /// A valid, non-empty text of the field's kind (so the row writes it).
    static func sample(_ field: LogField) -> String {
        switch field.kind {
        case .text, .requiredText, .verbatim: "x"
        case .day: "2026-01-02"
        case .count: "3"
        }
    }

    /// The JSON keys of the row the table's fields, all filled, append.
    static func writtenKeys(_ table: LogTable) throws -> Set<String> {
        var l = ledger([])
        let texts = Dictionary(uniqueKeysWithValues: table.fields.map { ($0.id, sample($0)) })
        try table.build(texts, in: l).get().apply(to: &l)
        let row: JSONValue? =
            switch table {
            case .templateUpdates: l.maintenance.templateUpdates.last?.json
            case .baseImageUpdates: l.maintenance.baseImageUpdates.last?.json
            case .versionHistory: l.versionHistory.last?.json
            case .changelog: l.changelog.last?.json
            }
        guard case .object(let object)? = row else { return [] }
        return Set(object.keys)
    }

    @Test(arguments: LogTable.allCases)
    func everyKeyALogRowWritesHasAFieldDescription(_ table: LogTable) throws {
        let described = Set(table.fields.map(\.id.rawValue))
        #expect(try Self.writtenKeys(table) == described)
        #expect(described.count == table.fields.count, "a field listed twice")
    }

    @Test func everyFieldIDBelongsToSomeTable() {
        let used = Set(LogTable.allCases.flatMap { $0.fields.map(\.id) })
        #expect(LogField.ID.allCases.filter { !used.contains($0) } == [])
    }
}
