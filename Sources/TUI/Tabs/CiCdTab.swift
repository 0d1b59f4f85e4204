import Model

/// 4 CI/CD: GitHub Actions adoption, build time distribution, registries, multi-arch.
enum CiCdTab: TabComponent {
    static let title = "CI/CD"
    static let keyContext: KeyContext? = nil

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        return Document([
            .table(
                shares(
                    "GitHub Actions Adoption", r.metrics(in: .ciCd), label: "Feature", using: "Projects using",
                    share: "% of CI")),
            .gap,
            .table(buildTimes(r)),
            .gap,
            .table(registries(r)),
            .gap,
            .table(
                shares(
                    "Multi-Architecture Support", r.metrics(in: .multiArch), label: "Architecture",
                    using: "Projects", share: "% of known")),
        ])
    }

    /// The seed's "projects using / % of" tables: numerator and share per metric.
    static func shares(_ title: String, _ metrics: [MetricResult], label: String, using: String, share: String) -> Table
    {
        Table(
            title,
            [
                Column(label, minimum: 12), .number(using), .number(share), .number("Target"),
                Column("Status", minimum: -1), .number("Known", dropOrder: 1),
            ],
            rows: metrics.map { m in
                [
                    Cell(m.label), Cells.count(m.numerator), Cells.value(of: m), Cells.target(m),
                    Cells.status(m.status), Cells.known(m),
                ]
            }, ref: { .metric(metrics[$0].id) })
    }

    static func buildTimes(_ r: LedgerReport) -> Table {
        Table(
            "Build Time Distribution",
            [Column("Time range"), .number("Uncached"), .number("Cached"), Column("Target")],
            rows: r.buildTimeDistribution.map { row in
                [
                    Cell(row.label), Cells.count(row.uncached), Cells.count(row.cached),
                    Cell(
                        row.target.replacingOccurrences(of: ">=", with: "≥").replacingOccurrences(of: "<=", with: "≤"),
                        .dim),
                ]
            }, ref: { .buildTimeBucket($0) })
    }

    static func registries(_ r: LedgerReport) -> Table {
        Table(
            "Registry Usage",
            [
                Column("Registry"), .number("Projects"), .number("Images pushed"), .number("Total size"),
                Column("Status", minimum: -1),
            ],
            rows: r.registries.map { row in
                [
                    Cell(row.registry.rawValue), Cells.count(row.projects), Cells.count(row.imagesPushed),
                    Cells.value(row.totalSizeMB, .megabytes),
                    row.inUse ? Cell("● in use", .statusMet) : Cell("· not used", .statusNoData),
                ]
            }, ref: { .registry(r.registries[$0].registry) })
    }
}
