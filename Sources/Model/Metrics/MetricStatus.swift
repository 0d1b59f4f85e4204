/// The seed's legend: target met, progressing (more than 50% of the way), behind (50% or
/// less, or not started), and no data when there is nothing to measure.
public enum MetricStatus: String, CaseIterable, Sendable, Comparable {
    case met, progressing, behind, noData

    /// Worse statuses sort first; no data is not better or worse than a measured status, but
    /// ranks last so a known shortfall is never hidden behind it.
    private var severity: Int {
        switch self {
        case .behind: 0
        case .progressing: 1
        case .met: 2
        case .noData: 3
        }
    }

    public static func < (a: MetricStatus, b: MetricStatus) -> Bool { a.severity < b.severity }

    /// The worse of two statuses; no data only when both are.
    public static func worse(_ a: MetricStatus, _ b: MetricStatus) -> MetricStatus {
        if a == .noData { return b }
        if b == .noData { return a }
        return min(a, b)
    }

    /// Words that read without colour.
    public var word: String {
        switch self {
        case .met: "met"
        case .progressing: "progressing"
        case .behind: "behind"
        case .noData: "no data"
        }
    }

    // Comparisons tolerate float noise: 0.35 / 0.70 must be exactly the 50% boundary.
    private static let epsilon = 1e-9

    public static func evaluate(value: Double?, target: Double, direction: Direction) -> MetricStatus {
        guard let value else { return .noData }
        switch direction {
        case .atLeast:
            if value >= target - epsilon { return .met }
            return value / target > 0.5 + epsilon ? .progressing : .behind
        case .atMost:
            if value <= target + epsilon { return .met }
            if target <= 0 { return .behind }
            return target / value > 0.5 + epsilon ? .progressing : .behind
        }
    }
}
