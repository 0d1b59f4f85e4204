import Model

/// The log, resolve and edit issue forms, and what their Enter builds (through Model's drafts,
/// whose reasons come back by field id: category, project, openedAt, solution, resolvedAt).
enum IssueForms {
    /// `n`: every field has a default, so Enter at once logs "the first category, no project, now".
    static func log(_ state: AppState, category: String? = nil, project: String = "") -> Form {
        let ledger = state.ledger
        let categories = ledger.issueCategories
        let draft = IssueDraft(
            category: category ?? categories[0], project: project,
            openedAt: ISODate.instant(fromSeconds: state.now))
        let title = project.isEmpty ? "Log an issue" : "Log an issue for " + project
        return Form(purpose: .logIssue, title: title, fields: issueFields(draft, in: ledger))
    }

    /// `r` on an open issue: what was done, whether it worked, when (now).
    static func resolve(_ state: AppState, issue index: Int) -> Form {
        let issue = state.ledger.issues[index]
        let draft = ResolutionDraft(resolvedAt: ISODate.instant(fromSeconds: state.now))
        return Form(
            purpose: .resolveIssue(index), title: "Resolve " + describe(issue),
            fields: resolutionFields(draft, category: issue.category, in: state.ledger))
    }

    /// `e`: the issue's fields, and its resolution once it has one.
    static func edit(_ state: AppState, issue index: Int) -> Form {
        let issue = state.ledger.issues[index]
        var fields = issueFields(IssueDraft(editing: issue), in: state.ledger)
        if let resolvedAt = issue.resolvedAt {
            let draft = ResolutionDraft(
                solution: issue.solution ?? "", successful: issue.successful, resolvedAt: resolvedAt)
            fields += resolutionFields(draft, category: issue.category, in: state.ledger)
        }
        return Form(purpose: .editIssue(index), title: "Edit " + describe(issue), fields: fields)
    }

    /// "issue #13 · Build failures (multi-stage) · payout-scheduler", for titles and questions.
    static func describe(_ issue: Issue) -> String {
        "issue #\(issue.id) · \(issue.category)" + (issue.project.map { " · " + $0 } ?? "")
    }

    /// What Enter makes of the log form, or the reasons by field.
    static func logged(_ form: Form, in ledger: Ledger) -> Result<LedgerEdit, FieldErrors> {
        issueDraft(form).build(id: ledger.nextIssueID, in: ledger).map { .insertIssue($0, at: ledger.issues.count) }
    }

    /// What Enter makes of the resolve form for the issue at `index`.
    static func resolved(_ form: Form, issue index: Int, in ledger: Ledger) -> Result<LedgerEdit, FieldErrors> {
        resolutionDraft(form).resolve(ledger.issues[index]).map { .replaceIssue($0, at: index) }
    }

    /// What Enter makes of the edit form for the issue at `index`.
    static func edited(_ form: Form, issue index: Int, in ledger: Ledger) -> Result<LedgerEdit, FieldErrors> {
        let original = ledger.issues[index]
        let resolution = original.isOpen ? nil : resolutionDraft(form)
        return issueDraft(form).build(editing: original, resolution: resolution, in: ledger).map {
            .replaceIssue($0, at: index)
        }
    }

    private static func issueFields(_ draft: IssueDraft, in ledger: Ledger) -> [Form.Field] {
        [
            Form.Field("category", "Category", .combo(ledger.issueCategories), value: draft.category),
            // "" first: Left/Right come back round to no project.
            Form.Field(
                "project", "Project (empty: none)", .combo([""] + ledger.projects.map(\.name).sorted()),
                value: draft.project),
            Form.Field("openedAt", "Opened (ISO 8601)", value: draft.openedAt),
            Form.Field("notes", "Notes", value: draft.notes),
        ]
    }

    private static func resolutionFields(_ draft: ResolutionDraft, category: String, in ledger: Ledger) -> [Form.Field]
    {
        [
            Form.Field("solution", "Solution", .combo(ledger.solutions(forCategory: category)), value: draft.solution),
            // A resolution being recorded says yes or no; an old one that never said may stay unknown.
            Form.Field(
                "successful", "Successful", .choice(draft.successful == nil ? ["yes", "no", ""] : ["yes", "no"]),
                value: draft.successful.map { $0 ? "yes" : "no" } ?? ""),
            Form.Field("resolvedAt", "Resolved (ISO 8601)", value: draft.resolvedAt),
        ]
    }

    private static func issueDraft(_ form: Form) -> IssueDraft {
        IssueDraft(
            category: form["category"], project: form["project"], openedAt: form["openedAt"], notes: form["notes"])
    }

    private static func resolutionDraft(_ form: Form) -> ResolutionDraft {
        let successful: Bool? =
            switch form["successful"] {
            case "yes": true
            case "no": false
            default: nil
            }
        return ResolutionDraft(solution: form["solution"], successful: successful, resolvedAt: form["resolvedAt"])
    }
}
