import Model

/// The projects behind a metric (Enter on a metric row): the ones failing it, then those it
/// cannot tell, then, in a second table, those that meet it; each with the value that decides
/// it. Enter on a project opens its detail.
enum MetricDrillView {
    static func document(_ drill: MetricDrill, _ state: AppState, width: Int) -> Document {
        let m = drill.metric
        var head = [
            Span(m.label + " ", .sectionTitle), Span(m.formattedValue + " "),
            Span(Cells.target(m).text + " ", .dim), Cells.status(m.status),
        ]
        guard let b = drill.breakdown else {
            return Document([.text([Line(head), Line("not counted over projects: nothing to list", .dim)])])
        }
        head.append(
            Span("  ·  \(b.failing.count) failing · \(b.unknown.count) unknown · \(b.meeting.count) meet it", .dim))
        let held = b.failing + b.unknown
        return Document([
            .text([Line(head)]),
            .gap,
            .table(
                table("Failing, then unknown", held, drill, state, empty: "● no project fails it and none is unknown")),
            .gap,
            .table(table("Meeting it", b.meeting, drill, state, empty: "no project meets it yet")),
        ])
    }

    static func table(
        _ title: String, _ entries: [MetricBreakdown.Entry], _ drill: MetricDrill, _ state: AppState,
        empty: String
    ) -> Table {
        let ledger = state.ledger
        let levels = state.report.projectLevels
        return Table(
            title,
            [
                Column("Project", minimum: 14), Column("Owner", minimum: 8, dropOrder: 2),
                .number("Level", dropOrder: 1),
                .number("Value"), Column("Status", minimum: -1),
            ],
            count: entries.count, empty: empty, ref: { .project(drill.project(entries[$0])) }
        ) { i in
            let e = entries[i]
            let index = drill.project(e)
            let p = ledger.projects[index]
            let status = e.status == .noData ? Cell("· unknown", .statusNoData) : Cells.status(e.status)
            return [
                Cell(p.name), Cells.text(p.owner), Cells.count(levels[index]), Cell(e.value, Cells.role(e.status)),
                status,
            ]
        }
    }
}
