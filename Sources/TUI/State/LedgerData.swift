import Foundation
import Model

/// The ledger with everything derived from it: the engine's report and the display orders
/// that do not depend on keys. Rebuilt only when the ledger changes, never per keystroke.
public struct LedgerData: Sendable {
    public let ledger: Ledger
    public let report: LedgerReport
    /// Issue indexes, newest opened first.
    public let issuesNewestFirst: [Int]
    /// The engine's oversized images without an open issue, as project indexes (in its order).
    public let oversizedWithoutIssue: [Int]
    /// What the Inventory filter reads of every project (lowercased search keys, levels, flags).
    public let filterIndex: ProjectFilterIndex
    /// Each team's own report, computed the first time the Teams tab asks (an engine run per
    /// team: 45 ms at 10k projects, too much for every frame and too much for every edit).
    private let teamsMemo = Memo<[TeamReport]>()

    /// Each team's report (owners by name, "(no owner)" last), for this ledger.
    public var teams: [TeamReport] { teamsMemo.value { TeamReport.all(ledger, asOf: report.asOf) } }

    /// One team's report, from the same memo (a team nobody is in any more gets an empty report).
    public func team(_ team: Team) -> TeamReport {
        teams.first { $0.team == team } ?? TeamReport.of(team, in: ledger, asOf: report.asOf)
    }

    public init(ledger: Ledger, asOf: Double) {
        self.ledger = ledger
        report = MetricEngine.report(ledger, asOf: asOf)
        // By instant, not text: days, instants and zone offsets are mixed in real files (the
        // form writes UTC instants). Ties, and dates that do not parse, keep the higher id first.
        let opened = ledger.issues.map { ISODate.seconds($0.openedAt) ?? -.infinity }
        issuesNewestFirst = ledger.issues.indices.sorted { a, b in
            opened[a] != opened[b] ? opened[a] > opened[b] : ledger.issues[a].id > ledger.issues[b].id
        }
        let flagged = report.oversizedWithoutIssue
        if flagged.isEmpty {
            oversizedWithoutIssue = []
        } else {
            let byName = Dictionary(
                ledger.projects.indices.map { (ledger.projects[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
            oversizedWithoutIssue = flagged.compactMap { byName[$0] }
        }
        filterIndex = ProjectFilterIndex(projects: ledger.projects, levels: report.projectLevels, asOf: asOf)
    }
}

/// A value computed once, on first use, and then shared by every copy of the struct that holds
/// it (LedgerData is replaced, never changed, when the ledger changes, so it is never stale).
final class Memo<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    func value(_ compute: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let stored { return stored }
        let computed = compute()
        stored = computed
        return computed
    }
}
