/// What one project adds to one metric, before the projects are combined. Every metric counted
/// over projects is a sum, count, minimum or maximum of these, so the ledger's value, one
/// project's own value and an edit's delta (take the old project's part away, add the new one)
/// all come from the same catalog row.
enum Contribution: Equatable, Sendable {
    /// The project is counted but its fact is unknown.
    case unknown
    /// A share: yes or no.
    case flag(Bool)
    /// A value averaged over the projects.
    case value(Double)
    /// A count summed (totals) or maxed (the worst project).
    case count(Int)
    /// Hours or dollars without the SAP and with it (the savings shares).
    case savings(without: Double, with: Double)

    /// The project's own value: the metric computed over this project alone.
    var ownValue: Double? {
        switch self {
        case .unknown: nil
        case .flag(let yes): yes ? 1 : 0
        case .value(let v): v
        case .count(let n): Double(n)
        case .savings(let without, let with): without > 0 ? (without - with) / without : nil
        }
    }
}

/// How a metric combines the projects' contributions.
enum Aggregate: Sendable {
    /// How many are yes, out of how many are known.
    case share
    /// The known values' average, with their extremes.
    case average
    /// The sum of the known counts.
    case total
    /// The largest known count (the worst project).
    case worst
    /// (sum without - sum with) / sum without.
    case savings
    /// Not over projects: the ledger's own (the base image schedule).
    case ledger
}

/// What a metric's own value reads of one project, gathered once per project. A class, and
/// its Docker and CI facts plain values copied out of the project once: the catalog's closures
/// (about 45 per project) each get a reference and read a field. Handed a struct holding the
/// project's `DockerSetup` (400 bytes, with strings and dictionaries), each closure call and
/// each `docker != nil` copied it, most of a report's time at 100,000 projects.
final class ProjectFacts: Sendable {
    let isActive: Bool
    /// The project's Docker and CI facts, read out once (every metric reads one of them).
    let docker: Docker?
    let ci: CI?
    /// Uncached over cached build time (Tables.speedupOf).
    let speedup: Double?
    let level: Int
    /// Not known to predate the adoption start.
    let isNew: Bool
    /// nil without Docker.
    let economics: ProjectEconomics?

    /// `assumptions` nil: no economics (for what reads only Docker facts).
    init(_ project: Project, adoptionStartSeconds start: Double?, assumptions: Assumptions?) {
        let level = AdoptionLevel.of(project)
        isActive = project.isActive
        isNew = Population.isNew(project, adoptionStartSeconds: start)
        self.level = level
        ci = project.ci.map(CI.init)
        guard let setup = project.docker else {
            (docker, speedup, economics) = (nil, nil, nil)
            return
        }
        docker = Docker(setup)
        speedup = Tables.speedupOf(setup)
        economics = assumptions.flatMap { Economics.project(project, level: level, $0) }
    }

    var hasDocker: Bool { docker != nil }
    /// Has Docker and CI that is enabled: what the CI metrics count.
    var isCI: Bool { docker != nil && ci?.enabled == true }
}

extension ProjectFacts {
    /// The `DockerSetup` fields the catalog reads, as plain values (no strings, arrays or
    /// dictionaries but `platforms`), so reading one never copies the rest.
    struct Docker: Sendable {
        let multiStage: Bool?
        let nonRoot: Bool?
        let minimalBase: Bool?
        let secretsFree: Bool?
        let imageSizeMB: Double?
        let buildContextMB: Double?
        let layers: Int?
        let buildTimeUncachedS: Double?
        let buildTimeCachedS: Double?
        let startupTimeS: Double?
        let healthCheckLatencyMs: Double?
        let cacheHitRate: Double?
        let platforms: [String]?
        let vulnerabilities: ScanCounts?

        /// The counts of a vulnerability scan; present when the image was scanned.
        struct ScanCounts: Sendable {
            let critical: Int?
            let high: Int?
            let medium: Int?
        }

        init(_ d: DockerSetup) {
            multiStage = d.multiStage
            nonRoot = d.nonRoot
            minimalBase = d.minimalBase
            secretsFree = d.secretsFree
            imageSizeMB = d.imageSizeMB
            buildContextMB = d.buildContextMB
            layers = d.layers
            buildTimeUncachedS = d.buildTimeUncachedS
            buildTimeCachedS = d.buildTimeCachedS
            startupTimeS = d.startupTimeS
            healthCheckLatencyMs = d.healthCheckLatencyMs
            cacheHitRate = d.cacheHitRate
            platforms = d.platforms
            vulnerabilities = d.vulnerabilities.map {
                ScanCounts(critical: $0.critical, high: $0.high, medium: $0.medium)
            }
        }
    }

    /// The `CISetup` flags the catalog reads, without its unknown keys.
    struct CI: Sendable {
        let enabled: Bool?
        let buildx: Bool?
        let ghaCache: Bool?
        let coverageExtraction: Bool?
        let multiArch: Bool?

