import Foundation
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

    /// An issue with every field of the table set through its own storage, whatever the drafts
    /// know, to a value every field takes (a time, which is also text; yes): the one-pass load
    /// misses a field it does not read (`LedgerDecoderTests`).
    static func issueWithEveryField() -> Model.Issue {
        var issue = Model.Issue(id: 7, category: "", openedAt: "")
        let time = "2026-01-02T10:00:00Z"
        for field in IssueField.all {
            switch field.storage {
            case .requiredText(let path): issue[keyPath: path] = time
            case .text(let path): issue[keyPath: path] = time
            case .flag(let path): issue[keyPath: path] = true
            }
        }
        return issue
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

    /// The issue's JSON comes from the table: reading each demo issue and writing it again gives
    /// the same bytes, and a key no field knows (a big integer, an object) is kept.
    @Test func demoIssuesWriteBackByteForByte() throws {
        let file = try JSONParser.parse(String(contentsOfFile: demoLedgerPath, encoding: .utf8))
        guard case .object(let root) = file, case .array(let issues)? = root["issues"] else {
            Testing.Issue.record("the demo ledger has an issues array")
            return
        }
        #expect(issues.count > 5)
        var diagnostics: [Diagnostic] = []
        for (index, object) in issues.enumerated() {
            guard var reader = ObjectReader(object, at: JSONPath("issues").index(index), diagnostics: &diagnostics)
            else { continue }
            let issue = Model.Issue(reading: &reader)
            #expect(reader.diagnostics.isEmpty)
            #expect(JSONWriter.string(issue.json) == JSONWriter.string(object))
        }
        let withExtra = try JSONParser.parse(
            #"{"id": 7, "category": "c", "openedAt": "2026-01-01T00:00:00Z", "ticket": 123456789012345678901, "x": {"a": [1.0]}}"#
        )
        guard var reader = ObjectReader(withExtra, at: JSONPath("issue"), diagnostics: &diagnostics) else { return }
        #expect(JSONWriter.string(Model.Issue(reading: &reader).json) == JSONWriter.string(withExtra))
    }

    /// Each field reads and writes its own key and no other.
    @Test func everyFieldOwnsItsKey() throws {
        let full = try Self.fullIssue()
        var diagnostics: [Diagnostic] = []
        for field in IssueField.all {
            guard case .object(var object) = full.json else { return }
            object[field.key] = nil
            guard var reader = ObjectReader(.object(object), at: JSONPath("issue"), diagnostics: &diagnostics) else {
                return
            }
            let read = Model.Issue(reading: &reader)
            #expect(field.text(of: read) == "", "\(field.key) is read from its key")
            let others = IssueField.all.filter { $0.id != field.id }
            #expect(others.map { $0.text(of: read) } == others.map { $0.text(of: full) }, "\(field.key) alone")
        }
    }

    /// Option names come from the keys; the one yes/no field has its no-flag.
    @Test func commandLineOptionsAreTheKeysInKebabCase() {
        #expect(
            IssueField.all.map(\.option) == [
                "category", "project", "opened-at", "notes", "solution", "successful", "resolved-at",
            ])
        #expect(IssueField.all.filter { $0.noOption != nil }.map(\.id) == [.successful])
        #expect(IssueField.forDiagnosticPath("issues[3].resolvedAt")?.id == .resolvedAt)
        #expect(IssueField.forDiagnosticPath("issue.id") == nil)
    }
}
