import Model

/// 3 Quality: image quality, size distribution, security, vulnerabilities, performance, cache.
/// Its key: `n` logs an "Image size >500MB" issue for the flagged image under the cursor (else
/// the first one flagged).
enum QualityTab: TabComponent {
    static let title = "Quality"
    static let keyContext: KeyContext? = .quality

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? {
        guard case .quality(let action) = action else { return nil }
        return perform(action, state)
    }

    /// Opens the log issue form (IssueForms); nothing changes until it is submitted.
    static func perform(_ action: QualityAction, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if let refusal = Update.refusal(s) {
            s.message = refusal
            return (s, [])
        }
        switch action {
        case .logOversizedIssue:
            guard let project = s.selectedOversizedProject else {
                s.message = "nothing to log: no image over 500 MB lacks an open issue"
                break
            }
            s.mode = .form(IssueForms.log(s, category: Issue.oversizedImageCategory, project: project))
        }
        return (s, [])
    }

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        return Document([
            .table(MetricTables.extremes("Image Quality", r.metrics(in: .imageQuality))),
            .gap,
            .table(sizeDistribution(r)),
            .gap,
            .table(oversized(state)),
            .gap,
            .table(MetricTables.values("Security Metrics", r.metrics(in: .security))),
            .gap,
            .table(vulnerabilities(r)),
            .gap,
            .table(MetricTables.extremes("Performance Metrics", r.metrics(in: .performance))),
            .gap,
            .table(MetricTables.values("Cache Hit Rate (GitHub Actions)", r.metrics(in: .cache))),
            .gap,
            .table(cachePerProject(r, state.ledger)),
        ])
    }

    static func sizeDistribution(_ r: LedgerReport) -> Table {
        Table(
            "Image Size Distribution", [Column("Size range"), .number("Count"), .number("% of known")],
            rows: r.sizeDistribution.map { [Cell($0.label), Cells.count($0.count), Cells.share($0.share)] },
            ref: { .imageSizeBucket($0) })
    }

    /// The engine's list of oversized images nobody is tracking, with the size that put them there.
    static func oversized(_ state: AppState) -> Table {
        let flagged = state.data.oversizedWithoutIssue
        let projects = state.ledger.projects
        return Table(
            "Images over 500 MB without an open issue (n logs one)",
            [
                Column("Project", width: 24, minimum: 12), .number("Image size", width: 10),
                Column("Owner", width: 12, minimum: 8, dropOrder: 1),
            ],
            count: flagged.count, empty: "none: no image over 500 MB lacks an open issue",
            ref: { .oversizedImage(project: flagged[$0]) }
        ) { i in
            let project = projects[flagged[i]]
            return [
                Cell(project.name), Cells.value(project.docker?.imageSizeMB, .megabytes), Cells.text(project.owner),
            ]
        }
    }

    static func vulnerabilities(_ r: LedgerReport) -> Table {
        let rows = r.severities
        return Table(
            "Vulnerability Scan Results (Trivy)",
            [
                Column("Severity"), .number("Total"), Column("Worst project", minimum: 10), .number("Target"),
                Column("Status", minimum: -1),
            ],
            rows: rows.map { row in
                [
                    Cell(row.severity.rawValue), Cells.count(row.total),
                    Cell(SeverityRow.worstText(row), row.worstProject == nil ? .dim : .normal), Cell(row.target),
                    row.severity.metric == nil ? Cell("not targeted", .dim) : Cells.status(row.status),
                ]
            }, ref: { .severity(rows[$0].severity) })
    }

    static func cachePerProject(_ r: LedgerReport, _ ledger: Ledger) -> Table {
        let rows = r.cache
        return Table(
            "Cache per Project",
            [
                Column("Project", width: 24, minimum: 12), .number("Hit rate", width: 8), .number("Speedup", width: 7),
                Column("Status", width: 13, minimum: -1),
            ],
            count: rows.count, empty: "no project has a cache hit rate or build times",
            ref: { ledger.projectIndex(named: rows[$0].project).map(RowRef.project) }
        ) { i in
            let row = rows[i]
            return [
                Cell(row.project), Cells.value(row.hitRate, .share), Cells.value(row.speedup, .ratio),
                Cells.status(row.status),
            ]
        }
    }
}

/// The Quality tab's own key (bound in the keymap's `.quality` context).
public enum QualityAction: Equatable, Sendable {
    case logOversizedIssue
}

extension AppState {
    /// The flagged oversized image under the Quality cursor, else the first one flagged.
    var selectedOversizedProject: String? {
        if case .oversizedImage(let index) = selectedRef(on: .quality) { return ledger.projects[index].name }
        return data.oversizedWithoutIssue.first.map { ledger.projects[$0].name }
    }
}
