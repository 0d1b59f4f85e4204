import Model

/// Enter on a row opens what it stands for, over what shows now (Esc comes back): a metric's
/// projects, a project's detail, a team's scorecard, a category's issues, an issue's project.
enum Navigation {
    static func open(_ state: AppState) -> AppState {
        var s = state
        let document = Pages.document(s)
        guard let ref = document.ref(ofRow: Pages.scroll(s).cursor) else {
            s.message = "nothing to open on this row"
            return s
        }
        switch ref {
        case .metric(let id), .trendMetric(let id):
            s.push(.page(.metric(MetricDrill(id, team: currentTeam(s), s)), ScrollState()))
        case .project(let index), .oversizedImage(let index):
            s.push(.detail(project: index, ScrollState()))
        case .issue(let index):
            let issue = s.ledger.issues[index]
            guard let name = issue.project, let project = s.ledger.projectIndex(named: name) else {
                s.message = "issue #\(issue.id) names no project of the ledger"
                return s
            }
            s.push(.detail(project: project, ScrollState()))
        case .commonCategory(let category), .resolutionPattern(let category, _):
            s.push(.page(.issues(category: category), ScrollState()))
        case .team(let team):
            s.push(.page(.team(team), ScrollState()))
        case .level(let level):
            s.push(
                .page(
                    .metric(MetricDrill(MetricID.levels[max(0, min(3, level - 1))], team: currentTeam(s), s)),
                    ScrollState()))
        case .severity(let severity):
            // A targeted severity is a metric: its drill-down grades each project's own count.
            if let id = severity.metric {
                s.push(.page(.metric(MetricDrill(id, team: currentTeam(s), s)), ScrollState()))
            } else {
                s = openRows(ref, s)
            }
        case .logEntry, .conflict, .imageSizeBucket, .buildTimeBucket, .registry:
            s = openRows(ref, s)
        }
        return s
    }

    /// The projects behind a table row, or why there are none.
    private static func openRows(_ ref: RowRef, _ state: AppState) -> AppState {
        var s = state
        if let drill = RowDrill(ref, s) {
            s.push(.page(.rows(drill), ScrollState()))
        } else {
            s.message = RowDrill.nothingBehind(ref, s)
        }
        return s
    }

    /// The team whose scorecard shows, so a metric opened there lists that team's projects.
    static func currentTeam(_ state: AppState) -> Team? {
        if case .page(.team(let team), _) = state.mode { return team }
        return nil
    }
}
