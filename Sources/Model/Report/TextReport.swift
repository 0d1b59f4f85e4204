/// The plain-text report (`dockledger report --format text`): every table of `ReportTable`,
/// readable in a terminal or a CI log, columns aligned by terminal width (`TextTable`).
public enum TextReport {
    /// One titled table of the report; `empty` is written instead of a table with no rows.
    public struct Part: Sendable {
        public let title: String
        public let table: TextTable
        public var empty: String?
        public var notes: [String] = []

        init(_ title: String, _ table: TextTable, empty: String? = nil, notes: [String] = []) {
            self.title = title
            self.table = table
            self.empty = empty
            self.notes = notes
        }

        var lines: [String] {
            var out = [title]
            if table.rows.isEmpty, let empty { out.append("  " + empty) } else { out.append(table.render()) }
            return out + notes.map { "  " + $0 }
        }
    }

    /// The whole report, or only `tables` (in report order).
    public static func render(_ ledger: Ledger, _ r: LedgerReport, tables: [ReportTable] = ReportTable.allCases)
        -> String
    {
        var out: [String] = []
        let c = r.counts
        out.append("\(ledger.meta.title) (\(ledger.meta.sapId), ledger \(ledger.meta.ledgerVersion))")
        out.append(
            "\(c.projects) projects: \(c.active) active, \(c.archived) archived, \(c.docker) with Docker, \(c.ci) in CI; "
                + "\(c.issues) issues, \(c.openIssues) open. As of \(ISODate.day(fromSeconds: r.asOf)).")
        for table in ReportTable.allCases where tables.contains(table) {
            for part in parts(table, ledger, r) {
                out.append("")
                out += part.lines
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The titled tables that write `table`: one per metric section for the metrics, one otherwise.
    public static func parts(_ table: ReportTable, _ ledger: Ledger, _ r: LedgerReport) -> [Part] {
        switch table {
        case .metrics: return MetricSection.allCases.map { metrics($0, r) }
        case .levels: return [levels(r)]
        case .inventory: return [inventory(ledger, r)]
        case .sizes: return [sizes(r)]
        case .oversized: return [oversized(ledger, r)]
        case .buildTimes: return [buildTimes(r)]
        case .cache: return [cache(r)]
        case .registries: return [registries(r)]
        case .vulnerabilities: return [vulnerabilities(r)]
        case .timeSavings:
            return [savings("Time Savings (hours, average per Docker project)", r.timeSavings, usd: false)]
        case .costSavings:
            return [savings("Cost Savings (USD per project and month, averages)", r.costSavings, usd: true)]
        case .roiLevels: return [roiLevels(r)]
        case .roiProjects: return [roiProjects(r)]
        case .issues: return [issues(ledger, r)]
        case .commonIssues: return [commonIssues(r)]
        case .patterns: return [patterns(r)]
        case .baseImageSchedule: return [baseImageSchedule(r)]
        case .templateUpdates: return [templateUpdates(ledger)]
        case .baseImageUpdates: return [baseImageUpdates(ledger)]
        case .versions: return [versions(ledger)]
        case .changelog: return [changelog(ledger)]
        case .trend: return [trend(r)]
        }
    }

    /// Sections whose metrics are averages over projects, shown with their minimum and maximum
    /// as the dashboard's Quality tab shows them.
    static let sectionsWithExtremes: Set<MetricSection> = [.imageQuality, .performance]

    static func metrics(_ section: MetricSection, _ r: LedgerReport) -> Part {
        let metrics = r.metrics(in: section)
        guard sectionsWithExtremes.contains(section) else {
            var table = TextTable(
                ["Metric", "Value", "Target", "Status", "Known"], alignments: [.left, .right, .right, .left, .right])
            for m in metrics { table.add([m.label, m.formattedValue, m.formattedTarget, m.status.word, known(m)]) }
            return Part(section.title, table)
        }
        var table = TextTable(
            ["Metric", "Min", "Max", "Avg", "Target", "Status", "Known"],
            alignments: [.left, .right, .right, .right, .right, .left, .right])
        for m in metrics {
            table.add([
                m.label, MetricFormat.value(m.minimum, unit: m.unit), MetricFormat.value(m.maximum, unit: m.unit),
                m.formattedValue, m.formattedTarget, m.status.word, known(m),
            ])
        }
        return Part(section.title, table)
    }

    static func levels(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Level", "At level", "At or above", "% of active", "Target", "Status"],
            alignments: [.left, .right, .right, .right, .right, .left])
        for row in r.levelRows {
            let m = row.metric
            table.add([
                "Level \(row.level): \(row.name)", String(row.exactly), m.numerator.map(String.init) ?? "-",
                m.formattedValue, m.formattedTarget, m.status.word,
            ])
        }
        // "Adoption by Level" is the title of the level metrics' section above.
        return Part("Projects at Each Level", table)
    }

    /// Every project with the facts the dashboard's Inventory shows by default.
    static func inventory(_ ledger: Ledger, _ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Project", "Owner", "Level", "Dockerfile", "Image", "Cached build", "Arch", "Status"],
            alignments: [.left, .left, .right, .left, .right, .right, .left, .left])
        for (i, p) in ledger.projects.enumerated() {
            let d = p.docker
            table.add([
                p.name, p.owner ?? "-", String(r.projectLevels[i]),
                d == nil ? "no Docker" : d?.dockerfileType?.rawValue ?? "-",
                MetricFormat.value(d?.imageSizeMB, unit: .megabytes),
                MetricFormat.value(d?.buildTimeCachedS, unit: .seconds),
                d?.platforms.map { $0.isEmpty ? "none" : $0.joined(separator: " ") } ?? "-",
                p.isActive ? r.standings.summary(of: i, level: r.projectLevels[i]).text : "archived",
            ])
        }
        return Part("Inventory", table, empty: "no projects")
    }

    static func sizes(_ r: LedgerReport) -> Part {
        var table = TextTable(["Size range", "Count", "% of known"])
        for row in r.sizeDistribution {
            table.add([row.label, String(row.count), row.share.map(MetricFormat.percent) ?? "-"])
        }
        return Part("Image Size Distribution", table)
    }

    static func oversized(_ ledger: Ledger, _ r: LedgerReport) -> Part {
        var table = TextTable(["Project", "Image size", "Owner"], alignments: [.left, .right, .left])
        for name in r.oversizedWithoutIssue {
            let p = ledger.project(named: name)
            table.add([name, MetricFormat.value(p?.docker?.imageSizeMB, unit: .megabytes), p?.owner ?? "-"])
        }
        return Part(
            "Images over 500 MB without an open issue", table, empty: "none: no image over 500 MB lacks an open issue")
    }

    static func buildTimes(_ r: LedgerReport) -> Part {
        var table = TextTable(["Time range", "Uncached", "Cached", "Target"])
        for row in r.buildTimeDistribution {
            table.add([row.label, String(row.uncached), String(row.cached), row.target])
        }
        return Part("Build Time Distribution", table)
    }

    static func cache(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Project", "Hit rate", "Speedup", "Status"], alignments: [.left, .right, .right, .left])
        for row in r.cache {
            table.add([
                row.project, MetricFormat.value(row.hitRate, unit: .share),
                MetricFormat.value(row.speedup, unit: .ratio), row.status.word,
            ])
        }
        return Part("Cache Hit Rate per Project", table, empty: "no project measures its cache")
    }

    static func registries(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Registry", "Projects", "Images pushed", "Total size", "Status"],
            alignments: [.left, .right, .right, .right, .left])
        for row in r.registries {
            table.add([
                row.registry.rawValue, String(row.projects), String(row.imagesPushed),
                MetricFormat.value(row.totalSizeMB, unit: .megabytes), row.inUse ? "in use" : "not used",
            ])
        }
        return Part("Registry Usage", table)
    }

