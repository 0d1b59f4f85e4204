/// Every field of an issue the dashboard's forms edit, in one table: the log, resolve and edit
/// forms draw one line per entry (in this order), read each value through it, and the drafts'
/// reasons come back under the field's id. The id's raw value is the issue's JSON key.
public struct IssueField: Sendable {
    public enum ID: String, Sendable, CaseIterable {
        case category, project, openedAt, notes, solution, successful, resolvedAt
    }

    /// What the form offers for the field; the options come from the ledger when the form opens.
    public enum Kind: Sendable, Equatable {
        /// Free text.
        case text
        /// A category: the ledger's categories suggested, any text taken.
        case category
        /// A project name, or empty for none: the ledger's projects suggested.
        case project
        /// Earlier solutions of the issue's category suggested.
        case solution
        /// yes / no (and empty for an old resolution that never said).
        case outcome
    }

    /// The issue's own fields, or its resolution (shown once it has one, or when resolving).
    public enum Group: Sendable, Equatable {
        case issue, resolution
    }

    public let id: ID
    public let label: String
    public let kind: Kind
    public let group: Group
    let read: @Sendable (Issue) -> String

    /// The field's value in `issue` as the form shows it.
    public func text(of issue: Issue) -> String { read(issue) }

    public static let all: [IssueField] = [
        IssueField(id: .category, label: "Category", kind: .category, group: .issue, read: { $0.category }),
        IssueField(
            id: .project, label: "Project (empty: none)", kind: .project, group: .issue, read: { $0.project ?? "" }),
        IssueField(id: .openedAt, label: "Opened (ISO 8601)", kind: .text, group: .issue, read: { $0.openedAt }),
        IssueField(id: .notes, label: "Notes", kind: .text, group: .issue, read: { $0.notes ?? "" }),
        IssueField(id: .solution, label: "Solution", kind: .solution, group: .resolution, read: { $0.solution ?? "" }),
        IssueField(
            id: .successful, label: "Successful", kind: .outcome, group: .resolution,
            read: { outcomeText($0.successful) }),
        IssueField(
            id: .resolvedAt, label: "Resolved (ISO 8601)", kind: .text, group: .resolution,
            read: { $0.resolvedAt ?? "" }),
    ]

    public static func fields(in group: Group) -> [IssueField] { all.filter { $0.group == group } }

    /// How the `successful` field writes an outcome: yes, no, or empty for not known.
    public static func outcomeText(_ successful: Bool?) -> String { successful.map { $0 ? "yes" : "no" } ?? "" }

    /// The outcome the `successful` field's text says.
    public static func outcome(_ text: String) -> Bool? {
        switch text {
        case "yes": true
        case "no": false
        default: nil
        }
    }
}
