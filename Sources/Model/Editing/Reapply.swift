/// Replaying unsaved edits on the file as another program saved it ("reload and re-apply my
/// edit"). Edits name records by position, so an edit is replayed only where the record it
/// changes or removes is still the same one, unchanged, and an added project's name is free.
public enum Reapply {
    /// Why the edits could not be replayed: the first edit that does not fit, in its own words.
    public struct Refusal: Error, Equatable, Sendable {
        public let edit: String
        public let reason: String
        public var description: String { "cannot re-apply \"\(edit)\": \(reason)" }
    }

    /// `edits` were made, in order, on `base` (the version last read or saved); the result is
    /// `theirs` with every one of them applied, or the refusal of the first that does not fit.
    public static func replay(_ edits: [LedgerEdit], madeOn base: Ledger, onto theirs: Ledger) -> Result<
        Ledger, Refusal
    > {
        var base = base
        var theirs = theirs
        for edit in edits {
            if let reason = misfit(edit, base, theirs) {
                return .failure(Refusal(edit: edit.summary(in: base), reason: reason))
            }
            edit.apply(to: &base)
            edit.apply(to: &theirs)
        }
        return .success(theirs)
    }

    /// Why `edit` (made on `base`) does not fit `theirs`, or nil when it does.
    private static func misfit(_ edit: LedgerEdit, _ base: Ledger, _ theirs: Ledger) -> String? {
        let changed = "it was changed on disk too"
        switch edit {
        case .insertProject(let p, let i):
            if theirs.projectIndex(named: p.name) != nil { return "a project named \(p.name) was added on disk" }
            return i <= theirs.projects.count ? nil : changed
        case .removeProject(let i), .replaceProject(_, let i):
            return same(base.projects, theirs.projects, i) ? nil : changed
        case .insertIssue(_, let i): return i <= theirs.issues.count ? nil : changed
        case .removeIssue(let i), .replaceIssue(_, let i):
            return same(base.issues, theirs.issues, i) ? nil : changed
        case .insertTemplateUpdate(_, let i):
            return i <= theirs.maintenance.templateUpdates.count ? nil : changed
        case .removeTemplateUpdate(let i):
            return same(base.maintenance.templateUpdates, theirs.maintenance.templateUpdates, i) ? nil : changed
        case .insertBaseImageUpdate(_, let i):
            return i <= theirs.maintenance.baseImageUpdates.count ? nil : changed
        case .removeBaseImageUpdate(let i):
            return same(base.maintenance.baseImageUpdates, theirs.maintenance.baseImageUpdates, i) ? nil : changed
        case .insertVersion(_, let i): return i <= theirs.versionHistory.count ? nil : changed
        case .removeVersion(let i): return same(base.versionHistory, theirs.versionHistory, i) ? nil : changed
        case .insertChangelog(_, let i): return i <= theirs.changelog.count ? nil : changed
        case .removeChangelog(let i): return same(base.changelog, theirs.changelog, i) ? nil : changed
        case .settleConflict, .reopenConflict:
            return base.conflicts == theirs.conflicts ? nil : "the merge conflicts changed on disk"
        case .batch(let edits, _):
            if case .failure(let refusal) = replay(edits, madeOn: base, onto: theirs) { return refusal.reason }
            return nil
        }
    }

    private static func same<T: Equatable>(_ a: [T], _ b: [T], _ i: Int) -> Bool {
        i >= 0 && i < a.count && i < b.count && a[i] == b[i]
    }
}
