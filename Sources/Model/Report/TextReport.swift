/// The plain-text report (`dockledger report --format text`): every metric and table,
/// readable in a terminal or a CI log.
public enum TextReport {
    public static func render(_ ledger: Ledger, _ r: LedgerReport) -> String {
        var out: [String] = []
        let c = r.counts
        out.append("\(ledger.meta.title) (\(ledger.meta.sapId), ledger \(ledger.meta.ledgerVersion))")
        out.append(
            "\(c.projects) projects: \(c.active) active, \(c.archived) archived, \(c.docker) with Docker, \(c.ci) in CI; "
                + "\(c.issues) issues, \(c.openIssues) open. As of \(ISODate.day(fromSeconds: r.asOf)).")

        for section in MetricSection.allCases {
            let metrics = r.metrics(in: section)
            out.append("")
            out.append(section.title)
            var table = TextTable(
                ["Metric", "Value", "Target", "Status", "Known"], alignments: [.left, .right, .right, .left, .right])
            for m in metrics {
                table.add([m.label, m.formattedValue, m.formattedTarget, m.status.word, known(m)])
            }
            out.append(table.render())
        }

        out.append("")
        out.append("Image Size Distribution")
        var sizes = TextTable(["Size Range", "Count", "% of Total"])
        for row in r.sizeDistribution {
            sizes.add([row.label, String(row.count), row.share.map(MetricFormat.percent) ?? "-"])
        }
        out.append(sizes.render())

        out.append("")
        out.append("Build Time Distribution")
        var times = TextTable(["Time Range", "Uncached", "Cached", "Target"])
        for row in r.buildTimeDistribution {
            times.add([row.label, String(row.uncached), String(row.cached), row.target])
        }
        out.append(times.render())

        out.append("")
        out.append("Cache Hit Rate per Project")
        var cache = TextTable(
            ["Project", "Hit Rate", "Speedup", "Status"], alignments: [.left, .right, .right, .left])
        for row in r.cache {
            cache.add([
                row.project, MetricFormat.value(row.hitRate, unit: .share),
                MetricFormat.value(row.speedup, unit: .ratio), row.status.word,
            ])
        }
        out.append(cache.render())

        out.append("")
        out.append("Registry Usage")
        var registries = TextTable(
            ["Registry", "Projects", "Images Pushed", "Total Size", "Status"],
            alignments: [.left, .right, .right, .right, .left])
        for row in r.registries {
            registries.add([
                row.registry.rawValue, String(row.projects), String(row.imagesPushed),
                MetricFormat.value(row.totalSizeMB, unit: .megabytes), row.inUse ? "in use" : "not used",
            ])
        }
        out.append(registries.render())

        out.append("")
        out.append("Vulnerabilities by Severity")
        var vulns = TextTable(
            ["Severity", "Total", "Worst project", "Target", "Status"],
            alignments: [.left, .right, .left, .right, .left])
        for row in r.severities {
            vulns.add([
                row.severity.rawValue, row.total.map(String.init) ?? "-", SeverityRow.worstText(row), row.target,
                row.severity.metric == nil ? "not targeted" : row.status.word,
            ])
        }
        out.append(vulns.render())

        for (title, rows, usd) in [
            ("Time Savings (hours, average per Docker project)", r.timeSavings, false),
            ("Cost Savings (USD per project and month, averages)", r.costSavings, true),
        ] {
            out.append("")
            out.append(title)
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
            out.append(rows.isEmpty ? "  no Docker projects" : table.render())
            if usd && !rows.isEmpty { out.append("  " + SavingsRow.note) }
        }

        out.append("")
        out.append("ROI by Adoption Level")
        var roi = TextTable(
            ["Level", "Setup h", "Maint h/mo", "Benefit", "ROI", "Seed claims", "Break-even", "Projects", "Their ROI"],
            alignments: [.left, .right, .right, .right, .right, .right, .right, .right, .right])
        for row in r.roiByLevel {
            roi.add([
                "Level \(row.level)", MetricFormat.number(row.setupHours),
                MetricFormat.number(row.maintenanceHoursPerMonth),
                MetricFormat.number(row.benefitHours) + " h + $" + MetricFormat.number(row.benefitUSD),
                MetricFormat.value(row.computedROI, unit: .ratio), row.claimedROI,
                row.breakEvenMonths.map { MetricFormat.number($0) + " mo" } ?? "never",
                String(row.projects), MetricFormat.value(row.averageProjectROI, unit: .ratio),
            ])
        }
        out.append(roi.render())

        out.append("")
        out.append("Common Issues")
        var common = TextTable(
            ["Issue", "Frequency", "Open", "Avg Resolution", "Status"],
            alignments: [.left, .right, .right, .right, .left])
        for row in r.commonIssues {
            common.add([
                row.category, String(row.frequency), String(row.open),
                row.averageResolutionHours.map { MetricFormat.number($0) + " h" } ?? "-", row.status.rawValue,
            ])
        }
        out.append(common.render())

        out.append("")
        out.append("Resolution Patterns (top 5)")
        var patterns = TextTable(
            ["Issue", "Solution", "Uses", "Success Rate"], alignments: [.left, .left, .right, .right])
        for row in r.resolutionPatterns {
            patterns.add([row.category, row.solution, String(row.uses), MetricFormat.percent(row.successRate)])
        }
        out.append(r.resolutionPatterns.isEmpty ? "  no resolved issues yet" : patterns.render())

        out.append("")
        let s = r.baseImageSchedule
        if let last = s.lastUpdate, let due = s.nextDue {
            out.append("Base images: last updated \(last), next due \(due)\(s.overdue ? " (OVERDUE)" : "").")
        } else {
            out.append("Base images: no update logged yet.")
        }
        let points = r.trendPoints
        if !points.isEmpty {
            out.append("")
            out.append(
                "Trend (\(points.count) points, \(points.first!.date) to \(points.last!.date); "
                    + "\(points.filter { $0.source == .git }.count) from git, \(points.filter { $0.source == .snapshot }.count) snapshots)"
            )
            out.append(trend(points, r).render())
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// One row per metric: its sparkline over the last points, the first and the latest value.
    static func trend(_ points: [TrendPoint], _ r: LedgerReport) -> TextTable {
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
        return table
    }

    /// How many of the latest points a sparkline shows.
    public static let sparklineWidth = 30

    static func known(_ m: MetricResult) -> String {
        if let n = m.numerator, let d = m.denominator { return "\(n)/\(d)" }
        if let count = m.sampleCount { return "n=\(count)" }
        return ""
    }
}
