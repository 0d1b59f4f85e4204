/// What one catalog entry's computation yields; `MetricResult` turns it into value and status.
enum Measurement {
    /// How many qualify, out of how many are known; no data when none is known.
    case share(yes: Int, known: Int)
    /// The known values' average with their extremes.
    case average(Tally.Summary)
    case single(Double?, sampleCount: Int?)
}
