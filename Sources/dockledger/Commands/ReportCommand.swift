import ArgumentParser
import Model

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the whole ledger: every metric and table.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, markdown, csv
    }

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    @OptionGroup var ledger: LedgerOption

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: ArgumentHelp("With --format csv, the table to write (default: inventory).", valueName: "name"))
    var table: CSVReport.Table?

    enum Grouping: String, ExpressibleByArgument, CaseIterable {
        case owner
    }

    @Option(
        help: "Every metric per group instead of the whole ledger: owner (projects without one are \"(no owner)\").")
    var by: Grouping?

    @Option(
        name: .customLong("as-of"), help: "Compute ages and schedules as of this day (YYYY-MM-DD) instead of today.")
    var asOf: Day?

    @Flag(
        name: .customLong("no-git-history"),
        help: "Leave the ledger's git history out of the trend (only its history snapshots).")
    var noGitHistory = false

    func validate() throws {
        if table != nil, format != .csv {
            throw ValidationError("--table applies to --format csv only")
        }
        if by != nil, table != nil {
            throw ValidationError("--by writes the metrics of each group; it does not take --table")
        }
    }

    func run() throws {
        let path = try ledger.resolve(file)
        let loaded = try LedgerStore.load(path).ledger
        let now = asOf?.seconds ?? Day.now()
        if by == .owner {
            let teams = TeamReport.all(loaded, asOf: now)
            switch format {
            case .text: print(TeamReportWriter.text(loaded, teams), terminator: "")
            case .json: print(TeamReportWriter.json(loaded, teams), terminator: "")
            case .markdown: print(TeamReportWriter.markdown(loaded, teams), terminator: "")
            case .csv: print(TeamReportWriter.csv(loaded, teams), terminator: "")
            }
            return
        }
        var report = MetricEngine.report(loaded, asOf: now)
        if !noGitHistory, format == .text || format == .json { report.gitTrend = gitTrend(path) }
        switch format {
        case .text: print(TextReport.render(loaded, report), terminator: "")
        case .json: print(JSONReport.render(loaded, report), terminator: "")
        case .markdown: print(MarkdownReport.render(loaded, report), terminator: "")
        case .csv: print(CSVReport.render(table ?? .inventory, loaded, report), terminator: "")
        }
    }
}

/// Trend points from the ledger's commits; a git that fails is a warning, not a failed report.
func gitTrend(_ path: String) -> [TrendPoint] {
    do { return try GitHistory.points(for: path) ?? [] } catch {
        printError("warning: the trend leaves out git history: \(error)")
        return []
    }
}

extension CSVReport.Table: ExpressibleByArgument {}
