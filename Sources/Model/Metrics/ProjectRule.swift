/// The checks one project's own facts are measured by, stated once: the project detail, the
/// Inventory status and the projects `check` names behind a failing metric all read this table.
struct ProjectRule: Sendable {
    /// The metrics this fact feeds; the first one's target is the project's target.
    let metricIDs: [MetricID]
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
    private static let ciShares: Set<MetricID> = [.ciBuildx, .ciGhaCache, .ciCoverage, .ciMultiArch]

    func verdict(_ project: Project, _ ledger: Ledger) -> Verdict {
        guard let docker = project.docker else { return Verdict(status: .noData, actual: "", target: "") }
        let definition = metricIDs[0].definition
        switch measure(project, docker) {
        case .flag(let value):
            guard let value else { return Verdict(status: .noData, actual: "unknown", target: "yes") }
            return Verdict(status: value ? .met : .behind, actual: value ? "yes" : "no", target: "yes")
        case .number(let value):
            let target = MetricEngine.target(definition.id, in: ledger)
            return Verdict(
                status: MetricStatus.evaluate(value: value, target: target, direction: definition.direction),
                actual: MetricFormat.value(value, unit: definition.unit), target: definition.describe(target: target))
        case .absent(let actual, let target):
            return Verdict(status: .behind, actual: actual, target: target)
        case .notApplicable:
            return Verdict(status: .met, actual: "", target: "")
        }
    }

    static let all: [ProjectRule] = [
        ProjectRule(metricIDs: [.coverageMultiStage], label: "Multi-stage build", inAssessment: true) {
            .flag($1.multiStage)
        },
        ProjectRule(metricIDs: [.securityNonRoot, .coverageNonRoot], label: "Non-root execution", inAssessment: true) {
            .flag($1.nonRoot)
        },
        ProjectRule(metricIDs: [.securityMinimalBase], label: "Minimal base image", inAssessment: true) {
            .flag($1.minimalBase)
        },
        ProjectRule(metricIDs: [.securitySecretsFree], label: "No secrets in the image", inAssessment: true) {
            .flag($1.secretsFree)
        },
        ProjectRule(metricIDs: [.qualityImageSizeMB, .coverageImageSize], label: "Image size", inAssessment: true) {
            .number($1.imageSizeMB)
        },
        ProjectRule(metricIDs: [.qualityBuildContextMB], label: "Build context", inAssessment: true) {
            .number($1.buildContextMB)
        },
        ProjectRule(metricIDs: [.qualityLayers], label: "Layers", inAssessment: true) {
            .number($1.layers.map(Double.init))
        },
        ProjectRule(metricIDs: [.securityScansPassing], label: "Vulnerability scan", inAssessment: true) { _, d in
            d.vulnerabilities == nil ? .absent(actual: "never scanned", target: "scanned") : .notApplicable
        },
        ProjectRule(
            metricIDs: [.vulnsCritical, .securityScansPassing], label: "CRITICAL vulnerabilities", inAssessment: true
        ) { _, d in
            d.vulnerabilities.map { .number($0.critical.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: [.vulnsHigh, .securityScansPassing], label: "HIGH vulnerabilities", inAssessment: true) {
            _, d in
            d.vulnerabilities.map { .number($0.high.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: [.vulnsMedium], label: "MEDIUM vulnerabilities", inAssessment: true) { _, d in
            d.vulnerabilities.map { .number($0.medium.map(Double.init)) } ?? .notApplicable
        },
        ProjectRule(metricIDs: [.perfBuildUncachedS], label: "Build time (uncached)", inAssessment: true) {
            .number($1.buildTimeUncachedS)
        },
        ProjectRule(metricIDs: [.perfBuildCachedS], label: "Build time (cached)", inAssessment: true) {
            .number($1.buildTimeCachedS)
        },
        ProjectRule(metricIDs: [.perfStartupS], label: "Startup time", inAssessment: true) { .number($1.startupTimeS) },
        ProjectRule(metricIDs: [.perfHealthCheckMs], label: "Health check latency", inAssessment: true) {
            .number($1.healthCheckLatencyMs)
        },
        ProjectRule(metricIDs: [.cacheHitRate], label: "Cache hit rate", inAssessment: true) {
            .number($1.cacheHitRate)
        },
        ProjectRule(metricIDs: [.cacheSpeedup], label: "Cache speedup", inAssessment: true) {
            .number(Tables.speedupOf($1))
        },
        ProjectRule(metricIDs: [.archAmd64], label: "Platforms (linux/amd64)", inAssessment: true) { _, d in
            d.platforms.map { .flag($0.contains("linux/amd64")) } ?? .flag(nil)
        },
        ProjectRule(metricIDs: [.ciBuildx], label: "Docker Buildx in CI", inAssessment: true) { p, _ in
            .flag(p.ci?.buildx)
        },
        ProjectRule(metricIDs: [.ciGhaCache, .coverageCiCache], label: "GHA cache in CI", inAssessment: true) { p, _ in
            .flag(p.ci?.ghaCache)
        },
        // Shares whose target is below 100%: not every project is expected to have them, so
        // they name the projects behind the share without counting as a project's own miss.
        ProjectRule(metricIDs: [.ciCoverage], label: "Coverage extraction in CI", inAssessment: false) { p, _ in
            .flag(p.ci?.coverageExtraction)
        },
        ProjectRule(metricIDs: [.ciMultiArch], label: "Multi-arch builds in CI", inAssessment: false) { p, _ in
            .flag(p.ci?.multiArch)
        },
        ProjectRule(metricIDs: [.ciCachedUnder30], label: "Cached build under 30 s", inAssessment: false) {
            .flag($1.buildTimeCachedS.map { $0 < 30 })
        },
        ProjectRule(metricIDs: [.ciCachedOver120], label: "Cached build not over 120 s", inAssessment: false) {
            .flag($1.buildTimeCachedS.map { $0 <= 120 })
        },
        ProjectRule(metricIDs: [.archArm64], label: "Platforms (linux/arm64)", inAssessment: false) { _, d in
            d.platforms.map { .flag($0.contains { $0.hasPrefix("linux/arm64") }) } ?? .flag(nil)
        },
    ]
}

/// The projects that keep a metric from being met: the names `check` prints under a failing
/// metric. Only active projects count, as in the metric itself.
public enum MetricHoldouts {
    public static func projects(behind id: MetricID, in ledger: Ledger) -> [String] {
        let active = ledger.projects.filter(\.isActive)
        if id == .coverageDocker {
            return active.filter { $0.docker == nil && Population.isNew($0, adoptionStart: ledger.meta.adoptionStart) }
                .map(\.name)
        }
        if let index = MetricID.levels.firstIndex(of: id) {
            return active.filter { AdoptionLevel.of($0) < index + 1 }.map(\.name)
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
