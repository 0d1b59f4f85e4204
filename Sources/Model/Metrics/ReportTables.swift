import Foundation

/// The report's tables over the projects, computed together from the ledger.
struct ReportTables: Sendable {
    let sizeDistribution: [DistributionRow]
    let buildTimeDistribution: [BuildTimeRow]
    let cache: [CacheRow]
    let registries: [RegistryRow]
    let severities: [SeverityRow]
    let timeSavings: [SavingsRow]
    let costSavings: [SavingsRow]
    let roiByLevel: [LevelROI]
    let roiByProject: [ProjectEconomics]
    let oversizedWithoutIssue: [String]

    init(_ ledger: Ledger, metrics: [MetricResult], levels: [Int]) {
        func result(_ id: MetricID) -> MetricResult { metrics[id.ordinal] }
        let docker = Population(ledger).docker
        // Indices, not zip-and-filter: that copied every project struct.
        let economics = ledger.projects.indices.compactMap { i -> ProjectEconomics? in
            let p = ledger.projects[i]
            return p.isActive ? Economics.project(p, level: levels[i], ledger.assumptions) : nil
        }
        sizeDistribution = Tables.sizeDistribution(docker)
        buildTimeDistribution = Tables.buildTimeDistribution(
            docker, under30: result(.ciCachedUnder30).formattedTarget, over120: result(.ciCachedOver120).formattedTarget
        )
        cache = Tables.cache(
            docker, rateTarget: result(.cacheHitRate).target, speedupTarget: result(.cacheSpeedup).target)
        registries = Tables.registries(docker)
        severities = Tables.severities(docker, metrics: result)
        timeSavings = Economics.timeSavings(economics, ledger.assumptions, target: result(.efficiencyTime).target)
        costSavings = Economics.costSavings(economics, ledger.assumptions, target: result(.efficiencyCost).target)
        roiByLevel = Economics.levels(ledger.assumptions, projects: economics)
        roiByProject = economics
        oversizedWithoutIssue = IssueStatistics.oversizedWithoutIssue(docker, ledger.issues)
    }
}

/// The report's tables over the issues only.
struct IssueTables: Sendable {
    let commonIssues: [CommonIssueRow]
    let resolutionPatterns: [ResolutionPattern]

    init(_ issues: [Issue]) {
        commonIssues = IssueStatistics.commonIssues(issues)
        resolutionPatterns = IssueStatistics.resolutionPatterns(issues)
    }
}

/// The tables of one report, each group computed on first use and then shared by every copy
/// of the report (a report is replaced, never changed, when the ledger changes, so they never
/// go stale). The Issues tab computes only the issue tables.
final class LazyTables: @unchecked Sendable {
    private let lock = NSLock()
    private let ledger: Ledger
    private let metrics: [MetricResult]
    private let levels: [Int]
    private var projectTables: ReportTables?
    private var issueTables: IssueTables?

    init(_ ledger: Ledger, metrics: [MetricResult], levels: [Int]) {
        self.ledger = ledger
        self.metrics = metrics
        self.levels = levels
    }

    var projects: ReportTables {
        lock.lock()
        defer { lock.unlock() }
        if let projectTables { return projectTables }
        let tables = ReportTables(ledger, metrics: metrics, levels: levels)
        projectTables = tables
        return tables
    }

    var issues: IssueTables {
        lock.lock()
        defer { lock.unlock() }
        if let issueTables { return issueTables }
        let tables = IssueTables(ledger.issues)
        issueTables = tables
        return tables
    }
}