        init(_ c: CISetup) {
            (enabled, buildx, ghaCache, coverageExtraction, multiArch) =
                (c.enabled, c.buildx, c.ghaCache, c.coverageExtraction, c.multiArch)
        }
    }
}

/// One metric's running combination of contributions. Adding and removing are exact inverses
/// (sums are kept with their rounding error, counts beyond Int kept as wraps), so totals kept
/// across edits equal a fresh computation.
struct MetricTally: Equatable, Sendable {
    /// Shares: how many are known; other aggregates: how many values are known.
    var known = 0
    var yes = 0
    var sum = ExactSum()
    /// The savings' "with" sum.
    var sumWith = ExactSum()
    var counts = WideCount()
    var minimum = Double.infinity
    var maximum = -Double.infinity
    /// How many known values equal the minimum and the maximum: removing one of several equal
    /// extremes leaves the extreme as it is.
    var minimumCount = 0
    var maximumCount = 0
    /// The last value equal to an extreme was removed: min/max must be found again from the
    /// projects (unless a value added since brought one back).
    var extremesStale = false

    mutating func add(_ c: Contribution) {
        switch c {
        case .unknown: return
        case .flag(let v):
            known += 1
            if v { yes += 1 }
        case .value(let v):
            known += 1
            sum.add(v)
            note(v)
        case .count(let n):
            known += 1
            counts.add(n)
            note(Double(n))
        case .savings(let without, let with):
            known += 1
            sum.add(without)
            sumWith.add(with)
        }
    }

    mutating func remove(_ c: Contribution) {
        switch c {
        case .unknown: return
        case .flag(let v):
            known -= 1
            if v { yes -= 1 }
        case .value(let v):
            known -= 1
            sum.add(-v)
            forget(v)
        case .count(let n):
            known -= 1
            counts.subtract(n)
            forget(Double(n))
        case .savings(let without, let with):
            known -= 1
            sum.add(-without)
            sumWith.add(-with)
        }
    }

    private mutating func note(_ v: Double) {
        // Below a stale minimum is below every value there is (they are all at or above it).
        if v < minimum {
            (minimum, minimumCount) = (v, 1)
        } else if v == minimum {
            minimumCount += 1
        }
        if v > maximum {
            (maximum, maximumCount) = (v, 1)
        } else if v == maximum {
            maximumCount += 1
        }
        if extremesStale { extremesStale = minimumCount == 0 || maximumCount == 0 }
    }

    private mutating func forget(_ v: Double) {
        if known == 0 {
            (minimum, maximum, minimumCount, maximumCount, extremesStale) = (.infinity, -.infinity, 0, 0, false)
            return
        }
        guard v == minimum || v == maximum else { return }
        if v == minimum { minimumCount -= 1 }
        if v == maximum { maximumCount -= 1 }
        extremesStale = minimumCount == 0 || maximumCount == 0
    }

    /// The extremes found again from every value (`MetricTotals.refreshExtremes`).
    mutating func setExtremes(_ values: some Sequence<Double>) {
        (minimum, maximum, minimumCount, maximumCount, extremesStale) = (.infinity, -.infinity, 0, 0, false)
        for v in values { note(v) }
    }

    /// The metric's measurement from the combined contributions.
    func measurement(_ aggregate: Aggregate) -> Measurement {
        switch aggregate {
        case .share: return .share(yes: yes, known: known)
        case .average:
            return .average(
                Tally.Summary(count: known, sum: known == 0 ? 0 : sum.value, minimum: minimum, maximum: maximum))
        case .total: return .single(known == 0 ? nil : Double(counts.saturated), sampleCount: known)
        case .worst: return .single(known == 0 ? nil : maximum, sampleCount: known)
        case .savings:
            let without = sum.value
            return .single(without > 0 ? (without - sumWith.value) / without : nil, sampleCount: known)
        case .ledger: return .single(nil, sampleCount: nil)
        }
    }
}

/// A sum of doubles kept with its rounding error (Neumaier): adding x and later -x returns to
/// the same value, and the order of additions does not show in the rounded result (short of
/// sums that cancel to within 1e-32 of a rounding boundary).
struct ExactSum: Equatable, Sendable {
    private var high = 0.0
    private var low = 0.0

    mutating func add(_ x: Double) {
        let s = high + x
        if abs(high) >= abs(x) {
            low += (high - s) + x
        } else {
            low += (x - s) + high
        }
        high = s
    }

    var value: Double { high + low }
}

/// A sum of counts that may pass Int.max (hostile files): wraps are counted, and the result
/// saturates, as `saturatingSum` does for counts that are never negative.
struct WideCount: Equatable, Sendable {
    private var low = 0
    private var wraps = 0

    mutating func add(_ n: Int) {
        let (s, overflow) = low.addingReportingOverflow(n)
        low = s
        if overflow { wraps += n > 0 ? 1 : -1 }
    }

    mutating func subtract(_ n: Int) {
        let (s, overflow) = low.subtractingReportingOverflow(n)
        low = s
        if overflow { wraps += n > 0 ? -1 : 1 }
    }

    var saturated: Int { wraps > 0 ? .max : wraps < 0 ? .min : low }
}
