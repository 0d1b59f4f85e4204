import Model

/// The answer to a y/n question (`Mode.confirm`). What y does for a tab's question is the tab's
/// own (its component's `deleteConfirmed`); the others are the run loop's.
extension Update {
    static func answeredYes(_ state: AppState) -> (AppState, [Effect]) {
        guard case .confirm(let question) = state.mode else { return (state, []) }
        var s = state
        s.mode = .browse
        switch question.action {
        case .deleteProject(let index):
            return InventoryTab.deleteConfirmed(index, s)
        case .deleteIssue(let index):
            return IssuesTab.deleteConfirmed(index, s)
        case .reload:
            return (s, [.reload])
        case .changedOnDisk:
            return (s, [.reloadToReapply])
        case .overwrite:
            s.saveState = .saving
            s.message = "overwriting \(s.fileName) with your version"
            return (s, [.overwrite(s.ledger)])
        case .quitUnsaved:
            return (s, [.quit])
        case .discardForm:
            s.message = "discarded: nothing saved"
            return (s, [])
        }
    }

    /// k: the second choice of a question that has one; elsewhere it does nothing.
    static func answeredKeep(_ state: AppState) -> (AppState, [Effect]) {
        guard case .confirm(let question) = state.mode, case .deleteProject(let index) = question.action else {
            return (state, [])
        }
        var s = state
        s.mode = .browse
        return InventoryTab.deleteConfirmed(index, keepIssues: true, s)
    }

    /// Ctrl-L / F5: read the file again; asks first when a change is not on disk.
    static func reloadAsked(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if s.hasNothingUnsaved { return (s, [.reload]) }
        if s.saveState == .conflict {
            s.mode = .confirm(changedOnDiskQuestion(s))
            return (s, [])
        }
        s.mode = .confirm(
            Confirmation("Reload \(s.fileName) from disk? Your change that is not saved is dropped", .reload))
        return (s, [])
    }

    static func answeredNo(_ state: AppState) -> AppState {
        var s = state
        if case .confirm(let c) = s.mode, case .discardForm(let form) = c.action {
            s.mode = .form(form)
            s.message = "still editing: Enter saves"
            return s
        }
        if case .confirm(let c) = s.mode, c.action == .reload {
            s.message = "not reloaded: your change is not saved; Ctrl-L reloads (dropping it), q quits"
        } else if case .confirm(let c) = s.mode, c.action == .changedOnDisk || c.action == .overwrite {
            s.message = "not saved: \(s.fileName) changed on disk; Ctrl-L asks again"
        } else {
            s.message = "cancelled"
        }
        s.mode = .browse
        return s
    }
}

extension AppState {
    /// Whether `action` answers the question on screen: y and n always; k only when the project
    /// to delete has issues; d and o only when the file changed on disk. The hint line offers
    /// these keys and no other.
    func questionAccepts(_ action: Action) -> Bool {
        guard case .confirm(let question) = mode else { return true }
        if action == .confirmKeep {
            guard case .deleteProject(let index) = question.action, index < ledger.projects.count else { return false }
            return ProjectCascade.issueCount(of: ledger.projects[index].name, in: ledger) != nil
        }
        if action == .confirmDrop || action == .confirmOverwrite { return question.action == .changedOnDisk }
        return true
    }

    /// The keys after the question, unless its words already name each one.
    var questionKeys: String {
        guard case .confirm(let question) = mode else { return "" }
        if question.action == .changedOnDisk || questionAccepts(.confirmKeep) { return "" }
        return "  (y/n)"
    }
}
