import ArgumentParser
import Model

/// The CI gate: exit 1 when a metric is below the bar, naming each one and the projects behind it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 when any metric is behind (or, with --fail-on progressing, not yet met), naming the projects behind it.",
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

    @Option(name: .customLong("fail-on"), help: "behind: fail on metrics behind target; progressing: also on those not yet met.")
    var failOn: CheckReport.Bar = .behind

    @Option(help: "text: one line per failing metric; json: for tools; github: workflow-command annotations.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Check only the metrics whose id matches this glob, e.g. 'security.*' (repeatable).",
                               valueName: "pattern"))
    var only: [String] = []

    @Flag(name: .customLong("allow-empty"), help: "Pass a ledger where every metric says \"no data\".")
    var allowEmpty = false

    @Option(name: .customLong("as-of"), help: "Compute ages and schedules as of this day (YYYY-MM-DD).")
    var asOf: Day?

    func run() throws {
        let path = try ledger.resolve(file)
        let loaded = try LedgerStore.load(path).ledger
        let report = MetricEngine.report(loaded, asOf: asOf?.seconds ?? Day.now())
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
}

extension CheckReport.Bar: ExpressibleByArgument {}
