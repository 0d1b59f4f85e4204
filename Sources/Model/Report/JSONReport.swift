/// The JSON report (README, "Command line"): every catalog metric (value null for no data) and
/// every table, for CI jobs and other tools. Each table is keyed by its `ReportTable` name: the
/// metrics and the trend at the top, every other table under `tables`.
///
/// It is written straight into bytes (`JSONStream`), never built as a `JSONValue` tree: at
/// 100,000 projects the tree of the inventory alone is millions of values. The layout is the
/// one `JSONWriter` gives a tree (sorted keys, two-space indents), so each object below writes
/// its keys in sorted order.
public enum JSONReport {
    public static func render(_ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable] = ReportTable.allCases)
        -> String
    {
        var bytes: [UInt8] = []
        write(ledger, report, tables: tables) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the report, or with `tables` the same document holding only those tables, handing
    /// it to `sink` a piece at a time (a megabyte each), so the whole text is never held.
    public static func write(
        _ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable] = ReportTable.allCases,
        to sink: (UnsafeRawBufferPointer) -> Void
    ) {
        withoutActuallyEscaping(sink) { sink in
            var out = JSONStream(sink: sink)
            writeDocument(ledger, report, tables: tables, &out)
            out.finish()
        }
    }

    private static func writeDocument(
        _ ledger: Ledger, _ report: LedgerReport, tables: [ReportTable], _ out: inout JSONStream
    ) {
        out.openObject()
        for part in TopLevelPart.all(tables) {
            out.key(escaping: part.key)
            switch part {
            case .counts: counts(report.counts, &out)
            case .generatedAt: out.string(ISODate.instant(fromSeconds: report.asOf))
            case .ledger: out.value(ledger.meta.json)
            case .table(let table): self.table(table, ledger, report, &out)
            case .tables(let nested):
                out.openObject()
                for table in nested {
                    out.key(escaping: table.name)
                    self.table(table, ledger, report, &out)
                }
                out.closeObject()
            }
        }
        out.closeObject()
    }

    /// A key of the document's top object, which the document writes in key order.
    private enum TopLevelPart {
        case counts, generatedAt, ledger
        /// A table kept at the top (`ReportTable.isTopLevelInJSON`).
        case table(ReportTable)
        /// The `tables` object, its tables in key order.
        case tables([ReportTable])

        var key: String {
            switch self {
            case .counts: "counts"
            case .generatedAt: "generatedAt"
            case .ledger: "ledger"
            case .table(let table): table.name
            case .tables: "tables"
            }
        }

        static func all(_ tables: [ReportTable]) -> [TopLevelPart] {
            let chosen = ReportTable.allCases.filter { tables.contains($0) }
            let nested = chosen.filter { !$0.isTopLevelInJSON }.sorted { $0.name < $1.name }
            let parts: [TopLevelPart] =
                [.counts, .generatedAt, .ledger] + chosen.filter(\.isTopLevelInJSON).map(TopLevelPart.table)
                + (nested.isEmpty ? [] : [.tables(nested)])
            return parts.sorted { $0.key < $1.key }
        }
    }

    // MARK: - Metric objects as values (`check --format json` and the per-owner report)

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
            "value": m.value.map(JSONValue.number) ?? .null,
            "target": .number(m.target),
            "direction": .string(m.direction.rawValue),
            "unit": .string(m.unit.rawValue),
            "status": .string(m.status.rawValue),
            "numerator": m.numerator.map { .number(Double($0)) } ?? .null,
            "denominator": m.denominator.map { .number(Double($0)) } ?? .null,
            "min": m.minimum.map(JSONValue.number) ?? .null,
            "max": m.maximum.map(JSONValue.number) ?? .null,
            "sampleCount": m.sampleCount.map { .number(Double($0)) } ?? .null,
        ])
    }

    // MARK: - Writing

    /// A metric object as `metric(_:_:)` builds it, written straight out.
    private static func metric(
        _ m: MetricResult, failing: [MetricBreakdown.Standing], unknown: [MetricBreakdown.Standing], _ names: [String],
        _ out: inout JSONStream
    ) {
        out.openObject()
        out.key("denominator")
        out.int(m.denominator)
        out.key("direction")
        out.string(m.direction.rawValue)
        out.key("failing")
        write(failing, names, &out)
        out.key("id")
        out.string(m.id.rawValue)
        out.key("label")
        out.string(m.label)
        out.key("max")
        out.number(m.maximum)
        out.key("min")
        out.number(m.minimum)
        out.key("numerator")
        out.int(m.numerator)
        out.key("sampleCount")
        out.int(m.sampleCount)
        out.key("section")
        out.string(m.section.rawValue)
        out.key("status")
        out.string(m.status.rawValue)
        out.key("target")
        out.number(m.target)
        out.key("unit")
        out.string(m.unit.rawValue)
        out.key("unknown")
        write(unknown, names, &out)
        out.key("value")
        out.number(m.value)
        out.closeObject()
    }

    /// The names of the projects in a breakdown's list; `names` holds every project's.
    private static func write(_ standings: [MetricBreakdown.Standing], _ names: [String], _ out: inout JSONStream) {
        out.openArray()
        for standing in standings { out.string(names[standing.project]) }
        out.closeArray()
    }

    private static func counts(_ c: LedgerReport.Counts, _ out: inout JSONStream) {
        out.openObject()
        out.key("active")
        out.int(c.active)
        out.key("archived")
        out.int(c.archived)
        out.key("ci")
        out.int(c.ci)
        out.key("docker")
        out.int(c.docker)
        out.key("issues")
        out.int(c.issues)
        out.key("new")
        out.int(c.new)
        out.key("openIssues")
        out.int(c.openIssues)
        out.key("projects")
        out.int(c.projects)
        out.closeObject()
    }

    /// One table: numbers raw (shares 0-1, sizes in MB, times in seconds), unknown values null.
    private static func table(_ table: ReportTable, _ ledger: Ledger, _ r: LedgerReport, _ out: inout JSONStream) {
        switch table {
        case .metrics:
            // The breakdown's lists without its entries: only the names are written.
            let lists = MetricBreakdown.Lists(ledger, r, includingMeeting: false)
            let names = ledger.projects.map(\.name)
            var listOf = [Int?](repeating: nil, count: MetricCatalog.all.count)
            for (k, metric) in MetricCatalog.overProjects.enumerated() { listOf[metric.ordinal] = k }
            out.openArray()
            // `metrics` holds every catalog metric in catalog order.
            for (ordinal, m) in r.metrics.enumerated() {
                let k = listOf[ordinal]
                metric(
                    m, failing: k.map { lists.failing[$0] } ?? [], unknown: k.map { lists.unknown[$0] } ?? [], names,
                    &out)
            }
            out.closeArray()
        case .trend:
            objects(r.trendPoints, &out) { point, out in
                out.key("date")
                out.string(point.date)
                out.key("metrics")
                out.openObject()
                for id in point.metrics.keys.sorted() {
                    out.key(escaping: id)
                    out.number(point.metrics[id])
                }
                out.closeObject()
                out.key("source")
                out.string(point.source.rawValue)
            }
        case .inventory:
            InventoryJSON(ledger, r).write(&out)
        case .issues:
            objects(ledger.issues, &out) { i, out in
                out.key("category")
                out.string(i.category)
                out.key("id")
                out.int(i.id)
                out.key("notes")
                out.string(i.notes)
                out.key("openedAt")
                out.string(i.openedAt)
                out.key("project")
                out.string(i.project)
                out.key("resolvedAt")
                out.string(i.resolvedAt)
                out.key("solution")
                out.string(i.solution)
                out.key("successful")
                if let successful = i.successful { out.bool(successful) } else { out.null() }
            }
        case .templateUpdates:
            objects(ledger.maintenance.templateUpdates, &out) { u, out in
                out.key("change")
                out.string(u.change)
                out.key("date")
                out.string(u.date)
                out.key("projectsAffected")
                out.int(u.projectsAffected)
                out.key("reason")
                out.string(u.reason)
                out.key("version")
                out.string(u.version)
            }
        case .baseImageUpdates:
            objects(ledger.maintenance.baseImageUpdates, &out) { u, out in
                out.key("date")
                out.string(u.date)
                out.key("from")
                out.string(u.from)
                out.key("projectsUpdated")
                out.int(u.projectsUpdated)
                out.key("reason")
                out.string(u.reason)
                out.key("to")
                out.string(u.to)
            }
        case .versions:
            objects(ledger.versionHistory, &out) { v, out in
                out.key("author")
                out.string(v.author)
                out.key("changes")
                out.string(v.changes)
                out.key("date")
                out.string(v.date)
                out.key("version")
                out.string(v.version)
            }
        case .changelog:
            objects(ledger.changelog, &out) { e, out in
                out.key("body")
                out.string(e.body)
                out.key("date")
                out.string(e.date)
                out.key("title")
                out.string(e.title)
            }
        case .levels:
            objects(r.levelRows, &out) { row, out in
                out.key("atOrAbove")
                out.int(row.metric.numerator)
                out.key("exactly")
                out.int(row.exactly)
                out.key("level")
                out.int(row.level)
                out.key("name")
                out.string(row.name)
                out.key("share")
                out.number(row.metric.value)
                out.key("status")
                out.string(row.metric.status.rawValue)
                out.key("target")
                out.number(row.metric.target)
            }
        case .sizes:
            objects(r.sizeDistribution, &out) { row, out in
                out.key("count")
                out.int(row.count)
                out.key("range")
                out.string(row.label)
                out.key("share")
                out.number(row.share)
            }
        case .buildTimes:
            objects(r.buildTimeDistribution, &out) { row, out in
                out.key("cached")
                out.int(row.cached)
                out.key("range")
                out.string(row.label)
                out.key("target")
                out.string(row.target)
                out.key("uncached")
                out.int(row.uncached)
            }
        case .cache:
            objects(r.cache, &out) { row, out in
                out.key("hitRate")
                out.number(row.hitRate)
                out.key("project")
                out.string(row.project)
                out.key("speedup")
                out.number(row.speedup)
                out.key("status")
                out.string(row.status.rawValue)
            }
        case .registries:
            objects(r.registries, &out) { row, out in
                out.key("imagesPushed")
                out.int(row.imagesPushed)
                out.key("inUse")
                out.bool(row.inUse)
                out.key("projects")
                out.int(row.projects)
                out.key("registry")
                out.string(row.registry.rawValue)
                out.key("totalSizeMB")
                out.number(row.totalSizeMB)
            }
        case .vulnerabilities:
            objects(r.severities, &out) { row, out in
                out.key("severity")
                out.string(row.severity.rawValue)
                out.key("status")
                out.string(row.status.rawValue)
                out.key("target")
                out.string(row.target)
                out.key("total")
                out.int(row.total)
                out.key("worstProject")
                out.string(row.worstProject)
                out.key("worstProjectCount")
                out.int(row.worstCount)
            }
        case .timeSavings:
            savings(r.timeSavings, &out)
        case .costSavings:
            savings(r.costSavings, &out)
        case .roiLevels:
            objects(r.roiByLevel, &out) { row, out in
                out.key("averageProjectROI")
                out.number(row.averageProjectROI)
                out.key("benefitHours")
                out.number(row.benefitHours)
                out.key("benefitUSD")
                out.number(row.benefitUSD)
                out.key("breakEvenMonths")
                out.number(row.breakEvenMonths)
                out.key("claimedROI")
                out.string(row.claimedROI)
                out.key("computedROI")
                out.number(row.computedROI)
                out.key("level")
                out.int(row.level)
                out.key("maintenanceHoursPerMonth")
                out.number(row.maintenanceHoursPerMonth)
                out.key("projects")
                out.int(row.projects)
                out.key("setupHours")
                out.number(row.setupHours)
            }
        case .roiProjects:
            objects(r.roiByProject, &out) { row, out in
                out.key("costWithUSD")
                out.number(row.costWith)
                out.key("costWithoutUSD")
                out.number(row.costWithout)
                out.key("hoursWith")
                out.number(row.hoursWith)
                out.key("hoursWithout")
                out.number(row.hoursWithout)
                out.key("investmentHours")
                out.number(row.investmentHours)
                out.key("level")
                out.int(row.level)
                out.key("measuredBuildTimes")
                out.bool(row.usesMeasuredBuildTimes)
                out.key("project")
                out.string(row.project)
                out.key("roi")
                out.number(row.roi)
            }
        case .commonIssues:
            objects(r.commonIssues, &out) { row, out in
                out.key("averageResolutionHours")
                out.number(row.averageResolutionHours)
                out.key("category")
                out.string(row.category)
                out.key("frequency")
                out.int(row.frequency)
                out.key("open")
                out.int(row.open)
                out.key("status")
                out.string(row.status.rawValue)
            }
        case .patterns:
            objects(r.resolutionPatterns, &out) { row, out in
                out.key("category")
                out.string(row.category)
                out.key("solution")
                out.string(row.solution)
                out.key("successRate")
                out.number(row.successRate)
                out.key("successful")
                out.int(row.successful)
                out.key("uses")
                out.int(row.uses)
            }
        case .oversized:
            array(r.oversizedWithoutIssue, &out) { name, out in out.string(name) }
        case .baseImageSchedule:
            let s = r.baseImageSchedule
            out.openObject()
            out.key("daysSinceLast")
            out.int(s.daysSinceLast)
            out.key("lastUpdate")
            out.string(s.lastUpdate)
            out.key("nextDue")
            out.string(s.nextDue)
            out.key("overdue")
            out.bool(s.overdue)
            out.closeObject()
        }
    }

    private static func savings(_ rows: [SavingsRow], _ out: inout JSONStream) {
        objects(rows, &out) { row, out in
            out.key("activity")
            out.string(row.activity)
            out.key("averageOver")
            out.string(row.isTotal ? "every Docker project's own total" : "the projects the line applies to")
            out.key("projects")
            out.int(row.projects)
            out.key("savings")
            out.number(row.savings)
            out.key("status")
            out.string(row.status.rawValue)
            out.key("with")
            out.number(row.with)
            out.key("without")
            out.number(row.without)
        }
    }

    /// An array with one value per element, each written by `element`.
    private static func array<Element>(
        _ elements: [Element], _ out: inout JSONStream, _ element: (Element, inout JSONStream) -> Void
    ) {
        out.openArray()
        for e in elements { element(e, &out) }
        out.closeArray()
    }

    /// An array of objects, each object's keys written by `fields`.
    private static func objects<Element>(
        _ elements: [Element], _ out: inout JSONStream, _ fields: (Element, inout JSONStream) -> Void
    ) {
        out.openArray()
        for e in elements {
            out.openObject()
            fields(e, &out)
            out.closeObject()
        }
        out.closeArray()
    }
}
