/// What changed between two versions of a ledger, as a person reads a changelog: projects
/// added and removed, each changed fact, issues logged and resolved, and every metric whose
/// value or status moved (computed by the one metric engine on both versions).
public struct LedgerDiff: Equatable, Sendable {
    /// One value that changed; nil is "not set" (unknown).
    public struct Change: Equatable, Sendable {
        /// The project it belongs to, or nil for the ledger's own settings (targets, assumptions, meta).
        public let project: String?
        /// `nonRoot`, `ci.ghaCache`, `vulnerabilities.high`; for settings `targets.coverage.docker`.
        public let field: String
        public let old: JSONValue?
        public let new: JSONValue?
    }

    public struct MetricMove: Equatable, Sendable {
        public let old: MetricResult
        public let new: MetricResult
    }

    public var projectsAdded: [String] = []
    public var projectsRemoved: [String] = []
    public var changes: [Change] = []
    public var issuesLogged: [Issue] = []
    public var issuesResolved: [Issue] = []
    public var issuesRemoved: [Issue] = []
    public var metrics: [MetricMove] = []
    /// Maintenance, version and changelog entries added and removed, each in a line.
    public var logAdded: [String] = []
    public var logRemoved: [String] = []

    public var isEmpty: Bool {
        projectsAdded.isEmpty && projectsRemoved.isEmpty && changes.isEmpty && issuesLogged.isEmpty
            && issuesResolved.isEmpty && issuesRemoved.isEmpty && metrics.isEmpty && logAdded.isEmpty
            && logRemoved.isEmpty
    }

    public init(old: Ledger, new: Ledger, asOf: Double) {
        let oldProjects = Dictionary(old.projects.map { ($0.name.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
        let newKeys = Set(new.projects.map { $0.name.lowercased() })
        projectsRemoved = old.projects.filter { !newKeys.contains($0.name.lowercased()) }.map(\.name)
        for project in new.projects {
            guard let before = oldProjects[project.name.lowercased()] else {
                projectsAdded.append(project.name)
                continue
            }
            changes += Self.leafChanges(before.json, project.json).map { path, a, b in
                Change(
                    project: project.name, field: path.hasPrefix("docker.") ? String(path.dropFirst(7)) : path, old: a,
                    new: b)
            }
        }
        for key in ["meta", "targets", "assumptions"] {
            changes += Self.leafChanges(Self.part(key, of: old.json), Self.part(key, of: new.json)).map { path, a, b in
                Change(project: nil, field: key + "." + path, old: a, new: b)
            }
        }

        let oldIssues = Dictionary(old.issues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.issues.map(\.id))
        for issue in new.issues {
            let before = oldIssues[issue.id]
            if before == nil { issuesLogged.append(issue) }
            if issue.resolvedAt != nil, before?.resolvedAt == nil { issuesResolved.append(issue) }
        }
        issuesRemoved = old.issues.filter { !newIDs.contains($0.id) }

        compareLog(old.maintenance.templateUpdates, new.maintenance.templateUpdates) {
            "template update \($0.date) \($0.version): \($0.change)"
        }
        compareLog(old.maintenance.baseImageUpdates, new.maintenance.baseImageUpdates) {
            "base image update \($0.date): \($0.from) → \($0.to)"
        }
        compareLog(old.versionHistory, new.versionHistory) { "version \($0.version) (\($0.date))" }
        compareLog(old.changelog, new.changelog) { "changelog \($0.date): \($0.title)" }

        let before = MetricEngine.report(old, asOf: asOf).metrics
        let after = MetricEngine.report(new, asOf: asOf).metrics
        for (a, b) in zip(before, after) where a.id == b.id && (a.status != b.status || !Self.same(a.value, b.value)) {
            metrics.append(MetricMove(old: a, new: b))
        }
    }

    /// Entries have no identity: one that is not in the other version was added (or removed).
    private mutating func compareLog<E: Equatable>(_ old: [E], _ new: [E], _ describe: (E) -> String) {
        logAdded += new.filter { !old.contains($0) }.map(describe)
        logRemoved += old.filter { !new.contains($0) }.map(describe)
    }

    static func same(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a - b) <= 1e-9 * max(1, abs(a), abs(b))
        default: false
        }
    }

    private static func part(_ key: String, of document: JSONValue) -> JSONValue? {
        if case .object(let object) = document { object[key] } else { nil }
    }

    /// Every leaf (a non-object value) that differs, by dotted path, in key order.
    static func leafChanges(_ a: JSONValue?, _ b: JSONValue?, prefix: String = "") -> [(String, JSONValue?, JSONValue?)]
    {
        if a == b { return [] }
        let objectA: [String: JSONValue]? =
            if case .object(let o)? = a { o } else { a == nil || a == .null ? [:] : nil }
        let objectB: [String: JSONValue]? =
            if case .object(let o)? = b { o } else { b == nil || b == .null ? [:] : nil }
        guard let objectA, let objectB, (a.map(\.isObject) ?? false) || (b.map(\.isObject) ?? false) else {
            return [(prefix, a == .null ? nil : a, b == .null ? nil : b)]
        }
        return Set(objectA.keys).union(objectB.keys).sorted().flatMap { key in
            leafChanges(objectA[key], objectB[key], prefix: prefix.isEmpty ? key : prefix + "." + key)
        }
    }
}

extension JSONValue {
    fileprivate var isObject: Bool { if case .object = self { true } else { false } }
}
