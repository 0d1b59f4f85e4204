import ArgumentParser
import Model

@main
struct DockLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dockledger",
        abstract: "The SAP-011 Docker Operations adoption ledger: dashboard, reports and CI gate.",
        discussion: """
            Without a subcommand, opens the dashboard on FILE (default: data/ledger.json in the current folder).
            Every command takes the ledger as FILE or --ledger FILE.
            """,
        version: "dockledger \(DockLedger.version) (ledger formatVersion \(Ledger.currentFormatVersion))",
        subcommands: [
            DashboardCommand.self, ReportCommand.self, CheckCommand.self, ValidateCommand.self, InitCommand.self,
            ImportMarkdownCommand.self, ProjectCommand.self, IssueCommand.self, SnapshotCommand.self,
            MergeCommand.self, ResolveCommand.self, GitSetupCommand.self, DiffCommand.self, ScanCommand.self,
            ImportCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}

extension DockLedger {
    /// ArgumentParser's own main, except that its error messages (which quote values from the
    /// ledger file and the command line) go through `printError`, made visible.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            // --help and --version: as ArgumentParser prints them, the usage wrapped at 80 columns.
            if code == .success {
                print(UsageLines.wrapped(fullMessage(for: error)))
                exit(withError: ExitCode.success)
            }
            let message = UsageLines.wrapped(fullMessage(for: error))
            if !message.isEmpty { printError(message) }
            exit(withError: ExitCode(code.rawValue))
        }
    }

    /// The program's version, printed by `--version`.
    static let version = "0.9.0"
}
