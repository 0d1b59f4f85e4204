import Foundation

/// Computes the whole ledger report from a ledger: every catalog metric (each combining what
/// its catalog row says each project contributes, `MetricID.definition`), each project's own
/// standing on them, and the tables that are not one number (on first use).
public enum MetricEngine {
    /// The effective target of a metric: the ledger's override, else the SAP-011 default.
    public static func target(_ id: MetricID, in ledger: Ledger) -> Double {
        ledger.targetOverride(id) ?? MetricCatalog.all[id.ordinal].defaultTarget
    }

    public static func report(_ ledger: Ledger, asOf now: Double = Date().timeIntervalSince1970) -> LedgerReport {
        let grading = Grading(ledger)
        var totals = MetricTotals()
        var standings = ProjectStandings(projectCount: ledger.projects.count)
        var levels = [Int](repeating: 0, count: ledger.projects.count)
        for i in ledger.projects.indices {
            let facts = grading.facts(ledger.projects[i])
            levels[i] = facts.level
            totals.add(facts, project: i, grading, into: &standings)
        }
        return LedgerReport(ledger, asOf: now, totals: totals, standings: standings, levels: levels)
    }

    /// Only the catalog's metrics, without the tables.
    static func metrics(_ ledger: Ledger, asOf now: Double) -> [MetricResult] {
        report(ledger, asOf: now).metrics
    }
}

extension LedgerReport {
    /// The report after one project changed (the same index, the same number of projects, and
    /// nothing else in the ledger changed): the old project's contributions are taken away and
    /// the new one's added, so an edit costs what one project costs, not what the ledger does.
    /// Equal to `MetricEngine.report(ledger, asOf: now ?? self.asOf)`.
    public func replacingProject(at index: Int, was old: Project, in ledger: Ledger, asOf now: Double? = nil)
        -> LedgerReport
    {
        updated(for: ledger, asOf: now) { grading, totals, standings, levels in
            totals.remove(grading.facts(old))
            let facts = grading.facts(ledger.projects[index])
            levels[index] = facts.level
            standings.clear(project: index)
            totals.add(facts, project: index, grading, into: &standings)
            totals.refreshExtremes(ledger, grading)
        }
    }

    /// The report after a project was added at `index` (those from `index` on moved up by one;
    /// nothing else in the ledger changed but issues): its contributions are added and its
    /// standing and level put in at its place. Equal to `MetricEngine.report(ledger, asOf: now ?? self.asOf)`.
    public func insertingProject(at index: Int, in ledger: Ledger, asOf now: Double? = nil) -> LedgerReport {
        updated(for: ledger, asOf: now) { grading, totals, standings, levels in
            let facts = grading.facts(ledger.projects[index])
            levels.insert(facts.level, at: index)
            standings.insertProject(at: index)
            totals.add(facts, project: index, grading, into: &standings)
        }
    }

    /// The report after project `index`, `old`, was removed (those after it moved down by one;
    /// nothing else in the ledger changed but issues): its contributions are taken away and its
    /// standing and level taken out. Equal to `MetricEngine.report(ledger, asOf: now ?? self.asOf)`.
    public func removingProject(at index: Int, was old: Project, in ledger: Ledger, asOf now: Double? = nil)
        -> LedgerReport
    {
        updated(for: ledger, asOf: now) { grading, totals, standings, levels in
            totals.remove(grading.facts(old))
            levels.remove(at: index)
            standings.removeProject(at: index)
            totals.refreshExtremes(ledger, grading)
        }
    }

    /// This report's tallies, standings and levels changed by `change` (graded against
    /// `ledger`), as the report of `ledger`.
    private func updated(
        for ledger: Ledger, asOf now: Double?,
        _ change: (Grading, inout MetricTotals, inout ProjectStandings, inout [Int]) -> Void
    ) -> LedgerReport {
        var totals = self.totals
        var standings = self.standings
        var levels = projectLevels
        change(Grading(ledger), &totals, &standings, &levels)
        return LedgerReport(ledger, asOf: now ?? asOf, totals: totals, standings: standings, levels: levels)
    }
}

extension LedgerReport {
    /// The report after only issues changed (the same projects): the metrics, standings and
    /// levels, which read projects only, are kept; the counts and tables come from `ledger`.
    /// Equal to `MetricEngine.report(ledger, asOf: now ?? self.asOf)`.
    public func replacingIssues(in ledger: Ledger, asOf now: Double? = nil) -> LedgerReport {
        LedgerReport(ledger, asOf: now ?? asOf, totals: totals, standings: standings, levels: projectLevels)
    }
}

