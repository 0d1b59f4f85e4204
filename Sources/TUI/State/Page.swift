import Model

/// A page opened from a row with Enter. It keeps what it computed when opened (refreshed by
/// `AppState.refreshPages` after every change of the ledger), so drawing it costs nothing.
public enum Page: Equatable, Sendable {
    /// The projects behind a metric: failing, unknown, then those that meet it.
    case metric(MetricDrill)
    /// One team's scorecard: every metric on its projects only.
    case team(Team)
    /// The issues of one Common Issues category, newest first.
    case issues(category: String)
    /// The projects behind a table row that is not a metric (a bucket, a registry, ...).
    case rows(RowDrill)
    /// The Inventory's column chooser (`c`).
    case columns

    /// The keymap context of the page's own keys.
    var keyContext: KeyContext? {
        switch self {
        case .team: .scorecard
        case .columns: .columnChooser
        case .metric, .issues, .rows: nil
        }
    }

    func title(_ state: AppState) -> String {
        switch self {
        case .metric(let drill):
            let scope = drill.team.map { " in team \($0.title)" } ?? ""
            return "\(drill.id.definition.label)\(scope): the projects behind it"
        case .team(let team): return "Team \(team.title): every metric on its projects"
        case .issues(let category): return "Issues: \(category)"
        case .rows(let drill): return drill.title
        case .columns: return "Inventory columns"
        }
    }

    func document(_ state: AppState, width: Int) -> Document {
        switch self {
        case .metric(let drill): MetricDrillView.document(drill, state, width: width)
        case .team(let team):
            ScorecardView.document(
                state.data.team(team).report, state,
                trend: nil, width: width)
        case .issues(let category): IssuesTab.categoryDocument(category, state)
        case .rows(let drill): RowDrillView.document(drill, state)
        case .columns: ColumnChooserView.document(state, width: width)
        }
    }
}

/// What the metric page shows: the breakdown of one metric over the whole ledger or one team.
public struct MetricDrill: Equatable, Sendable {
    public let id: MetricID
    /// nil: the whole ledger.
    public let team: Team?
    /// The metric as computed over the same projects (value, target, status).
    public let metric: MetricResult
    /// nil when the metric is not counted over projects.
    public let breakdown: MetricBreakdown?
    /// The breakdown's project indices in the whole ledger (a team's ledger numbers its own).
    public let projects: [Int]

    init(_ id: MetricID, team: Team?, _ state: AppState) {
        self.id = id
        self.team = team
        let ledger = state.ledger
        if let team {
            let t = state.data.team(team)
            metric = t.report.metric(id)
            breakdown = MetricBreakdown.of(id, in: t.ledger, t.report)
            projects = t.projects
        } else {
            metric = state.report.metric(id)
            breakdown = MetricBreakdown.of(id, in: ledger, state.report)
            projects = Array(ledger.projects.indices)
        }
    }

    /// The whole ledger's index of a breakdown entry.
    func project(_ entry: MetricBreakdown.Entry) -> Int { projects[entry.project] }
}

extension AppState {
    /// Opens `mode` over what shows now; Esc comes back here.
    mutating func push(_ next: Mode) {
        switch mode {
        case .browse, .filter: backStack = []
        case .help, .detail, .page: backStack.append(mode)
        case .form, .confirm: return
        }
        mode = next
    }

    /// Esc: back to the overlay Enter was pressed on, or to the tab.
    mutating func goBack() {
        mode = backStack.popLast() ?? .browse
    }

    /// Leaves every overlay (switching tabs).
    mutating func closeAll() {
        mode = .browse
        backStack = []
    }

    /// Recomputes what open pages keep after the ledger changed.
    mutating func refreshPages() {
        func refreshed(_ m: Mode) -> Mode {
            switch m {
            case .page(.metric(let d), let scroll): return .page(.metric(MetricDrill(d.id, team: d.team, self)), scroll)
            case .page(.rows(let d), let scroll):
                // A base image update undone away: its page keeps what it showed.
                return RowDrill(d.ref, self).map { .page(.rows($0), scroll) } ?? m
            // These pages read the state each time they are drawn; the other modes keep no page.
            case .page(.team, _), .page(.issues, _), .page(.columns, _), .browse, .help, .detail, .filter, .form,
                .confirm:
                return m
            }
        }
        mode = refreshed(mode)
        backStack = backStack.map(refreshed)
    }
}
