import Model

/// Refreshing and submitting forms; each kind of form builds its edit through a Model draft.
enum Forms {
    /// Keeps a form consistent after each key (e.g. Docker fields follow "Uses Docker", a log
    /// entry's fields follow the table chosen).
    static func refreshed(_ form: Form, _ state: AppState) -> Form {
        var f = form
        switch f.purpose {
        case .addProject, .editProject: ProjectForm.refresh(&f)
        case .addLogEntry: f = LogEntryForm.refreshed(f, state)
        case .logIssue, .editIssue, .resolveIssue, .editCell: break
        }
        return f
    }

    /// Enter: build the thing the form describes; on success commit it, else show the reasons.
    static func submit(_ state: AppState) -> (AppState, [Effect]) {
        guard case .form(var form) = state.mode else { return (state, []) }
        var s = state
        let result: Result<LedgerEdit, FieldErrors<Form.FieldID>>
        switch form.purpose {
        case .addProject:
            result = ProjectForm.draft(form, original: Project(name: "")).build(in: s.ledger, replacing: nil)
                .map { .insertProject($0, at: s.ledger.projects.count) }.mapError { $0.mapFields(Form.FieldID.project) }
        case .editProject(let index):
            result = ProjectForm.draft(form, original: s.ledger.projects[index]).build(in: s.ledger, replacing: index)
                .map { ProjectCascade.replace(index, with: $0, in: s.ledger) }
                .mapError { $0.mapFields(Form.FieldID.project) }
        case .logIssue:
            result = IssueForms.logged(form, in: s.ledger).mapError { $0.mapFields(Form.FieldID.issue) }
        case .resolveIssue(let index):
            guard s.ledger.issues.indices.contains(index) else { return gone(s) }
            result = IssueForms.resolved(form, issue: index, in: s.ledger).mapError { $0.mapFields(Form.FieldID.issue) }
        case .editIssue(let index):
            guard s.ledger.issues.indices.contains(index) else { return gone(s) }
            result = IssueForms.edited(form, issue: index, in: s.ledger).mapError { $0.mapFields(Form.FieldID.issue) }
        case .addLogEntry(let table):
            result = LogEntryForm.submit(form, to: table, in: s.ledger).mapError { $0.mapFields(Form.FieldID.log) }
        case .editCell(let project, let column):
            return CellEdit.submit(form, project: project, column: column, s)
        }
        switch result {
        case .success(let edit) where edit.changesNothing(in: s.ledger):
            // Enter on a form left as it was: no edit to undo, no save, and no "changed" claim.
            s.mode = .browse
            s.message = "nothing changed"
            return (s, [])
        case .success(let edit):
            s.mode = .browse
            return Update.commit(edit, s)
        case .failure(let errors):
            form.errors = errors.byField
            if let first = form.fields.firstIndex(where: { errors[$0.id] != nil }) { form.focus = first }
            s.message =
                "\(errors.byField.count) field\(errors.byField.count == 1 ? " is" : "s are") wrong: nothing saved yet"
            s.mode = .form(form)
            return (s, [])
        }
    }

    /// The issue a form was about is no longer there (the file was reloaded meanwhile).
    private static func gone(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        s.mode = .browse
        s.message = "that issue is gone (the ledger changed): nothing saved"
        return (s, [])
    }
}

extension LedgerEdit {
    /// Whether the edit puts back exactly what is there (a form saved without a change).
    func changesNothing(in ledger: Ledger) -> Bool {
        switch self {
        case .replaceProject(let p, let i): ledger.projects.indices.contains(i) && ledger.projects[i] == p
        case .replaceIssue(let issue, let i): ledger.issues.indices.contains(i) && ledger.issues[i] == issue
        case .batch(let edits, _): edits.allSatisfy { $0.changesNothing(in: ledger) }
        case .insertProject, .removeProject, .insertIssue, .removeIssue, .insertTemplateUpdate, .removeTemplateUpdate,
            .insertBaseImageUpdate, .removeBaseImageUpdate, .insertVersion, .removeVersion, .insertChangelog,
            .removeChangelog, .settleConflict, .reopenConflict:
            false
        }
    }
}
