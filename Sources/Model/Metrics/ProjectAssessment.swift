/// One project measured against the ledger's targets: its level, what it lacks for the next,
/// which targets its own facts miss and which it has no data for. Shown in the project detail
/// and the per-project status of the CSV export.
public struct ProjectAssessment: Equatable, Sendable {
    public struct Miss: Equatable, Sendable {
        public let metricID: MetricID
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
        func flag(_ id: MetricID, _ value: Bool?) {
            let label = id.definition.label
            guard let value else { unknown.append(label); return }
            if !value { misses.append(Miss(metricID: id, label: label, actual: "no", target: "yes")) }
        }
        func limit(_ id: MetricID, _ value: Double?) {
            let definition = id.definition
            let target = MetricEngine.target(id, in: ledger)
            guard let value else { unknown.append(definition.label); return }
            if MetricStatus.evaluate(value: value, target: target, direction: definition.direction) != .met {
                misses.append(Miss(metricID: id, label: definition.label, actual: MetricFormat.value(value, unit: definition.unit),
                                   target: definition.describe(target: target)))
            }
        }
        flag(.coverageMultiStage, d.multiStage)
        flag(.securityNonRoot, d.nonRoot)
        flag(.securityMinimalBase, d.minimalBase)
        flag(.securitySecretsFree, d.secretsFree)
        limit(.qualityImageSizeMB, d.imageSizeMB)
        limit(.qualityBuildContextMB, d.buildContextMB)
        limit(.qualityLayers, d.layers.map(Double.init))
        if let scan = d.vulnerabilities {
            limit(.vulnsCritical, scan.critical.map(Double.init))
            limit(.vulnsHigh, scan.high.map(Double.init))
            limit(.vulnsMedium, scan.medium.map(Double.init))
        } else {
            misses.append(Miss(metricID: .securityScansPassing, label: MetricID.securityScansPassing.definition.label, actual: "never scanned", target: "scanned"))
        }
        limit(.perfBuildUncachedS, d.buildTimeUncachedS)
        limit(.perfBuildCachedS, d.buildTimeCachedS)
        limit(.perfStartupS, d.startupTimeS)
        limit(.perfHealthCheckMs, d.healthCheckLatencyMs)
        limit(.cacheHitRate, d.cacheHitRate)
        limit(.cacheSpeedup, Tables.speedupOf(d))
        if let platforms = d.platforms {
            if !platforms.contains("linux/amd64") {
                misses.append(Miss(metricID: .archAmd64, label: MetricID.archAmd64.definition.label, actual: "not built", target: "built"))
            }
        } else {
            unknown.append("Platforms")
        }
        if project.ciEnabled {
            flag(.ciBuildx, project.ci?.buildx)
            flag(.ciGhaCache, project.ci?.ghaCache)
        }
        return ProjectAssessment(level: level, missingForNextLevel: AdoptionLevel.missingForNextLevel(project),
                                 misses: misses, unknown: unknown)
    }
}
