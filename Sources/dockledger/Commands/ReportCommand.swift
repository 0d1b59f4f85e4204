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

    @Option(
        help: ArgumentHelp(
            "Only this table (repeat it, or NAME,NAME, for several; csv writes one, default projects). "
                + "Names: \(ReportTable.allCases.map(\.name).joined(separator: ", ")).", valueName: "name"))
    var table: [String] = []

    /// The tables `--table` names, in the order given, or every table when none is named.
    var tables: [ReportTable] {
        get throws {
            let names = table.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            return try names.map { name in
                guard let table = ReportTable(named: name) else {
                    throw ValidationError(
                        "--table: no table named \"\(name)\"; the tables are "
                            + ReportTable.allCases.map(\.name).joined(separator: ", "))
                }
                return table
            }
        }
    }

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
        let tables = try self.tables
        if format == .csv, tables.count > 1 {
            throw ValidationError(
                "--format csv writes one table: give one --table (json, text and markdown take several)")
        }
        if by != nil, !tables.isEmpty {
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
        let named = try tables
        let chosen = named.isEmpty ? ReportTable.allCases : named
        var report = MetricEngine.report(loaded, asOf: now)
        // The whole Markdown document and the CSV inventory show no git trend: read it only when shown.
        let showsGitTrend = named.isEmpty ? format == .text || format == .json : named.contains(.trend)
        if !noGitHistory, showsGitTrend { report.gitTrend = gitTrend(path) }
        switch format {
        case .text: print(TextReport.render(loaded, report, tables: chosen), terminator: "")
        case .json: printPieces { JSONReport.write(loaded, report, tables: chosen, to: $0) }
        case .markdown:
            let text =
                named.isEmpty
                ? MarkdownReport.render(loaded, report) : MarkdownReport.render(loaded, report, tables: named)
            print(text, terminator: "")
        case .csv: print(CSVReport.render(named.first ?? .inventory, loaded, report), terminator: "")
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
