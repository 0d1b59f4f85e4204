import ArgumentParser
import Model

/// The CI gate: exit 1 when a metric is below the bar, naming each one and the projects behind it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Exit 1 when any metric is behind (or, with --fail-on progressing, not yet met), naming the projects behind it.",
        discussion: """
            Findings go to stdout, errors (an unreadable ledger, a bad option) to stderr. A ledger where every \
            metric says "no data" fails too, unless --allow-empty: a gate that is green with nothing measured is a trap.
            --format github prints GitHub Actions workflow commands, so each failing metric becomes an annotation \
            on the pull request.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    @OptionGroup var ledger: LedgerOption

    @Option(
        name: .customLong("fail-on"),
        help: "behind: fail on metrics behind target; progressing: also on those not yet met.")
    var failOn: CheckReport.Bar = .behind

    @Option(help: "text: one line per failing metric; json: for tools; github: workflow-command annotations.")
    var format: Format = .text

    @Option(
        help: ArgumentHelp(
            "Check only the metrics whose id matches this glob, e.g. 'security.*' (repeatable).",
            valueName: "pattern"))
    var only: [String] = []

    @Flag(name: .customLong("allow-empty"), help: "Pass a ledger where every metric says \"no data\".")
    var allowEmpty = false

    @Option(name: .customLong("as-of"), help: "Compute ages and schedules as of this day (YYYY-MM-DD).")
    var asOf: Day?

    @Option(
        help: "A regression gate instead: exit 1 when any metric got worse than at this git revision of the ledger.")
    var since: String?

    @Option(help: "A regression gate instead: exit 1 when any metric got worse than in this ledger file.")
    var baseline: String?

    func run() throws {
        let path = try ledger.resolve(file)
        let loaded = try LedgerStore.load(path).ledger
        let report = MetricEngine.report(loaded, asOf: asOf?.seconds ?? Day.now())
        if since != nil || baseline != nil { return try checkRegressions(report, path: path) }
        let check: CheckReport
        do {
            check = try CheckReport(ledger: loaded, report: report, bar: failOn, only: only, allowEmpty: allowEmpty)
        } catch {
            throw CLIError(error.description)
        }
        switch format {
        case .text: print(check.text)
        case .json: print(check.json)
        case .github: print(check.github(file: path))
        }
        if !check.passes { throw ExitCode(1) }
    }

    /// `--since` / `--baseline`: fail on metrics that got worse, each on stdout with both values.
    private func checkRegressions(_ report: LedgerReport, path: String) throws {
        if since != nil && baseline != nil { throw CLIError("give --since or --baseline, not both") }
        let old = try LedgerVersion.load(since ?? baseline!, ledger: path)
        let worse = Regressions.between(
            old: MetricEngine.report(old.ledger, asOf: asOf?.seconds ?? Day.now()), new: report
        )
        .filter { move in only.isEmpty || only.contains { CheckReport.matches(move.new.id.rawValue, pattern: $0) } }
        if worse.isEmpty {
            print("ok: no metric got worse than in \(old.name)")
            return
        }
        for move in worse {
            print(
                "\(move.new.id): worse than in \(old.name): \(move.old.formattedValue) → \(move.new.formattedValue) (target \(move.new.formattedTarget)) \(move.new.label)"
            )
        }
        printError("\(worse.count) metric\(worse.count == 1 ? "" : "s") got worse than in \(old.name)")
        throw ExitCode(1)
    }
}

extension CheckReport.Bar: ExpressibleByArgument {}
