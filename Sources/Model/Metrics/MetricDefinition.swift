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
    /// The value from the populations the engine splits once per report.
    let compute: @Sendable (MetricInputs) -> Measurement

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
    /// The catalog row of this metric: its label, default target and computation. A switch,
    /// so a new `MetricID` case does not compile until it has its row.
    public var definition: MetricDefinition {
        // Shares count only known values: an unknown flag is neither yes nor no.
        // A count over one population, which is the metric's scope.
        struct Counting {
            let scope: MetricScope
            let count: @Sendable (MetricInputs) -> (Int, Int)
        }
        func share(
            _ section: MetricSection, _ label: String, _ target: Double,
            _ counting: Counting, direction: Direction = .atLeast
        ) -> MetricDefinition {
            MetricDefinition(
                id: self, section: section, label: label, defaultTarget: target, direction: direction, unit: .share,
                scope: counting.scope
            ) {
                let (yes, known) = counting.count($0)
                return .share(yes: yes, known: known)
            }
        }
        // Averages over the known values of Docker projects.
        func average(
            _ section: MetricSection, _ label: String, _ target: Double, _ unit: MetricUnit,
            _ value: @escaping @Sendable (DockerSetup) -> Double?
        ) -> MetricDefinition {
            MetricDefinition(
                id: self, section: section, label: label, defaultTarget: target, direction: .atMost, unit: unit,
                scope: .docker
            ) {
                .average(Tally.summary($0.population.docker) { value($0.docker) })
            }
        }
        // Over the Docker projects (their scans, cache, economics) unless said otherwise.
        func single(
            _ section: MetricSection, _ label: String, _ target: Double, _ direction: Direction, _ unit: MetricUnit,
            scope: MetricScope = .docker, _ compute: @escaping @Sendable (MetricInputs) -> Measurement
        ) -> MetricDefinition {
            MetricDefinition(
                id: self, section: section, label: label, defaultTarget: target, direction: direction, unit: unit,
                scope: scope, compute: compute)
        }
        func docker(_ flag: @escaping @Sendable (DockerSetup) -> Bool?) -> Counting {
            Counting(scope: .docker) { Tally.share($0.population.docker) { flag($0.docker) } }
        }
        func ci(_ flag: @escaping @Sendable (CISetup) -> Bool?) -> Counting {
            Counting(scope: .ci) { Tally.share($0.population.ci) { flag($0.ci) } }
        }
        func atLevel(_ level: Int) -> Counting {
            // At that level or above, over active projects.
            Counting(scope: .active) { ($0.activeLevels.filter { $0 >= level }.count, $0.activeLevels.count) }
        }

        switch self {
        case .coverageDocker:
            return share(
                .coverage, "Projects with Docker", 0.70,
                Counting(scope: .newProjects) { ($0.population.newWithDocker, $0.population.newCount) })
        case .coverageMultiStage: return share(.coverage, "Multi-stage builds", 1.00, docker { $0.multiStage })
        case .coverageNonRoot: return share(.coverage, "Non-root execution", 0.90, docker { $0.nonRoot })
        case .coverageImageSize:
            return share(.coverage, "Image size ≤250MB", 1.00, docker { $0.imageSizeMB.map { $0 <= 250 } })
        case .coverageCiCache: return share(.coverage, "CI cache enabled", 0.80, ci { $0.ghaCache })
        case .level1: return share(.levels, "Level 1: Basic Docker", 0.30, atLevel(1))
        case .level2: return share(.levels, "Level 2: Orchestration", 0.50, atLevel(2))
        case .level3: return share(.levels, "Level 3: CI/CD Integration", 0.70, atLevel(3))
        case .level4: return share(.levels, "Level 4: Production", 0.70, atLevel(4))
        case .qualityImageSizeMB: return average(.imageQuality, "Image size (MB)", 250, .megabytes) { $0.imageSizeMB }
        case .qualityBuildContextMB:
            return average(.imageQuality, "Build context (MB)", 20, .megabytes) { $0.buildContextMB }
        case .qualityLayers: return average(.imageQuality, "Layers", 15, .count) { $0.layers.map(Double.init) }
        case .securityNonRoot: return share(.security, "Non-root execution", 0.90, docker { $0.nonRoot })
        case .securityMinimalBase: return share(.security, "Minimal base images", 1.00, docker { $0.minimalBase })
        case .securitySecretsFree: return share(.security, "No secrets in images", 1.00, docker { $0.secretsFree })
        case .securityScansPassing:
            return share(
                .security, "Vulnerability scans passing", 1.00,
                docker { d -> Bool? in
                    // Never scanned: known not to pass. Scanned with unknown counts: unknown.
                    guard let scan = d.vulnerabilities else { return false }
                    guard let critical = scan.critical, let high = scan.high else { return nil }
                    return critical == 0 && high == 0
                })
        case .vulnsCritical:
            return single(.vulnerabilities, "CRITICAL vulnerabilities (total)", 0, .atMost, .count) {
                .total($0.scans.compactMap(\.critical))
            }
        case .vulnsHigh:
            return single(.vulnerabilities, "HIGH vulnerabilities (total)", 0, .atMost, .count) {
                .total($0.scans.compactMap(\.high))
            }
        case .vulnsMedium:
            return single(.vulnerabilities, "MEDIUM vulnerabilities (worst project)", 9, .atMost, .count) {
                let mediums = $0.scans.compactMap(\.medium)
                return .single(mediums.max().map(Double.init), sampleCount: mediums.count)
            }
        case .perfBuildUncachedS:
            return average(.performance, "Build time (uncached, sec)", 180, .seconds) { $0.buildTimeUncachedS }
        case .perfBuildCachedS:
            return average(.performance, "Build time (cached, sec)", 45, .seconds) { $0.buildTimeCachedS }
        case .perfStartupS: return average(.performance, "Startup time (sec)", 10, .seconds) { $0.startupTimeS }
        case .perfHealthCheckMs:
            return average(.performance, "Health check latency (ms)", 100, .milliseconds) { $0.healthCheckLatencyMs }
        case .cacheHitRate:
            return single(.cache, "Cache hit rate (average)", 0.80, .atLeast, .share) {
                .average(Tally.summary($0.population.docker) { $0.docker.cacheHitRate })
            }
        case .cacheSpeedup:
            return single(.cache, "Cache speedup (average)", 6, .atLeast, .ratio) {
                .average(Tally.summary($0.population.docker) { Tables.speedupOf($0.docker) })
            }
        case .ciBuildx: return share(.ciCd, "Docker Buildx", 1.00, ci { $0.buildx })
        case .ciGhaCache: return share(.ciCd, "GHA cache", 0.80, ci { $0.ghaCache })
        case .ciCoverage: return share(.ciCd, "Coverage extraction", 0.70, ci { $0.coverageExtraction })
        case .ciMultiArch: return share(.ciCd, "Multi-arch builds", 0.50, ci { $0.multiArch })
        case .ciCachedUnder30:
            return share(.ciCd, "Cached builds <30 sec", 0.80, docker { $0.buildTimeCachedS.map { $0 < 30 } })
        case .ciCachedOver120:
            return share(
                .ciCd, "Cached builds >120 sec", 0, docker { $0.buildTimeCachedS.map { $0 > 120 } }, direction: .atMost)
        case .archAmd64:
            return share(.multiArch, "linux/amd64", 1.00, docker { $0.platforms.map { $0.contains("linux/amd64") } })
        case .archArm64:
            return share(
                .multiArch, "linux/arm64", 0.50,
                docker { $0.platforms.map { $0.contains { $0.hasPrefix("linux/arm64") } } })
        case .efficiencyTime:
            return single(.efficiency, "Time savings", 0.80, .atLeast, .share) {
                let without = $0.economics.reduce(0) { $0 + $1.hoursWithout }
                let with = $0.economics.reduce(0) { $0 + $1.hoursWith }
                return .single(without > 0 ? (without - with) / without : nil, sampleCount: $0.economics.count)
            }
        case .efficiencyCost:
            return single(.efficiency, "Cost savings", 0.60, .atLeast, .share) {
                let without = $0.economics.reduce(0) { $0 + $1.costWithout }
                let with = $0.economics.reduce(0) { $0 + $1.costWith }
                return .single(without > 0 ? (without - with) / without : nil, sampleCount: $0.economics.count)
            }
        case .maintenanceBaseImageAgeDays:
            return single(.maintenance, "Days since last base image update", 92, .atMost, .days, scope: .ledger) {
                .single($0.baseImageSchedule.daysSinceLast.map(Double.init), sampleCount: nil)
            }
        }
    }
}
