/// One change to a ledger. Applying an edit returns its inverse, so undo and redo are the same
/// operation and never need a copy of the whole ledger (which matters at 100k projects).
public enum LedgerEdit: Equatable, Sendable {
    case insertProject(Project, at: Int)
    case removeProject(at: Int)
    case replaceProject(Project, at: Int)
    case insertIssue(Issue, at: Int)
    case removeIssue(at: Int)
    case replaceIssue(Issue, at: Int)
    case insertTemplateUpdate(TemplateUpdate, at: Int)
    case removeTemplateUpdate(at: Int)
    case insertBaseImageUpdate(BaseImageUpdate, at: Int)
    case removeBaseImageUpdate(at: Int)
    case insertVersion(VersionEntry, at: Int)
    case removeVersion(at: Int)
    case insertChangelog(ChangelogEntry, at: Int)
    case removeChangelog(at: Int)
    /// Settles merge conflict `at`: its path gets `value` (nil removes it) and the conflict goes.
    case settleConflict(at: Int, value: JSONValue?)
    /// The inverse: the conflict comes back at `at` and its path gets `value` again.
    case reopenConflict(MergeConflict, at: Int, value: JSONValue?)
    /// Several edits as one step of undo (a rename with its issues), with its own words.
    indirect case batch([LedgerEdit], summary: String)

    /// Applies the edit and returns the edit that undoes it.
    @discardableResult
    public func apply(to ledger: inout Ledger) -> LedgerEdit {
        switch self {
        case .insertProject(let p, let i):
            ledger.projects.insert(p, at: i)
            return .removeProject(at: i)
        case .removeProject(let i): return .insertProject(ledger.projects.remove(at: i), at: i)
        case .replaceProject(let p, let i):
            let old = ledger.projects[i]
            ledger.projects[i] = p
            return .replaceProject(old, at: i)
        case .insertIssue(let issue, let i):
            ledger.issues.insert(issue, at: i)
            return .removeIssue(at: i)
        case .removeIssue(let i): return .insertIssue(ledger.issues.remove(at: i), at: i)
        case .replaceIssue(let issue, let i):
            let old = ledger.issues[i]
            ledger.issues[i] = issue
            return .replaceIssue(old, at: i)
        case .insertTemplateUpdate(let e, let i):
            ledger.maintenance.templateUpdates.insert(e, at: i)
            return .removeTemplateUpdate(at: i)
        case .removeTemplateUpdate(let i):
            return .insertTemplateUpdate(ledger.maintenance.templateUpdates.remove(at: i), at: i)
        case .insertBaseImageUpdate(let e, let i):
            ledger.maintenance.baseImageUpdates.insert(e, at: i)
            return .removeBaseImageUpdate(at: i)
        case .removeBaseImageUpdate(let i):
            return .insertBaseImageUpdate(ledger.maintenance.baseImageUpdates.remove(at: i), at: i)
        case .insertVersion(let e, let i):
            ledger.versionHistory.insert(e, at: i)
            return .removeVersion(at: i)
        case .removeVersion(let i): return .insertVersion(ledger.versionHistory.remove(at: i), at: i)
        case .insertChangelog(let e, let i):
            ledger.changelog.insert(e, at: i)
            return .removeChangelog(at: i)
        case .removeChangelog(let i): return .insertChangelog(ledger.changelog.remove(at: i), at: i)
        case .settleConflict(let i, let value):
            let conflict = ledger.conflicts.remove(at: i)
            let old = ledger.replaceValue(at: conflict.path, with: value)
            return .reopenConflict(conflict, at: i, value: old)
        case .reopenConflict(let conflict, let i, let value):
            let old = ledger.replaceValue(at: conflict.path, with: value)
            ledger.conflicts.insert(conflict, at: i)
            return .settleConflict(at: i, value: old)
        case .batch(let edits, let summary):
            let inverses = edits.map { $0.apply(to: &ledger) }
            return .batch(inverses.reversed(), summary: summary)
        }
    }

    /// A few words for the status bar: "added chora-compose", "undid: deleted api".
    public func summary(in ledger: Ledger) -> String {
        switch self {
        case .insertProject(let p, _): "added project \(p.name)"
        case .removeProject(let i):
            "deleted project \(ledger.projects.indices.contains(i) ? ledger.projects[i].name : "#\(i)")"
        case .replaceProject(let p, _): "changed project \(p.name)"
        case .insertIssue(let issue, _): "logged issue #\(issue.id)"
        case .removeIssue(let i): "deleted issue #\(ledger.issues.indices.contains(i) ? ledger.issues[i].id : i)"
        case .replaceIssue(let issue, _): issue.isOpen ? "changed issue #\(issue.id)" : "resolved issue #\(issue.id)"
        case .insertTemplateUpdate: "added a template update"
        case .removeTemplateUpdate: "removed a template update"
        case .insertBaseImageUpdate: "added a base image update"
        case .removeBaseImageUpdate: "removed a base image update"
        case .insertVersion(let e, _): "added version \(e.version)"
        case .removeVersion: "removed a version"
        case .insertChangelog: "added a changelog entry"
        case .removeChangelog: "removed a changelog entry"
        case .settleConflict(let i, let value):
            ledger.conflicts.indices.contains(i)
                ? "settled \(ledger.conflicts[i].path) with \(ledger.conflicts[i].side(holding: value)?.rawValue ?? "a value")"
                : "settled a conflict"
        case .reopenConflict(let conflict, _, _): "reopened conflict \(conflict.path)"
        case .batch(_, let summary): summary
        }
    }
}

/// Undo and redo stacks of edits, many levels deep. Each entry keeps the edit that reverses it
/// and the words for the change, so "undid: added project x" names what the user did.
public struct EditHistory: Equatable, Sendable {
    private struct Entry: Equatable, Sendable {
        let edit: LedgerEdit
        let summary: String
    }

    private var undoStack: [Entry] = []
    private var redoStack: [Entry] = []
    public let limit: Int

    public init(limit: Int = 500) { self.limit = limit }

    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }
    /// The edit undo would apply next (what an undo changes, to replay it on another version).
    public var nextUndo: LedgerEdit? { undoStack.last?.edit }
    /// The edit redo would apply next.
    public var nextRedo: LedgerEdit? { redoStack.last?.edit }

    /// Applies a new edit; it clears the redo stack, as in every editor. Returns its summary.
    @discardableResult
    public mutating func perform(_ edit: LedgerEdit, on ledger: inout Ledger) -> String {
        let summary = edit.summary(in: ledger)
        undoStack.append(Entry(edit: edit.apply(to: &ledger), summary: summary))
        if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
        redoStack.removeAll()
        return summary
    }

    /// Undoes the last edit; returns what it was ("added project x"), or nil if none.
    @discardableResult
    public mutating func undo(on ledger: inout Ledger) -> String? {
        guard let entry = undoStack.popLast() else { return nil }
        redoStack.append(Entry(edit: entry.edit.apply(to: &ledger), summary: entry.summary))
        return entry.summary
    }

    /// Redoes the last undone edit; returns what it was, or nil if none.
    @discardableResult
    public mutating func redo(on ledger: inout Ledger) -> String? {
        guard let entry = redoStack.popLast() else { return nil }
        undoStack.append(Entry(edit: entry.edit.apply(to: &ledger), summary: entry.summary))
        return entry.summary
    }
}
