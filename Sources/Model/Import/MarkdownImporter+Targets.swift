/// Targets from the coverage, level, quality, security, CI and architecture tables, and the
/// `**Target**:` lines under the cache and savings tables. A stated target is kept even when it
/// equals the SAP-011 default, so the ledger says what the document said.
extension MarkdownImporter {
    private static let coverageLabels: [(String, MetricID)] = [
        ("projects with docker", .coverageDocker), ("multi-stage builds", .coverageMultiStage),
        ("non-root execution", .coverageNonRoot), ("image size", .coverageImageSize),
        ("ci cache enabled", .coverageCiCache),
    ]
    private static let securityLabels: [(String, MetricID)] = [
        ("non-root execution", .securityNonRoot), ("minimal base images", .securityMinimalBase),
        ("no secrets in images", .securitySecretsFree), ("vulnerability scans passing", .securityScansPassing),
    ]
    private static let summaryLabels: [(String, MetricID)] = [
        ("image size", .qualityImageSizeMB), ("build context", .qualityBuildContextMB), ("layers", .qualityLayers),
        ("build time (uncached", .perfBuildUncachedS), ("build time (cached", .perfBuildCachedS),
        ("startup time", .perfStartupS), ("health check latency", .perfHealthCheckMs),
    ]
    private static let otherLabels: [(String, MetricID)] = [
        ("level 1", .level1), ("level 2", .level2), ("level 3", .level3), ("level 4", .level4),
        ("critical", .vulnsCritical), ("high", .vulnsHigh), ("medium", .vulnsMedium),
        ("docker buildx", .ciBuildx), ("gha cache", .ciGhaCache), ("coverage extraction", .ciCoverage),
        ("multi-arch builds", .ciMultiArch), ("<30", .ciCachedUnder30), (">120", .ciCachedOver120),
        ("linux/amd64", .archAmd64), ("linux/arm64", .archArm64),
    ]

    mutating func readTargets(_ table: MarkdownDocument.Table, _ c: Columns) {
        let labels: [(String, MetricID)]
        let labelColumn: String
        if c.has("metric", "min", "max") {
            (labels, labelColumn) = (Self.summaryLabels, "metric")
        } else if c.has("metric") {
            let security = subsection.contains("security") || section.contains("security")
            (labels, labelColumn) = (security ? Self.securityLabels : Self.coverageLabels, "metric")
        } else {
            labelColumn = ["level", "severity", "feature", "architecture", "time range"].first { c.has($0) }!
            labels = Self.otherLabels
        }
        for row in table.rows where !Self.isPlaceholder(row.cells) {
            let label = MarkdownDocument.plain(c.cell(row.cells, labelColumn)).lowercased()
            guard let id = labels.first(where: { label.hasPrefix($0.0) })?.1 else { continue }
            setTarget(id, from: c.cell(row.cells, "target"), line: row.line)
        }
    }

    /// `**Target**: ≥80% cache hit rate, 6x speedup` and `**Target**: 80% time savings ...`.
    mutating func readTargetLine(_ line: Int, _ text: String) {
        guard let (key, value) = Self.headerField(text), key == "target" else { return }
        let lower = value.lowercased()
        if lower.contains("cache hit rate") {
            var rest = Substring(value)
            while let (number, unit, after) = MarkdownNumber.next(rest) {
                if unit == "%", ledger.targetOverride(.cacheHitRate) == nil {
                    ledger.setTargetOverride(number / 100, for: .cacheHitRate)
                }
                if unit.lowercased() == "x", ledger.targetOverride(.cacheSpeedup) == nil {
                    ledger.setTargetOverride(number, for: .cacheSpeedup)
                }
                rest = after
            }
        } else if lower.contains("time savings") {
            setTarget(.efficiencyTime, from: value, line: line)
        } else if lower.contains("cost savings") {
            setTarget(.efficiencyCost, from: value, line: line)
        }
    }

    /// "70% of new projects" → 0.7, "≤250" → 250, "<10 per project" → 9; "N/A", "-" state none.
    mutating func setTarget(_ id: MetricID, from cell: String, line: Int) {
        let definition = id.definition
        if MarkdownInventoryCells.isBlank(cell) { return }
        guard let (number, unit) = MarkdownNumber.leading(cell) else {
            report(line, "target \"\(cell)\" of \(definition.label) is not a number; the SAP-011 default is kept")
            return
        }
        var value = number
        if unit == "%" || (definition.unit == .share && value > 1) { value /= 100 }
        let strictLess = cell.contains("<") && !cell.contains("<=")
        if strictLess, definition.unit == .count, value >= 1 { value -= 1 }
        if definition.unit == .share, value > 1 {
            report(line, "target \"\(cell)\" of \(definition.label) is more than 100%; the SAP-011 default is kept")
            return
        }
        ledger.setTargetOverride(value, for: id)
    }
}
