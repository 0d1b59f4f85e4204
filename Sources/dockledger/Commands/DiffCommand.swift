import ArgumentParser
import Foundation
import Model

/// What changed between two versions of the ledger, as a changelog.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two versions of the ledger: projects, facts, issues and metrics.",
        discussion: """
            OLD and NEW are files or git revisions of the ledger (HEAD~1, main). Default: the last commit \
            (HEAD) against the working file; with only OLD, OLD against the working file.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The older version: a file or a git revision (default: HEAD).") var old: String?
    @Argument(help: "The newer version: a file or a git revision (default: the working file).") var new: String?
    @OptionGroup var ledger: LedgerOption
    @Option(help: "text or json.") var format: Format = .text
    @Option(name: .customLong("as-of"), help: "Compute ages as of this day (YYYY-MM-DD).") var asOf: Day?

    func run() throws {
        let path = try ledgerPath()
        let before = try LedgerVersion.load(old ?? "HEAD", ledger: path)
        let after = try new.map { try LedgerVersion.load($0, ledger: path) } ?? current(path)
        let diff = LedgerDiff(old: before.ledger, new: after.ledger, asOf: asOf?.seconds ?? Day.now())
        switch format {
        case .text: print(diff.text(old: before.name, new: after.name), terminator: "")
        case .json: print(JSONWriter.string(diff.json(old: before.name, new: after.name)), terminator: "")
        }
    }

    /// Revisions need a ledger path; two files do not.
    private func ledgerPath() throws -> String {
        if let path = ledger.path { return path }
        if let old, let new, FileManager.default.fileExists(atPath: old), FileManager.default.fileExists(atPath: new) {
            return new
        }
        return try LedgerLocation.resolve(nil)
    }

    private func current(_ path: String) throws -> (ledger: Ledger, name: String) {
        do { return (try LedgerStore.load(path).ledger, path) } catch { throw CLIError(error.description) }
    }
}
