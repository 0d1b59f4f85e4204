import Model

/// The Issues, Quality and Log keys that open a form or a question. Nothing changes until the
/// form is submitted (Forms.submit) or the question answered (Forms.confirmed).
extension Update {
    static func issueAction(_ action: Action, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = refusal(s) { s.message = refusal; return (s, []) }
        switch action {
        case .logIssue:
            // On a Common Issues row, the form starts with that category.
            s.mode = .form(IssueForms.log(s, category: s.selectedCommonCategory))
        case .logOversizedIssue:
            guard let project = s.selectedOversizedProject else {
                s.message = "nothing to log: no image over 500 MB lacks an open issue"
                break
            }
            s.mode = .form(IssueForms.log(s, category: Issue.oversizedImageCategory, project: project))
        case .resolveIssue:
            guard let index = s.selectedIssue else { s.message = noIssueSelected; break }
            guard s.ledger.issues[index].isOpen else {
                s.message = "issue #\(s.ledger.issues[index].id) is already resolved (e edits its resolution)"
                break
            }
            s.mode = .form(IssueForms.resolve(s, issue: index))
        case .editIssue:
            guard let index = s.selectedIssue else { s.message = noIssueSelected; break }
            s.mode = .form(IssueForms.edit(s, issue: index))
        case .deleteIssue:
            guard let index = s.selectedIssue else { s.message = noIssueSelected; break }
            s.mode = .confirm(Confirmation("Delete \(IssueForms.describe(s.ledger.issues[index]))? (u undoes it)", .deleteIssue(index)))
        case .addLogEntry:
            s.mode = .form(LogEntryForm.make(s.selectedLogTable, s))
        default:
            break
        }
        return (s, [])
    }

    private static let noIssueSelected = "move the cursor onto an issue in the Issue Log first"
}
