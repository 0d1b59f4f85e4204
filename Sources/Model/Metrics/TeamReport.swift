import Foundation

/// Who a group of projects belongs to: an owner as written in the ledger, or nobody.
public enum Team: Hashable, Sendable, Comparable {
    case owner(String)
    case unowned

    /// The team of a project: its owner, trimmed; a blank owner is no owner.
    public init(of project: Project) {
        let owner = project.owner.map(Self.trimmed) ?? ""
        self = owner.isEmpty ? .unowned : .owner(owner)
    }

    /// The owner without surrounding spaces. Most owners have none, and Foundation's trimming
    /// of every project's owner was a fifth of opening the Teams tab at 100,000 projects.
    private static func trimmed(_ owner: String) -> String {
        guard let first = owner.unicodeScalars.first, let last = owner.unicodeScalars.last else { return owner }
        let spaces = CharacterSet.whitespaces
        guard spaces.contains(first) || spaces.contains(last) else { return owner }
        return owner.trimmingCharacters(in: spaces)
    }

    /// How the team is written in every report and view.
    public var title: String {
        switch self {
        case .owner(let name): name
        case .unowned: "(no owner)"
        }
    }

    /// Owners by name, nobody last.
    public static func < (a: Team, b: Team) -> Bool {
        switch (a, b) {
        case (.owner(let x), .owner(let y)): x.lowercased() == y.lowercased() ? x < y : x.lowercased() < y.lowercased()
        case (.owner, .unowned): true
        case (.unowned, _): false
        }
    }
}

/// Every metric of one team: the same engine run on a ledger that holds only that team's
/// projects (and their issues), so a team's number means exactly what the whole ledger's does.
public struct TeamReport: Sendable {
    public let team: Team
    /// The team's projects, as indices into the whole ledger's projects.
    public let projects: [Int]
    /// The whole ledger narrowed to the team's projects (its project indices are the team's own).
    public let ledger: Ledger
    /// The engine's report on the team's own ledger.
    public let report: LedgerReport

    /// One report per team that owns a project, owners by name and "(no owner)" last.
    public static func all(_ ledger: Ledger, asOf now: Double) -> [TeamReport] {
        var members: [Team: [Int]] = [:]
        for (i, p) in ledger.projects.enumerated() { members[Team(of: p), default: []].append(i) }
        let teams = members.keys.sorted()
        let projects = teams.map { members[$0] ?? [] }
        // Each team's engine run stands alone: on two cores the Teams tab (and `report --by
        // owner`) takes half the wall time.
        let reports = ResultSlots<TeamReport>(count: teams.count)
        DispatchQueue.concurrentPerform(iterations: teams.count) { i in
            reports.set(i, TeamReport(team: teams[i], projects: projects[i], ledger: ledger, asOf: now))
        }
        return reports.values
    }

    /// The report of one team (an empty team when nobody is in it).
    public static func of(_ team: Team, in ledger: Ledger, asOf now: Double) -> TeamReport {
        let indices = ledger.projects.indices.filter { Team(of: ledger.projects[$0]) == team }
        return TeamReport(team: team, projects: indices, ledger: ledger, asOf: now)
    }

    /// The whole ledger narrowed to some projects: settings, targets and logs stay; issues
    /// stay only when they name one of those projects; history is the whole ledger's, so it goes.
    static func teamLedger(_ ledger: Ledger, _ indices: [Int]) -> Ledger {
        var team = ledger
        team.projects = indices.map { ledger.projects[$0] }
        let names = Set(team.projects.map { $0.name.lowercased() })
        team.issues = ledger.issues.filter { $0.project.map { names.contains($0.lowercased()) } ?? false }
        team.history = []
        return team
    }

    /// How many metrics are in each status.
    public var statusCounts: [MetricStatus: Int] { report.statusCounts }

    /// The metric furthest from its target: behind before progressing, then least of the way there.
    public var worstMetric: MetricResult? { report.worstMetric }

    /// Active projects at each level 0...4.
    public let levelSpread: [Int]

    init(team: Team, projects: [Int], ledger: Ledger, asOf now: Double) {
        self.team = team
        self.projects = projects
        let own = Self.teamLedger(ledger, projects)
        self.ledger = own
        report = MetricEngine.report(own, asOf: now)
        var spread = [0, 0, 0, 0, 0]
        for (p, level) in zip(own.projects, report.projectLevels) where p.isActive {
            spread[min(max(level, 0), 4)] += 1
        }
        levelSpread = spread
    }
}

extension LedgerReport {
    /// How many metrics are in each status (every status present, zero when none).
    public var statusCounts: [MetricStatus: Int] {
        var counts = Dictionary(uniqueKeysWithValues: MetricStatus.allCases.map { ($0, 0) })
        for m in metrics { counts[m.status, default: 0] += 1 }
        return counts
    }

    /// "16 met · 15 progressing · 5 behind" (no data only when some metric has none).
    public var statusSummary: String {
        let counts = statusCounts
        return MetricStatus.allCases.compactMap { status -> String? in
            let n = counts[status] ?? 0
            return status == .noData && n == 0 ? nil : "\(n) \(status.word)"
        }.joined(separator: " · ")
    }

    /// The metric furthest from its target: behind before progressing, then least of the way there.
    public var worstMetric: MetricResult? {
        metricsWorstFirst.first { $0.status == .behind || $0.status == .progressing }
    }

    /// Every metric, the ones not met first (behind, then progressing, each least of the way
    /// there first), then met, then no data; catalog order within a tie.
    public var metricsWorstFirst: [MetricResult] {
        metrics.enumerated().sorted { a, b in
            if a.element.status != b.element.status { return a.element.status < b.element.status }
            let pa = a.element.progress ?? 1
            let pb = b.element.progress ?? 1
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }
}

extension MetricResult {
    /// How far of the way to its target, 0...1 (1 when met); nil without data. The same
    /// ratio the status rule grades.
    public var progress: Double? { value.map { MetricProgress.of(value: $0, target: target, direction: direction) } }
}
