/// The ledger's tables that are not one number, each computed by the engine.

/// A bucket of a distribution with its count and share of the known values.
public struct DistributionRow: Equatable, Sendable {
    public let label: String
    public let count: Int
    /// nil when no value is known at all.
    public let share: Double?
}

/// A build-time bucket, counted separately for uncached and cached builds.
public struct BuildTimeRow: Equatable, Sendable {
    public let label: String
    public let uncached: Int
    public let cached: Int
    public let target: String
}

/// One project's cache effectiveness; status is the worse of rate and speedup.
public struct CacheRow: Equatable, Sendable {
    public let project: String
    public let hitRate: Double?
    public let speedup: Double?
    public let status: MetricStatus
}

/// The seed's four rows of the Registry Usage table; the raw value is the row's name.
public enum RegistryKind: String, CaseIterable, Sendable {
    case ghcr = "ghcr.io"
    case dockerHub = "Docker Hub"
    case ecr = "ECR"
    case other = "Other"

    /// Sorts a registry name (a host, an image prefix or a plain "Docker Hub") into its row.
    public init(registryName name: String) {
        let n = name.lowercased()
        if n.hasPrefix("ghcr.io") {
            self = .ghcr
        } else if n == "docker hub" || n == "dockerhub" || n.hasPrefix("docker.io")
            || n.hasPrefix("registry-1.docker.io")
            || n.hasPrefix("hub.docker.com") || n.hasPrefix("index.docker.io")
        {
            self = .dockerHub
        } else if n == "ecr" || (n.contains(".dkr.ecr.") && n.contains("amazonaws.com"))
            || n.hasPrefix("public.ecr.aws")
        {
            self = .ecr
        } else {
            self = .other
        }
    }
}

public struct RegistryRow: Equatable, Sendable {
    public let registry: RegistryKind
    public let projects: Int
    public let imagesPushed: Int
    public let totalSizeMB: Double
    public var inUse: Bool { projects > 0 }
}

/// A vulnerability severity as the scanners name it (the raw value).
public enum Severity: String, CaseIterable, Sendable {
    case critical = "CRITICAL"
    case high = "HIGH"
    case medium = "MEDIUM"
    case low = "LOW"

    /// The metric with this severity's target; LOW has none.
    public var metric: MetricID? {
        switch self {
        case .critical: .vulnsCritical
        case .high: .vulnsHigh
        case .medium: .vulnsMedium
        case .low: nil
        }
    }
}

public struct SeverityRow: Equatable, Sendable {
    public let severity: Severity
    /// Total over scanned projects with a known count; nil when none is known.
    public let total: Int?
    /// The project with the largest count, and that count.
    public let worstProject: String?
    public let worstCount: Int?
    public let target: String
    public let status: MetricStatus
}

extension SeverityRow {
    /// "etl-runner (4)", or "-" when no count is known.
    public static func worstText(_ row: SeverityRow) -> String {
        guard let name = row.worstProject, let count = row.worstCount else { return "-" }
        return "\(name) (\(count))"
    }
}

/// The quarterly base image update schedule.
public struct BaseImageSchedule: Equatable, Sendable {
    public let lastUpdate: String?
    public let nextDue: String?
    public let daysSinceLast: Int?
    public let overdue: Bool
}

enum Tables {
    /// The Image Size Distribution's rows: label and which sizes (MB) fall in it.
    static let sizeBuckets: [(label: String, contains: @Sendable (Double) -> Bool)] = [
        ("<150 MB (Excellent)", { $0 < 150 }),
        ("150-250 MB (Good)", { $0 >= 150 && $0 <= 250 }),
        (">250-500 MB (Acceptable)", { $0 > 250 && $0 <= 500 }),
        (">500 MB (Needs optimization)", { $0 > 500 }),
    ]

    /// The Build Time Distribution's rows: label and which times (seconds) fall in it.
    static let buildTimeBuckets: [(label: String, contains: @Sendable (Double) -> Bool)] = [
        ("<30 sec", { $0 < 30 }),
        ("30-60 sec", { $0 >= 30 && $0 <= 60 }),
        ("60-120 sec", { $0 > 60 && $0 <= 120 }),
        (">120 sec", { $0 > 120 }),
    ]

    static func sizeDistribution(_ docker: [(name: String, docker: DockerSetup)]) -> [DistributionRow] {
        let sizes = docker.compactMap(\.docker.imageSizeMB)
        return sizeBuckets.map { label, test in
            let count = sizes.filter(test).count
            return DistributionRow(
                label: label, count: count, share: sizes.isEmpty ? nil : Double(count) / Double(sizes.count))
        }
    }

