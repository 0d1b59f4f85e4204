/// Which way a target points: at least (coverage, rates) or at most (sizes, times, counts).
public enum Direction: String, Sendable {
    case atLeast = ">="
    case atMost = "<="
}

public enum MetricUnit: String, Sendable {
    /// A fraction 0...1, shown as a percentage.
    case share
    case megabytes = "MB"
    case seconds = "s"
    case milliseconds = "ms"
    case count
    case ratio = "x"
    case days
}

/// The sections of the SAP-011 ledger a metric belongs to, in document order.
public enum MetricSection: String, CaseIterable, Sendable {
    case coverage, levels, imageQuality, security, vulnerabilities, performance, cache, ciCd, multiArch, efficiency,
        maintenance

    public var title: String {
        switch self {
        case .coverage: "Coverage Statistics"
        case .levels: "Adoption by Level"
        case .imageQuality: "Image Quality"
        case .security: "Security Metrics"
        case .vulnerabilities: "Vulnerability Scan Results"
        case .performance: "Performance Metrics"
        case .cache: "Cache Hit Rate"
        case .ciCd: "GitHub Actions Adoption"
        case .multiArch: "Multi-Architecture Support"
        case .efficiency: "Efficiency Metrics"
        case .maintenance: "Maintenance"
        }
    }
}

/// A catalog entry: everything about a metric, including how it is computed.
public struct MetricDefinition: Sendable {
    public let id: MetricID
    public let section: MetricSection
    public let label: String
    public let defaultTarget: Double
    public let direction: Direction
    public let unit: MetricUnit
    /// The projects it counts over: who can fail it, one by one (the drill-down and the names
    /// in reports).
    public let scope: MetricScope
    /// How the projects' contributions combine into the ledger's value.
    let aggregate: Aggregate
    /// What one project in scope contributes; the same value graded alone is the project's own
    /// standing on the metric (the drill-down, the project detail, `check` and the JSON report).
    let own: @Sendable (ProjectFacts) -> Contribution

    /// Targets written as text the way the seed does: "≥70%", "≤250", "<10 per project".
    public func describe(target: Double) -> String {
        direction.rawValue + MetricFormat.target(target, unit: unit)
    }
}

/// Which projects a metric counts over (only active ones ever count).
public enum MetricScope: Sendable {
    /// Projects not known to predate the adoption start.
    case newProjects
    case active
    case docker
    /// Docker projects whose CI is enabled.
    case ci
    /// Not counted over projects (the base image schedule is the ledger's own).
    case ledger

    /// Whether the metric counts this project.
    public func includes(_ p: Project, adoptionStart: String?) -> Bool {
        guard p.isActive else { return false }
        switch self {
        case .newProjects: return Population.isNew(p, adoptionStart: adoptionStart)
        case .active: return true
        case .docker: return p.docker != nil
        case .ci: return p.docker != nil && p.ciEnabled
        case .ledger: return false
        }
    }
}

/// The metric catalog, in the order the ledger document shows them.
public enum MetricCatalog {
    public static let all: [MetricDefinition] = MetricID.allCases.map(\.definition)
}

