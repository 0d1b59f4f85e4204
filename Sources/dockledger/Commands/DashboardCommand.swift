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

    @OptionGroup var ledger: LedgerOption

    @Flag(name: .customLong("read-only"), help: "Open without taking the write lock; nothing can be edited.")
    var readOnly = false

    func run() throws {
        let path: String
        let loaded: LoadedLedger
        do {
            path = try ledger.resolve(file)
            loaded = try LedgerStore.load(path)
        } catch {
            // Before curses starts: the error is plain text on stderr.
            printError("dockledger: \(error)")
            throw ExitCode(1)
        }
        // One writer at a time: hold the lock for as long as the dashboard is open.
        var lock: LedgerLock?
        var readOnlyReason: String?
        var notice: String?
        if readOnly {
            readOnlyReason = "opened with --read-only"
        } else if loaded.ledger.isNewerFormat {
            readOnlyReason = "written by a newer dockledger (formatVersion \(loaded.ledger.formatVersion))"
        } else {
            do {
                lock = try LedgerLock.acquire(for: path, command: "dockledger dashboard")
                if let stale = lock?.tookOverFrom {
                    notice = "took over the lock left by process \(stale.pid) (\(stale.command)), which is gone"
                }
            } catch {
                switch error {
                case .heldBy(let holder, _):
                    // "dockledger dashboard" reads as "dashboard" in a status bar that says dockledger.
                    let what = holder.map {
                        "pid \($0.pid) (" + $0.command.replacingOccurrences(of: "dockledger ", with: "") + ")"
                    }
                    readOnlyReason = "locked by " + (what ?? "another process")
                case .cannotLock(_, let reason):
                    readOnlyReason = "cannot lock the file (\(reason))"
                }
            }
        }
        // The box is the only holder, so lending the lock really releases it.
        let setup = DashboardSetup(
            path: path, loaded: loaded, readOnlyReason: readOnlyReason, notice: notice, lock: HeldLock(lock))
        lock = nil
        let endedBy: Int32?
        do {
            endedBy = try Dashboard.run(setup, environment: ProcessInfo.processInfo.environment)
        } catch {
            printError("dockledger: \(error.description)")
            throw ExitCode(2)
        }
        // Ended by TERM, HUP or INT after saving: the shell's convention for a signal's exit.
        if let signal = endedBy { throw ExitCode(128 + signal) }
    }
}
