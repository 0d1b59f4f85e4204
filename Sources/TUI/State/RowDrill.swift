import Model

/// What the page opened from a table row that stands for projects but is not a metric shows (a
/// size or build time bucket, a registry, a severity without a target, a base image update):
/// the row in one line, then its projects in one or more lists, each with the figure that puts
/// it there. Computed when opened and after every change of the ledger, like `MetricDrill`.
public struct RowDrill: Equatable, Sendable {
    public struct List: Equatable, Sendable {
        public let title: String
        /// The heading of the value column.
        public let valueTitle: String
        /// What the count of its entries is called on the page's first line ("3 cached").
        public let counted: String
        /// Whether the values are figures (drawn right-aligned).
        public var numeric = true
        public let entries: [TableMembers.Entry]
        /// Shown when no project is in the list.
        public let empty: String
    }

    public let ref: RowRef
    /// The page's title: the table and the row.
    public let title: String
    public let lists: [List]

    /// nil when the row has no projects behind it (`nothingBehind` says why).
    init?(_ ref: RowRef, _ state: AppState) {
        let ledger = state.ledger
        let r = state.report
        self.ref = ref
        switch ref {
        case .imageSizeBucket(let i):
            guard r.sizeDistribution.indices.contains(i) else { return nil }
            let label = r.sizeDistribution[i].label
            title = "Image size \(label): the projects in it"
            lists = [
                List(
                    title: "Image size \(label), largest first", valueTitle: "Image size", counted: "projects in it",
                    entries: TableMembers.imageSize(bucket: i, in: ledger), empty: "no active Docker project")
            ]
        case .buildTimeBucket(let i):
            guard r.buildTimeDistribution.indices.contains(i) else { return nil }
            let label = r.buildTimeDistribution[i].label
            title = "Build time \(label): the projects in it"
            lists = [true, false].map { cached in
                let kind = cached ? "Cached" : "Uncached"
                return List(
                    title: "\(kind) builds \(label), slowest first", valueTitle: kind, counted: kind.lowercased(),
                    entries: TableMembers.buildTime(bucket: i, cached: cached, in: ledger),
                    empty: "no \(kind.lowercased()) build in this range")
            }
        case .registry(let kind):
            title = "Registry \(kind.rawValue): the projects pushing to it"
            lists = [
                List(
                    title: "Projects pushing to \(kind.rawValue)", valueTitle: "Registry", counted: "pushing to it",
                    numeric: false,
                    entries: TableMembers.registry(kind, in: ledger),
                    empty: "no active Docker project pushes to \(kind.rawValue)")
            ]
        case .severity(let severity):
            let (counted, unknown) = TableMembers.severity(severity, in: ledger)
            title = "\(severity.rawValue) vulnerabilities: the projects behind them"
            lists = [
                List(
                    title: "Scanned, most \(severity.rawValue) first", valueTitle: severity.rawValue,
                    counted: "scanned",
                    entries: counted, empty: "no project has a \(severity.rawValue) count"),
                List(
                    title: "Unknown: not scanned, or scanned without a \(severity.rawValue) count", valueTitle: "Scan",
                    counted: "unknown", numeric: false,
                    entries: unknown, empty: "none: every Docker project has a count"),
            ]
        case .logEntry(.baseImageUpdates, let i):
            guard ledger.maintenance.baseImageUpdates.indices.contains(i) else { return nil }
            let update = ledger.maintenance.baseImageUpdates[i]
            title = "Base image update \(update.date): the projects on its images"
            lists = [
                List(
                    title: "Still on \(update.from)", valueTitle: "Base image", counted: "still on the old image",
                    numeric: false,
                    entries: update.from.isEmpty ? [] : TableMembers.baseImage(update.from, in: ledger),
                    empty: "no active Docker project is still on it"),
                List(
                    title: "On \(update.to)", valueTitle: "Base image", counted: "on the new one", numeric: false,
                    entries: update.to.isEmpty ? [] : TableMembers.baseImage(update.to, in: ledger),
                    empty: "no active Docker project is on it"),
            ]
        case .project, .issue, .metric, .commonCategory, .resolutionPattern, .oversizedImage, .logEntry,
            .trendMetric, .conflict, .level, .team:
            return nil
        }
    }

    /// Why Enter on a row opens nothing, for rows that stand for no project.
    static func nothingBehind(_ ref: RowRef, _ state: AppState) -> String {
        switch ref {
        case .logEntry(.templateUpdates, let i):
            let count =
                state.ledger.maintenance.templateUpdates.indices.contains(i)
                ? state.ledger.maintenance.templateUpdates[i].projectsAffected : nil
            let how = count.map { " (\($0))" } ?? ""
            return "a template update records how many projects it affected\(how), not which: nothing to open"
        case .logEntry(.versionHistory, _):
            return "a version of the ledger names no projects: nothing to open"
        case .logEntry(.changelog, _):
            return "a changelog entry names no projects: nothing to open"
        case .conflict:
            return "a merge conflict is settled on the Conflicts tab: ←→ picks a side, Enter puts it in place"
        case .logEntry(.baseImageUpdates, _), .imageSizeBucket, .buildTimeBucket, .registry, .severity, .project,
            .issue, .metric, .commonCategory, .resolutionPattern, .oversizedImage, .trendMetric, .level, .team:
            return "nothing to open on this row"
        }
    }
}
