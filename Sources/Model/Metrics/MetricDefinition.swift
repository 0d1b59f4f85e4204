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
    case coverage, levels, imageQuality, security, vulnerabilities, performance, cache, ciCd, multiArch, efficiency, maintenance

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

/// A catalog entry: everything about a metric except its value.
public struct MetricDefinition: Sendable {
    public let id: String
    public let section: MetricSection
    public let label: String
    public let defaultTarget: Double
    public let direction: Direction
    public let unit: MetricUnit
    /// The projects it counts over: who can fail it, one by one (the drill-down and the names
    /// in reports). Most metrics count over the Docker projects.
    public var scope: MetricScope = .docker

    /// Targets written as text the way the seed does: "≥70%", "≤250", "<10 per project".
    public func describe(target: Double) -> String {
        direction.rawValue + MetricFormat.value(target, unit: unit)
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

/// The metric catalog of DESIGN section 4, in the order the ledger document shows them.
public enum MetricCatalog {
    public static let all: [MetricDefinition] = [
        .init(id: "coverage.docker", section: .coverage, label: "Projects with Docker", defaultTarget: 0.70, direction: .atLeast, unit: .share, scope: .newProjects),
        .init(id: "coverage.multiStage", section: .coverage, label: "Multi-stage builds", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "coverage.nonRoot", section: .coverage, label: "Non-root execution", defaultTarget: 0.90, direction: .atLeast, unit: .share),
        .init(id: "coverage.imageSize", section: .coverage, label: "Image size ≤250MB", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "coverage.ciCache", section: .coverage, label: "CI cache enabled", defaultTarget: 0.80, direction: .atLeast, unit: .share, scope: .ci),
        .init(id: "level.1", section: .levels, label: "Level 1: Basic Docker", defaultTarget: 0.30, direction: .atLeast, unit: .share, scope: .active),
        .init(id: "level.2", section: .levels, label: "Level 2: Orchestration", defaultTarget: 0.50, direction: .atLeast, unit: .share, scope: .active),
        .init(id: "level.3", section: .levels, label: "Level 3: CI/CD Integration", defaultTarget: 0.70, direction: .atLeast, unit: .share, scope: .active),
        .init(id: "level.4", section: .levels, label: "Level 4: Production", defaultTarget: 0.70, direction: .atLeast, unit: .share, scope: .active),
        .init(id: "quality.imageSizeMB", section: .imageQuality, label: "Image size (MB)", defaultTarget: 250, direction: .atMost, unit: .megabytes),
        .init(id: "quality.buildContextMB", section: .imageQuality, label: "Build context (MB)", defaultTarget: 20, direction: .atMost, unit: .megabytes),
        .init(id: "quality.layers", section: .imageQuality, label: "Layers", defaultTarget: 15, direction: .atMost, unit: .count),
        .init(id: "security.nonRoot", section: .security, label: "Non-root execution", defaultTarget: 0.90, direction: .atLeast, unit: .share),
        .init(id: "security.minimalBase", section: .security, label: "Minimal base images", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "security.secretsFree", section: .security, label: "No secrets in images", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "security.scansPassing", section: .security, label: "Vulnerability scans passing", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "vulns.critical", section: .vulnerabilities, label: "CRITICAL vulnerabilities (total)", defaultTarget: 0, direction: .atMost, unit: .count),
        .init(id: "vulns.high", section: .vulnerabilities, label: "HIGH vulnerabilities (total)", defaultTarget: 0, direction: .atMost, unit: .count),
        .init(id: "vulns.medium", section: .vulnerabilities, label: "MEDIUM vulnerabilities (worst project)", defaultTarget: 9, direction: .atMost, unit: .count),
        .init(id: "perf.buildUncachedS", section: .performance, label: "Build time (uncached, sec)", defaultTarget: 180, direction: .atMost, unit: .seconds),
        .init(id: "perf.buildCachedS", section: .performance, label: "Build time (cached, sec)", defaultTarget: 45, direction: .atMost, unit: .seconds),
        .init(id: "perf.startupS", section: .performance, label: "Startup time (sec)", defaultTarget: 10, direction: .atMost, unit: .seconds),
        .init(id: "perf.healthCheckMs", section: .performance, label: "Health check latency (ms)", defaultTarget: 100, direction: .atMost, unit: .milliseconds),
        .init(id: "cache.hitRate", section: .cache, label: "Cache hit rate (average)", defaultTarget: 0.80, direction: .atLeast, unit: .share),
        .init(id: "cache.speedup", section: .cache, label: "Cache speedup (average)", defaultTarget: 6, direction: .atLeast, unit: .ratio),
        .init(id: "ci.buildx", section: .ciCd, label: "Docker Buildx", defaultTarget: 1.00, direction: .atLeast, unit: .share, scope: .ci),
        .init(id: "ci.ghaCache", section: .ciCd, label: "GHA cache", defaultTarget: 0.80, direction: .atLeast, unit: .share, scope: .ci),
        .init(id: "ci.coverage", section: .ciCd, label: "Coverage extraction", defaultTarget: 0.70, direction: .atLeast, unit: .share, scope: .ci),
        .init(id: "ci.multiArch", section: .ciCd, label: "Multi-arch builds", defaultTarget: 0.50, direction: .atLeast, unit: .share, scope: .ci),
        .init(id: "ci.cachedUnder30", section: .ciCd, label: "Cached builds <30 sec", defaultTarget: 0.80, direction: .atLeast, unit: .share),
        .init(id: "ci.cachedOver120", section: .ciCd, label: "Cached builds >120 sec", defaultTarget: 0, direction: .atMost, unit: .share),
        .init(id: "arch.amd64", section: .multiArch, label: "linux/amd64", defaultTarget: 1.00, direction: .atLeast, unit: .share),
        .init(id: "arch.arm64", section: .multiArch, label: "linux/arm64", defaultTarget: 0.50, direction: .atLeast, unit: .share),
        .init(id: "efficiency.time", section: .efficiency, label: "Time savings", defaultTarget: 0.80, direction: .atLeast, unit: .share),
        .init(id: "efficiency.cost", section: .efficiency, label: "Cost savings", defaultTarget: 0.60, direction: .atLeast, unit: .share),
        .init(id: "maintenance.baseImageAgeDays", section: .maintenance, label: "Days since last base image update", defaultTarget: 92, direction: .atMost, unit: .days, scope: .ledger),
    ]

    private static let byID: [String: MetricDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0) })

    public static func definition(_ id: String) -> MetricDefinition? { byID[id] }
}
