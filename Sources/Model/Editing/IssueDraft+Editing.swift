import Foundation

extension IssueDraft {
    /// The edited issue: its own fields and, for a resolved one, its resolution, checked
    /// together so a form shows every wrong field at once (e.g. an opening moved after the
    /// resolution is reported on whichever date the user is looking at: both are checked).
    public func build(editing original: Issue, resolution: ResolutionDraft?, in ledger: Ledger) -> Result<
        Issue, FieldErrors<IssueField.ID>
    > {
        guard let resolution else { return build(id: original.id, base: original, in: ledger) }
        var base = original
        base.solution = resolution.solution.trimmingCharacters(in: .whitespaces)
        base.successful = resolution.successful
        base.resolvedAt = resolution.resolvedAt.trimmingCharacters(in: .whitespaces)
        switch build(id: original.id, base: base, in: ledger) {
        case .success(let issue):
            return resolution.resolve(issue)
        case .failure(let errors):
            var all = errors.byField
            if case .failure(let more) = resolution.resolve(base) {
                for (field, reason) in more.byField where all[field] == nil { all[field] = reason }
            }
            return .failure(FieldErrors(byField: all))
        }
    }
}
