/// The projects behind one metric: those that fail it, those it cannot tell, and those that
/// meet it, each with the value that decides it. A project's status is its own standing on
/// the metric (`ProjectStandings`: what the catalog says it contributes, graded alone against
/// the whole ledger's target), the same one the project detail, `check` and the JSON report
/// show.
public struct MetricBreakdown: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// An index into the ledger's projects.
        public let project: Int
        public let name: String
        /// The project's own value against the metric's target.
        public let status: MetricStatus
        /// The value that decides it: "yes"/"no" for a share, else the project's own figure.
        public let own: OwnValue
        /// How far of the way to the target (1 when met), nil when unknown.
        public let progress: Double?

        public var value: String { own.text }
    }

    public let id: MetricID
    /// Progressing or behind, least of the way there first (then by name).
    public let failing: [Entry]
    /// Counted by the metric, but its value is unknown; by name.
    public let unknown: [Entry]
    /// By name.
    public let meeting: [Entry]

    /// The breakdown of one metric; nil when the metric is not counted over projects.
    public static func of(_ id: MetricID, in ledger: Ledger, asOf now: Double) -> MetricBreakdown? {
        of(id, in: ledger, MetricEngine.report(ledger, asOf: now))
    }

    /// The breakdown from a report's standings (nothing is graded again).
    public static func of(_ id: MetricID, in ledger: Ledger, _ report: LedgerReport) -> MetricBreakdown? {
        guard MetricCatalog.all[id.ordinal].scope != .ledger else { return nil }
        return build([id.ordinal], ledger, report, includingMeeting: true)[id]
    }

    /// Every metric's breakdown (metrics not counted over projects have none).
    public static func all(_ ledger: Ledger, asOf now: Double) -> [MetricID: MetricBreakdown] {
        all(ledger, MetricEngine.report(ledger, asOf: now))
    }

    /// Every metric's breakdown from a report's standings. `includingMeeting` false leaves
    /// `meeting` empty: the JSON report and `check` name only the projects that hold a metric back.
    public static func all(_ ledger: Ledger, _ report: LedgerReport, includingMeeting: Bool = true)
        -> [MetricID: MetricBreakdown]
    {
        build(MetricCatalog.overProjects.map(\.ordinal), ledger, report, includingMeeting: includingMeeting)
    }

    private static func build(_ ordinals: [Int], _ ledger: Ledger, _ report: LedgerReport, includingMeeting: Bool)
        -> [MetricID: MetricBreakdown]
    {
        let lists = Lists(ordinals, ledger, report, includingMeeting: includingMeeting)
        let entries = { (standings: [Standing]) in
            standings.map {
                Entry(
                    project: $0.project, name: ledger.projects[$0.project].name, status: $0.status, own: $0.own,
                    progress: $0.progress)
            }
        }
        var out: [MetricID: MetricBreakdown] = [:]
        for (k, ordinal) in ordinals.enumerated() {
            let id = MetricCatalog.all[ordinal].id
            out[id] = MetricBreakdown(
                id: id, failing: entries(lists.failing[k]), unknown: entries(lists.unknown[k]),
                meeting: entries(lists.meeting[k]))
        }
        return out
    }

    /// An entry without its name: what the lists are built and sorted as (at 100,000 projects
    /// they hold millions, and the JSON report writes only the names).
    struct Standing {
        let project: Int
        let status: MetricStatus
        let own: OwnValue
        let progress: Double?
    }

    /// Each metric's failing, unknown and meeting projects, in the order `MetricBreakdown` gives
    /// them, from one pass over the projects: each project's facts are gathered once, and only
    /// for the entries that show a value.
    struct Lists {
        /// By the position of the metric in the ordinals asked for.
        private(set) var failing: [[Standing]]
        private(set) var unknown: [[Standing]]
        private(set) var meeting: [[Standing]]

        /// The lists of every metric counted over projects (`MetricCatalog.overProjects`).
        init(_ ledger: Ledger, _ report: LedgerReport, includingMeeting: Bool) {
            self.init(MetricCatalog.overProjects.map(\.ordinal), ledger, report, includingMeeting: includingMeeting)
        }

        init(_ ordinals: [Int], _ ledger: Ledger, _ report: LedgerReport, includingMeeting: Bool) {
            let grading = Grading(ledger)
            let order = NameOrder(ledger)
            failing = [[Standing]](repeating: [], count: ordinals.count)
            unknown = failing
            meeting = failing
            let projects = ledger.projects
            let definitions = ordinals.map { MetricCatalog.all[$0] }
            // The metrics of the project at hand that show its value, with its status on each.
            var shown: [(k: Int, status: MetricStatus)] = []
            // In name order, so that every list comes out by name and the failing lists need
            // sorting only by status and progress: a sort of runs already in order is a pass over them.
            for i in order.byName {
                let project = projects[i]
                guard project.isActive else { continue }
                shown.removeAll(keepingCapacity: true)
                for (k, ordinal) in ordinals.enumerated() {
                    guard let status = report.standings.status(of: i, onOrdinal: ordinal) else { continue }
                    if status == .noData {
                        unknown[k].append(Standing(project: i, status: status, own: .unknown, progress: nil))
                    } else if status != .met || includingMeeting {
                        shown.append((k, status))
                    }
                }
                if shown.isEmpty { continue }
                // Gathered once per project, and never copied: the facts are large.
                let facts = grading.facts(project)
                for (k, status) in shown {
                    let contribution = definitions[k].own(facts)
                    let standing = Standing(
                        project: i, status: status,
                        own: OwnValue(contribution, definitions[k], project: project, level: facts.level),
                        progress: contribution.ownValue.map {
                            MetricProgress.of(
                                value: $0, target: grading.targets[ordinals[k]], direction: definitions[k].direction)
                        })
                    if status == .met { meeting[k].append(standing) } else { failing[k].append(standing) }
                }
            }
            // Progressing or behind, least of the way there first, then by name.
            let rank = order.rank
            for k in failing.indices {
                failing[k].sort { a, b in
                    a.status != b.status
                        ? a.status < b.status
                        : (a.progress ?? 0) != (b.progress ?? 0)
                            ? (a.progress ?? 0) < (b.progress ?? 0) : rank[a.project] < rank[b.project]
                }
            }
        }
    }
}

