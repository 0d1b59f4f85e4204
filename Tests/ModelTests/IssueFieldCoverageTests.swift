import Testing

@testable import Model

/// The issue field table must describe the whole issue format: a key it forgets would be
/// missing from the log, resolve and edit forms.
@Suite struct IssueFieldCoverageTests {
    /// Given by the ledger (the next free number), never typed.
    static let assigned: Set<String> = ["id"]

    /// An issue with every field filled, made the way the forms make one.
    static func fullIssue() throws -> Model.Issue {
        let l = ledger([plainProject("p")])
        let opened = try IssueDraft(category: "c", project: "p", openedAt: "2026-01-02T00:00:00Z", notes: "n")
            .build(id: 1, in: l).get()
        return try ResolutionDraft(solution: "s", successful: false, resolvedAt: "2026-01-03T00:00:00Z")
            .resolve(opened).get()
    }

    @Test func everyKeyAnIssueWritesHasAFieldDescription() throws {
        let issue = try Self.fullIssue()
        guard case .object(let object) = issue.json else {
            Testing.Issue.record("an issue writes an object")
            return
        }
        let written = Set(object.keys).subtracting(Self.assigned)
        #expect(written == Set(IssueField.all.map(\.id.rawValue)))
        #expect(IssueField.all.count == IssueField.ID.allCases.count, "a field listed twice or missing")
    }

    @Test func everyPropertyOfAnIssueHasAFieldDescription() {
        let properties = Mirror(reflecting: Model.Issue(id: 1, category: "c", openedAt: "")).children.compactMap(
            \.label)
        let described = Set(IssueField.all.map(\.id.rawValue)).union(Self.assigned).union(["unknownKeys"])
        #expect(properties.filter { !described.contains($0) } == [])
    }

    @Test func everyFieldReadsItsValue() throws {
        let issue = try Self.fullIssue()
        let texts = IssueField.all.map { $0.text(of: issue) }
        #expect(texts == ["c", "p", "2026-01-02T00:00:00Z", "n", "s", "no", "2026-01-03T00:00:00Z"])
        #expect(IssueField.outcome(IssueField.outcomeText(nil)) == nil)
    }
}
