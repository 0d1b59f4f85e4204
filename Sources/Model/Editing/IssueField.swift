/// Every field of an issue, in one table: the log, resolve and edit forms draw one line per entry
/// (in this order) and read each value through it; the drafts' reasons come back under the
/// field's id; the issue is read from and written to the file through it (the id's raw value is
/// its JSON key); `issue log` and `issue resolve` take one option per entry of their group, and
/// their `--help` lists the labels.
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

    /// Where the value lives in an `Issue`, which says how the file holds it.
    public enum Storage: Sendable {
        /// A string the file must have.
        case requiredText(WritableKeyPath<Issue, String> & Sendable)
        /// A string the file may leave out.
        case text(WritableKeyPath<Issue, String?> & Sendable)
        /// true / false, or left out when not known.
        case flag(WritableKeyPath<Issue, Bool?> & Sendable)
    }

    public let id: ID
    public let label: String
    public let kind: Kind
    public let group: Group
    public let storage: Storage
    /// For a yes/no field on the command line: the flag that says no (`--failed`); `--<option>` says yes.
    public let noOption: String?

    init(id: ID, label: String, kind: Kind, group: Group, storage: Storage, noOption: String? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.group = group
        self.storage = storage
        self.noOption = noOption
    }

    /// The issue's JSON key.
    public var key: String { id.rawValue }

    /// The option of `issue log` / `issue resolve`: the key in kebab case (`openedAt` → `opened-at`).
    public var option: String {
        key.reduce(into: "") { text, c in text += c.isUppercase ? "-" + c.lowercased() : String(c) }
    }

    /// The field's value in `issue` as the form shows it.
    public func text(of issue: Issue) -> String {
        switch storage {
        case .requiredText(let path): issue[keyPath: path]
        case .text(let path): issue[keyPath: path] ?? ""
        case .flag(let path): Self.outcomeText(issue[keyPath: path])
        }
    }

    /// Reads the field's key from an issue object of the file; a missing required key is reported.
    func decode(_ reader: inout ObjectReader, into issue: inout Issue) {
        switch storage {
        case .requiredText(let path):
            issue[keyPath: path] = reader.string(key) ?? ""
            if reader.raw(key) == nil { reader.report(key, "is required") }
        case .text(let path): issue[keyPath: path] = reader.string(key)
        case .flag(let path): issue[keyPath: path] = reader.bool(key)
        }
    }

    /// Writes the field's key into an issue object (nothing when the value is not known).
    func encode(_ issue: Issue, into writer: inout ObjectWriter) {
        switch storage {
        case .requiredText(let path): writer.set(key, issue[keyPath: path])
        case .text(let path): writer.set(key, issue[keyPath: path])
        case .flag(let path): writer.set(key, issue[keyPath: path])
        }
    }

    public static let all: [IssueField] = [
        IssueField(
            id: .category, label: "Category", kind: .category, group: .issue, storage: .requiredText(\.category)),
        IssueField(
            id: .project, label: "Project (empty: none)", kind: .project, group: .issue, storage: .text(\.project)),
        IssueField(
            id: .openedAt, label: "Opened (ISO 8601)", kind: .text, group: .issue, storage: .requiredText(\.openedAt)),
        IssueField(id: .notes, label: "Notes", kind: .text, group: .issue, storage: .text(\.notes)),
        IssueField(
            id: .solution, label: "Solution", kind: .solution, group: .resolution, storage: .text(\.solution)),
        IssueField(
            id: .successful, label: "Successful", kind: .outcome, group: .resolution, storage: .flag(\.successful),
            noOption: "failed"),
        IssueField(
            id: .resolvedAt, label: "Resolved (ISO 8601)", kind: .text, group: .resolution,
            storage: .text(\.resolvedAt)),
    ]

    /// The field named by a validation path such as `issue.openedAt` or `issues[3].openedAt`.
    public static func forDiagnosticPath(_ path: String) -> IssueField? {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        let key = path[path.index(after: dot)...]
        return all.first { $0.key == key }
    }

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
