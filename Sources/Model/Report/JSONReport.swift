/// The JSON report (README, "Command line"): every catalog metric (value null for no data) and
/// every table, for CI jobs and other tools.
public enum JSONReport {
    public static func render(_ ledger: Ledger, _ report: LedgerReport) -> String {
        JSONWriter.string(document(ledger, report))
    }

    public static func document(_ ledger: Ledger, _ report: LedgerReport) -> JSONValue {
        .object([
            "generatedAt": .string(ISODate.instant(fromSeconds: report.asOf)),
            "ledger": ledger.meta.json,
            "counts": counts(report.counts),
            "metrics": metrics(report, MetricBreakdown.all(ledger, report, includingMeeting: false)),
            "tables": tables(ledger, report),
            "trend": .array(
                report.trendPoints.map { point in
                    .object([
                        "date": .string(point.date), "source": .string(point.source.rawValue),
                        "metrics": .object(point.metrics.mapValues(JSONValue.number)),
                    ])
                }),
        ])
    }

    /// Every metric object, each naming the projects that fail it and those it cannot tell.
    static func metrics(_ report: LedgerReport, _ breakdowns: [MetricID: MetricBreakdown]) -> JSONValue {
        .array(report.metrics.map { metric($0, breakdowns[$0.id]) })
    }

    /// A metric object with the names of the projects that fail it and of those it cannot tell
    /// (both empty for a metric not counted over projects).
    static func metric(_ m: MetricResult, _ breakdown: MetricBreakdown?) -> JSONValue {
        guard case .object(var fields) = metric(m) else { return metric(m) }
        fields["failing"] = .array((breakdown?.failing ?? []).map { .string($0.name) })
        fields["unknown"] = .array((breakdown?.unknown ?? []).map { .string($0.name) })
        return .object(fields)
    }

    static func metric(_ m: MetricResult) -> JSONValue {
        .object([
            "id": .string(m.id.rawValue),
            "section": .string(m.section.rawValue),
            "label": .string(m.label),
            "value": number(m.value),
            "target": .number(m.target),
            "direction": .string(m.direction.rawValue),
            "unit": .string(m.unit.rawValue),
            "status": .string(m.status.rawValue),
            "numerator": number(m.numerator.map(Double.init)),
            "denominator": number(m.denominator.map(Double.init)),
            "min": number(m.minimum),
            "max": number(m.maximum),
            "sampleCount": number(m.sampleCount.map(Double.init)),
        ])
    }

    private static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    private static func int(_ value: Int?) -> JSONValue { value.map { .number(Double($0)) } ?? .null }

    private static func counts(_ c: LedgerReport.Counts) -> JSONValue {
        .object([
            "projects": int(c.projects), "active": int(c.active), "archived": int(c.archived), "new": int(c.new),
            "docker": int(c.docker), "ci": int(c.ci), "issues": int(c.issues), "openIssues": int(c.openIssues),
        ])
    }

