import Model

/// The add/edit project form: one line per entry of Model's field table, grouped as the file
/// format groups them, so the form always covers every field.
enum ProjectForm {
    /// The add form (`editing` nil) or the edit form of the project at index `editing`.
    static func make(editing index: Int?, draft: ProjectDraft) -> Form {
        var lastGroup: ProjectField.Group?
        let fields = ProjectField.all.map { field -> Form.Field in
            let heading = field.group == lastGroup ? nil : field.group.rawValue
            lastGroup = field.group
            return Form.Field(
                .project(field.id), field.label, kind(field.kind), value: draft[field.id], heading: heading)
        }
        var form = Form(
            purpose: index.map(FormPurpose.editProject) ?? .addProject,
            title: index == nil ? "Add a project" : "Edit project " + draft.original.name, fields: fields)
        refresh(&form)
        return form
    }

    static func kind(_ kind: ProjectField.Kind) -> Form.Field.Kind {
        switch kind {
        case .choice(let options): .choice(options)
        // Flags cycle yes → no → unknown (empty).
        case .flag: .choice(["yes", "no", ""])
        case .text, .requiredText, .day, .number, .wholeNumber, .rate, .list: .text
        }
    }

    /// Docker fields only apply while "Uses Docker" is yes.
    static func refresh(_ form: inout Form) {
        let usesDocker = form[.project(.usesDocker)] == "yes"
        for i in form.fields.indices {
            guard case .project(let id) = form.fields[i].id, ProjectField[id].needsDocker else { continue }
            form.fields[i].disabled = !usesDocker
        }
    }

    /// The draft the form's text describes, on top of the project being edited.
    static func draft(_ form: Form, original: Project) -> ProjectDraft {
        var draft = ProjectDraft(editing: original)
        for case (.project(let id), let value) in form.values { draft[id] = value }
        return draft
    }
}
