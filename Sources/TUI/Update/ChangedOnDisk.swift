import Model

/// Another program wrote the file before a save: three ways out, never a dead end. y reloads and
/// re-applies the unsaved edits, d reloads and drops them, o overwrites the file after a second yes.
extension Update {
    static func changedOnDiskQuestion(_ s: AppState) -> Confirmation {
        Confirmation(
            "Changed on disk: y reload, re-apply my edit · d reload, drop it · o overwrite · n later",
            .changedOnDisk)
    }

    /// d: reload and drop, asked only by the changed-on-disk question.
    static func answeredDrop(_ state: AppState) -> (AppState, [Effect]) {
        guard case .confirm(let question) = state.mode, question.action == .changedOnDisk else { return (state, []) }
        var s = state
        s.mode = .browse
        return (s, [.reload])
    }

    /// o: keep mine and overwrite; asks a second time, since the other program's write is lost.
    static func answeredOverwrite(_ state: AppState) -> AppState {
        guard case .confirm(let question) = state.mode, question.action == .changedOnDisk else { return state }
        var s = state
        s.mode = .confirm(
            Confirmation(
                "Overwrite \(s.fileName)? What the other program wrote is lost", .overwrite))
        return s
    }

    /// The file as read again: the unsaved edits replayed on it and saved, or, where one no
    /// longer fits, the file as it is and the reason.
    static func reapply(on fromDisk: Ledger, _ state: AppState) -> (AppState, [Effect]) {
        let edits = state.unsaved.edits
        let base = state.unsaved.base ?? state.ledger
        var s = storage(.reloaded(fromDisk), state)
        guard !edits.isEmpty else { return (s, []) }
        switch Reapply.replay(edits, madeOn: base, onto: fromDisk) {
        case .success:
            var ledger = fromDisk
            for edit in edits {
                s.unsaved.record(edit, madeOn: ledger)
                s.history.perform(edit, on: &ledger)
            }
            let count = edits.count == 1 ? "your edit" : "your \(edits.count) edits"
            return saved(ledger, "reloaded \(s.fileName) and re-applied \(count)", s, by: nil)
        case .failure(let refusal):
            s.message = "reloaded \(s.fileName) without your edit: \(refusal.description)"
            return (s, [])
        }
    }
}
