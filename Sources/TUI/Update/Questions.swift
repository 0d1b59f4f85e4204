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
        case .quitUnsaved:
            return (s, [.quit])
        }
    }

    static func answeredNo(_ state: AppState) -> AppState {
        var s = state
        if case .confirm(let c) = s.mode, c.action == .reload {
            s.message = "not reloaded: edits stay in memory and are not saved until you reload"
        } else {
            s.message = "cancelled"
        }
        s.mode = .browse
        return s
    }
}
