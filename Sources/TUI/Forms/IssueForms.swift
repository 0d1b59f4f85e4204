import Model

/// The log, resolve and edit issue forms, and what their Enter builds (through Model's drafts,
/// whose reasons come back by `IssueField.ID`). The fields come from `IssueField.all`.
enum IssueForms {
    /// `n`: every field has a default, so Enter at once logs "the first category, no project, now".
    static func log(_ state: AppState, category: String? = nil, project: String = "") -> Form {
        let ledger = state.ledger
        let values: [IssueField.ID: String] = [
            .category: category ?? ledger.issueCategories[0], .project: project,
            .openedAt: ISODate.instant(fromSeconds: state.now),
        ]
        let title = project.isEmpty ? "Log an issue" : "Log an issue for " + project
        return Form(purpose: .logIssue, title: title, fields: fields(.issue, values, category: "", in: ledger))
    }

    /// `r` on an open issue: what was done, whether it worked (yes), when (now).
    static func resolve(_ state: AppState, issue index: Int) -> Form {
        let issue = state.ledger.issues[index]
        let values: [IssueField.ID: String] = [
            .successful: IssueField.outcomeText(true), .resolvedAt: ISODate.instant(fromSeconds: state.now),
        ]
        return Form(
            purpose: .resolveIssue(index), title: "Resolve " + describe(issue),
            fields: fields(.resolution, values, category: issue.category, in: state.ledger))
    }

    /// `e`: the issue's fields, and its resolution once it has one.
    static func edit(_ state: AppState, issue index: Int) -> Form {
        let issue = state.ledger.issues[index]
        let values = Dictionary(uniqueKeysWithValues: IssueField.all.map { ($0.id, $0.text(of: issue)) })
        let groups: [IssueField.Group] = issue.resolvedAt == nil ? [.issue] : [.issue, .resolution]
        return Form(
            purpose: .editIssue(index), title: "Edit " + describe(issue),
            fields: groups.flatMap { fields($0, values, category: issue.category, in: state.ledger) })
    }

    /// "issue #13 · Build failures (multi-stage) · payout-scheduler", for titles and questions.
    static func describe(_ issue: Issue) -> String {
        "issue #\(issue.id) · \(issue.category)" + (issue.project.map { " · " + $0 } ?? "")
    }

    /// What Enter makes of the log form, or the reasons by field.
    static func logged(_ form: Form, in ledger: Ledger) -> Result<LedgerEdit, FieldErrors<IssueField.ID>> {
        issueDraft(form).build(id: ledger.nextIssueID, in: ledger).map { .insertIssue($0, at: ledger.issues.count) }
    }

    /// What Enter makes of the resolve form for the issue at `index`.
    static func resolved(_ form: Form, issue index: Int, in ledger: Ledger) -> Result<
        LedgerEdit, FieldErrors<IssueField.ID>
    > {
        resolutionDraft(form).resolve(ledger.issues[index]).map { .replaceIssue($0, at: index) }
    }

    /// What Enter makes of the edit form for the issue at `index`.
    static func edited(_ form: Form, issue index: Int, in ledger: Ledger) -> Result<
        LedgerEdit, FieldErrors<IssueField.ID>
    > {
        let original = ledger.issues[index]
        let resolution = original.isOpen ? nil : resolutionDraft(form)
        return issueDraft(form).build(editing: original, resolution: resolution, in: ledger).map {
            .replaceIssue($0, at: index)
        }
    }

    /// One form line per field of the group; `category` picks the solutions suggested.
    private static func fields(
        _ group: IssueField.Group, _ values: [IssueField.ID: String], category: String, in ledger: Ledger
    ) -> [Form.Field] {
        IssueField.fields(in: group).map { field in
            let value = values[field.id] ?? ""
            let kind: Form.Field.Kind =
                switch field.kind {
                case .text: .text
                case .category: .combo(Form.Options(ledger.issueCategories))
                // "" first: Left/Right come back round to no project.
                case .project: .combo(Form.Options([""] + ledger.projects.map(\.name).sorted()))
                case .solution: .combo(Form.Options(ledger.solutions(forCategory: category)))
                // A resolution being recorded says yes or no; an old one that never said may stay unknown.
                case .outcome: .choice(value.isEmpty ? ["yes", "no", ""] : ["yes", "no"])
                }
            return Form.Field(.issue(field.id), field.label, kind, value: value)
        }
    }

    private static func issueDraft(_ form: Form) -> IssueDraft {
        IssueDraft(
            category: form[.issue(.category)], project: form[.issue(.project)], openedAt: form[.issue(.openedAt)],
            notes: form[.issue(.notes)])
    }

    private static func resolutionDraft(_ form: Form) -> ResolutionDraft {
        ResolutionDraft(
            solution: form[.issue(.solution)], successful: IssueField.outcome(form[.issue(.successful)]),
            resolvedAt: form[.issue(.resolvedAt)])
    }
}
