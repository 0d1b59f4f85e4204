/// One point of the metric trend: the values of a day, read from a commit of the ledger or
/// recorded in its `history`.
public struct TrendPoint: Equatable, Sendable {
    public enum Source: String, Sendable {
        /// The ledger as committed at the end of that day.
        case git
        /// A `history` snapshot in the file (`dockledger snapshot`).
        case snapshot
    }

    public let date: String
    public let source: Source
    /// Values by metric id as the file writes it.
    public let metrics: [String: Double]

    public func value(of id: MetricID) -> Double? { metrics[id.rawValue] }

    public init(date: String, source: Source, metrics: [String: Double]) {
        self.date = date
        self.source = source
        self.metrics = metrics
    }
}

public enum Trend {
    /// Snapshots and git points by date, oldest first; a day with both keeps the snapshot, the
    /// value someone recorded on purpose.
    public static func merge(snapshots: [HistorySnapshot], git: [TrendPoint]) -> [TrendPoint] {
        let recorded = Set(snapshots.map(\.date))
        let points =
            snapshots.map { TrendPoint(date: $0.date, source: .snapshot, metrics: $0.metrics) }
            + git.filter { !recorded.contains($0.date) }
        return points.sorted { $0.date < $1.date }
    }

    /// The metric ids that have a value in any point, in catalog order.
    public static func metricIDs(_ points: [TrendPoint]) -> [MetricID] {
        let present = Set(points.flatMap(\.metrics.keys))
        return MetricID.allCases.filter { present.contains($0.rawValue) }
    }
}

/// A row of block characters showing where each value sits between the smallest and the
/// largest: ▁▂▃▄▅▆▇█; a missing value is a space, a flat series sits in the middle.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// At most `width` characters: a longer series is cut into `width` equal stretches, each
    /// shown by the mean of its known values, so the whole history keeps its shape.
    public static func render(_ values: [Double?], width: Int? = nil) -> String {
        let shown = width.map { resample(values, to: $0) } ?? values
        let known = shown.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return String(repeating: " ", count: shown.count) }
        return String(
            shown.map { value -> Character in
                guard let value else { return " " }
                if high - low < 1e-12 { return blocks[3] }
                let position = ((value - low) / (high - low) * Double(blocks.count - 1)).rounded()
                // Checked before Int(): values far apart (or infinite) must not trap.
                guard position.isFinite else { return blocks[3] }
                return blocks[Int(min(max(position, 0), Double(blocks.count - 1)))]
            })
    }

    static func resample(_ values: [Double?], to width: Int) -> [Double?] {
        guard values.count > width, width > 0 else { return values }
        return (0..<width).map { i in
            let range = (i * values.count / width)..<((i + 1) * values.count / width)
            let known = values[range].compactMap { $0 }
            return known.isEmpty ? nil : known.reduce(0, +) / Double(known.count)
        }
    }
}
