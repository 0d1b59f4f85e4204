/// What an edit replaced in place, when that is all it did: the projects and issues it put
/// new versions of at the same places, nothing inserted, removed or otherwise changed. Enough
/// for whatever is derived from the ledger to update those rows instead of starting again.
public struct InPlaceChange: Equatable, Sendable {
    /// Project indexes, ascending, each once.
    public var projects: [Int]
    /// Issue indexes, ascending, each once.
    public var issues: [Int]
}

extension LedgerEdit {
    /// The rows this edit replaces, or nil when it does anything else (a batch counts when
    /// all of its edits do: a rename with its issues).
    public var inPlaceChange: InPlaceChange? {
        var projects = Set<Int>()
        var issues = Set<Int>()
        guard collectReplaced(projects: &projects, issues: &issues) else { return nil }
        return InPlaceChange(projects: projects.sorted(), issues: issues.sorted())
    }

    private func collectReplaced(projects: inout Set<Int>, issues: inout Set<Int>) -> Bool {
        switch self {
        case .replaceProject(_, let index):
            projects.insert(index)
            return true
        case .replaceIssue(_, let index):
            issues.insert(index)
            return true
        case .batch(let edits, _):
            return edits.allSatisfy { $0.collectReplaced(projects: &projects, issues: &issues) }
        case .insertProject, .removeProject, .insertIssue, .removeIssue, .insertTemplateUpdate, .removeTemplateUpdate,
            .insertBaseImageUpdate, .removeBaseImageUpdate, .insertVersion, .removeVersion, .insertChangelog,
            .removeChangelog, .settleConflict, .reopenConflict:
            return false
        }
    }
}