/// What grading a project needs from the ledger, read once per computation: targets, the
/// adoption start, the assumptions.
struct Grading {
    let targets: [Double]
    private let directions = MetricCatalog.all.map(\.direction)
    let adoptionStart: Double?
    let assumptions: Assumptions

    init(_ ledger: Ledger) {
        targets = MetricCatalog.all.map { MetricEngine.target($0.id, in: ledger) }
        adoptionStart = ledger.meta.adoptionStart.flatMap(ISODate.seconds)
        assumptions = ledger.assumptions
    }

    func facts(_ project: Project, economics: Bool = true) -> ProjectFacts {
        ProjectFacts(project, adoptionStartSeconds: adoptionStart, assumptions: economics ? assumptions : nil)
    }

    /// The project's own status on a metric, from what it contributes.
    func status(_ contribution: Contribution, on ordinal: Int) -> MetricStatus {
        MetricStatus.evaluate(value: contribution.ownValue, target: targets[ordinal], direction: directions[ordinal])
    }
}

/// The engine's running state over the projects: each metric's tally and the population
/// counts. Kept in the report so that an edit updates it instead of starting again.
struct MetricTotals: Sendable {
    var tallies = [MetricTally](repeating: MetricTally(), count: MetricCatalog.all.count)
    var active = 0
    var new = 0
    var newWithDocker = 0
    var docker = 0
    var ci = 0
    /// Active projects exactly at each level 0...4.
    var levelCounts = [0, 0, 0, 0, 0]

    /// Counts the project (when active) and writes its own status on every metric that counts
    /// projects like it: one call of each metric's `own` per project.
    mutating func add(
        _ facts: ProjectFacts, project: Int, _ grading: Grading, into standings: inout ProjectStandings
    ) {
        let counted = facts.isActive
        if counted { count(facts, step: 1) }
        let rows = ProjectRows.shared
        for k in rows.ordinals.indices where rows.scopes[k].covers(facts) {
            let ordinal = rows.ordinals[k]
            let contribution = rows.owns[k](facts)
            standings.set(grading.status(contribution, on: ordinal), of: project, on: ordinal)
            if counted { tallies[ordinal].add(contribution) }
        }
    }

    mutating func remove(_ facts: ProjectFacts) {
        guard facts.isActive else { return }
        count(facts, step: -1)
        let rows = ProjectRows.shared
        for k in rows.ordinals.indices where rows.scopes[k].covers(facts) {
            tallies[rows.ordinals[k]].remove(rows.owns[k](facts))
        }
    }

    private mutating func count(_ facts: ProjectFacts, step: Int) {
        active += step
        if facts.isNew {
            new += step
            if facts.hasDocker { newWithDocker += step }
        }
        if facts.hasDocker {
            docker += step
            if facts.isCI { ci += step }
        }
        levelCounts[min(max(facts.level, 0), 4)] += step
    }

    /// Finds again the extremes an edit removed, from the projects as they are now.
    mutating func refreshExtremes(_ ledger: Ledger, _ grading: Grading) {
        for ordinal in tallies.indices where tallies[ordinal].extremesStale {
            let d = MetricCatalog.all[ordinal]
            tallies[ordinal].setExtremes(
                ledger.projects.lazy.filter(\.isActive).compactMap { p -> Double? in
                    let facts = grading.facts(p, economics: false)
                    guard d.scope.covers(facts) else { return nil }
                    switch d.own(facts) {
                    case .value(let v): return v
                    case .count(let n): return Double(n)
                    case .unknown, .flag, .savings: return nil
                    }
                })
        }
    }
}

extension MetricCatalog {
    /// The metrics counted over projects, with their position in the catalog.
    static let overProjects: [(ordinal: Int, definition: MetricDefinition)] = all.enumerated().compactMap {
        $1.scope == .ledger ? nil : ($0, $1)
    }
}

/// The catalog rows counted over projects, column by column: the engine's inner loop reads
/// these for every project, without copying a whole definition each time.
struct ProjectRows: Sendable {
    let ordinals: [Int]
    let scopes: [MetricScope]
    let owns: [@Sendable (ProjectFacts) -> Contribution]

    static let shared = ProjectRows(
        ordinals: MetricCatalog.overProjects.map(\.ordinal), scopes: MetricCatalog.overProjects.map(\.definition.scope),
        owns: MetricCatalog.overProjects.map(\.definition.own))
}

extension MetricScope {
    /// Whether the metric counts projects like this one, were it active (archived projects
    /// are graded for their own rows, never counted).
    func covers(_ facts: ProjectFacts) -> Bool {
        switch self {
        case .newProjects: facts.isNew
        case .active: true
        case .docker: facts.hasDocker
        case .ci: facts.isCI
        case .ledger: false
        }
    }
}
