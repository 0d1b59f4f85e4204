import Model

/// `R` on a project with a `repository`: its facts are read again in the background and written
/// as one undoable edit, with the status bar saying what changed. Manual values are kept.
enum Rescan {
    static func start(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard let index = Update.editableProject(&s) else { return (s, []) }
        let project = s.ledger.projects[index]
        guard let folder = project.repository else {
            s.message = "\(project.name) has no repository: scan it once with `dockledger scan PATH`"
            return (s, [])
        }
        s.message = "rescanning \(project.name) in \(folder)…"
        return (s, [.rescan(project: project.name, folder: folder)])
    }

    static func finish(project name: String, _ facts: RepositoryFacts, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard let index = s.ledger.projectIndex(named: name) else {
            s.message = "\(name) is gone; rescan dropped"
            return (s, [])
        }
        var project = s.ledger.projects[index]
        let outcome = FactApplier.apply(
            facts.facts, to: &project, origin: .scan, day: ISODate.day(fromSeconds: s.now), overwriteManual: false)
        var parts = outcome.changes.map { "\($0.field.label) \($0.old?.description ?? "unknown") → \($0.new)" }
        parts += outcome.kept.map(\.description)
        let summary = "rescanned \(name): " + (parts.isEmpty ? "no changes" : parts.joined(separator: "; "))
        guard project != s.ledger.projects[index] else {
            s.message = summary
            return (s, [])
        }
        var (after, effects) = Update.commit(.replaceProject(project, at: index), s)
        if after.message != nil, Update.refusal(s) == nil { after.message = summary }
        return (after, effects)
    }
}
