import Model

/// What a selectable row stands for. Keys act on the thing under the cursor through this,
/// never through the heading of the table the row is in, so renaming a heading changes only
/// the heading. Indexes point into the ledger the document was made from (its projects, issues
/// and log tables) or into the engine report's tables.
public enum RowRef: Hashable, Sendable {
    /// A project, as an index into the ledger's projects.
    case project(Int)
    /// An issue, as an index into the ledger's issues.
    case issue(Int)
    /// A metric's row (value, target, status), by metric id.
    case metric(MetricID)
    /// A Common Issues row: every issue of this category.
    case commonCategory(String)
    /// A Resolution Patterns row: the issues of a category resolved with this solution.
    case resolutionPattern(category: String, solution: String)
    /// A project whose image is over 500 MB with no open issue about it (an index into the projects).
    case oversizedImage(project: Int)
    /// An entry of one of the ledger's log tables; each row of a multi-row entry (a changelog
    /// entry's title and body lines) stands for the whole entry.
    case logEntry(LogTable, Int)
    /// A row of the Coverage trend: one metric over the history, by metric id.
    case trendMetric(MetricID)
    /// A merge conflict, by the path it names.
    case conflict(LedgerPath)
    /// Rows that stand for a set of projects (Enter lists them, `RowDrill`): a bucket of the image size
    /// or build time distribution (an index into the report's table), a registry kind, a
    /// vulnerability severity, an adoption level.
    case imageSizeBucket(Int)
    case buildTimeBucket(Int)
    case registry(RegistryKind)
    case severity(Severity)
    case level(Int)
    /// A team of the Teams tab (everyone with this owner).
    case team(Team)
}
