/// Sections 7 and 8: time and cost savings, ROI. Computed from the assumptions and, where a
/// project has them, its measured build times.
extension MarkdownReport {
    private var a: Assumptions { ledger.assumptions }
    private var months: String { MetricFormat.number(a.horizonMonths) }

    func efficiency() -> String {
        var out = "## 7. Efficiency Metrics\n\n### Time Savings\n\n"
        out += "**Estimated Time Saved** (per Docker project, averages, \(months) months):\n\n"
        var time = MarkdownTable(["Activity", "Projects", "Without Docker SAP", "With Docker SAP", "Savings", "Status"])
        if report.timeSavings.isEmpty { time.add(["-", "-", "-", "-", "-", MarkdownStatus.cell(.noData)]) }
        for row in report.timeSavings {
            time.add([
                label(row), String(row.projects), MarkdownFormat.hours(row.without),
                MarkdownFormat.hours(row.with),
                MarkdownFormat.hours(row.savings), MarkdownStatus.cell(row.status),
            ])
        }
        out += time.render() + "\n"
        let t = report.metric(.efficiencyTime)
        out +=
            "**Target**: \(MetricFormat.target(t.target, unit: .share)) time savings for Docker operations "
            + "(measured: \(t.formattedValue), \(MarkdownStatus.cell(t.status)))\n\n"
        out +=
            "CI builds use each project's measured build times at \(MetricFormat.number(a.buildsPerMonth)) builds a month where known, "
            + "the seed's estimates elsewhere.\n"

        out += Self.rule + "### Cost Savings\n\n**Infrastructure Costs** (per Docker project, per month, averages):\n\n"
        var cost = MarkdownTable(["Cost Type", "Projects", "Without SAP", "With SAP", "Savings", "Status"])
        if report.costSavings.isEmpty { cost.add(["-", "-", "-", "-", "-", MarkdownStatus.cell(.noData)]) }
        for row in report.costSavings {
            cost.add([
                "**\(row.activity)**", String(row.projects), MarkdownFormat.usd(row.without),
                MarkdownFormat.usd(row.with),
                MarkdownFormat.usd(row.savings), MarkdownStatus.cell(row.status),
            ])
        }
        out += cost.render() + "\n"
        if !report.costSavings.isEmpty { out += SavingsRow.note + "\n\n" }
        let c = report.metric(.efficiencyCost)
        out +=
            "**Target**: \(MetricFormat.target(c.target, unit: .share)) cost savings for Docker infrastructure "
            + "(measured: \(c.formattedValue), \(MarkdownStatus.cell(c.status)))\n"
        return out
    }

    /// The seed's wording for the engine's time rows (the engine's labels carry units instead).
    private func label(_ row: SavingsRow) -> String {
        let text =
            switch row.line {
            case .initialSetup: "Initial setup"
            case .ciBuilds: "CI builds (monthly)"
            case .debugging: "Debugging deployments"
            case .total: "Total per project (\(months) months)"
            case .registryStorage, .ciRuntime, .transfer: row.activity
            }
        return "**" + text + "**"
    }

    func roiAnalysis() -> String {
        var out = "## 8. ROI Analysis\n\n### Per Project (\(months) months)\n\n**Costs**:\n"
        out += "- Setup time: \(MarkdownFormat.hours(a.setupHours.with)) (Quick Start)\n"
        for l in a.levels.sorted(by: { $0.level < $1.level }) {
            out +=
                "- Level \(l.level) adoption: \(MarkdownFormat.hours(l.setupHours))\(l.level > 1 ? " (cumulative)" : "")\n"
        }
        let build = a.ciBuildHoursPerMonth
        let monthlyUSD = a.registryUSDPerMonth.saving + a.ciRuntimeUSDPerMonth.saving + a.transferUSDPerMonth.saving
        out += "\n**Benefits** (assumptions, after \(months) months at Level 3):\n"
        out += "- Setup time saved: \(MarkdownFormat.hours(a.setupHours.saving))\n"
        out +=
            "- Build time saved: \(MarkdownFormat.hours(build.saving))/month × \(months) months = \(MarkdownFormat.hours(build.saving * a.horizonMonths))\n"
        out +=
            "- Infrastructure cost savings: \(MarkdownFormat.usd(monthlyUSD))/month × \(months) months = \(MarkdownFormat.usd(monthlyUSD * a.horizonMonths))\n"
        out += "- Debugging time saved: \(MarkdownFormat.hours(a.debuggingHours.saving))\n\n"
        let breakEven = report.roiByLevel.map { row in
            guard let months = row.breakEvenMonths else { return "never for Level \(row.level)" }
            let text = MetricFormat.number(months)
            return "\(text) month\(text == "1" ? "" : "s") for Level \(row.level)"
        }.joined(separator: ", ")
        out += "**Break-even**: \(breakEven)\n\n"
        out +=
            "**Measured per project** (from each project's own build times where known; hourly rate \(MarkdownFormat.usd(a.hourlyRateUSD))):\n\n"
        var projects = MarkdownTable(["Project", "Level", "Investment", "Time Saved", "Cost Saved", "ROI"])
        if report.roiByProject.isEmpty { projects.add(["-", "-", "-", "-", "-", "-"]) }
        for p in report.roiByProject {
            projects.add([
                p.project, String(p.level), MarkdownFormat.hours(p.investmentHours),
                MarkdownFormat.hours(p.hoursWithout - p.hoursWith), MarkdownFormat.usd(p.costWithout - p.costWith),
                p.roi.map { MetricFormat.number($0) + "x" } ?? "-",
            ])
        }
        out += projects.render()

        out += Self.rule + "### ROI by Adoption Level\n\n"
        var table = MarkdownTable(["Level", "Setup Time", "Monthly Maintenance", "Benefits (\(months) months)", "ROI"])
        for row in report.roiByLevel {
            var benefit = MarkdownFormat.hours(row.benefitHours) + " saved"
            if row.benefitUSD > 0 { benefit += " + \(MarkdownFormat.usd(row.benefitUSD)) saved" }
            let roi =
                (row.computedROI.map { MetricFormat.number($0) + "x" } ?? "-")
                + (row.claimedROI.isEmpty ? "" : " (seed: \(row.claimedROI))")
            table.add([
                "**Level \(row.level)**", MarkdownFormat.hours(row.setupHours),
                MarkdownFormat.hours(row.maintenanceHoursPerMonth),
                benefit, roi,
            ])
        }
        out += table.render() + "\n"
        let atLevels = report.roiByLevel.map { row in
            "Level \(row.level): \(row.projects) project\(row.projects == 1 ? "" : "s")"
                + (row.averageProjectROI.map { ", measured " + MetricFormat.number($0) + "x" } ?? "")
        }.joined(separator: "; ")
        out += "Projects exactly at each level: \(atLevels).\n\n"
        out +=
            "**ROI Calculation**: (Time + cost savings over \(months) months) / (Setup + \(months) months maintenance)\n"
        return out
    }
}
