import ArgumentParser
import Foundation
import Model

/// Moves a team's Markdown ledger (the SAP-011 document) into a JSON ledger.
struct ImportMarkdownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-markdown",
        abstract: "Read a ledger document in the SAP-011 Markdown format into a new JSON ledger.",
        discussion: """
            Reads the front matter and header, the targets stated in the coverage, level, quality, security, \
            CI/CD and multi-architecture tables, the project inventory, the issue log, the maintenance log, \
            the version history and the changelog. Placeholder rows ("-", "Empty - Awaiting data") are skipped; \
            mangled emoji (UTF-8 read as Windows-1252) are repaired. Computed tables are not read: dockledger \
            computes them. Every row that cannot be read is reported as FILE:LINE on stderr.
            """)

    @Argument(help: "The Markdown ledger to read.")
    var markdown: String

    @Option(name: .shortAndLong, help: "Write the JSON ledger here (default: standard output).")
    var output: String?

    @Flag(help: "Replace the output file if it exists (the old one is kept as .bak).")
    var force = false

    @Flag(help: "Write nothing when any row could not be read.")
    var strict = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: markdown) else {
            throw CLIError(
                "\(markdown): cannot read: \(FileManager.default.fileExists(atPath: markdown) ? "permission denied or not a file" : "no such file")"
            )
        }
        let bytes = [UInt8](data)
        let text = String(validating: bytes, as: UTF8.self) ?? Mojibake.decodeWindows1252(bytes)
        let result: MarkdownImport
        do { result = try MarkdownImporter.run(text) } catch {
            printError("\(markdown): \(error.description); nothing written")
            throw ExitCode(1)
        }
        for note in result.notes { printError("\(markdown): note: \(note)") }
        for problem in result.problems { printError("\(markdown):\(problem.line): \(problem.message)") }
        if strict, !result.problems.isEmpty {
            printError(
                "\(markdown): \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") and --strict: nothing written"
            )
            throw ExitCode(1)
        }
        let l = result.ledger
        let summary =
            "\(l.projects.count) projects, \(l.issues.count) issues, \(l.targets.count) targets, "
            + "\(l.maintenance.templateUpdates.count + l.maintenance.baseImageUpdates.count) maintenance entries, "
            + "\(l.versionHistory.count) versions, \(l.changelog.count) changelog entries"
        guard let output else {
            // Validate before printing, as a save would.
            let problems = LedgerValidator.validate(l)
            if !problems.isEmpty { throw CLIError(LedgerError.invalid(file: "<stdout>", problems).description) }
            FileHandle.standardOutput.write(LedgerStore.encode(l))
            printError("\(markdown): imported \(summary)")
            return
        }
        if !force, FileManager.default.fileExists(atPath: output) {
            throw CLIError("\(output) exists; pass --force to replace it (the old file is kept as \(output).bak)")
        }
        do { try LedgerStore.save(l, to: output, createOnly: !force) } catch {
            throw CLIError(error.description)
        }
        printError("\(markdown): imported \(summary) into \(output)")
    }
}
