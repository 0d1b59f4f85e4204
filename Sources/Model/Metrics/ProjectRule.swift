/// The checks one project's own facts are measured by, stated once: the project detail, the
/// Inventory status and the projects `check` names behind a failing metric all read this table.
struct ProjectRule: Sendable {
    /// The metrics this fact feeds; the first one's target is the project's target.
    let metricIDs: [String]
    /// What the check is called for one project.
    let label: String
    /// Shown in the project detail; the others only name the projects behind a share.
    let inAssessment: Bool
    let measure: @Sendable (Project, DockerSetup) -> Measure

    enum Measure {
        /// A yes/no fact: "no" is behind, unknown is no data.
        case flag(Bool?)
        /// A measurement graded against the metric's target by the status rule.
        case number(Double?)
        /// A fact that is missing outright (never scanned), with what to call it.
        case absent(actual: String, target: String)
        /// Nothing to grade for this project.
        case notApplicable
    }

    struct Verdict {
        let status: MetricStatus
        let actual: String
        let target: String
    }

    func applies(_ project: Project) -> Bool {
        project.docker != nil && (!Self.ciShares.contains(metricIDs[0]) || project.ciEnabled)
    }

    /// Shares counted over CI projects only.
    private static let ciShares: Set<String> = ["ci.buildx", "ci.ghaCache", "ci.coverage", "ci.multiArch"]

    func verdict(_ project: Project, _ ledger: Ledger) -> Verdict {
        guard let docker = project.docker else { return Verdict(status: .noData, actual: "", target: "") }
        let definition = MetricCatalog.definition(metricIDs[0])!
        switch measure(project, docker) {
        case .flag(let value):
            guard let value else { return Verdict(status: .noData, actual: "unknown", target: "yes") }
            return Verdict(status: value ? .met : .behind, actual: value ? "yes" : "no", target: "yes")
        case .number(let value):
            let target = MetricEngine.target(definition.id, in: ledger)
            return Verdict(status: MetricStatus.evaluate(value: value, target: target, direction: definition.direction),
                           actual: MetricFormat.value(value, unit: definition.unit), target: definition.describe(target: target))
        case .absent(let actual, let target):
            return Verdict(status: .behind, actual: actual, target: target)
        case .notApplicable:
            return Verdict(status: .met, actual: "", target: "")
        }
    }

