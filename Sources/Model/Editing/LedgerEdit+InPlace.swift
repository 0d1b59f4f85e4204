/// What an edit changed, when it changed only projects in place and issues: the projects it put
/// new versions of at the same places (nothing added or removed, nothing else in the ledger
/// changed), and the issues it replaced, added or removed. Enough for whatever is derived from
/// the ledger to update those rows instead of starting again (the metrics read no issues).
public struct InPlaceChange: Equatable, Sendable {
    /// Project indexes, ascending, each once.
    public var projects: [Int]
    /// Issue indexes replaced in place, ascending, each once (when none were added or removed).
    public var issues: [Int]
    /// Issues were added or removed, so the other issues' indexes may have moved.
    public var addsOrRemovesIssues = false
}

extension LedgerEdit {
    /// What this edit changes, or nil when it does anything else than replace projects and
    /// change issues (a batch counts when all of its edits do: a rename with its issues).
    public var inPlaceChange: InPlaceChange? {
        var projects = Set<Int>()
        var issues = Set<Int>()
        var addsOrRemovesIssues = false
        guard collect(projects: &projects, issues: &issues, addsOrRemovesIssues: &addsOrRemovesIssues) else {
            return nil
        }
        return InPlaceChange(
            projects: projects.sorted(), issues: addsOrRemovesIssues ? [] : issues.sorted(),
            addsOrRemovesIssues: addsOrRemovesIssues)
    }

    private func collect(projects: inout Set<Int>, issues: inout Set<Int>, addsOrRemovesIssues: inout Bool) -> Bool {
        switch self {
        case .replaceProject(_, let index):
            projects.insert(index)
            return true
        case .replaceIssue(_, let index):
            issues.insert(index)
            return true
        case .insertIssue, .removeIssue:
            addsOrRemovesIssues = true
            return true
        case .batch(let edits, _):
            return edits.allSatisfy {
                $0.collect(projects: &projects, issues: &issues, addsOrRemovesIssues: &addsOrRemovesIssues)
            }
        case .insertProject, .removeProject, .insertTemplateUpdate, .removeTemplateUpdate, .insertBaseImageUpdate,
            .removeBaseImageUpdate, .insertVersion, .removeVersion, .insertChangelog, .removeChangelog,
            .settleConflict, .reopenConflict:
            return false
        }
    }
}
