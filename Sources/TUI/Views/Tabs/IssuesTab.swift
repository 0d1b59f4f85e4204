import Model

/// 6 Issues: the issue log (newest first), common issues and resolution patterns.
enum IssuesTab {
    static let logTitle = "Issue Log (newest first)"
    static let commonTitle = "Common Issues"

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
        let asOf = data.report.asOf
        return Table(logTitle,
                     [.number("#", width: 3), Column("Opened", width: 10, minimum: -1), Column("Issue", width: 28, minimum: 28),
                      Column("Project", width: 18, minimum: 12, dropOrder: 2), .number("Time"),
                      Column("Solution", width: 40, minimum: 12, dropOrder: 3), Column("Outcome", width: 8, minimum: -1)],
                     count: order.count, empty: "no issues logged (n logs one)") { i in
            let issue = issues[order[i]]
            return [Cell(String(issue.id), .dim), Cell(String(issue.openedAt.prefix(10))), Cell(issue.category),
                    Cells.text(issue.project), duration(issue, asOf: asOf), Cells.text(issue.solution), outcome(issue)]
        }
    }

    /// How long it took to resolve, or for an open issue how long it has been open so far.
    static func duration(_ issue: Issue, asOf: Double) -> Cell {
        let hours = issue.resolutionHours ?? issue.openHours(asOf: asOf)
        return hours.map { Cell(self.hours($0), issue.isOpen ? .statusBehind : .normal) } ?? Cell("-", .dim)
    }

    /// Hours as the Common Issues table writes them, in days once past two days.
    static func hours(_ h: Double) -> String {
        h < 48 ? MetricFormat.number(h) + " h" : MetricFormat.number(h / 24) + " d"
    }

    /// Open, or whether the solution worked.
    static func outcome(_ issue: Issue) -> Cell {
        if issue.isOpen { return Cell("○ open", .statusBehind) }
        guard let successful = issue.successful else { return Cell("-", .dim) }
        return successful ? Cell("● worked", .statusMet) : Cell("○ failed", .statusBehind)
    }

    static func common(_ r: LedgerReport) -> Table {
        Table(commonTitle, [Column("Issue", minimum: 14), .number("Frequency"), .number("Open"), .number("Avg resolution"),
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
