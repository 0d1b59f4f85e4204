/// Everything the ledger shows, computed once from the facts. The dashboard, `report`,
/// `check` and the Markdown writer all read this, so every surface shows the same number.
public struct LedgerReport: Sendable {
    /// The instant the figures are computed for (ages, overdue schedules).
    public let asOf: Double
    public let metrics: [MetricResult]
    public let counts: Counts
    /// Derived level of every project, by index into `ledger.projects`.
    public let projectLevels: [Int]
    public let levelRows: [LevelRow]
    /// Each project's own status on each metric: one assessment for every surface.
    public let standings: ProjectStandings
    public let baseImageSchedule: BaseImageSchedule
    /// Snapshots from the file, oldest first, for the trend.
    public let trend: [HistorySnapshot]
    /// Points read from the ledger's git history, set by whoever read it (the engine reads no files).
    public var gitTrend: [TrendPoint] = []
    /// The whole trend: snapshots and git points by date, oldest first.
    public var trendPoints: [TrendPoint] { Trend.merge(snapshots: trend, git: gitTrend) }
    /// The engine's running totals, for an edit to update (`replacingProject`).
    let totals: MetricTotals
    /// The tables, computed the first time one is read (an edit in the dashboard needs none
    /// of them until a tab that shows one is drawn).
    private let tables: LazyTables

    public var sizeDistribution: [DistributionRow] { tables.projects.sizeDistribution }
    public var buildTimeDistribution: [BuildTimeRow] { tables.projects.buildTimeDistribution }
    public var cache: [CacheRow] { tables.projects.cache }
    public var registries: [RegistryRow] { tables.projects.registries }
    public var severities: [SeverityRow] { tables.projects.severities }
    public var timeSavings: [SavingsRow] { tables.projects.timeSavings }
    public var costSavings: [SavingsRow] { tables.projects.costSavings }
    public var roiByLevel: [LevelROI] { tables.projects.roiByLevel }
    public var roiByProject: [ProjectEconomics] { tables.projects.roiByProject }
    public var commonIssues: [CommonIssueRow] { tables.issues.commonIssues }
    public var resolutionPatterns: [ResolutionPattern] { tables.issues.resolutionPatterns }
    /// Active projects whose image is over 500 MB with no open "Image size >500MB" issue.
    public var oversizedWithoutIssue: [String] { tables.projects.oversizedWithoutIssue }

    public struct Counts: Equatable, Sendable {
        public let projects: Int
        public let active: Int
        public let archived: Int
        public let new: Int
        public let docker: Int
        public let ci: Int
        public let issues: Int
        public let openIssues: Int
    }

    /// The seed's Adoption by Level line: projects at the level or above, as a share of active ones.
    public struct LevelRow: Equatable, Sendable {
        public let level: Int
        public let name: String
        /// Active projects exactly at this level.
        public let exactly: Int
        public let metric: MetricResult
    }

    init(_ ledger: Ledger, asOf now: Double, totals: MetricTotals, standings: ProjectStandings, levels: [Int]) {
        let schedule = Tables.baseImageSchedule(
            ledger.maintenance.baseImageUpdates, now: now,
            intervalDays: MetricEngine.target(.maintenanceBaseImageAgeDays, in: ledger))
        let targets = MetricCatalog.all.map { MetricEngine.target($0.id, in: ledger) }
        let metrics = MetricCatalog.all.enumerated().map { ordinal, d in
            if d.aggregate == .ledger {
                // A schedule past its due day is overdue: behind, whatever share of the interval it is.
                return MetricResult(
                    d, target: targets[ordinal],
                    .single(schedule.daysSinceLast.map(Double.init), sampleCount: nil),
                    status: schedule.overdue ? .behind : nil)
            }
            return MetricResult(d, target: targets[ordinal], totals.tallies[ordinal].measurement(d.aggregate))
        }
        asOf = now
        self.metrics = metrics
        counts = Counts(
            projects: ledger.projects.count, active: totals.active, archived: ledger.projects.count - totals.active,
            new: totals.new, docker: totals.docker, ci: totals.ci,
            issues: ledger.issues.count, openIssues: ledger.issues.count { $0.isOpen })
        projectLevels = levels
        levelRows = MetricID.levels.enumerated().map { i, id in
            let level = i + 1
            return LevelRow(
                level: level, name: AdoptionLevel.names[level], exactly: totals.levelCounts[level],
                metric: metrics[id.ordinal])
        }
        self.standings = standings
        baseImageSchedule = schedule
        trend = ledger.history.sorted { $0.date < $1.date }
        self.totals = totals
        tables = LazyTables(ledger, metrics: metrics, levels: levels)
    }

    /// A metric by id: `metrics` holds every catalog metric in catalog order.
    public func metric(_ id: MetricID) -> MetricResult { metrics[id.ordinal] }

    public func metrics(in section: MetricSection) -> [MetricResult] {
        metrics.filter { $0.section == section }
    }
}
