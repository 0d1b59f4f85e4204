import ArgumentParser
import Foundation
import Model

/// Registers dockledger as the merge driver of the ledger in the current repository.
struct GitSetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "git-setup",
        abstract: "Make git merge the ledger with `dockledger merge` (.gitattributes and the repository's config).",
        discussion: """
            Adds `FILE merge=dockledger` to .gitattributes at the top of the work tree and sets \
            merge.dockledger.driver in the repository's config. Running it again changes nothing. The config is \
            local: every clone runs git-setup once; a merge git does without it (a fresh clone, a web site) leaves \
            conflict markers that `dockledger resolve` repairs.
            """)

    @OptionGroup var ledger: LedgerOption

    func run() throws {
        let path = try ledger.resolve()
        let git = Git(beside: path)
        let top: String
        do { top = try git.topLevel() } catch { throw CLIError("\(path): not in a git work tree (\(error))") }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: top).resolvingSymlinksInPath().path
        guard absolute.hasPrefix(root + "/") else { throw CLIError("\(path): outside the work tree \(top)") }
        let relative = String(absolute.dropFirst(root.count + 1))

        let attributes = top + "/.gitattributes"
        let line = "\(relative) merge=dockledger"
        let existing = (try? String(contentsOfFile: attributes, encoding: .utf8)) ?? ""
        if existing.split(separator: "\n").contains(where: { $0.trimmingCharacters(in: .whitespaces) == line }) {
            print(".gitattributes already has `\(line)`")
        } else {
            let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + line + "\n"
            do { try Data(text.utf8).write(to: URL(fileURLWithPath: attributes), options: .atomic) } catch {
                throw CLIError("\(attributes): cannot write: \(error.localizedDescription)")
            }
            print("added `\(line)` to .gitattributes (commit it so every clone uses it)")
        }

        let driver = "dockledger merge %O %A %B %P"
        let name = "ledger merged by identity (dockledger)"
        do {
            let current = try? git.text(["config", "--local", "--get", "merge.dockledger.driver"])
            if current == driver {
                print("merge.dockledger.driver is already `\(driver)`")
            } else {
                try git.run(["config", "--local", "merge.dockledger.name", name])
                try git.run(["config", "--local", "merge.dockledger.driver", driver])
                print(
                    "set merge.dockledger.driver to `\(driver)` in this repository's config (dockledger must be on PATH)"
                )
            }
        } catch { throw CLIError("\(error)") }
    }
}
