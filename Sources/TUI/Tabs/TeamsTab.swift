import Model

/// 8 Teams: one row per owner (projects without one are "(no owner)"), each computed by the
/// engine on that team's projects only. Enter opens the team's scorecard.
enum TeamsTab: TabComponent {
    static let title = "Teams"
    static let keyContext: KeyContext? = nil

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let teams = state.data.teams
        let worstFirst = teams.sorted { a, b in
            let ma = a.statusCounts[.behind] ?? 0
            let mb = b.statusCounts[.behind] ?? 0
            return ma != mb ? ma > mb : a.team < b.team
        }
        let line = Line(
            "\(teams.count) team\(teams.count == 1 ? "" : "s") · the most metrics behind first · "
                + "Enter opens a team's own scorecard", .dim)
        return Document([.text([line]), .gap, .table(table(worstFirst))])
    }

    static func table(_ teams: [TeamReport]) -> Table {
        Table(
            "Teams",
            [
                Column("Team", minimum: 10), .number("Active"), .number("Docker"),
                Column("Levels 0·1·2·3·4", minimum: -1, dropOrder: 2), .number("Met", dropOrder: 1),
                .number("Progressing", dropOrder: 3), .number("Behind"), Column("Worst metric", minimum: 12),
            ],
            count: teams.count, empty: "no projects", ref: { .team(teams[$0].team) }
        ) { i in
            let t = teams[i]
            let c = t.report.counts
            let counts = t.statusCounts
            let worst = t.worstMetric
            return [
                Cell(t.team.title), Cells.count(c.active),
                Cells.share(c.active == 0 ? nil : Double(c.docker) / Double(c.active)),
                Cell(t.levelSpread.map(String.init).joined(separator: "·")),
                Cell(String(counts[.met] ?? 0), .statusMet),
                Cell(String(counts[.progressing] ?? 0), .statusProgressing),
                Cell(String(counts[.behind] ?? 0), (counts[.behind] ?? 0) > 0 ? .statusBehind : .normal),
                worst.map { Cell($0.label + " " + $0.formattedValue, Cells.role($0.status)) }
                    ?? Cell("● none", .statusMet),
            ]
        }
    }
}
