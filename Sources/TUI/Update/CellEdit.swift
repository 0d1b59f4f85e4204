import Model

/// `e` on the Inventory: the value under the column cursor edited in place, as a one-field form
/// drawn over its cell. Enter saves it through the same path as the full form (the whole project
/// is built from a draft and validated, then committed as one undoable edit); Esc cancels; a
/// wrong value keeps the field open with its reason in the status line, and nothing is saved.
enum CellEdit {
    static func start(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard let index = Update.editableProject(&s) else { return (s, []) }
        let column = InventoryColumns.cursor(s)
        let project = s.ledger.projects[index]
        guard let field = column.field else {
            s.message = "\(column.title) is computed from the project's facts: E edits the whole project"
            return (s, [])
        }
        if field.needsDocker && project.docker == nil {
            s.message = "\(project.name) does not use Docker: E opens the whole project, where it can be turned on"
            return (s, [])
        }
        let value = field.text(of: project)
        let form = Form(
            purpose: .editCell(project: index, column: column),
            title: "\(field.label) of \(project.name)",
            fields: [Form.Field(.project(field.id), field.label, ProjectForm.kind(field.kind), value: value)])
        s.mode = .form(form)
        return (s, [])
    }

    /// Enter: the project with the one field changed, if the whole project still validates.
    static func submit(_ form: Form, project index: Int, column: InventoryColumn, _ state: AppState) -> (
        AppState, [Effect]
    ) {
        var s = state
        guard s.ledger.projects.indices.contains(index), let field = column.field else {
            s.mode = .browse
            s.message = "that project is gone (the ledger changed): nothing saved"
            return (s, [])
        }
        let original = s.ledger.projects[index]
        var draft = ProjectDraft(editing: original)
        draft[field.id] = form[.project(field.id)]
        switch draft.build(in: s.ledger, replacing: index) {
        case .success(let project):
            s.mode = .browse
            if project == original {
                s.message = "\(field.label) unchanged: nothing saved"
                return (s, [])
            }
            return Update.commit(ProjectCascade.replace(index, with: project, in: s.ledger), s)
        case .failure(let errors):
            var wrong = form
            wrong.errors = errors.mapFields(Form.FieldID.project).byField
            s.mode = .form(wrong)
            let reason = errors[field.id] ?? errors.byField.values.sorted().first ?? "not valid"
            s.message = "✖ \(field.label): \(reason) (nothing saved; Esc cancels)"
            return (s, [])
        }
    }
}
