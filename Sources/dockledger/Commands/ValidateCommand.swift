import ArgumentParser
import Model

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a ledger file; exit 1 listing every problem with its place.")

    @Argument(help: "The ledger file (default: data/ledger.json).")
    var file: String?

    @OptionGroup var ledger: LedgerOption

    @Flag(
        help:
            "When valid, rewrite the file in canonical form (sorted keys, two-space indents) so hand edits diff cleanly."
    )
    var rewrite = false

    func run() throws {
        let file = try self.ledger.resolve(self.file)
        let ledger: Ledger
        do {
            ledger = try LedgerStore.load(file).ledger
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
        if !ledger.conflicts.isEmpty {
            printError(unresolvedConflicts(ledger.conflicts, in: file))
            throw ExitCode(1)
        }
        // A newer format may have rules this version does not know: it cannot vouch for it.
        if ledger.isNewerFormat {
            printError(
                "\(file): formatVersion \(ledger.formatVersion) is newer than this dockledger knows (\(Ledger.currentFormatVersion)); cannot validate it (upgrade dockledger)"
            )
            throw ExitCode(1)
        }
        let warnings = ProjectCascade.orphanWarnings(in: ledger)
        for warning in warnings { printError("warning: " + warning) }
        print(
            "\(file): valid (\(ledger.projects.count) projects, \(ledger.issues.count) issues"
                + (warnings.isEmpty ? ")" : ", \(warnings.count) warning\(warnings.count == 1 ? "" : "s"))"))
        guard rewrite else { return }
        do {
            print(
                try ScriptedEdit.run(on: file, command: "dockledger validate --rewrite", rewritingAll: true) {
                    _ throws(ScriptedEdit.Failure) in
                    "\(file): rewritten in canonical form"
                })
        } catch {
            throw CLIError(error.description)
        }
    }
}
