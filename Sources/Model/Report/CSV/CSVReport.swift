/// `report --format csv [--table NAME]`: one table of the report as CSV, for spreadsheets and
/// scripts. Numbers are raw (shares as fractions 0-1, sizes in MB, times in seconds), statuses
/// are the engine's words, unknown values are empty fields.
public enum CSVReport {
    /// The tables, named as every report format names them (`ReportTable`).
    public typealias Table = ReportTable

    public static func render(_ table: Table, _ ledger: Ledger, _ report: LedgerReport) -> String {
        let (header, rows) = rows(table, ledger, report)
        return CSVWriter.document(header: header, rows: rows)
    }

    static func num(_ value: Double?) -> String { value.map(JSONWriter.format(number:)) ?? "" }
    static func int(_ value: Int?) -> String { value.map(String.init) ?? "" }
    static func bool(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }

    /// A field's value as the other CSV tables write theirs: flags `true`/`false` (the field
    /// table's text says yes/no), lists space-separated like `platforms`, unknown empty.
    static func csvText(_ field: ProjectField, _ p: Project) -> String {
        let text = field.text(of: p)
        switch field.kind {
        case .flag: return text.isEmpty ? "" : bool(text == ProjectField.flagText(true))
        case .list: return text.replacingOccurrences(of: ", ", with: " ")
        case .text, .requiredText, .day, .choice, .number, .wholeNumber, .rate: return text
        }
    }

    /// Fields the inventory's first columns already carry.
    private static let inventoryFirstColumns: Set<ProjectFieldID> = [
        .name, .owner, .status, .choraBaseVersion, .createdAt, .usesDocker, .dockerfileType, .imageSizeMB,
        .buildTimeUncachedS, .buildTimeCachedS, .platforms,
    ]

