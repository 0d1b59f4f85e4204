import ArgumentParser
import Model

/// The CI gate: exit 1 when a metric is below the bar, naming each one.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 when any metric is behind (or, with --fail-on progressing, not yet met).")

    enum Bar: String, ExpressibleByArgument, CaseIterable {
        case behind, progressing
    }

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    @Option(name: .customLong("fail-on"), help: "behind: fail on metrics behind target; progressing: also on those not yet met.")
    var failOn: Bar = .behind

    @Option(name: .customLong("as-of"), help: "Compute ages and schedules as of this day (YYYY-MM-DD).")
    var asOf: Day?

    @Option(help: "A regression gate instead: exit 1 when any metric got worse than at this git revision of the ledger.")
    var since: String?

    @Option(help: "A regression gate instead: exit 1 when any metric got worse than in this ledger file.")
    var baseline: String?

    func run() throws {
        let path = try LedgerLocation.resolve(file)
        let ledger = try LedgerStore.load(path).ledger
        let report = MetricEngine.report(ledger, asOf: asOf?.seconds ?? Day.now())
        if since != nil || baseline != nil { return try checkRegressions(report, path: path) }
        let failing = report.metrics.filter { m in
            m.status == .behind || (failOn == .progressing && m.status == .progressing)
        }
        let counts = Dictionary(grouping: report.metrics, by: \.status).mapValues(\.count)
        let summary = MetricStatus.allCases.map { "\(counts[$0] ?? 0) \($0.word)" }.joined(separator: ", ")
        if failing.isEmpty {
            print("ok: no metric is \(failOn == .behind ? "behind" : "below target") (\(summary))")
            return
        }
        for m in failing {
            printError("\(m.id.rawValue): \(m.status.word): \(m.formattedValue) (target \(m.formattedTarget)) \(m.label)")
        }
        printError("\(failing.count) metric\(failing.count == 1 ? "" : "s") failing (\(summary))")
        throw ExitCode(1)
    }

    /// `--since` / `--baseline`: fail on metrics that got worse, each on stdout with both values.
    private func checkRegressions(_ report: LedgerReport, path: String) throws {
        if since != nil && baseline != nil { throw CLIError("give --since or --baseline, not both") }
        let old = try LedgerVersion.load(since ?? baseline!, ledger: path)
        let worse = Regressions.between(old: MetricEngine.report(old.ledger, asOf: asOf?.seconds ?? Day.now()), new: report)
        if worse.isEmpty {
            print("ok: no metric got worse than in \(old.name)")
            return
        }
        for move in worse {
            print("\(move.new.id): worse than in \(old.name): \(move.old.formattedValue) → \(move.new.formattedValue) (target \(move.new.formattedTarget)) \(move.new.label)")
        }
        printError("\(worse.count) metric\(worse.count == 1 ? "" : "s") got worse than in \(old.name)")
        throw ExitCode(1)
    }
}
