import ArgumentParser
import Model

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the whole ledger: every metric and table.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(name: .customLong("as-of"), help: "Compute ages and schedules as of this day (YYYY-MM-DD) instead of today.")
    var asOf: Day?

    func run() throws {
        let path = try LedgerLocation.resolve(file)
        let ledger = try LedgerStore.load(path).ledger
        let report = MetricEngine.report(ledger, asOf: asOf?.seconds ?? Day.now())
        switch format {
        case .text: print(TextReport.render(ledger, report), terminator: "")
        case .json: print(JSONReport.render(ledger, report), terminator: "")
        }
    }
}