    public static func rows(_ table: Table, _ ledger: Ledger, _ r: LedgerReport) -> (header: [String], rows: [[String]])
    {
        switch table {
        case .inventory:
            // The first thirteen columns as they have always been, then every other fact of the
            // field table (adoption flags, vulnerabilities, registry, CI), named by its path.
            let extra = ProjectField.all.filter { !Self.inventoryFirstColumns.contains($0.id) }
            return (
                [
                    "name", "owner", "status", "choraBaseVersion", "createdAt", "dockerfileType", "imageSizeMB",
                    "buildTimeUncachedS", "buildTimeCachedS", "platforms", "level", "targetStatus", "missedTargets",
                ] + extra.map(\.path),
                ledger.projects.indices.map { i in
                    let p = ledger.projects[i]
                    let d = p.docker
                    let level = r.projectLevels[i]
                    return [
                        p.name, p.owner ?? "", (p.status ?? .active).rawValue, p.choraBaseVersion ?? "",
                        p.createdAt ?? "",
                        d == nil ? "none" : d?.dockerfileType?.rawValue ?? "", num(d?.imageSizeMB),
                        num(d?.buildTimeUncachedS), num(d?.buildTimeCachedS),
                        d?.platforms?.joined(separator: " ") ?? "",
                        String(level),
                        p.isActive ? r.standings.summary(of: i, level: level).status.rawValue : "archived",
                        r.standings.missedTargets(of: i).map(\.rawValue).joined(separator: " "),
                    ] + extra.map { csvText($0, p) }
                }
            )
        case .metrics:
            return (
                [
                    "id", "section", "label", "value", "target", "direction", "unit", "status", "numerator",
                    "denominator", "min", "max", "sampleCount",
                ],
                r.metrics.map { m in
                    [
                        m.id.rawValue, m.section.rawValue, m.label, num(m.value), num(m.target), m.direction.rawValue,
                        m.unit.rawValue,
                        m.status.rawValue, int(m.numerator), int(m.denominator), num(m.minimum), num(m.maximum),
                        int(m.sampleCount),
                    ]
                }
            )
        case .levels:
            return (
                ["level", "name", "exactly", "atOrAbove", "share", "target", "status"],
                r.levelRows.map {
                    [
                        String($0.level), $0.name, String($0.exactly), int($0.metric.numerator), num($0.metric.value),
                        num($0.metric.target), $0.metric.status.rawValue,
                    ]
                }
            )
        case .sizes:
            return (
                ["range", "count", "share"], r.sizeDistribution.map { [$0.label, String($0.count), num($0.share)] }
            )
        case .buildTimes:
            return (
                ["range", "uncached", "cached", "target"],
                r.buildTimeDistribution.map { [$0.label, String($0.uncached), String($0.cached), $0.target] }
            )
        case .cache:
            return (
                ["project", "hitRate", "speedup", "status"],
                r.cache.map { [$0.project, num($0.hitRate), num($0.speedup), $0.status.rawValue] }
            )
        case .registries:
            return (
                ["registry", "projects", "imagesPushed", "totalSizeMB", "inUse"],
                r.registries.map {
                    [
                        $0.registry.rawValue, String($0.projects), String($0.imagesPushed), num($0.totalSizeMB),
                        bool($0.inUse),
                    ]
                }
            )
        case .vulnerabilities:
            return (
                ["severity", "total", "worstProject", "worstProjectCount", "target", "status"],
                r.severities.map {
                    [
                        $0.severity.rawValue, int($0.total), $0.worstProject ?? "", int($0.worstCount), $0.target,
                        $0.status.rawValue,
                    ]
                }
            )
        case .timeSavings, .costSavings:
            return (
                ["activity", "projects", "without", "with", "savings", "status"],
                (table == .timeSavings ? r.timeSavings : r.costSavings).map {
                    [
                        $0.activity, String($0.projects), num($0.without), num($0.with), num($0.savings),
                        $0.status.rawValue,
                    ]
                }
            )
        case .roiLevels:
            return (
                [
                    "level", "setupHours", "maintenanceHoursPerMonth", "benefitHours", "benefitUSD", "computedROI",
                    "claimedROI",
                    "breakEvenMonths", "projects", "averageProjectROI",
                ],
                r.roiByLevel.map {
                    [
                        String($0.level), num($0.setupHours), num($0.maintenanceHoursPerMonth), num($0.benefitHours),
                        num($0.benefitUSD), num($0.computedROI), $0.claimedROI, num($0.breakEvenMonths),
                        String($0.projects), num($0.averageProjectROI),
                    ]
                }
            )
        case .roiProjects:
            return (
                [
                    "project", "level", "hoursWithout", "hoursWith", "costWithoutUSD", "costWithUSD", "investmentHours",
                    "roi", "measuredBuildTimes",
                ],
                r.roiByProject.map {
                    [
                        $0.project, String($0.level), num($0.hoursWithout), num($0.hoursWith), num($0.costWithout),
                        num($0.costWith), num($0.investmentHours), num($0.roi), bool($0.usesMeasuredBuildTimes),
                    ]
                }
            )
        case .issues:
            return (
                ["id", "category", "project", "openedAt", "resolvedAt", "solution", "successful", "notes"],
                ledger.issues.map {
                    [
                        String($0.id), $0.category, $0.project ?? "", $0.openedAt, $0.resolvedAt ?? "",
                        $0.solution ?? "", bool($0.successful), $0.notes ?? "",
                    ]
                }
            )
        case .commonIssues:
            return (
                ["category", "frequency", "open", "averageResolutionHours", "status"],
                r.commonIssues.map {
                    [
                        $0.category, String($0.frequency), String($0.open), num($0.averageResolutionHours),
                        $0.status.rawValue,
                    ]
                }
            )
        case .patterns:
            return (
                ["category", "solution", "uses", "successful", "successRate"],
                r.resolutionPatterns.map {
                    [$0.category, $0.solution, String($0.uses), String($0.successful), num($0.successRate)]
                }
            )
        case .templateUpdates:
            return (
                ["date", "version", "change", "reason", "projectsAffected"],
                ledger.maintenance.templateUpdates.map {
                    [$0.date, $0.version, $0.change, $0.reason, int($0.projectsAffected)]
                }
            )
        case .baseImageUpdates:
            return (
                ["date", "from", "to", "reason", "projectsUpdated"],
                ledger.maintenance.baseImageUpdates.map {
                    [$0.date, $0.from, $0.to, $0.reason, int($0.projectsUpdated)]
                }
            )
        case .versions:
            return (
                ["version", "date", "changes", "author"],
                ledger.versionHistory.map { [$0.version, $0.date, $0.changes, $0.author] }
            )
        case .oversized:
            return (
                ["project", "imageSizeMB", "owner"],
                r.oversizedWithoutIssue.map { name in
                    let p = ledger.project(named: name)
                    return [name, num(p?.docker?.imageSizeMB), p?.owner ?? ""]
                }
            )
        case .baseImageSchedule:
            let s = r.baseImageSchedule
            return (
                ["lastUpdate", "nextDue", "daysSinceLast", "overdue"],
                [[s.lastUpdate ?? "", s.nextDue ?? "", int(s.daysSinceLast), bool(s.overdue)]]
            )
        case .trend:
            // One row per point, one column per metric it records (empty where it did not).
            let points = r.trendPoints
            let ids = Trend.metricIDs(points)
            return (
                ["date", "source"] + ids.map(\.rawValue),
                points.map { point in [point.date, point.source.rawValue] + ids.map { num(point.value(of: $0)) } }
            )
        case .changelog:
            return (["date", "title", "body"], ledger.changelog.map { [$0.date, $0.title, $0.body] })
        }
    }
}