    static func buildTimeDistribution(_ docker: [(name: String, docker: DockerSetup)], under30: String, over120: String)
        -> [BuildTimeRow]
    {
        let uncached = docker.compactMap(\.docker.buildTimeUncachedS)
        let cached = docker.compactMap(\.docker.buildTimeCachedS)
        // The first and last buckets carry the two cached-build targets.
        let targets = [under30 + " (cached)", "", "", over120 + " (cached)"]
        return zip(buildTimeBuckets, targets).map { bucket, target in
            BuildTimeRow(
                label: bucket.label, uncached: uncached.filter(bucket.contains).count,
                cached: cached.filter(bucket.contains).count, target: target)
        }
    }

    static func cache(_ docker: [(name: String, docker: DockerSetup)], rateTarget: Double, speedupTarget: Double)
        -> [CacheRow]
    {
        docker.compactMap { name, d in
            let speedup = speedupOf(d)
            guard d.cacheHitRate != nil || speedup != nil else { return nil }
            let status = MetricStatus.worse(
                MetricStatus.evaluate(value: d.cacheHitRate, target: rateTarget, direction: .atLeast),
                MetricStatus.evaluate(value: speedup, target: speedupTarget, direction: .atLeast))
            return CacheRow(project: name, hitRate: d.cacheHitRate, speedup: speedup, status: status)
        }
    }

    /// Uncached over cached build time; unknown when either is unknown or cached is 0.
    static func speedupOf(_ d: DockerSetup) -> Double? {
        guard let u = d.buildTimeUncachedS, let c = d.buildTimeCachedS, c > 0 else { return nil }
        return u / c
    }

    static func registries(_ docker: [(name: String, docker: DockerSetup)]) -> [RegistryRow] {
        var rows: [RegistryKind: (Int, Int, Double)] = [:]
        // Few distinct registry names, many projects: classify each name once.
        var kinds: [String: RegistryKind] = [:]
        for (_, d) in docker {
            guard let registry = d.registry else { continue }
            let kind = kinds[registry.name] ?? RegistryKind(registryName: registry.name)
            kinds[registry.name] = kind
            var row = rows[kind] ?? (0, 0, 0)
            row.0 += 1
            row.1 = [row.1, registry.imagesPushed ?? 0].saturatingSum
            row.2 += registry.totalSizeMB ?? 0
            rows[kind] = row
        }
        return RegistryKind.allCases.map { kind in
            let row = rows[kind] ?? (0, 0, 0)
            return RegistryRow(registry: kind, projects: row.0, imagesPushed: row.1, totalSizeMB: row.2)
        }
    }

    static func severities(_ docker: [(name: String, docker: DockerSetup)], metrics: (MetricID) -> MetricResult)
        -> [SeverityRow]
    {
        let scans = docker.compactMap { d in d.docker.vulnerabilities.map { (name: d.name, scan: $0) } }
        // Closures, not key paths: key-path reads were a tenth of the report's cost at 20k projects.
        let rows: [(Severity, (VulnerabilityScan) -> Int?)] = [
            (.critical, { $0.critical }), (.high, { $0.high }), (.medium, { $0.medium }), (.low, { $0.low }),
        ]
        return rows.map { severity, count in
            let counted = scans.compactMap { s in count(s.scan).map { (name: s.name, count: $0) } }
            let known = counted.map(\.count)
            // The first of the largest, in inventory order.
            let worst = counted.reduce(nil as (name: String, count: Int)?) { best, next in
                best.map { $0.count >= next.count ? $0 : next } ?? next
            }
            let metric = severity.metric.map(metrics)
            let target: String
            switch severity {
            // The seed states the worst project's bound as "<10 per project".
            case .medium: target = "<\(MetricFormat.number((metric?.target ?? 9) + 1)) per project"
            case .critical, .high, .low: target = metric.map { MetricFormat.number($0.target) } ?? "N/A"
            }
            return SeverityRow(
                severity: severity, total: known.isEmpty ? nil : known.saturatingSum,
                worstProject: worst?.name, worstCount: worst?.count, target: target, status: metric?.status ?? .noData)
        }
    }

    static func baseImageSchedule(_ updates: [BaseImageUpdate], now: Double, intervalDays: Double) -> BaseImageSchedule
    {
        let last = updates.compactMap { u in ISODate.seconds(u.date).map { ($0, u.date) } }.max { $0.0 < $1.0 }
        guard let last else {
            return BaseImageSchedule(lastUpdate: nil, nextDue: nil, daysSinceLast: nil, overdue: false)
        }
        let due = last.0 + intervalDays * ISODate.secondsPerDay
        let days = ISODate.wholeDays((now - last.0) / ISODate.secondsPerDay)
        return BaseImageSchedule(
            lastUpdate: last.1, nextDue: ISODate.day(fromSeconds: due), daysSinceLast: days, overdue: now > due)
    }
}
