import ArgumentParser
import Model

/// Adds today's metric values to the ledger's history, for the trend.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Record today's metric values in the ledger's history (the Coverage tab's trend).",
        discussion:
            "Run it on a schedule (weekly, in CI) to build the trend; a second run on the same day replaces that day's entry."
    )

    @Argument(help: "The ledger file (default: data/ledger.json).") var file: String?
    @OptionGroup var ledger: LedgerOption
    @OptionGroup var wait: WaitOption
    @Option(name: .customLong("as-of"), help: "The day to record (YYYY-MM-DD; default today).") var asOf: Day?

    func run() throws {
        let seconds = asOf?.seconds ?? Day.now()
        let day = ISODate.day(fromSeconds: seconds)
        try scriptedEdit(ledger.resolve(file), as: "dockledger snapshot", wait: wait) {
            (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
            let count = l.recordSnapshot(MetricEngine.report(l, asOf: seconds), day: day)
            return "recorded \(count) metric values for \(day) (\(l.history.count) days in the history)"
        }
    }
}
