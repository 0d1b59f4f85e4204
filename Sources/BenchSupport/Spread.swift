/// The minimum, median and maximum of a set of timings: what the benchmark prints for every
/// figure, because one number hides how noisy a shared machine is.
public struct Spread: Equatable, Sendable {
    public let min: Double
    public let median: Double
    public let max: Double

    public init(min: Double, median: Double, max: Double) {
        self.min = min
        self.median = median
        self.max = max
    }

    /// Nil for no samples. An even count takes the mean of the two middle samples.
    public init?(_ samples: [Double]) {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        min = sorted[0]
        max = sorted[sorted.count - 1]
        median = sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The ratio of two figures measured in the same rounds: computed per round, then spread, so
    /// a round slowed by another process slows both sides of its own ratio. Nil when the rounds
    /// do not pair up or a denominator is zero.
    public static func ofRatios(_ numerators: [Double], over denominators: [Double]) -> Spread? {
        guard numerators.count == denominators.count, !denominators.contains(0) else { return nil }
        return Spread(zip(numerators, denominators).map { $0 / $1 })
    }
}

/// The nearest-rank percentile (`p` in 0...100) of the samples: the smallest sample that at
/// least p% of the samples do not exceed. Nil for no samples.
public func percentile(_ samples: [Double], _ p: Double) -> Double? {
    guard !samples.isEmpty else { return nil }
    let sorted = samples.sorted()
    let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
    return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
}
