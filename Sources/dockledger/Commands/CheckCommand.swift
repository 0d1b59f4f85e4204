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

    func run() throws {
        let path = try LedgerLocation.resolve(file)
        let ledger = try LedgerStore.load(path).ledger
        let report = MetricEngine.report(ledger, asOf: asOf?.seconds ?? Day.now())
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
}