    static let all: [ProjectRule] = [
        ProjectRule(metricIDs: ["coverage.multiStage"], label: "Multi-stage build", inAssessment: true) { .flag($1.multiStage) },
        ProjectRule(metricIDs: ["security.nonRoot", "coverage.nonRoot"], label: "Non-root execution", inAssessment: true) { .flag($1.nonRoot) },
        ProjectRule(metricIDs: ["security.minimalBase"], label: "Minimal base image", inAssessment: true) { .flag($1.minimalBase) },
        ProjectRule(metricIDs: ["security.secretsFree"], label: "No secrets in the image", inAssessment: true) { .flag($1.secretsFree) },
        ProjectRule(metricIDs: ["quality.imageSizeMB", "coverage.imageSize"], label: "Image size", inAssessment: true) { .number($1.imageSizeMB) },
        ProjectRule(metricIDs: ["quality.buildContextMB"], label: "Build context", inAssessment: true) { .number($1.buildContextMB) },
        ProjectRule(metricIDs: ["quality.layers"], label: "Layers", inAssessment: true) { .number($1.layers.map(Double.init)) },
        ProjectRule(metricIDs: ["security.scansPassing"], label: "Vulnerability scan", inAssessment: true) { _, d in
            d.vulnerabilities == nil ? .absent(actual: "never scanned", target: "scanned") : .notApplicable
        },
        ProjectRule(metricIDs: ["vulns.critical", "security.scansPassing"], label: "CRITICAL vulnerabilities", inAssessment: true) { _, d in
            d.vulnerabilities.map { .number($0.critical.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: ["vulns.high", "security.scansPassing"], label: "HIGH vulnerabilities", inAssessment: true) { _, d in
            d.vulnerabilities.map { .number($0.high.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: ["vulns.medium"], label: "MEDIUM vulnerabilities", inAssessment: true) { _, d in
            d.vulnerabilities.map { .number($0.medium.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: ["perf.buildUncachedS"], label: "Build time (uncached)", inAssessment: true) { .number($1.buildTimeUncachedS) },
        ProjectRule(metricIDs: ["perf.buildCachedS"], label: "Build time (cached)", inAssessment: true) { .number($1.buildTimeCachedS) },
        ProjectRule(metricIDs: ["perf.startupS"], label: "Startup time", inAssessment: true) { .number($1.startupTimeS) },
        ProjectRule(metricIDs: ["perf.healthCheckMs"], label: "Health check latency", inAssessment: true) { .number($1.healthCheckLatencyMs) },
        ProjectRule(metricIDs: ["cache.hitRate"], label: "Cache hit rate", inAssessment: true) { .number($1.cacheHitRate) },
        ProjectRule(metricIDs: ["cache.speedup"], label: "Cache speedup", inAssessment: true) { .number(Tables.speedupOf($1)) },
        ProjectRule(metricIDs: ["arch.amd64"], label: "Platforms (linux/amd64)", inAssessment: true) { _, d in
            d.platforms.map { .flag($0.contains("linux/amd64")) } ?? .flag(nil)
        },
        ProjectRule(metricIDs: ["ci.buildx"], label: "Docker Buildx in CI", inAssessment: true) { p, _ in .flag(p.ci?.buildx) },
        ProjectRule(metricIDs: ["ci.ghaCache", "coverage.ciCache"], label: "GHA cache in CI", inAssessment: true) { p, _ in .flag(p.ci?.ghaCache) },
        // Shares whose target is below 100%: not every project is expected to have them, so
        // they name the projects behind the share without counting as a project's own miss.
        ProjectRule(metricIDs: ["ci.coverage"], label: "Coverage extraction in CI", inAssessment: false) { p, _ in .flag(p.ci?.coverageExtraction) },
        ProjectRule(metricIDs: ["ci.multiArch"], label: "Multi-arch builds in CI", inAssessment: false) { p, _ in .flag(p.ci?.multiArch) },
        ProjectRule(metricIDs: ["ci.cachedUnder30"], label: "Cached build under 30 s", inAssessment: false) { .flag($1.buildTimeCachedS.map { $0 < 30 }) },
        ProjectRule(metricIDs: ["ci.cachedOver120"], label: "Cached build not over 120 s", inAssessment: false) { .flag($1.buildTimeCachedS.map { $0 <= 120 }) },
        ProjectRule(metricIDs: ["arch.arm64"], label: "Platforms (linux/arm64)", inAssessment: false) { _, d in
            d.platforms.map { .flag($0.contains { $0.hasPrefix("linux/arm64") }) } ?? .flag(nil)
        },
    ]
}

/// The projects that keep a metric from being met: the names `check` prints under a failing
/// metric. Only active projects count, as in the metric itself.
public enum MetricHoldouts {
    public static func projects(behind id: String, in ledger: Ledger) -> [String] {
        let active = ledger.projects.filter(\.isActive)
        if id == "coverage.docker" {
            return active.filter { $0.docker == nil && Population.isNew($0, adoptionStart: ledger.meta.adoptionStart) }.map(\.name)
        }
        if id.hasPrefix("level."), let level = Int(id.dropFirst("level.".count)) {
            return active.filter { AdoptionLevel.of($0) < level }.map(\.name)
        }
        let rules = ProjectRule.all.filter { $0.metricIDs.contains(id) }
        guard !rules.isEmpty else { return [] }
        return active.filter { p in
            rules.contains { rule in
                guard rule.applies(p) else { return false }
                let status = rule.verdict(p, ledger).status
                return status == .progressing || status == .behind
            }
        }.map(\.name)
    }
}
