import Model

/// 1 Coverage: coverage statistics, adoption by level, and the trend from `history`.
enum CoverageTab: TabComponent {
    static let title = "Coverage"
    static let keyContext: KeyContext? = nil

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        let c = r.counts
        let summary = Line("\(c.projects) project\(c.projects == 1 ? "" : "s") (\(c.active) active, \(c.archived) archived) · \(c.docker) with Docker"
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
        Table("Adoption by Level", [Column("Level", minimum: 26), .number("At level", dropOrder: 1), .number("At or above"),
                                    .number("% of active"), .number("Target"), Column("Status", minimum: -1)],
              rows: r.levelRows.map { row in
                  let m = row.metric
                  return [Cell(m.label), Cells.count(row.exactly), Cells.count(m.numerator), Cells.value(m.value, m.unit),
                          Cells.target(m), Cells.status(m.status)]
              }, ref: { .metric(r.levelRows[$0].metric.id) })
    }

    static let definitions = [
        Line("  L1 Dockerfile only, manual builds · L2 compose + volumes · L3 CI with cache + test Dockerfile", .dim),
        Line("  L4 registry, automated releases, monitoring", .dim),
    ]

    /// One row per history snapshot, oldest first, then today's values; a column per metric
    /// the history records, in catalog order.
    static func trend(_ state: AppState) -> Table {
        let r = state.report
        let recorded = Set(r.trend.flatMap { $0.metrics.keys })
        let ids = MetricCatalog.all.map(\.id).filter(recorded.contains)
        let columns = [Column("Date", minimum: -1)] + ids.enumerated().map { i, id in
            Column.number(r.metric(id).label, dropOrder: i + 1)
        }
        var rows: [[Cell]] = r.trend.map { snapshot in
            [Cell(snapshot.date)] + ids.map { id in Cells.value(snapshot.metrics[id], r.metric(id).unit) }
        }
        if !r.trend.isEmpty {
            rows.append([Cell("now", .key)] + ids.map { id in
                let m = r.metric(id)
                return Cell(MetricFormat.value(m.value, unit: m.unit), Cells.role(m.status))
            })
        }
        let snapshots = r.trend.count
        return Table("Trend", columns, rows: rows, empty: "no history snapshots in the file",
                     ref: { $0 < snapshots ? .historySnapshot($0) : nil })
    }
}
