import Model

/// 5 ROI: efficiency, time and cost savings, ROI by level (computed beside the seed's claim,
/// with break-even) and ROI per project.
enum RoiTab: TabComponent {
    static let title = "ROI"
    static let keyContext: KeyContext? = nil

    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect])? { nil }

    static func document(_ state: AppState, width: Int) -> Document {
        let r = state.report
        let a = state.ledger.assumptions
        let months = MetricFormat.number(a.horizonMonths)
        return Document([
            .table(MetricTables.values("Efficiency", r.metrics(in: .efficiency))),
            .gap,
            .table(savings("Time Savings (hours, average per Docker project)", r.timeSavings, usd: false)),
            .gap,
            .table(savings("Cost Savings (USD per project and month, averages)", r.costSavings, usd: true)),
            .text(Wrap.lines(SavingsRow.note, width: max(20, width - 4)).map { Line("  " + $0, .dim) }),
            .gap,
            .table(levels(r, months: months)),
            .text([
                Line(
                    "  ROI = (time + cost savings over \(months) months) / (setup + \(months) months maintenance), in hours"
                        + " at $\(MetricFormat.number(a.hourlyRateUSD))/h", .dim)
            ]),
            .gap,
            .table(perProject(r, state.ledger, months: months)),
        ])
    }

    static func savings(_ title: String, _ rows: [SavingsRow], usd: Bool) -> Table {
        let money: (Double) -> Cell = { usd ? Cells.usd($0) : Cell(MetricFormat.tenths($0)) }
        return Table(
            title,
            [
                Column("Activity", minimum: 12), .number("Projects"), .number("Without SAP"), .number("With SAP"),
                .number("Savings"), Column("Status", minimum: -1),
            ],
            rows: rows.map { row in
                [
                    Cell(row.activity), Cells.count(row.projects), money(row.without),
                    money(row.with), money(row.savings), Cells.status(row.status),
                ]
            },
            empty: "no Docker projects to estimate")
    }

    static func levels(_ r: LedgerReport, months: String) -> Table {
        Table(
            "ROI by Adoption Level",
            [
                Column("Level", minimum: -1), .number("Setup"), .number("Maint/mo", dropOrder: 1),
                .number("Benefit (\(months) mo)"),
                .number("ROI"), .number("Seed claims"), .number("Break-even"), .number("Projects", dropOrder: 2),
                .number("Their ROI", dropOrder: 3),
            ],
            rows: r.roiByLevel.map { row in
                [
                    Cell("Level \(row.level)"), Cells.number(row.setupHours, suffix: " h"),
                    Cells.number(row.maintenanceHoursPerMonth * 60, suffix: " min"),
                    Cell(MetricFormat.number(row.benefitHours) + " h + $" + MetricFormat.number(row.benefitUSD)),
                    Cell(MetricFormat.value(row.computedROI, unit: .ratio), .key), Cell(row.claimedROI, .dim),
                    row.breakEvenMonths.map { Cell(MetricFormat.number($0) + " mo") } ?? Cell("never", .statusBehind),
                    Cells.count(row.projects), Cells.value(row.averageProjectROI, .ratio),
                ]
            }, ref: { .level(r.roiByLevel[$0].level) })
    }

    static func perProject(_ r: LedgerReport, _ ledger: Ledger, months: String) -> Table {
        let rows = r.roiByProject
        return Table(
            "ROI per Project (\(months) months)",
            [
                Column("Project", width: 22, minimum: 12), .number("Level", width: 5),
                .number("Hours w/o", width: 9, dropOrder: 3), .number("Hours with", width: 10, dropOrder: 3),
                .number("Cost w/o", width: 8, dropOrder: 2), .number("Cost with", width: 9, dropOrder: 2),
                .number("Invest", width: 6, dropOrder: 4), .number("ROI", width: 6),
                Column("Build times", width: 11, minimum: -1, dropOrder: 1),
            ],
            count: rows.count, empty: "no Docker projects",
            ref: { ledger.projectIndex(named: rows[$0].project).map(RowRef.project) }
        ) { i in
            let e = rows[i]
            return [
                Cell(e.project), Cell("L\(e.level)"), Cells.number(e.hoursWithout, suffix: " h"),
                Cells.number(e.hoursWith, suffix: " h"), Cells.usd(e.costWithout), Cells.usd(e.costWith),
                Cells.number(e.investmentHours, suffix: " h"), Cells.value(e.roi, .ratio),
                e.usesMeasuredBuildTimes ? Cell("measured") : Cell("seed", .dim),
            ]
        }
    }
}
