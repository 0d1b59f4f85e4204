import Model

/// The ledger with everything derived from it: the engine's report and the display orders
/// that do not depend on keys. Rebuilt only when the ledger changes, never per keystroke.
public struct LedgerData: Sendable {
    public let ledger: Ledger
    public let report: LedgerReport
    /// Issue indexes, newest opened first.
    public let issuesNewestFirst: [Int]
    /// Lowercased name, owner, base image and registry of every project, for the filter.
    let searchText: [String]

    public init(ledger: Ledger, asOf: Double) {
        self.ledger = ledger
        report = MetricEngine.report(ledger, asOf: asOf)
        // ISO 8601 strings of one shape sort by time; ties keep the higher id first.
        issuesNewestFirst = ledger.issues.indices.sorted { a, b in
            let x = ledger.issues[a], y = ledger.issues[b]
            return x.openedAt != y.openedAt ? x.openedAt > y.openedAt : x.id > y.id
        }
        searchText = ledger.projects.map { p in
            [p.name, p.owner ?? "", p.docker?.baseImage ?? "", p.docker?.registry?.name ?? ""]
                .joined(separator: "\u{1}").lowercased()
        }
    }
}
