/// What one catalog entry's computation yields; `MetricResult` turns it into value and status.
enum Measurement {
    /// How many qualify, out of how many are known; no data when none is known.
    case share(yes: Int, known: Int)
    /// The known values' average with their extremes.
    case average(Tally.Summary)
    case single(Double?, sampleCount: Int?)

    /// The sum of the known counts; no data when none is known.
    static func total(_ counts: [Int]) -> Measurement {
        .single(counts.isEmpty ? nil : Double(counts.saturatingSum), sampleCount: counts.count)
    }
}

/// What the catalog's computations read, split once per report so that no metric walks the
/// projects for what another already gathered.
struct MetricInputs: Sendable {
    let population: Population
    /// Levels of the active projects.
    let activeLevels: [Int]
    /// The vulnerability scans of active Docker projects.
    let scans: [VulnerabilityScan]
    /// Economics of the active projects that have any.
    let economics: [ProjectEconomics]
    let baseImageSchedule: BaseImageSchedule
}
