import Model
import Testing

@testable import TUI

/// Enter on a metric, a team, a category or an issue opens what it stands for; Esc goes back.
@Suite struct DrillDownTests {
    static let sizes = [Size(columns: 80, rows: 24), Size(columns: 160, rows: 48)]

    func text(_ state: AppState) -> String { Fixtures.screen(state).lines.joined(separator: "\n") }

    @Test(arguments: sizes)
    func coverageToTheProjectsFailingNonRootInTwoKeys(size: Size) {
        let start = Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows)
        let drill = Fixtures.press(.char("n"), .enter, on: start)
        guard case .page(.metric(let d), _) = drill.mode else {
            Issue.record("no metric page: \(drill.mode)")
            return
        }
        #expect(d.id == .coverageNonRoot)
        let screen = Fixtures.screen(drill)
        #expect(screen.line(2).hasPrefix(" Non-root execution: the projects behind it"))
        #expect(screen.line(3).contains("2 failing · 1 unknown · 21 meet it"))
        #expect(screen.line(7).hasPrefix(" feature-store "))
        #expect(screen.line(7).contains("○ behind"))
        #expect(screen.line(8).hasPrefix(" legacy-billing "))
        #expect(screen.line(9).hasPrefix(" ml-notebooks "))
        #expect(screen.line(9).contains("· unknown"))
        #expect(screen.line(11) == " Meeting it")
        #expect(screen.lines.allSatisfy { TextWidth.of($0) <= size.columns })
    }

    @Test func enterOpensAProjectAndEscGoesBackStepByStep() {
        let start = Fixtures.state(Fixtures.demo(), columns: 80, rows: 24)
        let drill = Fixtures.press(.char("n"), .enter, on: start)
        let detail = Fixtures.press(.char("j"), .enter, on: drill)
        guard case .detail(let project, _) = detail.mode else {
            Issue.record("no detail")
            return
        }
        #expect(detail.ledger.projects[project].name == "legacy-billing")
        #expect(Fixtures.screen(detail).line(2).hasPrefix(" Project legacy-billing  (Esc goes back)"))
        let back = Fixtures.press(.escape, on: detail)
        #expect(back.mode == drill.mode.withCursor(1))
        let tab = Fixtures.press(.escape, on: back)
        #expect(tab.mode == .browse)
        #expect(tab.tab == .coverage)
        #expect(tab.selectedRef(on: .coverage) == .metric(.coverageNonRoot))
    }

    @Test func everyMetricRowOfEveryTabOpensItsProjects() {
        let state = Fixtures.state(Fixtures.demo())
        for tab in Tab.allCases {
            let document = tab.component.document(state, width: 98)
            for row in 0..<document.rowCount {
                guard case .metric(let id) = document.ref(ofRow: row) else { continue }
                var s = Fixtures.tab(tab, state)
                s.scroll[tab] = ScrollState(cursor: row)
                let opened = Fixtures.press(.enter, on: s)
                guard case .page(.metric(let d), _) = opened.mode else {
                    Issue.record("\(tab) row \(row): \(opened.mode)")
                    continue
                }
                #expect(d.id == id)
                #expect(d.breakdown == MetricBreakdown.of(id, in: state.ledger, asOf: state.report.asOf))
            }
        }
    }

    @Test(arguments: sizes)
    func teamsTabOneRowPerOwnerMostBehindFirst(size: Size) {
        let s = Fixtures.tab(.teams, Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows))
        let screen = Fixtures.screen(s)
        #expect(screen.line(1).contains("8 Teams"))
        #expect(screen.line(5).hasPrefix(" Team "))
        #expect(screen.line(6).hasPrefix(" ml "))
        for (i, team) in ["ml", "data", "payments", "mobile", "platform", "web"].enumerated() {
            #expect(screen.line(6 + i).hasPrefix(" \(team) "), "row \(i)")
        }
        #expect(screen.lines.allSatisfy { TextWidth.of($0) <= size.columns })
    }

    @Test func enterOnATeamOpensItsScorecardAndItsMetricsListOnlyItsProjects() {
        let s = Fixtures.tab(.teams, Fixtures.state(Fixtures.demo(), columns: 160, rows: 48))
        let card = Fixtures.press(.enter, on: s)
        #expect(card.mode == .page(.team(.owner("ml")), ScrollState()))
        let screen = Fixtures.screen(card)
        let ml = TeamReport.of(.owner("ml"), in: s.ledger, asOf: s.report.asOf)
        #expect(screen.line(3).hasPrefix(" " + ml.report.statusSummary))
        // Non-root on the ml team: feature-store fails, ml-notebooks is unknown.
        let drill = Fixtures.press(.char("j"), .char("j"), .enter, on: card)
        guard case .page(.metric(let d), _) = drill.mode else {
            Issue.record("no metric page")
            return
        }
        #expect(d.id == .coverageNonRoot)
        #expect(d.team == .owner("ml"))
        #expect(d.breakdown?.failing.map(\.name) == ["feature-store"])
        #expect(d.breakdown?.unknown.map(\.name) == ["ml-notebooks"])
        #expect(Fixtures.screen(drill).line(2).hasPrefix(" Non-root execution in team ml: the projects behind it"))
        let detail = Fixtures.press(.enter, on: drill)
        guard case .detail(let p, _) = detail.mode else {
            Issue.record("no detail")
            return
        }
        #expect(detail.ledger.projects[p].name == "feature-store")
        #expect(Fixtures.press(.escape, .escape, on: detail).mode == .page(.team(.owner("ml")), ScrollState(cursor: 2)))
    }

    @Test(arguments: sizes)
    func scorecardCountsOnTopAndFShowsOnlyTheNotMetWorstFirst(size: Size) {
        let s = Fixtures.tab(.scorecard, Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows))
        let screen = Fixtures.screen(s)
        #expect(screen.line(2).hasPrefix(" 16 met · 14 progressing · 6 behind"))
        #expect(screen.line(5).hasPrefix(" Projects with Docker "))
        let notMet = Fixtures.press(.char("f"), on: s)
        let shown = Fixtures.screen(notMet)
        #expect(shown.line(2).contains("only the 20 not met, worst first"))
        #expect(shown.line(5).contains("○ behind"))
        #expect(Fixtures.screen(notMet).lines.allSatisfy { TextWidth.of($0) <= size.columns })
        let back = Fixtures.press(.char("f"), on: notMet)
        #expect(Fixtures.screen(back).line(5).hasPrefix(" Projects with Docker "))
    }

    @Test func commonIssuesOpenTheirIssuesAndAnIssueItsProject() {
        let s = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo(), columns: 100, rows: 30))
        let log = Fixtures.press(.enter, on: s)
        guard case .detail(let p, _) = log.mode, case .issue(let i) = s.selectedRef(on: .issues) else {
            Issue.record("no detail: \(log.mode)")
            return
        }
        #expect(log.ledger.projects[p].name == s.ledger.issues[i].project)
        var onCommon = s
        let document = IssuesTab.document(s, width: 98)
        onCommon.scroll[.issues] = ScrollState(
            cursor: document.row(of: .commonCategory("Volume permission errors")) ?? 0)
        let issues = Fixtures.press(.enter, on: onCommon)
        #expect(issues.mode == .page(.issues(category: "Volume permission errors"), ScrollState()))
        let screen = Fixtures.screen(issues)
        #expect(screen.line(2).hasPrefix(" Issues: Volume permission errors"))
        #expect(screen.lines.filter { $0.contains("Volume permission errors") }.count >= 2)
    }

    static let edges: [(String, Ledger)] = [
        ("unknown", Fixtures.allUnknown()), ("one", Fixtures.oneProject()), ("empty", Fixtures.empty()),
    ]

    @Test(arguments: sizes)
    func edgeLedgersTeamsScorecardAndDrill(size: Size) {
        for (name, ledger) in Self.edges {
            let s = Fixtures.state(ledger, columns: size.columns, rows: size.rows)
            let teams = Fixtures.screen(Fixtures.tab(.teams, s))
            switch name {
            case "unknown": #expect(teams.line(6).hasPrefix(" (no owner) "), "\(name)")
            case "one": #expect(teams.line(6).hasPrefix(" core "), "\(name)")
            default: #expect(teams.line(6).contains("no projects"), "\(name)")
            }
            let card = Fixtures.screen(Fixtures.tab(.scorecard, s))
            #expect(card.line(2).hasPrefix(" "), "\(name)")
            let drill = Fixtures.press(.char("1"), .enter, on: s)
            let screen = Fixtures.screen(drill)
            #expect(screen.line(2).hasPrefix(" Projects with Docker: the projects behind it"), "\(name)")
            #expect(screen.lines.allSatisfy { TextWidth.of($0) <= size.columns }, "\(name)")
            if name == "unknown" {
                let nonRoot = Fixtures.press(.char("n"), .enter, on: s)
                #expect(
                    Fixtures.screen(nonRoot).lines.contains {
                        $0.hasPrefix(" unknown-docker ") && $0.contains("· unknown")
                    })
            }
        }
    }
}

extension Mode {
    /// The same page with the cursor on another row (what Esc comes back to).
    func withCursor(_ cursor: Int) -> Mode {
        switch self {
        case .page(let page, _): .page(page, ScrollState(cursor: cursor))
        default: self
        }
    }
}
