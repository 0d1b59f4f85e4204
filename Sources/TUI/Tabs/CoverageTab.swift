import Model

/// 1 Coverage: coverage statistics, adoption by level, and the trend from `history`.
enum CoverageTab: TabComponent {
    static let title = "Coverage"
    static let keyContext: KeyContext? = nil

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        let c = r.counts
        let summary = Line(
            "\(c.projects) project\(c.projects == 1 ? "" : "s") (\(c.active) active, \(c.archived) archived) · \(c.docker) with Docker"
                + " · \(c.ci) in CI · \(c.new) new", .dim)
        return Document([
            .text([summary]),
            .gap,
            .table(MetricTables.values("Coverage Statistics", r.metrics(in: .coverage))),
            .gap,
            .table(levels(r)),
            .text(definitions),
            .gap,
            .table(trend(state)),
        ])
    }

    static func levels(_ r: LedgerReport) -> Table {
        Table(
            "Adoption by Level",
            [
                Column("Level", minimum: 26), .number("At level", dropOrder: 1), .number("At or above"),
                .number("% of active"), .number("Target"), Column("Status", minimum: -1),
            ],
            rows: r.levelRows.map { row in
                let m = row.metric
                return [
                    Cell(m.label), Cells.count(row.exactly), Cells.count(m.numerator), Cells.value(of: m),
                    Cells.target(m), Cells.status(m.status),
                ]
            }, ref: { .metric(r.levelRows[$0].metric.id) })
    }

    static let definitions = [
        Line("  L1 Dockerfile only, manual builds · L2 compose + volumes · L3 CI with cache + test Dockerfile", .dim),
        Line("  L4 registry, automated releases, monitoring", .dim),
    ]

    /// One row per metric with a value in the trend: a sparkline over every point (git commits
    /// and history snapshots, oldest first), the first value, and today's value in its status colour.
    static func trend(_ state: AppState) -> Table {
        let r = state.report
        let points = state.trendPoints
        let fromGit = points.filter { $0.source == .git }.count
        let title =
            points.isEmpty
            ? "Trend"
            : "Trend: \(points.count) points, \(points.first!.date) to \(points.last!.date) (\(fromGit) from git, \(points.count - fromGit) snapshots)"
        let columns = [
            Column("Metric", minimum: 20), Column("Trend", minimum: 8), .number("First", dropOrder: 2),
            .number("Now"), Column("Status", minimum: -1, dropOrder: 1),
        ]
        let ids = Trend.metricIDs(points)
        let rows: [[Cell]] = ids.map { id in
            let m = r.metric(id)
            let values = points.map { $0.value(of: id) }
            return [
                Cell(m.label), Cell(Sparkline.render(values, width: sparklineWidth), .key),
                Cells.value(values.compactMap { $0 }.first, m.unit),
                Cell(m.formattedValue, Cells.role(m.status)), Cells.status(m.status),
            ]
        }
        return Table(
            title, columns, rows: rows, empty: "no history yet: commit the ledger to git or run `dockledger snapshot`",
            ref: { .trendMetric(ids[$0]) })
    }

    static let sparklineWidth = 24
}
