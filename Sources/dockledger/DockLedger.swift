import ArgumentParser

@main
struct DockLedger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dockledger",
        abstract: "The SAP-011 Docker Operations adoption ledger: dashboard, reports and CI gate.",
        discussion: """
        Without a subcommand, opens the dashboard on FILE (default: data/ledger.json in the current folder).
        """,
        subcommands: [DashboardCommand.self, ReportCommand.self, CheckCommand.self, ValidateCommand.self, InitCommand.self,
                      ImportMarkdownCommand.self, ProjectCommand.self, IssueCommand.self, SnapshotCommand.self,
                      MergeCommand.self, ResolveCommand.self, GitSetupCommand.self, DiffCommand.self],
        defaultSubcommand: DashboardCommand.self
    )
}
