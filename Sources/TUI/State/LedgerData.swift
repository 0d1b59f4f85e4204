import Foundation
import Model

/// The ledger with everything derived from it: the engine's report and the display orders
/// that do not depend on keys. Rebuilt only when the ledger changes, never per keystroke.
public struct LedgerData: Sendable {
    public let ledger: Ledger
    public let report: LedgerReport
    /// Issue indexes, newest opened first.
    public let issuesNewestFirst: [Int]
    /// What the Inventory filter reads of every project (lowercased search keys, levels, flags).
    public let filterIndex: ProjectFilterIndex
    /// Each team's own report, computed the first time the Teams tab asks (an engine run per
    /// team: too much for every frame and too much for every edit).
    private let teamsMemo = Memo<[TeamReport]>()
    /// The oversized images without an issue come from the report's tables, which are
    /// computed only when a tab shows one.
    private let oversizedMemo = Memo<[Int]>()

    /// Each team's report (owners by name, "(no owner)" last), for this ledger.
    public var teams: [TeamReport] { teamsMemo.value { TeamReport.all(ledger, asOf: report.asOf) } }

    /// One team's report, from the same memo (a team nobody is in any more gets an empty report).
    public func team(_ team: Team) -> TeamReport {
        teams.first { $0.team == team } ?? TeamReport.of(team, in: ledger, asOf: report.asOf)
    }

    /// The engine's oversized images without an open issue, as project indexes (in its order).
    public var oversizedWithoutIssue: [Int] {
        oversizedMemo.value {
            let flagged = report.oversizedWithoutIssue
            guard !flagged.isEmpty else { return [] }
            let byName = Dictionary(
                ledger.projects.indices.map { (ledger.projects[$0].name, $0) }, uniquingKeysWith: { first, _ in first })
            return flagged.compactMap { byName[$0] }
        }
    }

    public init(ledger: Ledger, asOf: Double) {
        self.ledger = ledger
        report = MetricEngine.report(ledger, asOf: asOf)
        issuesNewestFirst = Self.newestFirst(ledger.issues)
        filterIndex = ProjectFilterIndex(projects: ledger.projects, levels: report.projectLevels, asOf: asOf)
    }

    private init(ledger: Ledger, report: LedgerReport, issuesNewestFirst: [Int], filterIndex: ProjectFilterIndex) {
        self.ledger = ledger
        self.report = report
        self.issuesNewestFirst = issuesNewestFirst
        self.filterIndex = filterIndex
    }

    /// The data of `ledger`, which `edit` made from this data's ledger. An edit that replaces
    /// projects in place or changes issues (a change of one project, a rename with its issues,
    /// an issue logged, changed or deleted) updates what it changes (each changed project's
    /// contributions to the metrics, its standing, its filter keys; the issue counts and order)
    /// instead of computing everything again; so does an edit that adds or removes one project
    /// (an add, a delete with its issues, the undo of either); any other edit starts afresh. Equal to
    /// `LedgerData(ledger:asOf:)`, except that the other projects' "stale" flags are as of the
    /// last full computation.
    public func updated(to ledger: Ledger, by edit: LedgerEdit?, asOf: Double) -> LedgerData {
        let old = self.ledger
        if let change = edit?.projectCountChange {
            return updated(to: ledger, by: change, asOf: asOf) ?? LedgerData(ledger: ledger, asOf: asOf)
        }
        guard let change = edit?.inPlaceChange, ledger.projects.count == old.projects.count,
            change.projects.allSatisfy(old.projects.indices.contains),
            change.addsOrRemovesIssues
                || (ledger.issues.count == old.issues.count && change.issues.allSatisfy(old.issues.indices.contains))
        else { return LedgerData(ledger: ledger, asOf: asOf) }
        var report = report.replacingIssues(in: ledger, asOf: asOf)
        for index in change.projects {
            report = report.replacingProject(at: index, was: old.projects[index], in: ledger, asOf: asOf)
        }
        let reordered =
            change.addsOrRemovesIssues
            || change.issues.contains { i in
                old.issues[i].openedAt != ledger.issues[i].openedAt || old.issues[i].id != ledger.issues[i].id
            }
        return LedgerData(
            ledger: ledger, report: report,
            issuesNewestFirst: reordered ? Self.newestFirst(ledger.issues) : issuesNewestFirst,
            filterIndex: change.projects.isEmpty
                ? filterIndex
                : filterIndex.replacing(change.projects, in: ledger.projects, levels: report.projectLevels, asOf: asOf))
    }

    /// The data after one project was added or removed (an add, a delete with its issues, the
    /// undo of either): that project's contributions added or taken away, its standing, level
    /// and filter keys put in or taken out; the issue order computed again only when issues
    /// changed. Nil when `ledger` does not have one project more or less than this data's.
    private func updated(to ledger: Ledger, by change: ProjectCountChange, asOf: Double) -> LedgerData? {
        let old = self.ledger
        let index = change.index
        let report: LedgerReport
        let filterIndex: ProjectFilterIndex
        switch change.kind {
        case .inserted:
            guard ledger.projects.count == old.projects.count + 1, ledger.projects.indices.contains(index) else {
                return nil
            }
            report = self.report.insertingProject(at: index, in: ledger, asOf: asOf)
            filterIndex = self.filterIndex.inserting(
                at: index, in: ledger.projects, levels: report.projectLevels, asOf: asOf)
        case .removed:
            guard ledger.projects.count == old.projects.count - 1, old.projects.indices.contains(index) else {
                return nil
            }
            report = self.report.removingProject(at: index, was: old.projects[index], in: ledger, asOf: asOf)
            filterIndex = self.filterIndex.removing(at: index, in: ledger.projects, levels: report.projectLevels)
        }
        return LedgerData(
            ledger: ledger, report: report,
            issuesNewestFirst: change.changesIssues ? Self.newestFirst(ledger.issues) : issuesNewestFirst,
            filterIndex: filterIndex)
    }

    /// By instant, not text: days, instants and zone offsets are mixed in real files (the
    /// form writes UTC instants). Ties, and dates that do not parse, keep the higher id first.
    private static func newestFirst(_ issues: [Issue]) -> [Int] {
        let opened = issues.map { ISODate.seconds($0.openedAt) ?? -.infinity }
        return issues.indices.sorted { a, b in
            opened[a] != opened[b] ? opened[a] > opened[b] : issues[a].id > issues[b].id
        }
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
