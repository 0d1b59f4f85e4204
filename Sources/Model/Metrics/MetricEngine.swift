import Foundation

/// Computes the whole ledger report from a ledger (DESIGN section 4).
public enum MetricEngine {
    /// The effective target of a metric: the ledger's override, else the SAP-011 default.
    public static func target(_ id: String, in ledger: Ledger) -> Double {
        ledger.targets[id] ?? MetricCatalog.definition(id)?.defaultTarget ?? 0
    }

    public static func report(_ ledger: Ledger, asOf now: Double = Date().timeIntervalSince1970) -> LedgerReport {
        let pop = Population(ledger)
        let levels = ledger.projects.map(AdoptionLevel.of)
        // Indices, not zip-and-filter: that copied every project struct.
        let activeIndices = ledger.projects.indices.filter { ledger.projects[$0].isActive }
        let activeLevels = activeIndices.map { levels[$0] }
        var results: [String: MetricResult] = [:]

        func define(_ id: String) -> (MetricDefinition, Double) {
            (MetricCatalog.definition(id)!, target(id, in: ledger))
        }
        func share(_ id: String, _ counts: (Int, Int)) {
            let (d, t) = define(id)
            let (yes, known) = counts
            results[id] = MetricResult(d, target: t, value: known == 0 ? nil : Double(yes) / Double(known), numerator: yes, denominator: known)
        }
        func average(_ id: String, _ s: Tally.Summary) {
            let (d, t) = define(id)
            results[id] = MetricResult(d, target: t, value: s.average, minimum: s.min, maximum: s.max, sampleCount: s.count)
        }
        func single(_ id: String, _ value: Double?, sampleCount: Int? = nil) {
            let (d, t) = define(id)
            results[id] = MetricResult(d, target: t, value: value, sampleCount: sampleCount)
        }

        let docker = pop.docker
        // Coverage
        share("coverage.docker", (pop.newWithDocker, pop.newCount))
        share("coverage.multiStage", Tally.share(docker) { $0.docker.multiStage })
        share("coverage.nonRoot", Tally.share(docker) { $0.docker.nonRoot })
        let sizeLimit = 250.0
        share("coverage.imageSize", Tally.share(docker) { $0.docker.imageSizeMB.map { $0 <= sizeLimit } })
        share("coverage.ciCache", Tally.share(pop.ci) { $0.ci.ghaCache })
        // Levels: at that level or above, over active projects.
        for level in 1...4 {
            share("level.\(level)", (activeLevels.filter { $0 >= level }.count, activeLevels.count))
        }
        // Image quality
        average("quality.imageSizeMB", Tally.summary(docker) { $0.docker.imageSizeMB })
        average("quality.buildContextMB", Tally.summary(docker) { $0.docker.buildContextMB })
        average("quality.layers", Tally.summary(docker) { $0.docker.layers.map(Double.init) })
        // Security
        share("security.nonRoot", Tally.share(docker) { $0.docker.nonRoot })
        share("security.minimalBase", Tally.share(docker) { $0.docker.minimalBase })
        share("security.secretsFree", Tally.share(docker) { $0.docker.secretsFree })
        share("security.scansPassing", Tally.share(docker) { pair -> Bool? in
            // Never scanned: known not to pass. Scanned with unknown counts: unknown.
            guard let scan = pair.docker.vulnerabilities else { return false }
            guard let critical = scan.critical, let high = scan.high else { return nil }
            return critical == 0 && high == 0
        })
        let scans = docker.compactMap(\.docker.vulnerabilities)
        let criticals = scans.compactMap(\.critical)
        let highs = scans.compactMap(\.high)
        let mediums = scans.compactMap(\.medium)
        single("vulns.critical", criticals.isEmpty ? nil : Double(criticals.saturatingSum), sampleCount: criticals.count)
        single("vulns.high", highs.isEmpty ? nil : Double(highs.saturatingSum), sampleCount: highs.count)
        single("vulns.medium", mediums.max().map(Double.init), sampleCount: mediums.count)
        // Performance
        average("perf.buildUncachedS", Tally.summary(docker) { $0.docker.buildTimeUncachedS })
        average("perf.buildCachedS", Tally.summary(docker) { $0.docker.buildTimeCachedS })
        average("perf.startupS", Tally.summary(docker) { $0.docker.startupTimeS })
        average("perf.healthCheckMs", Tally.summary(docker) { $0.docker.healthCheckLatencyMs })
        average("cache.hitRate", Tally.summary(docker) { $0.docker.cacheHitRate })
        average("cache.speedup", Tally.summary(docker) { Tables.speedupOf($0.docker) })
        // CI/CD
        share("ci.buildx", Tally.share(pop.ci) { $0.ci.buildx })
        share("ci.ghaCache", Tally.share(pop.ci) { $0.ci.ghaCache })
        share("ci.coverage", Tally.share(pop.ci) { $0.ci.coverageExtraction })
        share("ci.multiArch", Tally.share(pop.ci) { $0.ci.multiArch })
        share("ci.cachedUnder30", Tally.share(docker) { $0.docker.buildTimeCachedS.map { $0 < 30 } })
        share("ci.cachedOver120", Tally.share(docker) { $0.docker.buildTimeCachedS.map { $0 > 120 } })
        share("arch.amd64", Tally.share(docker) { $0.docker.platforms.map { $0.contains("linux/amd64") } })
        share("arch.arm64", Tally.share(docker) { $0.docker.platforms.map { $0.contains { $0.hasPrefix("linux/arm64") } } })
        // Efficiency
        let economics = activeIndices.compactMap { Economics.project(ledger.projects[$0], level: levels[$0], ledger.assumptions) }
        let hoursWithout = economics.reduce(0) { $0 + $1.hoursWithout }
        let hoursWith = economics.reduce(0) { $0 + $1.hoursWith }
        let costWithout = economics.reduce(0) { $0 + $1.costWithout }
        let costWith = economics.reduce(0) { $0 + $1.costWith }
        single("efficiency.time", hoursWithout > 0 ? (hoursWithout - hoursWith) / hoursWithout : nil, sampleCount: economics.count)
        single("efficiency.cost", costWithout > 0 ? (costWithout - costWith) / costWithout : nil, sampleCount: economics.count)
        // Maintenance
        let interval = target("maintenance.baseImageAgeDays", in: ledger)
        let schedule = Tables.baseImageSchedule(ledger.maintenance.baseImageUpdates, now: now, intervalDays: interval)
        single("maintenance.baseImageAgeDays", schedule.daysSinceLast.map(Double.init))

        let metrics = MetricCatalog.all.map { results[$0.id]! }
        let levelRows = (1...4).map { level in
            LedgerReport.LevelRow(level: level, name: AdoptionLevel.names[level]!,
                                  exactly: activeLevels.filter { $0 == level }.count, metric: results["level.\(level)"]!)
        }
        let counts = LedgerReport.Counts(
            projects: ledger.projects.count, active: pop.activeCount, archived: ledger.projects.count - pop.activeCount,
            new: pop.newCount, docker: docker.count, ci: pop.ci.count,
            issues: ledger.issues.count, openIssues: ledger.issues.filter(\.isOpen).count)
        return LedgerReport(
            asOf: now, metrics: metrics, counts: counts, projectLevels: levels, levelRows: levelRows,
            sizeDistribution: Tables.sizeDistribution(docker),
            buildTimeDistribution: Tables.buildTimeDistribution(
                docker, under30: results["ci.cachedUnder30"]!.formattedTarget, over120: results["ci.cachedOver120"]!.formattedTarget),
            cache: Tables.cache(docker, rateTarget: target("cache.hitRate", in: ledger), speedupTarget: target("cache.speedup", in: ledger)),
            registries: Tables.registries(docker),
            severities: Tables.severities(scans, metrics: results),
            timeSavings: Economics.timeSavings(economics, ledger.assumptions, target: target("efficiency.time", in: ledger)),
            costSavings: Economics.costSavings(economics, ledger.assumptions, target: target("efficiency.cost", in: ledger)),
            roiByLevel: Economics.levels(ledger.assumptions, projects: economics),
            roiByProject: economics,
            commonIssues: IssueStatistics.commonIssues(ledger.issues),
            resolutionPatterns: IssueStatistics.resolutionPatterns(ledger.issues),
            baseImageSchedule: schedule,
            trend: ledger.history.sorted { $0.date < $1.date },
            oversizedWithoutIssue: IssueStatistics.oversizedWithoutIssue(docker, ledger.issues))
    }
}
