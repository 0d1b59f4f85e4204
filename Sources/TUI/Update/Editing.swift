import Model

/// Committing edits: every change goes through here, so each one is undoable, recomputes the
/// report once and is saved at once.
extension Update {
    static func commit(_ edit: LedgerEdit, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard let refusal = refusal(s) else {
            var ledger = s.ledger
            s.unsaved.record(edit, madeOn: ledger)
            let summary = s.history.perform(edit, on: &ledger)
            var (after, effects) = saved(ledger, summary, s, by: edit, follow: edit.projectName)
            after.follow(edit)
            return (after, effects)
        }
        s.message = refusal
        return (s, [])
    }

    static func undo(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = refusal(s) {
            s.message = refusal
            return (s, [])
        }
        var ledger = s.ledger
        let edit = s.history.nextUndo
        if let edit { s.unsaved.record(edit, madeOn: ledger) }
        guard let summary = s.history.undo(on: &ledger) else {
            s.message = "nothing to undo"
            return (s, [])
        }
        return saved(ledger, "undid: " + summary, s, by: edit)
    }

    static func redo(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = refusal(s) {
            s.message = refusal
            return (s, [])
        }
        var ledger = s.ledger
        let edit = s.history.nextRedo
        if let edit { s.unsaved.record(edit, madeOn: ledger) }
        guard let summary = s.history.redo(on: &ledger) else {
            s.message = "nothing to redo"
            return (s, [])
        }
        return saved(ledger, "redid: " + summary, s, by: edit)
    }

    /// Why an edit cannot be made now, or nil when it can.
    static func refusal(_ s: AppState) -> String? {
        switch s.saveState {
        // The reason is already in the status bar; saying it twice cut both short.
        case .readOnly: "this dashboard is read-only: nothing can be edited here"
        case .conflict: "the file changed on disk: Ctrl-L offers to reload (re-applying your edit or not) or overwrite"
        case .unchanged, .saving, .saved, .failed: nil
        }
    }

    /// The selected project an editing key acts on, or nil with the reason in the status line
    /// (the dashboard cannot edit now, or no project is selected).
    static func editableProject(_ s: inout AppState) -> Int? {
        if let refusal = refusal(s) {
            s.message = refusal
            return nil
        }
        guard let index = s.selectedProject else {
            s.message = "no project selected"
            return nil
        }
        return index
    }

    /// Installs the edited ledger and asks for it to be saved. The Inventory cursor follows
    /// `follow` (the added or edited project), else stays on the project it was on. `edit`
    /// made `ledger` from the one shown (an edit of one project updates only what it changes).
    static func saved(
        _ ledger: Ledger, _ summary: String, _ state: AppState, by edit: LedgerEdit?, follow: String? = nil
    ) -> (AppState, [Effect]) {
        var s = state
        let selected = follow ?? s.selectedProjectName
        // Where that project most likely is now: an edit in place leaves every project where it
        // was, an add puts it where it inserts it.
        let added = edit?.projectCountChange.flatMap { $0.kind == .inserted ? [$0.index] : nil } ?? []
        let likely = (edit?.inPlaceChange?.projects ?? []) + added + (s.selectedProject.map { [$0] } ?? [])
        let row = s.scrollState(.inventory).cursor
        s.replaceLedger(ledger, asOf: s.now, by: edit)
        s.keepCursorsInRange()
        if !s.reselect(projectNamed: selected, lookingFirstAt: likely) {
            // The project is gone (deleted): stay on the same row, now the next project.
            s.scroll[.inventory] = ScrollState(
                cursor: max(0, min(row, s.inventory.order.count - 1)), top: s.scrollState(.inventory).top)
        }
        s.saveState = .saving
        s.message = summary
        return (s, [.save(ledger)])
    }

