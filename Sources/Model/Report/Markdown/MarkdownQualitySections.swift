/// Section 4: image quality, security and performance.
extension MarkdownReport {
    func qualityMetrics() -> String {
        var out = "## 4. Quality Metrics\n\n### 4.1 Image Quality\n\n"
        let none = report.counts.docker == 0
        if none { out += MarkdownFormat.empty() }
        out += summaryTable([.qualityImageSizeMB, .qualityBuildContextMB, .qualityLayers]) + "\n"
        out += "**Image Size Distribution**:\n\n"
        var sizes = MarkdownTable(["Size Range", "Count", "% of Total"])
        for row in report.sizeDistribution {
            sizes.add([row.label, String(row.count), MarkdownFormat.percent(row.share)])
        }
        out += sizes.render()

        out += Self.rule + "### 4.2 Security Metrics\n\n"
        if none { out += MarkdownFormat.empty() }
        var security = MarkdownTable(["Metric", "Value", "Target", "Status"])
        for id: MetricID in [.securityNonRoot, .securityMinimalBase, .securitySecretsFree, .securityScansPassing] {
            let m = report.metric(id)
            security.add([
                "**\(m.label)**", MarkdownFormat.share(m), MarkdownFormat.target(m, comparator: false),
                MarkdownStatus.cell(m.status),
            ])
        }
        out += security.render() + "\n"
        out += "**Vulnerability Scan Results** (Trivy):\n\n"
        var vulns = MarkdownTable(["Severity", "Count", "Target"])
        for row in report.severities {
            var count = row.total.map(String.init) ?? "-"
            if row.severity == .medium, row.worstProject != nil {
                count += " (worst project: \(SeverityRow.worstText(row)))"
            }
            vulns.add([row.severity.rawValue, count, row.target])
        }
        out += vulns.render() + "\n"
        let scanned = report.metric(.vulnsCritical).sampleCount ?? 0
        let statuses = report.severities.filter { $0.severity.metric != nil }
            .map { "\($0.severity.rawValue) \(MarkdownStatus.cell($0.status))" }.joined(separator: " · ")
        out +=
            "Counts are totals over the \(scanned) scanned Docker project\(scanned == 1 ? "" : "s"). Status: \(statuses).\n"

        out += Self.rule + "### 4.3 Performance Metrics\n\n"
        if none { out += MarkdownFormat.empty() }
        out += summaryTable([.perfBuildUncachedS, .perfBuildCachedS, .perfStartupS, .perfHealthCheckMs]) + "\n"
        out += "**Cache Hit Rate** (GitHub Actions):\n\n"
        var cache = MarkdownTable(["Project", "Cache Hit Rate", "Speedup", "Status"])
        if report.cache.isEmpty { cache.add(["-", "-", "-", "-"]) }
        for row in report.cache {
            cache.add([
                row.project, MarkdownFormat.percent(row.hitRate),
                row.speedup.map { MetricFormat.number($0) + "x" } ?? "-",
                MarkdownStatus.cell(row.status),
            ])
        }
        out += cache.render() + "\n"
        let rate = report.metric(.cacheHitRate)
        let speedup = report.metric(.cacheSpeedup)
        out +=
            "**Target**: ≥\(MetricFormat.target(rate.target, unit: .share)) cache hit rate, \(MetricFormat.number(speedup.target))x speedup "
            + "(average: \(MarkdownFormat.percent(rate.value)) \(MarkdownStatus.emoji(rate.status)), "
            + "\(speedup.value.map { MetricFormat.number($0) + "x" } ?? "-") \(MarkdownStatus.emoji(speedup.status)))\n"
        return out
    }

    /// The seed's Metric | Min | Max | Avg | Target | Status tables.
    private func summaryTable(_ ids: [MetricID]) -> String {
        var table = MarkdownTable(["Metric", "Min", "Max", "Avg", "Target", "Status"])
        for id in ids {
            let m = report.metric(id)
            table.add([
                "**\(m.label)**", MarkdownFormat.number(m.minimum), MarkdownFormat.number(m.maximum),
                MarkdownFormat.number(m.value), MarkdownFormat.target(m), MarkdownStatus.cell(m.status),
            ])
        }
        return table.render()
    }
}
