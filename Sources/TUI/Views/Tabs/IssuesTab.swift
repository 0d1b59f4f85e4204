import Model

/// 6 Issues: the issue log (newest first), common issues and resolution patterns.
enum IssuesTab {
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

    static func log(_ data: LedgerData) -> Table {
        let order = data.issuesNewestFirst
        let issues = data.ledger.issues
        return Table("Issue Log (newest first)",
                     [.number("#", width: 3), Column("Opened", width: 10, minimum: -1), Column("Issue", width: 28, minimum: 28),
                      Column("Project", width: 18, minimum: 14, dropOrder: 1), Column("Resolved", width: 10, minimum: -1),
                      Column("Solution", width: 40, minimum: 16, dropOrder: 2), Column("Worked", width: 6, minimum: -1, dropOrder: 3)],
                     count: order.count, empty: "no issues logged") { i in
            let issue = issues[order[i]]
            return [Cell(String(issue.id), .dim), Cell(String(issue.openedAt.prefix(10))), Cell(issue.category),
                    Cells.text(issue.project),
                    issue.resolvedAt.map { Cell(String($0.prefix(10))) } ?? Cell("○ open", .statusBehind),
                    Cells.text(issue.solution),
                    issue.successful.map { $0 ? Cell("yes", .statusMet) : Cell("no", .statusBehind) } ?? Cell("-", .dim)]
        }
    }

    static func common(_ r: LedgerReport) -> Table {
        Table("Common Issues", [Column("Issue", minimum: 14), .number("Frequency"), .number("Open"), .number("Avg resolution"),
                                Column("Status", minimum: -1)],
              rows: r.commonIssues.map { row in
                  [Cell(row.category), Cells.count(row.frequency), Cells.count(row.open),
                   Cells.number(row.averageResolutionHours, suffix: " h"), status(row)]
              })
    }

    static func status(_ row: CommonIssueRow) -> Cell {
        switch row.status {
        case "open": Cell("○ open", .statusBehind)
        case "resolved": Cell("● resolved", .statusMet)
        default: Cell("· none", .statusNoData)
        }
    }

    static func patterns(_ r: LedgerReport) -> Table {
        Table("Resolution Patterns (top 5 solutions)",
              [Column("Issue", minimum: 12), Column("Solution", minimum: 16), .number("Uses"), .number("Success rate")],
              rows: r.resolutionPatterns.map { p in
                  [Cell(p.category), Cell(p.solution), Cells.count(p.uses), Cells.share(p.successRate)]
              }, empty: "no resolved issues yet")
    }
}