    /// The outcome of a background save, or of a reload, reported by the run loop.
    static func storage(_ event: StorageEvent, _ state: AppState) -> AppState {
        var s = state
        switch event {
        case .saved(let at, let through):
            s.unsaved.saved(through: through)
            // A save that held only the first edits: the rest is still being written.
            if s.unsaved.edits.isEmpty { s.saveState = .saved(at: at) }
        case .saveFailed(let reason):
            s.saveState = .failed(reason)
            s.message = "not saved: \(reason)"
        case .changedOnDisk:
            s.saveState = .conflict
            s.mode = .confirm(changedOnDiskQuestion(s))
        case .reloaded(let ledger), .followed(let ledger), .reloadedToReapply(let ledger):
            let selected = s.selectedProjectName
            s.replaceLedger(ledger, asOf: s.now)
            s.keepCursorsInRange()
            s.reselect(projectNamed: selected)
            // Undo steps name places in the old version of the file.
            s.history = EditHistory()
            s.unsaved.clear()
            if s.saveState.isWritable { s.saveState = .unchanged }
            if case .followed = event {
                s.message = "\(s.fileName) changed on disk: reloaded"
            } else {
                s.message = "reloaded \(s.fileName) from disk"
            }
        case .reloadFailed(let reason):
            s.message = "reload failed: \(reason)"
        }
        return s
    }
}

/// What the run loop reports back from the disk.
public enum StorageEvent: Equatable, Sendable {
    /// A save was written; it held the edits up to sequence number `through`
    /// (`UnsavedEdits.recorded` when it was asked for; saves coalesce, so not always the last).
    case saved(at: String, through: Int = .max)
    case saveFailed(String)
    case changedOnDisk
    case reloaded(Ledger)
    /// Read again to replay the unsaved edits on it ("reload and re-apply my edit").
    case reloadedToReapply(Ledger)
    /// Another program saved the file and the dashboard reloaded it on its own.
    case followed(Ledger)
    case reloadFailed(String)

    var isFailure: Bool {
        switch self {
        case .saveFailed, .changedOnDisk: true
        case .saved, .reloaded, .reloadedToReapply, .followed, .reloadFailed: false
        }
    }
}

extension AppState {
    /// The name of the project under the Inventory cursor, to find it again after an edit.
    var selectedProjectName: String? {
        selectedProject.map { ledger.projects[$0].name }
    }

    /// Puts the Inventory cursor on the named project, wherever sorting and filtering put it.
    /// `likely`: indexes to try before looking through every project's name.
    @discardableResult
    mutating func reselect(projectNamed name: String?, lookingFirstAt likely: [Int] = []) -> Bool {
        guard let name else { return false }
        let projects = ledger.projects
        guard
            let index = likely.first(where: { projects.indices.contains($0) && projects[$0].name == name })
                ?? ledger.projectIndex(named: name),
            let row = inventory.order.firstIndex(of: index)
        else { return false }
        var scroll = scrollState(.inventory)
        scroll.cursor = row
        let document = Tab.inventory.component.document(self, width: Pages.width(self))
        self.scroll[.inventory] = Scrolling.reveal(scroll, in: document, height: max(1, bodyHeight))
        return true
    }
}

extension LedgerEdit {
    /// The project an edit adds or changes, for the cursor to follow.
    var projectName: String? {
        switch self {
        case .insertProject(let p, _), .replaceProject(let p, _): p.name
        case .batch(let edits, _): edits.lazy.compactMap(\.projectName).first
        case .removeProject, .insertIssue, .removeIssue, .replaceIssue, .insertTemplateUpdate, .removeTemplateUpdate,
            .insertBaseImageUpdate, .removeBaseImageUpdate, .insertVersion, .removeVersion, .insertChangelog,
            .removeChangelog, .settleConflict, .reopenConflict:
            nil
        }
    }
}

extension Update {
    /// `E` in a project's detail (wherever it was opened from): the full form for that project.
    static func editShownProject(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard case .detail(let index, _) = s.mode, s.ledger.projects.indices.contains(index) else {
            s.message = "E edits the project whose detail is open"
            return (s, [])
        }
        if let refusal = Update.refusal(s) {
            s.message = refusal
            return (s, [])
        }
        s.mode = .form(ProjectForm.make(editing: index, draft: ProjectDraft(editing: s.ledger.projects[index])))
        return (s, [])
    }
}
