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
    public let sizeDistribution: [DistributionRow]
    public let buildTimeDistribution: [BuildTimeRow]
    public let cache: [CacheRow]
    public let registries: [RegistryRow]
    public let severities: [SeverityRow]
    public let timeSavings: [SavingsRow]
    public let costSavings: [SavingsRow]
    public let roiByLevel: [LevelROI]
    public let roiByProject: [ProjectEconomics]
    public let commonIssues: [CommonIssueRow]
    public let resolutionPatterns: [ResolutionPattern]
    public let baseImageSchedule: BaseImageSchedule
    /// Snapshots from the file, oldest first, for the trend.
    public let trend: [HistorySnapshot]
    /// Points read from the ledger's git history, set by whoever read it (the engine reads no files).
    public var gitTrend: [TrendPoint] = []
    /// The whole trend: snapshots and git points by date, oldest first.
    public var trendPoints: [TrendPoint] { Trend.merge(snapshots: trend, git: gitTrend) }
    /// Active projects whose image is over 500 MB with no open "Image size >500MB" issue.
    public let oversizedWithoutIssue: [String]

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

    init(
        asOf: Double, metrics: [MetricResult], counts: Counts, projectLevels: [Int], levelRows: [LevelRow],
        sizeDistribution: [DistributionRow], buildTimeDistribution: [BuildTimeRow], cache: [CacheRow],
        registries: [RegistryRow], severities: [SeverityRow], timeSavings: [SavingsRow], costSavings: [SavingsRow],
        roiByLevel: [LevelROI], roiByProject: [ProjectEconomics], commonIssues: [CommonIssueRow],
        resolutionPatterns: [ResolutionPattern], baseImageSchedule: BaseImageSchedule, trend: [HistorySnapshot],
        oversizedWithoutIssue: [String]
    ) {
        self.asOf = asOf
        self.metrics = metrics
        self.counts = counts
        self.projectLevels = projectLevels
        self.levelRows = levelRows
        self.sizeDistribution = sizeDistribution
        self.buildTimeDistribution = buildTimeDistribution
        self.cache = cache
        self.registries = registries
        self.severities = severities
        self.timeSavings = timeSavings
        self.costSavings = costSavings
        self.roiByLevel = roiByLevel
        self.roiByProject = roiByProject
        self.commonIssues = commonIssues
        self.resolutionPatterns = resolutionPatterns
        self.baseImageSchedule = baseImageSchedule
        self.trend = trend
        self.oversizedWithoutIssue = oversizedWithoutIssue
    }

    /// A metric by id: `metrics` holds every catalog metric in catalog order.
    public func metric(_ id: MetricID) -> MetricResult { metrics[id.ordinal] }

    public func metrics(in section: MetricSection) -> [MetricResult] {
        metrics.filter { $0.section == section }
    }
}
