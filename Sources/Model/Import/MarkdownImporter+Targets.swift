/// Targets from the coverage, level, quality, security, CI and architecture tables, and the
/// `**Target**:` lines under the cache and savings tables. A stated target is kept even when it
/// equals the SAP-011 default, so the ledger says what the document said.
extension MarkdownImporter {
    private static let coverageLabels: [(String, String)] = [
        ("projects with docker", "coverage.docker"), ("multi-stage builds", "coverage.multiStage"),
        ("non-root execution", "coverage.nonRoot"), ("image size", "coverage.imageSize"), ("ci cache enabled", "coverage.ciCache"),
    ]
    private static let securityLabels: [(String, String)] = [
        ("non-root execution", "security.nonRoot"), ("minimal base images", "security.minimalBase"),
        ("no secrets in images", "security.secretsFree"), ("vulnerability scans passing", "security.scansPassing"),
    ]
    private static let summaryLabels: [(String, String)] = [
        ("image size", "quality.imageSizeMB"), ("build context", "quality.buildContextMB"), ("layers", "quality.layers"),
        ("build time (uncached", "perf.buildUncachedS"), ("build time (cached", "perf.buildCachedS"),
        ("startup time", "perf.startupS"), ("health check latency", "perf.healthCheckMs"),
    ]
    private static let otherLabels: [(String, String)] = [
        ("level 1", "level.1"), ("level 2", "level.2"), ("level 3", "level.3"), ("level 4", "level.4"),
        ("critical", "vulns.critical"), ("high", "vulns.high"), ("medium", "vulns.medium"),
        ("docker buildx", "ci.buildx"), ("gha cache", "ci.ghaCache"), ("coverage extraction", "ci.coverage"),
        ("multi-arch builds", "ci.multiArch"), ("<30", "ci.cachedUnder30"), (">120", "ci.cachedOver120"),
        ("linux/amd64", "arch.amd64"), ("linux/arm64", "arch.arm64"),
    ]

    mutating func readTargets(_ table: MarkdownDocument.Table, _ c: Columns) {
        let labels: [(String, String)]
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
                if unit == "%", ledger.targets["cache.hitRate"] == nil { ledger.targets["cache.hitRate"] = number / 100 }
                if unit.lowercased() == "x", ledger.targets["cache.speedup"] == nil { ledger.targets["cache.speedup"] = number }
                rest = after
            }
        } else if lower.contains("time savings") {
            setTarget("efficiency.time", from: value, line: line)
        } else if lower.contains("cost savings") {
            setTarget("efficiency.cost", from: value, line: line)
        }
    }

    /// "70% of new projects" → 0.7, "≤250" → 250, "<10 per project" → 9; "N/A", "-" state none.
    mutating func setTarget(_ id: String, from cell: String, line: Int) {
        guard let definition = MetricCatalog.definition(id) else { return }
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
        ledger.targets[id] = value
    }
}
