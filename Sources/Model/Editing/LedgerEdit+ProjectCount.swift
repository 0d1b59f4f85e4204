/// What an edit that adds or removes one project changed: where the project went in or came
/// out, and whether issues changed with it (a delete's issues marked or deleted, or brought
/// back by its undo). Enough for whatever is derived from the ledger to insert or remove that
/// one row instead of starting again; every other project keeps its values (the metrics read
/// no issues, and a project's standing reads only that project and the ledger's targets).
public struct ProjectCountChange: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A project is now at `index`; those at `index` and after moved up by one.
        case inserted
        /// The project at `index` is gone; those after it moved down by one.
        case removed
    }

    public var kind: Kind
    public var index: Int
    /// Issues were replaced, added or removed too.
    public var changesIssues: Bool

    public init(_ kind: Kind, at index: Int, changesIssues: Bool = false) {
        self.kind = kind
        self.index = index
        self.changesIssues = changesIssues
    }
}

extension LedgerEdit {
    /// What this edit changes, when it adds or removes exactly one project and changes nothing
    /// else but issues (an add, a delete with its issues, the undo of either); nil otherwise.
    public var projectCountChange: ProjectCountChange? {
        var found: ProjectCountChange?
        var changesIssues = false
        guard collect(&found, changesIssues: &changesIssues), var change = found else { return nil }
        change.changesIssues = changesIssues
        return change
    }

    private func collect(_ found: inout ProjectCountChange?, changesIssues: inout Bool) -> Bool {
        switch self {
        case .insertProject(_, let index):
            guard found == nil else { return false }
            found = ProjectCountChange(.inserted, at: index)
            return true
        case .removeProject(let index):
            guard found == nil else { return false }
            found = ProjectCountChange(.removed, at: index)
            return true
        case .insertIssue, .removeIssue, .replaceIssue:
            changesIssues = true
            return true
        case .batch(let edits, _):
            return edits.allSatisfy { $0.collect(&found, changesIssues: &changesIssues) }
        case .replaceProject, .insertTemplateUpdate, .removeTemplateUpdate, .insertBaseImageUpdate,
            .removeBaseImageUpdate, .insertVersion, .removeVersion, .insertChangelog, .removeChangelog,
            .settleConflict, .reopenConflict:
            return false
        }
    }
}
