/// The whole ledger file, format version 1 (README, "The ledger file").
public struct Ledger: Equatable, Sendable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var meta: Meta
    /// Overrides of the SAP-011 default targets, by metric id as the file writes it (an id
    /// this version does not know is kept here for the validator to name).
    public var targets: [String: Double]
    public var assumptions: Assumptions
    public var projects: [Project]
    public var issues: [Issue]
    public var maintenance: Maintenance
    public var versionHistory: [VersionEntry]
    public var changelog: [ChangelogEntry]
    public var history: [HistorySnapshot]
    /// Fields a merge could not decide (ours is in place); the ledger is not edited until none remain.
    public var conflicts: [MergeConflict] = []
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        formatVersion: Int = Ledger.currentFormatVersion, meta: Meta = Meta(), targets: [String: Double] = [:],
        assumptions: Assumptions = Assumptions(), projects: [Project] = [], issues: [Issue] = [],
        maintenance: Maintenance = Maintenance(), versionHistory: [VersionEntry] = [],
        changelog: [ChangelogEntry] = [], history: [HistorySnapshot] = []
    ) {
        self.formatVersion = formatVersion
        self.meta = meta
        self.targets = targets
        self.assumptions = assumptions
        self.projects = projects
        self.issues = issues
        self.maintenance = maintenance
        self.versionHistory = versionHistory
        self.changelog = changelog
        self.history = history
    }

    /// A ledger written by a newer dockledger: readable, never written by this one.
    public var isNewerFormat: Bool { formatVersion > Ledger.currentFormatVersion }

    public func project(named name: String) -> Project? {
        projectIndex(named: name).map { projects[$0] }
    }

    /// Case-insensitively, as names are unique (`lowercased()` equal), without lowercasing
    /// every name: the dashboard looks a project up after each edit, at 100,000 projects.
    public func projectIndex(named name: String) -> Int? {
        let key = CaseFoldedName(name)
        return projects.firstIndex { key.matches($0.name) }
    }

    /// The file's override of a metric's target, if any (`MetricEngine.target` is the effective one).
    public func targetOverride(_ id: MetricID) -> Double? { targets[id.rawValue] }

    public mutating func setTargetOverride(_ value: Double?, for id: MetricID) { targets[id.rawValue] = value }

    /// The id the next logged issue gets.
    public var nextIssueID: Int { (issues.map(\.id).max() ?? 0) + 1 }
}

// MARK: - JSON mapping

extension Ledger {
    /// Maps a parsed document onto the ledger types. Type errors are collected, not thrown:
    /// the caller gets the ledger as far as it could be read and every problem with its path.
    public static func decode(_ value: JSONValue) -> (ledger: Ledger, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard var r = ObjectReader(value, at: JSONPath(), diagnostics: &diagnostics) else {
            return (
                Ledger(), [Diagnostic(path: "$", message: "the ledger must be a JSON object, got \(value.typeName)")]
            )
        }
        var ledger = Ledger()
        if let format = r.string("format"), format != "dockledger" {
            r.report("format", "must be \"dockledger\", got \"\(format)\"")
        }
        if let version = r.integer("formatVersion") {
            ledger.formatVersion = version
        } else if r.raw("formatVersion") == nil {
            r.report("formatVersion", "is required")
        }
        ledger.meta = r.nested("meta") { Meta(reading: &$0) } ?? Meta()
        ledger.targets = r.numberMap("targets", describing: "metric id to target") ?? [:]
        ledger.assumptions = r.nested("assumptions") { Assumptions(reading: &$0) } ?? Assumptions()
        ledger.projects = r.list("projects") { Project(reading: &$0) }
        ledger.issues = r.list("issues") { Issue(reading: &$0) }
        ledger.maintenance = r.nested("maintenance") { Maintenance(reading: &$0) } ?? Maintenance()
        ledger.versionHistory = r.list("versionHistory") { VersionEntry(reading: &$0) }
        ledger.changelog = r.list("changelog") { ChangelogEntry(reading: &$0) }
        ledger.history = r.list("history") { HistorySnapshot(reading: &$0) }
        ledger.conflicts = r.list("conflicts") { MergeConflict(reading: &$0) }.compactMap { $0 }
        ledger.unknownKeys = r.unknownKeys
        return (ledger, diagnostics + r.diagnostics)
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("format", "dockledger")
        w.set("formatVersion", formatVersion)
        w.set("meta", json: meta.json)
        w.set("targets", json: .object(targets.mapValues(JSONValue.number)))
        w.set("assumptions", json: assumptions.json)
        w.set("projects", json: .array(projects.map(\.json)))
        w.set("issues", json: .array(issues.map(\.json)))
        w.set("maintenance", json: maintenance.json)
        w.set("versionHistory", json: .array(versionHistory.map(\.json)))
        w.set("changelog", json: .array(changelog.map(\.json)))
        w.set("history", json: .array(history.map(\.json)))
        if !conflicts.isEmpty { w.set("conflicts", json: .array(conflicts.map(\.json))) }
        return w.value
    }
}

/// A name to compare others with as their `lowercased()` forms compare, reading ASCII names
/// byte by byte (folding A-Z) instead of making their lowercase copies; a name with any other
/// character is lowercased (some lowercase to ASCII: the Kelvin sign to "k").
struct CaseFoldedName {
    private let lowered: String
    /// The lowered name's bytes when they are all ASCII.
    private let ascii: [UInt8]?

    init(_ name: String) {
        lowered = name.lowercased()
        let bytes = Array(lowered.utf8)
        ascii = bytes.allSatisfy { $0 < 0x80 } ? bytes : nil
    }

    func matches(_ name: String) -> Bool {
        guard let key = ascii else { return name.lowercased() == lowered }
        let folded = name.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // An ASCII name lowercases to as many bytes: one of another length cannot match.
            guard bytes.count == key.count else { return bytes.contains { $0 >= 0x80 } ? nil : false }
            for i in bytes.indices {
                var c = bytes[i]
                if c >= 0x80 { return nil }
                if c &- 0x41 < 26 { c += 0x20 }
                if c != key[i] { return false }
            }
            return true
        }
        return (folded ?? nil) ?? (name.lowercased() == lowered)
    }
}
