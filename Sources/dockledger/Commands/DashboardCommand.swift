import ArgumentParser
import Foundation
import Model
import TUI

/// The default subcommand: `dockledger [FILE]` opens the dashboard.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the terminal dashboard (the default when no subcommand is given).")

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    func run() throws {
        let path: String
        let ledger: Ledger
        do {
            path = try LedgerLocation.resolve(file)
            ledger = try LedgerStore.load(path).ledger
        } catch {
            // Before curses starts: the error is plain text on stderr.
            printError("dockledger: \(error)")
            throw ExitCode(1)
        }
        do {
            try Dashboard.run(ledger: ledger, fileName: (path as NSString).lastPathComponent, asOf: Day.now(),
                              environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("dockledger: \(error.description)")
            throw ExitCode(2)
        }
    }
}