    private static func tables(_ ledger: Ledger, _ r: LedgerReport) -> JSONValue {
        .object([
            "levels": .array(
                r.levelRows.map { row in
                    .object([
                        "level": int(row.level), "name": .string(row.name), "exactly": int(row.exactly),
                        "atOrAbove": int(row.metric.numerator), "share": number(row.metric.value),
                        "target": .number(row.metric.target), "status": .string(row.metric.status.rawValue),
                    ])
                }),
            "projects": .array(
                ledger.projects.indices.map { i in
                    let p = ledger.projects[i]
                    let level = r.projectLevels[i]
                    return .object([
                        "name": .string(p.name), "status": .string(p.status?.rawValue ?? "active"),
                        "level": int(level),
                        "targetStatus": .string(r.standings.summary(of: i, level: level).status.rawValue),
                        "missedTargets": .array(r.standings.missedTargets(of: i).map { .string($0.rawValue) }),
                    ])
                }),
            "imageSizeDistribution": .array(
                r.sizeDistribution.map { row in
                    .object(["range": .string(row.label), "count": int(row.count), "share": number(row.share)])
                }),
            "buildTimeDistribution": .array(
                r.buildTimeDistribution.map { row in
                    .object([
                        "range": .string(row.label), "uncached": int(row.uncached), "cached": int(row.cached),
                        "target": .string(row.target),
                    ])
                }),
            "cache": .array(
                r.cache.map { row in
                    .object([
                        "project": .string(row.project), "hitRate": number(row.hitRate), "speedup": number(row.speedup),
                        "status": .string(row.status.rawValue),
                    ])
                }),
            "registries": .array(
                r.registries.map { row in
                    .object([
                        "registry": .string(row.registry.rawValue), "projects": int(row.projects),
                        "imagesPushed": int(row.imagesPushed),
                        "totalSizeMB": .number(row.totalSizeMB), "inUse": .bool(row.inUse),
                    ])
                }),
            "vulnerabilities": .array(
                r.severities.map { row in
                    .object([
                        "severity": .string(row.severity.rawValue), "total": int(row.total),
                        "worstProject": row.worstProject.map(JSONValue.string) ?? .null,
                        "worstProjectCount": int(row.worstCount),
                        "target": .string(row.target), "status": .string(row.status.rawValue),
                    ])
                }),
            "timeSavings": savings(r.timeSavings),
            "costSavings": savings(r.costSavings),
            "roiByLevel": .array(
                r.roiByLevel.map { row in
                    .object([
                        "level": int(row.level), "setupHours": .number(row.setupHours),
                        "maintenanceHoursPerMonth": .number(row.maintenanceHoursPerMonth),
                        "benefitHours": .number(row.benefitHours), "benefitUSD": .number(row.benefitUSD),
                        "computedROI": number(row.computedROI), "claimedROI": .string(row.claimedROI),
                        "breakEvenMonths": number(row.breakEvenMonths), "projects": int(row.projects),
                        "averageProjectROI": number(row.averageProjectROI),
                    ])
                }),
            "roiByProject": .array(
                r.roiByProject.map { row in
                    .object([
                        "project": .string(row.project), "level": int(row.level),
                        "hoursWithout": .number(row.hoursWithout),
                        "hoursWith": .number(row.hoursWith), "costWithoutUSD": .number(row.costWithout),
                        "costWithUSD": .number(row.costWith), "investmentHours": .number(row.investmentHours),
                        "roi": number(row.roi), "measuredBuildTimes": .bool(row.usesMeasuredBuildTimes),
                    ])
                }),
            "commonIssues": .array(
                r.commonIssues.map { row in
                    .object([
                        "category": .string(row.category), "frequency": int(row.frequency), "open": int(row.open),
                        "averageResolutionHours": number(row.averageResolutionHours),
                        "status": .string(row.status.rawValue),
                    ])
                }),
            "resolutionPatterns": .array(
                r.resolutionPatterns.map { row in
                    .object([
                        "category": .string(row.category), "solution": .string(row.solution), "uses": int(row.uses),
                        "successful": int(row.successful), "successRate": .number(row.successRate),
                    ])
                }),
            "oversizedWithoutIssue": .array(r.oversizedWithoutIssue.map(JSONValue.string)),
            "baseImageSchedule": .object([
                "lastUpdate": r.baseImageSchedule.lastUpdate.map(JSONValue.string) ?? .null,
                "nextDue": r.baseImageSchedule.nextDue.map(JSONValue.string) ?? .null,
                "daysSinceLast": int(r.baseImageSchedule.daysSinceLast),
                "overdue": .bool(r.baseImageSchedule.overdue),
            ]),
        ])
    }

    private static func savings(_ rows: [SavingsRow]) -> JSONValue {
        .array(
            rows.map { row in
                .object([
                    "activity": .string(row.activity), "without": .number(row.without), "with": .number(row.with),
                    "savings": .number(row.savings), "status": .string(row.status.rawValue),
                    "projects": .number(Double(row.projects)),
                    "averageOver": .string(
                        row.isTotal ? "every Docker project's own total" : "the projects the line applies to"),
                ])
            })
    }
}
