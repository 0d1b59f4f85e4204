import ArgumentParser
import Foundation
import Model

/// The git merge driver: a three-way merge of ledger files by identity, written over OURS.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge two versions of a ledger with their common ancestor, by identity (a git merge driver).",
        discussion: """
            Projects match by name, issues by id, targets and assumptions by key, log entries and history by \
            content and date; each field merges on its own. The result is written over OURS. Fields both sides \
            changed differently keep ours and are listed under "conflicts"; then the exit status is 1, so git \
            marks the file conflicted. `dockledger git-setup` registers this as the repository's merge driver.
            """)

    @Argument(help: "The common ancestor (git's %O; an empty file when there is none).") var base: String
    @Argument(help: "Our version, overwritten with the result (git's %A).") var ours: String
    @Argument(help: "Their version (git's %B).") var theirs: String
    @Argument(help: "The ledger's path in the repository, for messages (git's %P).") var path: String?

    func run() throws {
        let name = path ?? ours
        let result: LedgerMerge.FileResult
        do {
            result = try LedgerMerge.merge(
                base: try read(base), ours: try read(ours), theirs: try read(theirs),
                names: ("\(name) (base)", "\(name) (ours)", "\(name) (theirs)"))
        } catch let error as LedgerMerge.FileFailure {
            printError("dockledger merge: \(name): \(error)")
            throw ExitCode(2)
        }
        do { try LedgerStore.writeMerged(result.ledger, to: ours) } catch {
            printError("dockledger merge: \(error)")
            throw ExitCode(2)
        }
        report(result, name: name)
        if !result.conflicts.isEmpty { throw ExitCode(1) }
    }

    private func read(_ file: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            printError("dockledger merge: cannot read \(file): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}

/// Tells what a merge did: renumbered issues, and each conflict with how to settle it.
func report(_ result: LedgerMerge.FileResult, name: String) {
    for (from, to) in result.renumberedIssues {
        printError("\(name): their issue \(from) is now issue \(to) (both sides logged an issue \(from))")
    }
    guard !result.conflicts.isEmpty else { return }
    for c in result.conflicts {
        printError(
            "\(name): conflict at \(c.path): base \(shown(c.base)), ours \(shown(c.ours)), theirs \(shown(c.theirs)) (ours kept)"
        )
    }
    printError(
        "\(name): \(result.conflicts.count) conflict\(result.conflicts.count == 1 ? "" : "s"); pick each in the dashboard (`dockledger \(name)`), then `git add \(name)`"
    )
}

/// A side's value in one line; an absent side is "(none)".
func shown(_ value: JSONValue?) -> String {
    value.map(JSONWriter.compact) ?? "(none)"
}
