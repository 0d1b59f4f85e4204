/// How figures read in the Markdown ledger. Display only: the importer never reads these back,
/// except the inventory cells, which `MarkdownInventoryCells` owns in both directions.
enum MarkdownFormat {
    static let noData = "No data"

    /// "21 of 23 (91.3%)", or "No data" when nothing is known.
    static func share(_ m: MetricResult) -> String {
        guard m.value != nil, let n = m.numerator, let d = m.denominator else { return noData }
        return "\(n) of \(d) (\(m.formattedValue))"
    }

    static func percent(_ fraction: Double?) -> String {
        fraction.map(MetricFormat.percent) ?? "-"
    }

    static func number(_ value: Double?) -> String {
        value.map(MetricFormat.number) ?? "-"
    }

    /// A target as the seed writes it: "≤250", "≥80%", "90%".
    static func target(_ m: MetricResult, comparator: Bool = true) -> String {
        let symbol = m.direction == .atLeast ? "≥" : "≤"
        let text = m.unit == .share ? MetricFormat.target(m.target, unit: .share) : MetricFormat.number(m.target)
        return (comparator ? symbol : "") + text
    }

    /// Hours as the seed writes durations: "15 min", "2 hours", "1 hour".
    static func hours(_ h: Double) -> String {
        if h == 0 { return "0" }
        if h < 1 { return MetricFormat.number(h * 60) + " min" }
        let text = MetricFormat.number(h)
        return text + (text == "1" ? " hour" : " hours")
    }

    static func usd(_ value: Double) -> String {
        (value < 0 ? "-$" : "$") + MetricFormat.number(abs(value))
    }

    static func megabytes(_ value: Double) -> String {
        MetricFormat.number(value) + " MB"
    }

    /// `**Empty** - Awaiting data`, the seed's marker for a table with nothing to show yet.
    static func empty(_ what: String = "data") -> String { "**Empty** - Awaiting \(what)\n\n" }
}
