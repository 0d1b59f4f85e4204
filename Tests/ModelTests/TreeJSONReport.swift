import Foundation

@testable import Model

/// The JSON report as it was written before `JSONReport` streamed it: the whole document built
/// as a `JSONValue` tree, then written by `JSONWriter` (which sorts the keys). Kept unchanged as
/// the oracle the streaming writer must match byte for byte (`JSONReportStreamTests`).
enum TreeJSONReport {
    static func render(_ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable] = ReportTable.allCases)
        -> String
    {
        JSONWriter.string(document(ledger, report, tables: tables))
    }

    /// The whole report, or with `tables` the same document holding only those tables.
    static func document(
        _ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable] = ReportTable.allCases
    ) -> JSONValue {
        var fields: [String: JSONValue] = [
            "generatedAt": .string(ISODate.instant(fromSeconds: report.asOf)),
            "ledger": ledger.meta.json,
            "counts": counts(report.counts),
        ]
        var nested: [String: JSONValue] = [:]
        for table in ReportTable.allCases where tables.contains(table) {
            let value = self.table(table, ledger, report)
            if table.isTopLevelInJSON { fields[table.name] = value } else { nested[table.name] = value }
        }
        if !nested.isEmpty { fields["tables"] = .object(nested) }
        return .object(fields)
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

    /// One table as JSON values: numbers raw (shares 0-1, sizes in MB, times in seconds),
    /// unknown values null.
    static func table(_ table: ReportTable, _ ledger: Ledger, _ r: LedgerReport) -> JSONValue {
        switch table {
        case .metrics:
            return metrics(r, MetricBreakdown.all(ledger, r, includingMeeting: false))
        case .trend:
            return .array(
                r.trendPoints.map { point in
                    .object([
                        "date": .string(point.date), "source": .string(point.source.rawValue),
                        "metrics": .object(point.metrics.mapValues(JSONValue.number)),
                    ])
                })
        case .inventory:
            return inventory(ledger, r)
        case .issues:
            return .array(
                ledger.issues.map { i in
                    .object([
                        "id": int(i.id), "category": .string(i.category),
                        "project": i.project.map(JSONValue.string) ?? .null,
                        "openedAt": .string(i.openedAt), "resolvedAt": i.resolvedAt.map(JSONValue.string) ?? .null,
                        "solution": i.solution.map(JSONValue.string) ?? .null,
                        "successful": i.successful.map(JSONValue.bool) ?? .null,
                        "notes": i.notes.map(JSONValue.string) ?? .null,
                    ])
                })
        case .templateUpdates:
            return .array(
                ledger.maintenance.templateUpdates.map { u in
                    .object([
                        "date": .string(u.date), "version": .string(u.version), "change": .string(u.change),
                        "reason": .string(u.reason), "projectsAffected": int(u.projectsAffected),
                    ])
                })
        case .baseImageUpdates:
            return .array(
                ledger.maintenance.baseImageUpdates.map { u in
                    .object([
                        "date": .string(u.date), "from": .string(u.from), "to": .string(u.to),
                        "reason": .string(u.reason), "projectsUpdated": int(u.projectsUpdated),
                    ])
                })
        case .versions:
            return .array(
                ledger.versionHistory.map { v in
                    .object([
                        "version": .string(v.version), "date": .string(v.date), "changes": .string(v.changes),
                        "author": .string(v.author),
                    ])
                })
        case .changelog:
            return .array(
                ledger.changelog.map { e in
                    .object(["date": .string(e.date), "title": .string(e.title), "body": .string(e.body)])
                })
        case .levels:
            return .array(
                r.levelRows.map { row in
                    .object([
                        "level": int(row.level), "name": .string(row.name), "exactly": int(row.exactly),
                        "atOrAbove": int(row.metric.numerator), "share": number(row.metric.value),
                        "target": .number(row.metric.target), "status": .string(row.metric.status.rawValue),
                    ])
                })
        case .sizes:
            return .array(
                r.sizeDistribution.map { row in
                    .object(["range": .string(row.label), "count": int(row.count), "share": number(row.share)])
                })
        case .buildTimes:
            return .array(
                r.buildTimeDistribution.map { row in
                    .object([
                        "range": .string(row.label), "uncached": int(row.uncached), "cached": int(row.cached),
                        "target": .string(row.target),
                    ])
                })
        case .cache:
            return .array(
                r.cache.map { row in
                    .object([
                        "project": .string(row.project), "hitRate": number(row.hitRate), "speedup": number(row.speedup),
                        "status": .string(row.status.rawValue),
                    ])
                })
        case .registries:
            return .array(
                r.registries.map { row in
                    .object([
                        "registry": .string(row.registry.rawValue), "projects": int(row.projects),
                        "imagesPushed": int(row.imagesPushed),
                        "totalSizeMB": .number(row.totalSizeMB), "inUse": .bool(row.inUse),
                    ])
                })
        case .vulnerabilities:
            return .array(
                r.severities.map { row in
                    .object([
                        "severity": .string(row.severity.rawValue), "total": int(row.total),
                        "worstProject": row.worstProject.map(JSONValue.string) ?? .null,
                        "worstProjectCount": int(row.worstCount),
                        "target": .string(row.target), "status": .string(row.status.rawValue),
                    ])
                })
        case .timeSavings:
            return savings(r.timeSavings)
        case .costSavings:
            return savings(r.costSavings)
        case .roiLevels:
            return .array(
                r.roiByLevel.map { row in
                    .object([
                        "level": int(row.level), "setupHours": .number(row.setupHours),
                        "maintenanceHoursPerMonth": .number(row.maintenanceHoursPerMonth),
                        "benefitHours": .number(row.benefitHours), "benefitUSD": .number(row.benefitUSD),
                        "computedROI": number(row.computedROI), "claimedROI": .string(row.claimedROI),
                        "breakEvenMonths": number(row.breakEvenMonths), "projects": int(row.projects),
                        "averageProjectROI": number(row.averageProjectROI),
                    ])
                })
        case .roiProjects:
            return .array(
                r.roiByProject.map { row in
                    .object([
                        "project": .string(row.project), "level": int(row.level),
                        "hoursWithout": .number(row.hoursWithout),
                        "hoursWith": .number(row.hoursWith), "costWithoutUSD": .number(row.costWithout),
                        "costWithUSD": .number(row.costWith), "investmentHours": .number(row.investmentHours),
                        "roi": number(row.roi), "measuredBuildTimes": .bool(row.usesMeasuredBuildTimes),
                    ])
                })
        case .commonIssues:
            return .array(
                r.commonIssues.map { row in
                    .object([
                        "category": .string(row.category), "frequency": int(row.frequency), "open": int(row.open),
                        "averageResolutionHours": number(row.averageResolutionHours),
                        "status": .string(row.status.rawValue),
                    ])
                })
        case .patterns:
            return .array(
                r.resolutionPatterns.map { row in
                    .object([
                        "category": .string(row.category), "solution": .string(row.solution), "uses": int(row.uses),
                        "successful": int(row.successful), "successRate": .number(row.successRate),
                    ])
                })
        case .oversized:
            return .array(r.oversizedWithoutIssue.map(JSONValue.string))
        case .baseImageSchedule:
            return .object([
                "lastUpdate": r.baseImageSchedule.lastUpdate.map(JSONValue.string) ?? .null,
                "nextDue": r.baseImageSchedule.nextDue.map(JSONValue.string) ?? .null,
                "daysSinceLast": int(r.baseImageSchedule.daysSinceLast),
                "overdue": .bool(r.baseImageSchedule.overdue),
            ])
        }
    }

    /// Every project: its level and target status, then every fact of the field table under its
    /// path in the file (`docker.nonRoot`), typed as the file types it.
    static func inventory(_ ledger: Ledger, _ r: LedgerReport) -> JSONValue {
        .array(
            ledger.projects.indices.map { i in
                let p = ledger.projects[i]
                let level = r.projectLevels[i]
                var fields: [String: JSONValue] = [
                    "name": .string(p.name), "status": .string(p.status?.rawValue ?? "active"),
                    "level": int(level),
                    "targetStatus": .string(r.standings.summary(of: i, level: level).status.rawValue),
                    "missedTargets": .array(r.standings.missedTargets(of: i).map { .string($0.rawValue) }),
                ]
                for field in ProjectField.all where fields[field.path] == nil { fields[field.path] = typed(field, p) }
                return .object(fields)
            })
    }

    /// A field's value as the file types it: flags as booleans, numbers as numbers, lists as
    /// arrays, unknown as null.
    static func typed(_ field: ProjectField, _ p: Project) -> JSONValue {
        let text = field.text(of: p)
        if text.isEmpty { return .null }
        switch field.kind {
        case .flag: return .bool(text == ProjectField.flagText(true))
        case .number, .wholeNumber, .rate: return Double(text).map(JSONValue.number) ?? .string(text)
        case .list: return .array(text.components(separatedBy: ", ").map(JSONValue.string))
        case .text, .requiredText, .day, .choice: return .string(text)
        }
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