/// Each project's place in name order (case-insensitive, then as written, then file order),
/// sorted once so that lists of projects sort by comparing integers.
struct NameOrder {
    let rank: [Int]
    /// The projects' indices in name order.
    let byName: [Int]

    init(_ ledger: Ledger) {
        let keys = ledger.projects.map { $0.name.lowercased() }
        let sorted = ledger.projects.indices.sorted { a, b in
            keys[a] != keys[b]
                ? keys[a] < keys[b]
                : ledger.projects[a].name != ledger.projects[b].name
                    ? ledger.projects[a].name < ledger.projects[b].name : a < b
        }
        var rank = [Int](repeating: 0, count: sorted.count)
        for (position, index) in sorted.enumerated() { rank[index] = position }
        self.rank = rank
        byName = sorted
    }
}

extension MetricResult {
    /// Progress toward another target (a project's own value against the ledger's target).
    func progress(toward target: Double) -> Double? {
        guard let value else { return nil }
        return MetricProgress.of(value: value, target: target, direction: direction)
    }
}

enum MetricProgress {
    /// How far of the way to the target, 0...1 (1 when met): the ratio the status rule grades.
    static func of(value: Double, target: Double, direction: Direction) -> Double {
        switch direction {
        case .atLeast:
            if value >= target { return 1 }
            return target > 0 ? max(0, value / target) : 1
        case .atMost:
            if value <= target { return 1 }
            return target > 0 && value > 0 ? target / value : 0
        }
    }
}