extension MetricID {
    /// The catalog row of this metric: its label, default target and what each project adds
    /// to it. A switch, so a new `MetricID` case does not compile until it has its row.
    public var definition: MetricDefinition {
        func row(
            _ section: MetricSection, _ label: String, _ target: Double, _ direction: Direction, _ unit: MetricUnit,
            _ scope: MetricScope, _ aggregate: Aggregate, _ own: @escaping @Sendable (ProjectFacts) -> Contribution
        ) -> MetricDefinition {
            MetricDefinition(
                id: self, section: section, label: label, defaultTarget: target, direction: direction, unit: unit,
                scope: scope, aggregate: aggregate, own: own)
        }
        // Shares count only known values: an unknown flag is neither yes nor no.
        func share(
            _ section: MetricSection, _ label: String, _ target: Double, _ scope: MetricScope,
            direction: Direction = .atLeast, _ flag: @escaping @Sendable (ProjectFacts) -> Bool?
        ) -> MetricDefinition {
            row(section, label, target, direction, .share, scope, .share) {
                flag($0).map(Contribution.flag) ?? .unknown
            }
        }
        // The closures read one field through the facts (`$0.docker?.nonRoot`): handing them the
        // whole DockerSetup copied it for every project and metric, most of the engine's time.
        func docker(
            _ section: MetricSection, _ label: String, _ target: Double, direction: Direction = .atLeast,
            _ flag: @escaping @Sendable (ProjectFacts) -> Bool?
        ) -> MetricDefinition {
            share(section, label, target, .docker, direction: direction, flag)
        }
        func ci(_ label: String, _ target: Double, _ flag: @escaping @Sendable (ProjectFacts) -> Bool?)
            -> MetricDefinition
        {
            share(.ciCd, label, target, .ci, flag)
        }
        // Averages over the known values of Docker projects.
        func average(
            _ section: MetricSection, _ label: String, _ target: Double, _ unit: MetricUnit,
            direction: Direction = .atMost, _ value: @escaping @Sendable (ProjectFacts) -> Double?
        ) -> MetricDefinition {
            row(section, label, target, direction, unit, .docker, .average) {
                value($0).map(Contribution.value) ?? .unknown
            }
        }
        // Counts from the vulnerability scan: summed, or the worst project's.
        func scan(
            _ label: String, _ target: Double, _ aggregate: Aggregate,
            _ count: @escaping @Sendable (ProjectFacts) -> Int?
        ) -> MetricDefinition {
            row(.vulnerabilities, label, target, .atMost, .count, .docker, aggregate) {
                count($0).map(Contribution.count) ?? .unknown
            }
        }
        func savings(
            _ label: String, _ target: Double, _ pair: @escaping @Sendable (ProjectEconomics) -> (Double, Double)
        ) -> MetricDefinition {
            row(.efficiency, label, target, .atLeast, .share, .docker, .savings) { facts in
                facts.economics.map { e in
                    let (without, with) = pair(e)
                    return .savings(without: without, with: with)
                } ?? .unknown
            }
        }
        // At that level or above, over active projects.
        func atLevel(_ label: String, _ target: Double, _ level: Int) -> MetricDefinition {
            share(.levels, label, target, .active) { $0.level >= level }
        }

        switch self {
        case .coverageDocker:
            return share(.coverage, "Projects with Docker", 0.70, .newProjects) { $0.docker != nil }
        case .coverageMultiStage: return docker(.coverage, "Multi-stage builds", 1.00) { $0.docker?.multiStage }
        case .coverageNonRoot: return docker(.coverage, "Non-root execution", 0.90) { $0.docker?.nonRoot }
        case .coverageImageSize:
            return docker(.coverage, "Image size ≤250MB", 1.00) { $0.docker?.imageSizeMB.map { $0 <= 250 } }
        case .coverageCiCache: return share(.coverage, "CI cache enabled", 0.80, .ci) { $0.ci?.ghaCache }
        case .level1: return atLevel("Level 1: Basic Docker", 0.30, 1)
        case .level2: return atLevel("Level 2: Orchestration", 0.50, 2)
        case .level3: return atLevel("Level 3: CI/CD Integration", 0.70, 3)
        case .level4: return atLevel("Level 4: Production", 0.70, 4)
        case .qualityImageSizeMB:
            return average(.imageQuality, "Image size (MB)", 250, .megabytes) { $0.docker?.imageSizeMB }
        case .qualityBuildContextMB:
            return average(.imageQuality, "Build context (MB)", 20, .megabytes) { $0.docker?.buildContextMB }
        case .qualityLayers: return average(.imageQuality, "Layers", 15, .count) { $0.docker?.layers.map(Double.init) }
        case .securityNonRoot: return docker(.security, "Non-root execution", 0.90) { $0.docker?.nonRoot }
        case .securityMinimalBase: return docker(.security, "Minimal base images", 1.00) { $0.docker?.minimalBase }
        case .securitySecretsFree: return docker(.security, "No secrets in images", 1.00) { $0.docker?.secretsFree }
        case .securityScansPassing:
            return docker(.security, "Vulnerability scans passing", 1.00) { f -> Bool? in
                // Never scanned: known not to pass. Scanned with unknown counts: unknown.
                guard f.docker?.vulnerabilities != nil else { return false }
                guard let critical = f.docker?.vulnerabilities?.critical, let high = f.docker?.vulnerabilities?.high
                else { return nil }
                return critical == 0 && high == 0
            }
        case .vulnsCritical:
            return scan("CRITICAL vulnerabilities (total)", 0, .total) { $0.docker?.vulnerabilities?.critical }
        case .vulnsHigh: return scan("HIGH vulnerabilities (total)", 0, .total) { $0.docker?.vulnerabilities?.high }
        case .vulnsMedium:
            return scan("MEDIUM vulnerabilities (worst project)", 9, .worst) { $0.docker?.vulnerabilities?.medium }
        case .perfBuildUncachedS:
            return average(.performance, "Build time (uncached, sec)", 180, .seconds) { $0.docker?.buildTimeUncachedS }
        case .perfBuildCachedS:
            return average(.performance, "Build time (cached, sec)", 45, .seconds) { $0.docker?.buildTimeCachedS }
        case .perfStartupS: return average(.performance, "Startup time (sec)", 10, .seconds) { $0.docker?.startupTimeS }
        case .perfHealthCheckMs:
            return average(.performance, "Health check latency (ms)", 100, .milliseconds) {
                $0.docker?.healthCheckLatencyMs
            }
        case .cacheHitRate:
            return average(.cache, "Cache hit rate (average)", 0.80, .share, direction: .atLeast) {
                $0.docker?.cacheHitRate
            }
        case .cacheSpeedup:
            return average(.cache, "Cache speedup (average)", 6, .ratio, direction: .atLeast) { $0.speedup }
        case .ciBuildx: return ci("Docker Buildx", 1.00) { $0.ci?.buildx }
        case .ciGhaCache: return ci("GHA cache", 0.80) { $0.ci?.ghaCache }
        case .ciCoverage: return ci("Coverage extraction", 0.70) { $0.ci?.coverageExtraction }
        case .ciMultiArch: return ci("Multi-arch builds", 0.50) { $0.ci?.multiArch }
        case .ciCachedUnder30:
            return docker(.ciCd, "Cached builds <30 sec", 0.80) { $0.docker?.buildTimeCachedS.map { $0 < 30 } }
        case .ciCachedOver120:
            return docker(.ciCd, "Cached builds >120 sec", 0, direction: .atMost) {
                $0.docker?.buildTimeCachedS.map { $0 > 120 }
            }
        case .archAmd64:
            return docker(.multiArch, "linux/amd64", 1.00) { $0.docker?.platforms.map { $0.contains("linux/amd64") } }
        case .archArm64:
            return docker(.multiArch, "linux/arm64", 0.50) {
                $0.docker?.platforms.map { $0.contains { $0.hasPrefix("linux/arm64") } }
            }
        case .efficiencyTime: return savings("Time savings", 0.80) { ($0.hoursWithout, $0.hoursWith) }
        case .efficiencyCost: return savings("Cost savings", 0.60) { ($0.costWithout, $0.costWith) }
        case .maintenanceBaseImageAgeDays:
            return row(.maintenance, "Days since last base image update", 92, .atMost, .days, .ledger, .ledger) { _ in
                .unknown
            }
        }
    }
}
