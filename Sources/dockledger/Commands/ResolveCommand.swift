import ArgumentParser
import Foundation
import Model

/// Repairs a ledger git merged line by line: merges git's three index stages by identity.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract:
            "Rebuild a ledger left with git conflict markers from the merge's three versions, merged by identity.",
        discussion: """
            Reads the common ancestor, ours and theirs from git's index (stages 1, 2 and 3), merges them as \
            `dockledger merge` does and writes the result over FILE. Exit 1 when conflicts remain (pick them in the \
            dashboard); then `git add FILE`.
            """)

    @Argument(help: "The ledger file (default: data/ledger.json).") var file: String?
    @OptionGroup var ledger: LedgerOption

    func run() throws {
        let path = try ledger.resolve(file)
        let git = Git(beside: path)
        let name = (path as NSString).lastPathComponent
        func stage(_ n: Int) throws -> Data? {
            do { return try git.show(":\(n)", name) } catch {
                if n == 1 { return nil } // no common ancestor: both sides added the file
                throw CLIError("\(path): no stage \(n) in git's index; is a merge of this file in progress? (\(error))")
            }
        }
        let ours = try stage(2)
        let theirs = try stage(3)
        let base = try stage(1) ?? Data()
        let result: LedgerMerge.FileResult
        do {
            result = try LedgerMerge.merge(
                base: base, ours: ours ?? Data(), theirs: theirs ?? Data(),
                names: ("\(path) (:1: base)", "\(path) (:2: ours)", "\(path) (:3: theirs)"))
        } catch { throw CLIError("\(error)") }
        do { try LedgerStore.save(result.ledger, to: path) } catch { throw CLIError(error.description) }
        report(result, name: path)
        if result.conflicts.isEmpty {
            print("\(path): merged by identity; `git add \(path)` to mark it resolved")
        } else {
            throw ExitCode(1)
        }
    }
}
