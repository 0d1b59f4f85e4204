extension Ledger {
    /// Records today's value of every metric that has one into `history`, replacing an entry of
    /// the same day, so the Coverage tab's trend grows as the ledger is kept (e.g. weekly in CI).
    /// Returns how many metrics were recorded.
    @discardableResult
    public mutating func recordSnapshot(_ report: LedgerReport, day: String) -> Int {
        var values: [String: Double] = [:]
        for metric in report.metrics {
            if let value = metric.value { values[metric.id.rawValue] = value }
        }
        let snapshot = HistorySnapshot(date: day, metrics: values)
        if let same = history.firstIndex(where: { $0.date == day }) {
            history[same].metrics = values
        } else {
            history.append(snapshot)
            history.sort { $0.date < $1.date }
        }
        return values.count
    }
}
