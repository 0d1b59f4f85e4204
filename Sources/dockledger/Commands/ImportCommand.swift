import ArgumentParser
import Foundation
import Model

extension ScannerKind: ExpressibleByArgument {}

/// `dockledger import trivy|grype|inspect|hadolint FILE --project NAME`: the output of a tool a
/// team already runs, read into one project's facts with their source.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read Trivy, Grype, docker image inspect or hadolint JSON output into a project.",
        discussion: """
            trivy: `trivy image -f json` → vulnerabilities. grype: `grype -o json` → vulnerabilities. \
            inspect: `docker image inspect` → imageSizeMB, layers, nonRoot, healthcheck, platforms. \
            hadolint: `hadolint -f json` → lint counts (DL3002 sets nonRoot false). \
            Values set by hand are kept unless --overwrite-manual. The rules are in docs/SCAN.md.
            """)

    @Argument(help: "trivy, grype, inspect or hadolint.") var kind: ScannerKind
    @Argument(help: "The tool's JSON output; - reads standard input.") var file: String
    @Option(help: "The project the image belongs to.") var project: String
    @Option(help: "inspect: the image whose RepoTags include this tag (default: the first).") var image: String?
    @Flag(help: "Replace values set by hand (marked manual).") var overwriteManual = false
    @OptionGroup var ledger: LedgerOption
    @OptionGroup var wait: WaitOption
    @Option(name: .customLong("as-of"), help: .hidden) var asOf: Day?

    func run() throws {
        let day = ISODate.day(fromSeconds: asOf?.seconds ?? Day.now())
        let data: Data
        let name: String
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
            name = "stdin"
        } else {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw CLIError("\(file): cannot read (no such file?)")
            }
            data = contents
            name = URL(fileURLWithPath: file).lastPathComponent
        }
        let path = try ledger.resolve()
        let (kind, project, image, overwrite) = (kind, project, image, overwriteManual)
        try scriptedEdit(path, as: "dockledger import", wait: wait) {
            (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
            guard let index = l.projectIndex(named: project) else { throw .refused("no project named \"\(project)\"") }
            var target = l.projects[index]
            let facts: [Fact]
            do {
                facts = try ScannerOutput.facts(kind, data: data, file: name, image: image, today: day, current: target)
            } catch { throw .refused(String(describing: error)) }
            let outcome = FactApplier.apply(
                facts, to: &target, origin: kind.origin, day: day, overwriteManual: overwrite)
            l.projects[index] = target
            var lines = ["imported \(kind.rawValue) \(name) into \(target.name)"]
            lines += outcome.changes.map { "  \($0.field.label): \($0.old?.description ?? "unknown") → \($0.new)" }
            lines += outcome.kept.map { "  \($0)" }
            if outcome.changes.isEmpty && outcome.kept.isEmpty { lines.append("  no changes") }
            return lines.map { TerminalSafeText.visible($0) }.joined(separator: "\n")
        }
    }
}