    static func vulnerabilities(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Severity", "Total", "Worst project", "Target", "Status"],
            alignments: [.left, .right, .left, .right, .left])
        for row in r.severities {
            table.add([
                row.severity.rawValue, row.total.map(String.init) ?? "-", SeverityRow.worstText(row), row.target,
                row.severity.metric == nil ? "not targeted" : row.status.word,
            ])
        }
        return Part("Vulnerabilities by Severity", table)
    }

    static func savings(_ title: String, _ rows: [SavingsRow], usd: Bool) -> Part {
        let money: (Double) -> String = { usd ? MetricFormat.usd($0) : MetricFormat.tenths($0) }
        var table = TextTable(
            ["Activity", "Projects", "Without", "With", "Savings", "Status"],
            alignments: [.left, .right, .right, .right, .right, .left])
        for row in rows {
            table.add([
                row.activity, String(row.projects), money(row.without), money(row.with), money(row.savings),
                row.status.word,
            ])
        }
        return Part(title, table, empty: "no Docker projects", notes: usd && !rows.isEmpty ? [SavingsRow.note] : [])
    }

    static func roiLevels(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Level", "Setup h", "Maint h/mo", "Benefit", "ROI", "Seed claims", "Break-even", "Projects", "Their ROI"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right])
        for row in r.roiByLevel {
            table.add([
                "Level \(row.level)", MetricFormat.number(row.setupHours),
                MetricFormat.number(row.maintenanceHoursPerMonth),
                MetricFormat.number(row.benefitHours) + " h + $" + MetricFormat.number(row.benefitUSD),
                MetricFormat.value(row.computedROI, unit: .ratio), row.claimedROI,
                row.breakEvenMonths.map { MetricFormat.number($0) + " mo" } ?? "never",
                String(row.projects), MetricFormat.value(row.averageProjectROI, unit: .ratio),
            ])
        }
        return Part("ROI by Adoption Level", table)
    }

    static func roiProjects(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Project", "Level", "Hours w/o", "Hours with", "Cost w/o", "Cost with", "Invest h", "ROI", "Build times"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .left])
        for row in r.roiByProject {
            table.add([
                row.project, String(row.level), MetricFormat.number(row.hoursWithout),
                MetricFormat.number(row.hoursWith), MetricFormat.usd(row.costWithout), MetricFormat.usd(row.costWith),
                MetricFormat.number(row.investmentHours), MetricFormat.value(row.roi, unit: .ratio),
                row.usesMeasuredBuildTimes ? "measured" : "assumed",
            ])
        }
        return Part("ROI per Project", table, empty: "no active Docker projects")
    }

    /// Every issue, newest last as logged; Time is hours like the Common Issues average: how
    /// long a resolved issue took, or how long an open one has been open.
    static func issues(_ ledger: Ledger, _ r: LedgerReport) -> Part {
        var table = TextTable(
            ["#", "Opened", "Issue", "Project", "Time", "Solution", "Outcome"],
            alignments: [.right, .left, .left, .left, .right, .left, .left])
        for issue in ledger.issues {
            table.add([
                String(issue.id), String(issue.openedAt.prefix(10)), issue.category, issue.project ?? "-",
                issue.hoursText(asOf: r.asOf), issue.solution ?? "-", issue.outcomeWord,
            ])
        }
        return Part("Issue Log", table, empty: "no issues logged")
    }

    static func commonIssues(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Issue", "Frequency", "Open", "Avg resolution", "Status"],
            alignments: [.left, .right, .right, .right, .left])
        for row in r.commonIssues {
            table.add([
                row.category, String(row.frequency), String(row.open),
                row.averageResolutionHours.map { MetricFormat.number($0) + " h" } ?? "-", row.status.word,
            ])
        }
        return Part("Common Issues", table)
    }

    static func patterns(_ r: LedgerReport) -> Part {
        var table = TextTable(
            ["Issue", "Solution", "Uses", "Success rate"], alignments: [.left, .left, .right, .right])
        for row in r.resolutionPatterns {
            table.add([row.category, row.solution, String(row.uses), MetricFormat.percent(row.successRate)])
        }
        return Part("Resolution Patterns (top 5)", table, empty: "no resolved issues yet")
    }

    static func baseImageSchedule(_ r: LedgerReport) -> Part {
        let s = r.baseImageSchedule
        var table = TextTable(
            ["Last update", "Next due", "Days since", "Schedule"], alignments: [.left, .left, .right, .left])
        if let last = s.lastUpdate {
            table.add([
                last, s.nextDue ?? "-", s.daysSinceLast.map(String.init) ?? "-", s.overdue ? "overdue" : "on time",
            ])
        }
        return Part("Base Image Schedule (quarterly)", table, empty: "no base image update logged yet")
    }

    static func templateUpdates(_ ledger: Ledger) -> Part {
        var table = TextTable(
            ["Date", "Version", "Change", "Reason", "Projects"], alignments: [.left, .left, .left, .left, .right])
        for u in ledger.maintenance.templateUpdates {
            table.add([u.date, u.version, u.change, u.reason, u.projectsAffected.map(String.init) ?? "-"])
        }
        return Part("Template Updates", table, empty: "none logged")
    }

    static func baseImageUpdates(_ ledger: Ledger) -> Part {
        var table = TextTable(
            ["Date", "From", "To", "Reason", "Projects"], alignments: [.left, .left, .left, .left, .right])
        for u in ledger.maintenance.baseImageUpdates {
            table.add([u.date, u.from, u.to, u.reason, u.projectsUpdated.map(String.init) ?? "-"])
        }
        return Part("Base Image Updates", table, empty: "none logged")
    }

    static func versions(_ ledger: Ledger) -> Part {
        var table = TextTable(["Version", "Date", "Changes", "Author"], alignments: [.left, .left, .left, .left])
        for v in ledger.versionHistory { table.add([v.version, v.date, v.changes, v.author]) }
        return Part("Version History", table, empty: "none logged")
    }

    /// Each entry on one line: its body's lines joined, so the columns stay aligned.
    static func changelog(_ ledger: Ledger) -> Part {
        var table = TextTable(["Date", "Title", "Entry"], alignments: [.left, .left, .left])
        for e in ledger.changelog {
            let body = e.body.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            table.add([e.date, e.title, body.filter { !$0.isEmpty }.joined(separator: " ")])
        }
        return Part("Changelog", table, empty: "no entries yet")
    }

    /// One row per metric: its sparkline over the last points, the first and the latest value.
    static func trend(_ r: LedgerReport) -> Part {
        let points = r.trendPoints
        var table = TextTable(["Metric", "Trend", "First", "Latest"], alignments: [.left, .left, .right, .right])
        for id in Trend.metricIDs(points) {
            let m = r.metric(id)
            let values = points.map { $0.value(of: id) }
            table.add([
                id.rawValue, Sparkline.render(values, width: sparklineWidth),
                MetricFormat.value(values.compactMap { $0 }.first, unit: m.unit),
                MetricFormat.value(values.compactMap { $0 }.last, unit: m.unit),
            ])
        }
        guard let first = points.first, let last = points.last else {
            return Part("Trend", table, empty: "no snapshots or git history yet")
        }
        return Part(
            "Trend (\(points.count) points, \(first.date) to \(last.date); "
                + "\(points.filter { $0.source == .git }.count) from git, "
                + "\(points.filter { $0.source == .snapshot }.count) snapshots)", table)
    }

    /// How many of the latest points a sparkline shows.
    public static let sparklineWidth = 30

    static func known(_ m: MetricResult) -> String {
        if let n = m.numerator, let d = m.denominator { return "\(n)/\(d)" }
        if let count = m.sampleCount { return "n=\(count)" }
        return ""
    }
}

extension Issue {
    /// Hours as the text report's issue log writes them: always hours, like the Common Issues
    /// average, so a row and its category's average compare at a glance.
    func hoursText(asOf: Double) -> String {
        (resolutionHours ?? openHours(asOf: asOf)).map { MetricFormat.number($0) + " h" } ?? "-"
    }

    /// "open", "worked", "failed", or "-" when the outcome was not recorded.
    var outcomeWord: String {
        if isOpen { return "open" }
        return successful.map { $0 ? "worked" : "failed" } ?? "-"
    }
}

extension CommonIssueStatus {
    /// The dashboard's word: open, resolved, none.
    public var word: String {
        switch self {
        case .open: "open"
        case .resolved: "resolved"
        case .neverSeen: "none"
        }
    }
}
