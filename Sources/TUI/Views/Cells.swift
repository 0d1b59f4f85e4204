import Model

/// How values and statuses become cells. Only formatting: every number comes from the engine.
enum Cells {
    /// Status cells carry a glyph and a word, so they read without colour.
    static func status(_ status: MetricStatus) -> Cell {
        Cell(glyph(status) + " " + status.word, role(status))
    }

    static func glyph(_ status: MetricStatus) -> String {
        switch status {
        case .met: "●"
        case .progressing: "◐"
        case .behind: "○"
        case .noData: "·"
        }
    }

    static func role(_ status: MetricStatus) -> Role {
        switch status {
        case .met: .statusMet
        case .progressing: .statusProgressing
        case .behind: .statusBehind
        case .noData: .statusNoData
        }
    }

    /// Text from the file, or a dim "-" when absent.
    static func text(_ value: String?) -> Cell {
        guard let value, !value.isEmpty else { return Cell("-", .dim) }
        return Cell(value)
    }

    static func value(_ value: Double?, _ unit: MetricUnit) -> Cell {
        value == nil ? Cell("-", .dim) : Cell(MetricFormat.value(value, unit: unit))
    }

    /// A metric's value beside its target (never rounded onto a target it misses).
    static func value(of m: MetricResult) -> Cell {
        m.value == nil ? Cell("-", .dim) : Cell(m.formattedValue)
    }

    static func number(_ value: Double?, suffix: String = "") -> Cell {
        guard let value else { return Cell("-", .dim) }
        return Cell(MetricFormat.number(value) + suffix)
    }

    static func count(_ value: Int?) -> Cell {
        guard let value else { return Cell("-", .dim) }
        return Cell(String(value))
    }

    static func share(_ value: Double?) -> Cell {
        guard let value else { return Cell("-", .dim) }
        return Cell(MetricFormat.percent(value))
    }

    static func usd(_ value: Double?) -> Cell {
        guard let value else { return Cell("-", .dim) }
        return Cell(MetricFormat.usd(value))
    }

    static func flag(_ value: Bool?) -> Cell {
        guard let value else { return Cell("-", .dim) }
        return Cell(value ? "yes" : "no")
    }

    /// "22/26" for shares, "n=23" for averages: how much data a metric stands on.
    static func known(_ m: MetricResult) -> Cell {
        if let n = m.numerator, let d = m.denominator { return Cell("\(n)/\(d)", .dim) }
        if let count = m.sampleCount { return Cell("n=\(count)", .dim) }
        return Cell("", .dim)
    }

    static func target(_ m: MetricResult) -> Cell {
        Cell((m.direction == .atLeast ? "≥" : "≤") + MetricFormat.target(m.target, unit: m.unit))
    }
}

/// Tables every tab uses for metrics of a section.
enum MetricTables {
    /// Metric | Value | Target | Status | Known.
    static func values(_ title: String, _ metrics: [MetricResult], label: String = "Metric") -> Table {
        Table(
            title,
            [
                Column(label, minimum: 12), .number("Value"), .number("Target"), Column("Status", minimum: -1),
                .number("Known", dropOrder: 1),
            ],
            rows: metrics.map { m in
                [Cell(m.label), Cells.value(of: m), Cells.target(m), Cells.status(m.status), Cells.known(m)]
            }, ref: { .metric(metrics[$0].id) })
    }

    /// Metric | Min | Max | Avg | Target | Status | Known: the seed's min/max/avg tables.
    static func extremes(_ title: String, _ metrics: [MetricResult]) -> Table {
        Table(
            title,
            [
                Column("Metric", minimum: 26), .number("Min", dropOrder: 2), .number("Max", dropOrder: 2),
                .number("Avg"),
                .number("Target"), Column("Status", minimum: -1), .number("Known", dropOrder: 3),
            ],
            rows: metrics.map { m in
                [
                    Cell(m.label), Cells.value(m.minimum, m.unit), Cells.value(m.maximum, m.unit),
                    Cells.value(of: m),
                    Cells.target(m), Cells.status(m.status), Cells.known(m),
                ]
            }, ref: { .metric(metrics[$0].id) })
    }
}
