/// Time and cost savings, and ROI (README, "Metrics"). Measured build times replace the seed's
/// CI-build and CI-runtime figures wherever a project has them.
public struct ProjectEconomics: Equatable, Sendable {
    public let project: String
    public let level: Int
    /// Hours over the horizon without the SAP and with it.
    public let hoursWithout: Double
    public let hoursWith: Double
    /// USD over the horizon without the SAP and with it.
    public let costWithout: Double
    public let costWith: Double
    /// Cost of adopting up to its level, in hours: setup plus maintenance over the horizon.
    public let investmentHours: Double
    /// Benefit in hours (time saved plus USD saved at the hourly rate) over investment; nil at level 0.
    public let roi: Double?
    /// Whether the CI figures came from the project's own build times.
    public let usesMeasuredBuildTimes: Bool
    /// Monthly components, nil where they do not apply (no CI, no registry).
    public let ciBuildHoursPerMonth: Assumptions.Pair?
    public let registryUSDPerMonth: Assumptions.Pair?
    public let ciRuntimeUSDPerMonth: Assumptions.Pair?
    public let transferUSDPerMonth: Assumptions.Pair?
}

/// One line of the seed's Time Savings or Cost Savings table: an average per project over the
/// projects the line applies to (`projects` of them). The total line is the average of each
/// project's own total, over every Docker project: not the sum of the lines above it.
public struct SavingsRow: Equatable, Sendable {
    /// Which line it is; `activity` is its label.
    public enum Line: Equatable, Sendable {
        case initialSetup, ciBuilds, debugging
        case registryStorage, ciRuntime, transfer
        /// The per-project total of either table.
        case total
    }

    public let line: Line
    public let activity: String
    public let without: Double
    public let with: Double
    public var savings: Double { without - with }
    public let status: MetricStatus
    /// How many projects the average is over.
    public let projects: Int
    /// The per-project total line.
    public var isTotal: Bool { line == .total }

    /// Explains the tables whose total is not a sum, in every format that shows them.
    public static let note =
        "Each line is an average over the projects it applies to (Projects); the total is each project's own total, averaged over all of them, so it is not the sum of the lines."
}

/// The seed's ROI by Adoption Level table, computed from the assumptions, beside its claim.
public struct LevelROI: Equatable, Sendable {
    public let level: Int
    public let setupHours: Double
    public let maintenanceHoursPerMonth: Double
    public let benefitHours: Double
    public let benefitUSD: Double
    public let computedROI: Double?
    public let claimedROI: String
    /// Months until the monthly net benefit has paid the setup; nil when it never does.
    public let breakEvenMonths: Double?
    /// Active projects exactly at this level, and their average ROI from measured data.
    public let projects: Int
    public let averageProjectROI: Double?
}

enum Economics {
    static func project(_ project: Project, level: Int, _ a: Assumptions) -> ProjectEconomics? {
        guard let docker = project.docker else { return nil }
        let horizon = a.horizonMonths
        let inCI = project.ciEnabled
        let cached = project.ci?.ghaCache == true
        let uncachedS = docker.buildTimeUncachedS
        let cachedS = docker.buildTimeCachedS
        var measured = false

        var ciWithout = 0.0
        var ciWith = 0.0
        var runtimeWith = a.ciRuntimeUSDPerMonth.without
        if inCI {
            ciWithout = a.ciBuildHoursPerMonth.without
            if let uncachedS {
                ciWithout = a.buildsPerMonth * uncachedS / 3600
                measured = true
            }
            if cached {
                if let cachedS, let uncachedS, uncachedS > 0 {
                    ciWith = a.buildsPerMonth * cachedS / 3600
                    runtimeWith = a.ciRuntimeUSDPerMonth.without * cachedS / uncachedS
                    measured = true
                } else {
                    ciWith = a.ciBuildHoursPerMonth.with
                    runtimeWith = a.ciRuntimeUSDPerMonth.with
                }
            } else {
                ciWith = ciWithout
            }
        }
        let hoursWithout = a.setupHours.without + a.debuggingHours.without + horizon * ciWithout
        let hoursWith = a.setupHours.with + a.debuggingHours.with + horizon * ciWith

        let hasRegistry = docker.registry != nil
        let registry = hasRegistry ? a.registryUSDPerMonth : nil
        let transfer = hasRegistry ? a.transferUSDPerMonth : nil
        let runtime = inCI ? Assumptions.Pair(without: a.ciRuntimeUSDPerMonth.without, with: runtimeWith) : nil
        let parts = [registry, transfer, runtime].compactMap { $0 }
        let monthlyWithout = parts.reduce(0) { $0 + $1.without }
        let monthlyWith = parts.reduce(0) { $0 + $1.with }
        let investment = investmentHours(level: level, a)
        let benefit =
            (hoursWithout - hoursWith) + horizon * (monthlyWithout - monthlyWith)
            / max(a.hourlyRateUSD, .leastNonzeroMagnitude)
        let roi: Double? = level >= 1 && investment > 0 ? benefit / investment : nil
        return ProjectEconomics(
            project: project.name, level: level, hoursWithout: hoursWithout, hoursWith: hoursWith,
            costWithout: horizon * monthlyWithout, costWith: horizon * monthlyWith,
            investmentHours: investment, roi: roi, usesMeasuredBuildTimes: measured,
            ciBuildHoursPerMonth: inCI ? Assumptions.Pair(without: ciWithout, with: ciWith) : nil,
            registryUSDPerMonth: registry, ciRuntimeUSDPerMonth: runtime, transferUSDPerMonth: transfer)
    }

