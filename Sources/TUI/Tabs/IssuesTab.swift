import Model

/// 6 Issues: the issue log (newest first), common issues and resolution patterns. Its keys:
/// `n` logs an issue (on a Common Issues row, of that category), `r` resolves, `e` edits and
/// `d` deletes the issue under the cursor (y commits the delete, u undoes it).
enum IssuesTab: TabComponent {
    static let title = "Issues"
    static let keyContext: KeyContext? = .issues

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        return Document([
            .table(log(state.data)),
            .gap,
            .table(common(r)),
            .gap,
            .table(patterns(r)),
        ])
    }

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? {
        guard case .issues(let action) = action else { return nil }
        return perform(action, state)
    }

    /// The keys open a form or a question; nothing changes until it is submitted
    /// (`Forms.submit`) or answered (`deleteConfirmed`).
    static func perform(_ action: IssuesAction, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = Update.refusal(s) {
            s.message = refusal
            return (s, [])
        }
        switch action {
        case .log:
            s.mode = .form(IssueForms.log(s, category: s.selectedCommonCategory))
        case .resolve:
            guard let index = s.selectedIssue else {
                s.message = noIssueSelected
                break
            }
            guard s.ledger.issues[index].isOpen else {
                s.message = "issue #\(s.ledger.issues[index].id) is already resolved (e edits its resolution)"
                break
            }
            s.mode = .form(IssueForms.resolve(s, issue: index))
        case .edit:
            guard let index = s.selectedIssue else {
                s.message = noIssueSelected
                break
            }
            s.mode = .form(IssueForms.edit(s, issue: index))
        case .delete:
            guard let index = s.selectedIssue else {
                s.message = noIssueSelected
                break
            }
            s.mode = .confirm(
                Confirmation(
                    "Delete \(IssueForms.describe(s.ledger.issues[index]))? (u undoes it)", .deleteIssue(index)))
        }
        return (s, [])
    }

    /// y to `d`'s question.
    static func deleteConfirmed(_ index: Int, _ state: AppState) -> (AppState, [Effect]) {
        Update.commit(.removeIssue(at: index), state)
    }

    private static let noIssueSelected = "move the cursor onto an issue in the Issue Log first"

    /// The issues of one category (Enter on a Common Issues row); Enter on one opens its project.
    static func categoryDocument(_ category: String, _ state: AppState) -> Document {
        Document([.table(log(state.data, only: category))])
    }

    /// The issue log, newest first; with `category`, only that category's issues.
    static func log(_ data: LedgerData, only category: String? = nil) -> Table {
        let issues = data.ledger.issues
        let order =
            category.map { c in data.issuesNewestFirst.filter { issues[$0].category == c } } ?? data.issuesNewestFirst
        let asOf = data.report.asOf
        // As wide as the longest id: a fixed 3 cut #9999 to "99…" in a long-kept log.
        let idWidth = String(issues.lazy.map(\.id).max() ?? 0).count
        return Table(
            category == nil
                ? "Issue Log (newest first)" : "\(order.count) issue\(order.count == 1 ? "" : "s") (newest first)",
            [
                .number("#", width: max(idWidth, 3)), Column("Opened", width: 10, minimum: -1),
                Column("Issue", width: 28, minimum: 28),
                Column("Project", minimum: 12, dropOrder: 2), .number("Time"),
                Column("Solution", minimum: 12, dropOrder: 3), Column("Outcome", width: 8, minimum: -1),
            ],
            count: order.count, empty: "no issues logged (n logs one)", ref: { .issue(order[$0]) }
        ) { i in
            let issue = issues[order[i]]
            return [
                Cell(String(issue.id), .dim), Cell(String(issue.openedAt.prefix(10))), Cell(issue.category),
                Cells.text(issue.project), duration(issue, asOf: asOf), Cells.text(issue.solution), outcome(issue),
            ]
        }
    }

    /// How long it took to resolve, or for an open issue how long it has been open so far.
    static func duration(_ issue: Issue, asOf: Double) -> Cell {
        let hours = issue.resolutionHours ?? issue.openHours(asOf: asOf)
        return hours.map { Cell(self.hours($0), issue.isOpen ? .statusBehind : .normal) } ?? Cell("-", .dim)
    }

    /// Always hours, as the Common Issues average beside it: one unit per column, so an issue
    /// and its category's average compare at a glance.
    static func hours(_ h: Double) -> String { MetricFormat.number(h) + " h" }

    /// Open, or whether the solution worked.
    static func outcome(_ issue: Issue) -> Cell {
        if issue.isOpen { return Cell("○ open", .statusBehind) }
        guard let successful = issue.successful else { return Cell("-", .dim) }
        return successful ? Cell("● worked", .statusMet) : Cell("○ failed", .statusBehind)
    }

    static func common(_ r: LedgerReport) -> Table {
        let rows = r.commonIssues
        return Table(
            "Common Issues",
            [
                Column("Issue", minimum: 14), .number("Frequency"), .number("Open"), .number("Avg resolution"),
                Column("Status", minimum: -1),
            ],
            rows: rows.map { row in
                [
                    Cell(row.category), Cells.count(row.frequency), Cells.count(row.open),
                    Cells.number(row.averageResolutionHours, suffix: " h"), status(row),
                ]
            }, ref: { .commonCategory(rows[$0].category) })
    }

    static func status(_ row: CommonIssueRow) -> Cell {
        switch row.status {
        case .open: Cell("○ open", .statusBehind)
        case .resolved: Cell("● resolved", .statusMet)
        case .neverSeen: Cell("· none", .statusNoData)
        }
    }

    static func patterns(_ r: LedgerReport) -> Table {
        let rows = r.resolutionPatterns
        return Table(
            "Resolution Patterns (top 5 solutions)",
            [Column("Issue", minimum: 12), Column("Solution", minimum: 16), .number("Uses"), .number("Success rate")],
            rows: rows.map { p in
                [Cell(p.category), Cell(p.solution), Cells.count(p.uses), Cells.share(p.successRate)]
            }, empty: "no resolved issues yet",
            ref: { .resolutionPattern(category: rows[$0].category, solution: rows[$0].solution) })
    }
}

/// The Issues tab's own keys (bound in the keymap's `.issues` context).
public enum IssuesAction: Equatable, Sendable {
    case log, resolve, edit, delete
}

extension AppState {
    /// The issue under the Issues cursor (an index into the ledger's issues), when it is in the log.
    var selectedIssue: Int? {
        if case .issue(let index) = selectedRef(on: .issues) { return index }
        return nil
    }

    /// The category under the Issues cursor when it is on a Common Issues row.
    var selectedCommonCategory: String? {
        if case .commonCategory(let category) = selectedRef(on: .issues) { return category }
        return nil
    }
}
