import Foundation

/// Computes the whole ledger report from a ledger: every catalog metric (each computed by its
/// own catalog row, `MetricID.definition`) and the tables that are not one number.
public enum MetricEngine {
    /// The effective target of a metric: the ledger's override, else the SAP-011 default.
    public static func target(_ id: MetricID, in ledger: Ledger) -> Double {
        ledger.targetOverride(id) ?? id.definition.defaultTarget
    }

    public static func report(_ ledger: Ledger, asOf now: Double = Date().timeIntervalSince1970) -> LedgerReport {
        let (metrics, inputs, levels, activeLevels) = compute(ledger, asOf: now)
        let pop = inputs.population
        let docker = pop.docker
        let economics = inputs.economics
        let schedule = inputs.baseImageSchedule
        func result(_ id: MetricID) -> MetricResult { metrics[id.ordinal] }

        let levelRows = MetricID.levels.enumerated().map { i, id in
            let level = i + 1
            return LedgerReport.LevelRow(
                level: level, name: AdoptionLevel.names[level],
                exactly: activeLevels.filter { $0 == level }.count, metric: result(id))
        }
        let counts = LedgerReport.Counts(
            projects: ledger.projects.count, active: pop.activeCount, archived: ledger.projects.count - pop.activeCount,
            new: pop.newCount, docker: docker.count, ci: pop.ci.count,
            issues: ledger.issues.count, openIssues: ledger.issues.filter(\.isOpen).count)
        return LedgerReport(
            asOf: now, metrics: metrics, counts: counts, projectLevels: levels, levelRows: levelRows,
            sizeDistribution: Tables.sizeDistribution(docker),
            buildTimeDistribution: Tables.buildTimeDistribution(
                docker, under30: result(.ciCachedUnder30).formattedTarget,
                over120: result(.ciCachedOver120).formattedTarget),
            cache: Tables.cache(
                docker, rateTarget: result(.cacheHitRate).target, speedupTarget: result(.cacheSpeedup).target),
            registries: Tables.registries(docker),
            severities: Tables.severities(docker, metrics: result),
            timeSavings: Economics.timeSavings(economics, ledger.assumptions, target: result(.efficiencyTime).target),
            costSavings: Economics.costSavings(economics, ledger.assumptions, target: result(.efficiencyCost).target),
            roiByLevel: Economics.levels(ledger.assumptions, projects: economics),
            roiByProject: economics,
            commonIssues: IssueStatistics.commonIssues(ledger.issues),
            resolutionPatterns: IssueStatistics.resolutionPatterns(ledger.issues),
            baseImageSchedule: schedule,
            trend: ledger.history.sorted { $0.date < $1.date },
            oversizedWithoutIssue: IssueStatistics.oversizedWithoutIssue(docker, ledger.issues))
    }

    /// Only the catalog's metrics, without the tables: what a per-project breakdown needs
    /// (the tables cost more than the metrics on a one-project ledger).
    static func metrics(_ ledger: Ledger, asOf now: Double) -> [MetricResult] {
        compute(ledger, asOf: now).metrics
    }

    private static func compute(_ ledger: Ledger, asOf now: Double)
        -> (metrics: [MetricResult], inputs: MetricInputs, levels: [Int], activeLevels: [Int])
    {
        let pop = Population(ledger)
        let levels = ledger.projects.map(AdoptionLevel.of)
        // Indices, not zip-and-filter: that copied every project struct.
        let activeIndices = ledger.projects.indices.filter { ledger.projects[$0].isActive }
        let activeLevels = activeIndices.map { levels[$0] }
        let docker = pop.docker
        let scans = docker.compactMap(\.docker.vulnerabilities)
        let economics = activeIndices.compactMap {
            Economics.project(ledger.projects[$0], level: levels[$0], ledger.assumptions)
        }
        let schedule = Tables.baseImageSchedule(
            ledger.maintenance.baseImageUpdates, now: now,
            intervalDays: target(.maintenanceBaseImageAgeDays, in: ledger))
        let inputs = MetricInputs(
            population: pop, activeLevels: activeLevels, scans: scans, economics: economics,
            baseImageSchedule: schedule)

        let metrics = MetricCatalog.all.map { d in
            // A schedule past its due day is overdue: behind, whatever share of the interval it is.
            let overdue = d.id == .maintenanceBaseImageAgeDays && schedule.overdue
            return MetricResult(d, target: target(d.id, in: ledger), d.compute(inputs), status: overdue ? .behind : nil)
        }

        return (metrics, inputs, levels, activeLevels)
    }
}
