/// One project measured against the ledger's targets: its level, what it lacks for the next,
/// which of its own targets it misses and which it has no data for. Shown in the project
/// detail; its status and count are the Inventory's Status column and the per-project status
/// of every export (`ProjectStandings.summary`, the same grading).
///
/// Each check is a catalog metric computed over this project alone (its `Contribution`) and
/// graded by the same rule as the ledger's totals (MetricStatus.evaluate): a 5.7x speedup
/// against a 6x target is progressing, not behind; a yes/no fact that is "no" is behind.
public struct ProjectAssessment: Equatable, Sendable {
    public struct Miss: Equatable, Sendable {
        public let metricID: MetricID
        /// What the check is called for one project ("CRITICAL vulnerabilities").
        public let label: String
        /// What the project has, e.g. "412 MB" or "no".
        public let actual: String
        public let target: String
        /// progressing or behind.
        public let status: MetricStatus
    }

    /// A project's own targets: the metrics every Docker project is expected to meet, in the
    /// order the detail lists them, with what each is called for one project. Shares with a
    /// target below 100% that not every project is expected to have (coverage extraction,
    /// multi-arch, arm64, cached build bands) and the same fact counted twice (coverage.nonRoot,
    /// coverage.imageSize, coverage.ciCache) name projects behind them in the drill-down and
    /// `check`, but are not a project's own miss.
    public static let checks: [(id: MetricID, label: String)] = [
        (.coverageMultiStage, "Multi-stage build"),
        (.securityNonRoot, "Non-root execution"),
        (.securityMinimalBase, "Minimal base image"),
        (.securitySecretsFree, "No secrets in the image"),
        (.qualityImageSizeMB, "Image size"),
        (.qualityBuildContextMB, "Build context"),
        (.qualityLayers, "Layers"),
        (.securityScansPassing, "Vulnerability scan"),
        (.vulnsCritical, "CRITICAL vulnerabilities"),
        (.vulnsHigh, "HIGH vulnerabilities"),
        (.vulnsMedium, "MEDIUM vulnerabilities"),
        (.perfBuildUncachedS, "Build time (uncached)"),
        (.perfBuildCachedS, "Build time (cached)"),
        (.perfStartupS, "Startup time"),
        (.perfHealthCheckMs, "Health check latency"),
        (.cacheHitRate, "Cache hit rate"),
        (.cacheSpeedup, "Cache speedup"),
        (.archAmd64, "Platforms (linux/amd64)"),
        (.ciBuildx, "Docker Buildx in CI"),
        (.ciGhaCache, "GHA cache in CI"),
    ]

    static let checkOrdinals = checks.map(\.id.ordinal)

    public let level: Int
    public let missingForNextLevel: [String]
    public let misses: [Miss]
    /// Labels of the checks whose facts are unknown.
    public let unknown: [String]

    /// met: no target missed; else the worst status of its misses; noData: no Docker to measure.
    public var status: MetricStatus { summary.status }

    /// How many misses have the project's (worst) status: the "3" of "○ 3 behind".
    public var worstCount: Int { summary.count }

    public var summary: ProjectSummary {
        if level == 0 { return ProjectSummary(status: .noData, count: 0) }
        guard let worst = misses.map(\.status).min() else { return ProjectSummary(status: .met, count: 0) }
        return ProjectSummary(status: worst, count: misses.filter { $0.status == worst }.count)
    }

    public static func of(_ project: Project, in ledger: Ledger) -> ProjectAssessment {
        let grading = Grading(ledger)
        let facts = grading.facts(project)
        var misses: [Miss] = []
        var unknown: [String] = []
        if project.docker != nil {
            for (id, label) in checks {
                let d = MetricCatalog.all[id.ordinal]
                guard d.scope.covers(facts) else { continue }
                let contribution = d.own(facts)
                let status = grading.status(contribution, on: id.ordinal)
                switch status {
                case .noData: unknown.append(label)
                case .met: break
                case .progressing, .behind:
                    let decider = OwnValue(contribution, d, project: project, level: facts.level)
                    misses.append(
                        Miss(
                            metricID: id, label: label, actual: decider.text,
                            target: decider == .neverScanned || decider == .findings
                                ? "passing" : decider.isFlag ? "yes" : d.describe(target: grading.targets[id.ordinal]),
                            status: status))
                }
            }
        }
        return ProjectAssessment(
            level: facts.level, missingForNextLevel: AdoptionLevel.missingForNextLevel(project),
            misses: misses, unknown: unknown)
    }
}

/// The value that decides a project's own standing on a metric, formatted only when shown:
/// yes/no for a share (a level share says the project's level), else the project's own figure.
public enum OwnValue: Equatable, Sendable {
    case unknown
    case yes
    case no
    /// The scan a passing scan needs is missing.
    case neverScanned
    /// Scanned, with CRITICAL or HIGH findings.
    case findings
    case level(Int)
    case figure(Double, MetricUnit)

    init(_ contribution: Contribution, _ d: MetricDefinition, project: Project, level: Int) {
        switch contribution {
        case .unknown: self = .unknown
        case .flag(let yes):
            if d.section == .levels {
                self = .level(level)
            } else if d.id == .securityScansPassing, !yes {
                self = project.docker?.vulnerabilities == nil ? .neverScanned : .findings
            } else {
                self = yes ? .yes : .no
            }
        case .value, .count, .savings:
            self = contribution.ownValue.map { .figure($0, d.unit) } ?? .unknown
        }
    }

    var isFlag: Bool {
        switch self {
        case .yes, .no, .neverScanned, .findings, .level: true
        case .unknown, .figure: false
        }
    }

    public var text: String {
        switch self {
        case .unknown: "unknown"
        case .yes: "yes"
        case .no: "no"
        case .neverScanned: "never scanned"
        case .findings: "CRITICAL/HIGH found"
        case .level(let level): "level \(level)"
        case .figure(let value, let unit): MetricFormat.value(value, unit: unit)
        }
    }
}
