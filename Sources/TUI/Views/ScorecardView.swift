import Model

/// Every metric on one page: value, target, status and (when there is a history) a sparkline
/// of its trend; `f` shows only the ones not met, worst first. The status counts head it.
enum ScorecardView {
    static func document(_ report: LedgerReport, _ state: AppState, trend: [TrendPoint]?, width: Int) -> Document {
        let notMetOnly = state.scorecardNotMetOnly
        let shown =
            notMetOnly
            ? report.metricsWorstFirst.filter { $0.status == .behind || $0.status == .progressing } : report.metrics
        let counts = Line([
            Span(report.statusSummary, .sectionTitle),
            Span(
                notMetOnly
                    ? "  ·  only the \(shown.count) not met, worst first (f shows all)"
                    : "  ·  f shows only the ones not met", .dim),
        ])
        let points = trend ?? []
        let sparkWidth = 16
        var columns = [
            Column("Metric", minimum: 30), .number("Value"), .number("Target"), Column("Status", minimum: -1),
            Column("Section", minimum: 14, dropOrder: 3),
        ]
        if !points.isEmpty { columns.insert(Column("Trend", width: sparkWidth, minimum: -1, dropOrder: 2), at: 4) }
        let table = Table(
            nil, columns, count: shown.count, empty: "● every metric is met",
            ref: { .metric(shown[$0].id) }
        ) { i in
            let m = shown[i]
            var row = [
                Cell(m.label), Cells.value(of: m), Cells.target(m), Cells.status(m.status),
                Cell(m.section.title, .dim),
            ]
            if !points.isEmpty {
                let values = points.map { $0.metrics[m.id.rawValue] } + [m.value]
                row.insert(Cell(Sparkline.render(values, width: sparkWidth), Cells.role(m.status)), at: 4)
            }
            return row
        }
        return Document([.text([counts]), .gap, .table(table)])
    }
}
