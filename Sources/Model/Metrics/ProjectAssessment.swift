/// One project measured against the ledger's targets: its level, what it lacks for the next,
/// which targets its own facts miss and which it has no data for. Shown in the project detail
/// and the per-project status of the CSV export.
public struct ProjectAssessment: Equatable, Sendable {
    public struct Miss: Equatable, Sendable {
        public let metricID: String
        public let label: String
        /// What the project has, e.g. "412 MB" or "no".
        public let actual: String
        public let target: String
    }

    public let level: Int
    public let missingForNextLevel: [String]
    public let misses: [Miss]
    /// Labels of the checks whose facts are unknown.
    public let unknown: [String]

    /// met: no target missed; behind: at least one; noData: no Docker to measure.
    public var status: MetricStatus {
        if level == 0 { return .noData }
        return misses.isEmpty ? .met : .behind
    }

    public static func of(_ project: Project, in ledger: Ledger) -> ProjectAssessment {
        var misses: [Miss] = []
        var unknown: [String] = []
        let level = AdoptionLevel.of(project)
        guard let d = project.docker else {
            return ProjectAssessment(level: level, missingForNextLevel: AdoptionLevel.missingForNextLevel(project), misses: [], unknown: [])
        }
        func flag(_ id: String, _ value: Bool?) {
            let label = MetricCatalog.definition(id)!.label
            guard let value else { unknown.append(label); return }
            if !value { misses.append(Miss(metricID: id, label: label, actual: "no", target: "yes")) }
        }
        func limit(_ id: String, _ value: Double?) {
            let definition = MetricCatalog.definition(id)!
            let target = MetricEngine.target(id, in: ledger)
            guard let value else { unknown.append(definition.label); return }
            if MetricStatus.evaluate(value: value, target: target, direction: definition.direction) != .met {
                misses.append(Miss(metricID: id, label: definition.label, actual: MetricFormat.value(value, unit: definition.unit),
                                   target: definition.describe(target: target)))
            }
        }
        flag("coverage.multiStage", d.multiStage)
        flag("security.nonRoot", d.nonRoot)
        flag("security.minimalBase", d.minimalBase)
        flag("security.secretsFree", d.secretsFree)
        limit("quality.imageSizeMB", d.imageSizeMB)
        limit("quality.buildContextMB", d.buildContextMB)
        limit("quality.layers", d.layers.map(Double.init))
        if let scan = d.vulnerabilities {
            limit("vulns.critical", scan.critical.map(Double.init))
            limit("vulns.high", scan.high.map(Double.init))
            limit("vulns.medium", scan.medium.map(Double.init))
        } else {
            misses.append(Miss(metricID: "security.scansPassing", label: "Vulnerability scans passing", actual: "never scanned", target: "scanned"))
        }
        limit("perf.buildUncachedS", d.buildTimeUncachedS)
        limit("perf.buildCachedS", d.buildTimeCachedS)
        limit("perf.startupS", d.startupTimeS)
        limit("perf.healthCheckMs", d.healthCheckLatencyMs)
        limit("cache.hitRate", d.cacheHitRate)
        limit("cache.speedup", Tables.speedupOf(d))
        if let platforms = d.platforms {
            if !platforms.contains("linux/amd64") {
                misses.append(Miss(metricID: "arch.amd64", label: "linux/amd64", actual: "not built", target: "built"))
            }
        } else {
            unknown.append("Platforms")
        }
        if project.ciEnabled {
            flag("ci.buildx", project.ci?.buildx)
            flag("ci.ghaCache", project.ci?.ghaCache)
        }
        return ProjectAssessment(level: level, missingForNextLevel: AdoptionLevel.missingForNextLevel(project),
                                 misses: misses, unknown: unknown)
    }
}