    /// The seed's Time Savings table: per-project averages over the projects each line applies to.
    static func timeSavings(_ projects: [ProjectEconomics], _ a: Assumptions, target: Double) -> [SavingsRow] {
        guard !projects.isEmpty else { return [] }
        let total = projects.map { Assumptions.Pair(without: $0.hoursWithout, with: $0.hoursWith) }
        return [
            // The same pair for every project: its average is itself, over all of them.
            row(.initialSetup, "Initial setup (hours)", [a.setupHours], target, over: projects.count),
            row(.ciBuilds, "CI builds (hours/month)", projects.compactMap(\.ciBuildHoursPerMonth), target),
            row(.debugging, "Debugging deployments (hours)", [a.debuggingHours], target, over: projects.count),
            row(.total, "Total per project (\(MetricFormat.number(a.horizonMonths)) months, hours)", total, target),
        ].compactMap { $0 }
    }

    /// The seed's Cost Savings table, USD per project and month.
    static func costSavings(_ projects: [ProjectEconomics], _ a: Assumptions, target: Double) -> [SavingsRow] {
        guard !projects.isEmpty else { return [] }
        let total = projects.map {
            Assumptions.Pair(without: $0.costWithout / a.horizonMonths, with: $0.costWith / a.horizonMonths)
        }
        return [
            row(.registryStorage, "Registry storage", projects.compactMap(\.registryUSDPerMonth), target),
            row(.ciRuntime, "CI/CD runtime", projects.compactMap(\.ciRuntimeUSDPerMonth), target),
            row(.transfer, "Transfer costs", projects.compactMap(\.transferUSDPerMonth), target),
            row(.total, "Total per project/month", total, target),
        ].compactMap { $0 }
    }

    private static func row(
        _ line: SavingsRow.Line, _ activity: String, _ pairs: [Assumptions.Pair], _ target: Double,
        over projectCount: Int? = nil
    ) -> SavingsRow? {
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        let without = pairs.reduce(0) { $0 + $1.without } / n
        let with = pairs.reduce(0) { $0 + $1.with } / n
        let share: Double? = without > 0 ? (without - with) / without : nil
        return SavingsRow(
            line: line, activity: activity, without: without, with: with,
            status: MetricStatus.evaluate(value: share, target: target, direction: .atLeast),
            projects: projectCount ?? pairs.count)
    }

    static func investmentHours(level: Int, _ a: Assumptions) -> Double {
        guard let e = a.economics(forLevel: level) else { return 0 }
        return e.setupHours + a.horizonMonths * e.maintenanceHoursPerMonth
    }

    static func levels(_ a: Assumptions, projects: [ProjectEconomics]) -> [LevelROI] {
        a.levels.sorted { $0.level < $1.level }.map { e in
            let benefit = e.benefitHours + e.benefitUSD / max(a.hourlyRateUSD, .leastNonzeroMagnitude)
            let cost = e.setupHours + a.horizonMonths * e.maintenanceHoursPerMonth
            let netPerMonth = benefit / a.horizonMonths - e.maintenanceHoursPerMonth
            let atLevel = projects.filter { $0.level == e.level }
            let rois = atLevel.compactMap(\.roi)
            return LevelROI(
                level: e.level, setupHours: e.setupHours, maintenanceHoursPerMonth: e.maintenanceHoursPerMonth,
                benefitHours: e.benefitHours, benefitUSD: e.benefitUSD,
                computedROI: cost > 0 ? benefit / cost : nil, claimedROI: e.claimedROI,
                breakEvenMonths: netPerMonth > 0 ? e.setupHours / netPerMonth : nil,
                projects: atLevel.count,
                averageProjectROI: rois.isEmpty ? nil : rois.reduce(0, +) / Double(rois.count))
        }
    }
}
