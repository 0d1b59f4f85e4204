import Model

/// The Issues, Quality and Log keys that open a form or a question. Nothing changes until the
/// form is submitted (Forms.submit) or the question answered (Forms.confirmed).
extension Update {
    static func issueAction(_ action: Action, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = refusal(s) { s.message = refusal; return (s, []) }
        switch action {
        case .logOversizedIssue:
            guard let project = s.selectedOversizedProject else {
                s.message = "nothing to log: no image over 500 MB lacks an open issue"
                break
            }
            s.mode = .form(IssueForms.log(s, category: Issue.oversizedImageCategory, project: project))
        case .addLogEntry:
            s.mode = .form(LogEntryForm.make(s.selectedLogTable, s))
        default:
            break
        }
        return (s, [])
    }
}
