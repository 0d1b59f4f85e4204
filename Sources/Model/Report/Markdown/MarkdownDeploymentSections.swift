/// Sections 5 and 6: CI/CD integration and production deployment.
extension MarkdownReport {
    private static let ciFeatures: [MetricID] = [.ciBuildx, .ciGhaCache, .ciCoverage, .ciMultiArch]

    func ciIntegration() -> String {
        var out = "## 5. CI/CD Integration\n\n### GitHub Actions Adoption\n\n"
        if report.counts.ci == 0 { out += MarkdownFormat.empty() }
        var table = MarkdownTable(["Feature", "Projects Using", "% of CI Projects", "Target"])
        for id in Self.ciFeatures {
            let m = report.metric(id)
            table.add([
                "**\(m.label)**", String(m.numerator ?? 0), m.formattedValue,
                MetricFormat.target(m.target, unit: .share),
            ])
        }
        out += table.render() + "\n"
        let flags = Self.ciFeatures.map { id -> String in
            let m = report.metric(id)
            return "\(m.label) \(MarkdownStatus.emoji(m.status))"
        }.joined(separator: " · ")
        out +=
            "Over \(report.counts.ci) CI project\(report.counts.ci == 1 ? "" : "s") (Docker projects with CI enabled). Status: \(flags).\n"

        out += Self.rule + "### Build Time Distribution\n\n"
        let timed = report.buildTimeDistribution.reduce(0) { $0 + $1.uncached + $1.cached }
        if timed == 0 { out += MarkdownFormat.empty() }
        let under = report.metric(.ciCachedUnder30)
        let over = report.metric(.ciCachedOver120)
        var times = MarkdownTable(["Time Range", "Uncached", "Cached", "Target"])
        for (i, row) in report.buildTimeDistribution.enumerated() {
            let target =
                i == 0
                ? MetricFormat.target(under.target, unit: .share) + " (cached)"
                : i == report.buildTimeDistribution.count - 1
                    ? MetricFormat.target(over.target, unit: .share) + " (cached)" : ""
            times.add([row.label, String(row.uncached), String(row.cached), target])
        }
        out += times.render() + "\n"
        out +=
            "Cached builds under 30 sec: \(MarkdownFormat.share(under)) \(MarkdownStatus.emoji(under.status)); "
            + "over 120 sec: \(MarkdownFormat.share(over)) \(MarkdownStatus.emoji(over.status)).\n"
        return out
    }

    func productionDeployment() -> String {
        var out = "## 6. Production Deployment\n\n### Registry Usage\n\n"
        if !report.registries.contains(where: \.inUse) { out += MarkdownFormat.empty() }
        var table = MarkdownTable(["Registry", "Projects", "Images Pushed", "Total Size", "Status"])
        for row in report.registries {
            table.add([
                row.registry.rawValue, String(row.projects), String(row.imagesPushed),
                MarkdownFormat.megabytes(row.totalSizeMB),
                row.inUse ? "🟢 In use" : "⚪ Not used",
            ])
        }
        out += table.render()

        out += Self.rule + "### Multi-Architecture Support\n\n"
        let amd = report.metric(.archAmd64)
        let arm = report.metric(.archArm64)
        if amd.denominator == 0 { out += MarkdownFormat.empty() }
        var arch = MarkdownTable(["Architecture", "Projects Supporting", "% of Total", "Target"])
        for m in [amd, arm] {
            arch.add([
                "**\(m.label)**", String(m.numerator ?? 0), m.formattedValue,
                MetricFormat.target(m.target, unit: .share),
            ])
        }
        out += arch.render() + "\n"
        out +=
            "Over \(amd.denominator ?? 0) Docker project\(amd.denominator == 1 ? "" : "s") with known platforms. "
            + "Status: linux/amd64 \(MarkdownStatus.emoji(amd.status)) · linux/arm64 \(MarkdownStatus.emoji(arm.status)).\n"
        return out
    }
}
