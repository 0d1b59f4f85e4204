/// The projects behind one metric: those that fail it, those it cannot tell, and those that
/// meet it, each with the value that decides it. A project's own value is the engine's
/// report on a ledger holding only that project, graded against the whole ledger's target, so
/// every metric of the catalog has its breakdown with no formula written twice.
public struct MetricBreakdown: Equatable, Sendable {
    public struct Entry: Equatable, Sendable {
        /// An index into the ledger's projects.
        public let project: Int
        public let name: String
        /// The project's own value against the metric's target.
        public let status: MetricStatus
        /// The value that decides it: "yes"/"no" for a share, else the project's own figure.
        public let value: String
        /// How far of the way to the target (1 when met), nil when unknown.
        public let progress: Double?
    }

    public let id: MetricID
    /// Progressing or behind, least of the way there first.
    public let failing: [Entry]
    /// Counted by the metric, but its value is unknown; by name.
    public let unknown: [Entry]
    /// By name.
    public let meeting: [Entry]

    /// The breakdown of one metric; nil when the metric is not counted over projects.
    public static func of(_ id: MetricID, in ledger: Ledger, asOf now: Double) -> MetricBreakdown? {
        let definition = id.definition
        guard definition.scope != .ledger else { return nil }
        let own = OwnReports(ledger, asOf: now)
        return breakdown(definition, own, ledger)
    }

    /// Every metric's breakdown (metrics not counted over projects have none), each project's
    /// own report computed once for all of them.
    public static func all(_ ledger: Ledger, asOf now: Double) -> [MetricID: MetricBreakdown] {
        let own = OwnReports(ledger, asOf: now)
        var out: [MetricID: MetricBreakdown] = [:]
        for definition in MetricCatalog.all where definition.scope != .ledger {
            out[definition.id] = breakdown(definition, own, ledger)
        }
        return out
    }

    private static func breakdown(_ definition: MetricDefinition, _ own: OwnReports, _ ledger: Ledger)
        -> MetricBreakdown
    {
        let target = MetricEngine.target(definition.id, in: ledger)
        var failing: [Entry] = []
        var unknown: [Entry] = []
        var meeting: [Entry] = []
        // Indices, not enumerated(): that copied every project struct once per metric.
        let projects = ledger.projects
        for i in projects.indices where definition.scope.includes(projects[i], adoptionStart: ledger.meta.adoptionStart)
        {
            let m = own.metrics(i)[definition.id.ordinal]
            let status = MetricStatus.evaluate(value: m.value, target: target, direction: definition.direction)
            let entry = Entry(
                project: i, name: projects[i].name, status: status, value: decidingValue(m, projects[i]),
                progress: m.progress(toward: target))
            switch status {
            case .met: meeting.append(entry)
            case .noData: unknown.append(entry)
            case .progressing, .behind: failing.append(entry)
            }
        }
        failing.sort { a, b in
            a.status != b.status
                ? a.status < b.status
                : (a.progress ?? 0) != (b.progress ?? 0) ? (a.progress ?? 0) < (b.progress ?? 0) : a.name < b.name
        }
        let byName: (Entry, Entry) -> Bool = { $0.name.lowercased() < $1.name.lowercased() }
        return MetricBreakdown(
            id: definition.id, failing: failing, unknown: unknown.sorted(by: byName),
            meeting: meeting.sorted(by: byName))
    }

    /// A share of one project is yes or no (a level share says the project's level); other
    /// metrics show the project's own figure.
    private static func decidingValue(_ m: MetricResult, _ project: Project) -> String {
        guard m.value != nil else { return "unknown" }
        if m.section == .levels { return "level \(AdoptionLevel.of(project))" }
        if m.unit == .share, let yes = m.numerator, m.denominator == 1 { return yes == 1 ? "yes" : "no" }
        return m.formattedValue
    }
}

/// Each project's metrics on a ledger that holds only it (settings and targets kept; no issues,
/// logs or history, which no per-project metric reads), computed when first asked for. Metrics
/// only, not the report's tables: at 10k projects the JSON report took 4x as long with them.
private final class OwnReports {
    private let ledger: Ledger
    private let now: Double
    private var cache: [Int: [MetricResult]] = [:]

    init(_ ledger: Ledger, asOf now: Double) {
        var base = ledger
        base.projects = []
        base.issues = []
        base.history = []
        base.changelog = []
        base.versionHistory = []
        base.maintenance = Maintenance()
        self.ledger = ledger
        self.base = base
        self.now = now
    }

    private let base: Ledger

    func metrics(_ index: Int) -> [MetricResult] {
        if let cached = cache[index] { return cached }
        var one = base
        one.projects = [ledger.projects[index]]
        let metrics = MetricEngine.metrics(one, asOf: now)
        cache[index] = metrics
        return metrics
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
