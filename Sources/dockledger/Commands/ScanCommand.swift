import ArgumentParser
import Foundation
import Model

/// `dockledger scan`: reads Dockerfiles, compose files and CI workflows of repositories and
/// writes the facts they state into the ledger, with where each came from.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Fill the ledger from repositories: Dockerfiles, compose files and CI workflows.",
        discussion: """
            Each PATH is a repository or a folder of repositories (each immediate subfolder that is one). \
            The project is the one whose repository is that folder, else the one named like the folder, \
            else a new one. Values set by hand are kept unless --overwrite-manual. Nothing in the files is run. \
            The rules are in docs/SCAN.md.
            """)

    @Argument(help: "Repositories or folders of repositories.") var paths: [String]
    @Option(help: "The project to fill (only with a single repository PATH).") var project: String?
    @OptionGroup var ledger: LedgerOption
    @OptionGroup var wait: WaitOption
    @Flag(help: "Print what would change; write nothing.") var dryRun = false
    @Option(help: "Output: text (a summary of changes) or json (every fact with its source).") var format: ScanFormat =
        .text
    @Flag(help: "Replace values set by hand (marked manual) with what the files say.") var overwriteManual = false
    @Option(name: .customLong("as-of"), help: .hidden) var asOf: Day?

    enum ScanFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let day = ISODate.day(fromSeconds: asOf?.seconds ?? Day.now())
        var folders: [(folder: String, boundary: String)] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CLIError("\(path): not a folder")
            }
            let boundary = URL(fileURLWithPath: path).standardizedFileURL.path
            for folder in LedgerScan.repositories(at: path) where !folders.contains(where: { $0.folder == folder }) {
                folders.append((folder, boundary))
            }
        }
        if project != nil, folders.count != 1 {
            throw CLIError(
                "--project names one project; \(paths.joined(separator: " ")) holds \(folders.count) repositories")
        }
        let repositories = LedgerScan.read(folders, progress: Progress.line(total: folders.count))
        Progress.clear()

        // A named ledger that does not exist yet is created: one command fills a new ledger.
        let path = ledger.path ?? LedgerLocation.defaultPath
        if !FileManager.default.fileExists(atPath: path) {
            guard ledger.path != nil else {
                _ = try ledger.resolve()
                return
            }
            if !dryRun {
                do { try LedgerStore.save(Ledger.new(today: day), to: path, createOnly: true) } catch {
                    throw CLIError(error.description)
                }
            }
        }
        let render = { (scans: [ProjectScan]) -> String in
            switch format {
            // Names and values come from the repositories: drawn with control characters visible.
            case .text:
                TerminalSafeText.visible(ScanReport.text(scans, dryRun: dryRun), keepingLineBreaks: true)
                    .trimmingCharacters(in: .newlines)
            case .json: JSONWriter.string(ScanReport.json(scans, dryRun: dryRun)).trimmingCharacters(in: .newlines)
            }
        }
        if dryRun {
            var l: Ledger
            do {
                l =
                    FileManager.default.fileExists(atPath: path)
                    ? try LedgerStore.load(path).ledger : Ledger.new(today: day)
            } catch {
                throw CLIError(error.description)
            }
            print(
                render(
                    LedgerScan.apply(
                        repositories, to: &l, projectName: project, day: day, overwriteManual: overwriteManual)))
            return
        }
        try scriptedEdit(path, as: "dockledger scan", wait: wait) {
            (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
            render(
                LedgerScan.apply(repositories, to: &l, projectName: project, day: day, overwriteManual: overwriteManual)
            )
        }
    }
}

/// A one-line progress count on stderr while a long command runs, only on a terminal.
enum Progress {
    static func line(total: Int) -> @Sendable (Int) -> Void {
        guard isatty(STDERR_FILENO) == 1, total > 1 else { return { _ in } }
        return { done in
            if done == total || done % 10 == 0 {
                FileHandle.standardError.write(Data("\rscanning \(done)/\(total) repositories".utf8))
            }
        }
    }

    static func clear() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
