import ArgumentParser
import Foundation
import Model

/// Logging and resolving Docker issues from a script or a shell.
struct IssueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "issue",
        abstract: "Log, resolve and list Docker issues.",
        subcommands: [Log.self, Resolve.self, List.self])

    static func now() -> String { ISODate.instant(fromSeconds: Date().timeIntervalSince1970) }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "Log an issue; prints its id.",
            usage:
                "dockledger issue log \(IssueOptions.usage(.issue, required: [.category])) [<file>] [--ledger <file>] [--wait <seconds>]",
            discussion: IssueOptions.help(.issue, notes: [.openedAt: "default now"])
                + "\n\nThe seed's categories: \(Model.Issue.seedCategories.map { "\"\($0)\"" }.joined(separator: ", ")); any other is a new category."
        )

        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption
        /// The field options (from `IssueField`) and the ledger FILE.
        @Argument(parsing: .allUnrecognized, help: .hidden) var arguments: [String] = []

        func run() throws {
            let options = try IssueOptions(arguments, group: .issue, command: "log")
            guard options.positional.count <= 1 else {
                throw CLIError("unexpected argument \"\(options.positional[1])\"")
            }
            guard let category = options[.category] else { throw CLIError("--category: say what kind of problem") }
            let draft = IssueDraft(
                category: category, project: options[.project] ?? "",
                openedAt: options[.openedAt] ?? IssueCommand.now(),
                notes: options[.notes] ?? "")
            try scriptedEdit(ledger.resolve(options.positional.first), as: "dockledger issue", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                switch draft.build(id: l.nextIssueID, in: l) {
                case .failure(let errors): throw .refused(IssueOptions.problems(errors))
                case .success(let issue):
                    l.issues.append(issue)
                    return "logged issue #\(issue.id): \(issue.category)\(issue.project.map { " in \($0)" } ?? "")"
                }
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve", abstract: "Record how an issue was resolved.",
            usage:
                "dockledger issue resolve <id> \(IssueOptions.usage(.resolution, required: [.solution, .successful])) [--force] [--ledger <file>] [--wait <seconds>]",
            discussion: IssueOptions.help(
                .resolution, notes: [.successful: "one of the two is required", .resolvedAt: "default now"]))

        @Argument(help: "The issue's id.") var id: Int
        @Flag(help: "Replace the resolution of an issue that is already resolved.") var force = false
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption
        /// The field options, from `IssueField`.
        @Argument(parsing: .allUnrecognized, help: .hidden) var arguments: [String] = []

        func run() throws {
            let options = try IssueOptions(arguments, group: .resolution, command: "resolve")
            if let extra = options.positional.first { throw CLIError("unexpected argument \"\(extra)\"") }
            guard let outcome = options[.successful] else {
                throw CLIError("say whether the solution worked: --successful or --failed")
            }
            guard let solution = options[.solution] else { throw CLIError("--solution: say what was done") }
            let draft = ResolutionDraft(
                solution: solution, successful: IssueField.outcome(outcome),
                resolvedAt: options[.resolvedAt] ?? IssueCommand.now())
            try scriptedEdit(ledger.resolve(), as: "dockledger issue", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.issues.firstIndex(where: { $0.id == id }) else { throw .refused("no issue #\(id)") }
                let issue = l.issues[index]
                if let earlier = issue.resolvedAt, !force {
                    // Never silently: the earlier solution, outcome and time would be lost.
                    let how = issue.successful.map { $0 ? "successful" : "failed" } ?? "outcome unknown"
                    throw .refused(
                        "issue #\(id) was already resolved at \(earlier) (\(how)): \"\(issue.solution ?? "")\"; "
                            + "add --force to replace that resolution")
                }
                switch draft.resolve(issue) {
                case .failure(let errors): throw .refused(IssueOptions.problems(errors))
                case .success(let resolved):
                    l.issues[index] = resolved
                    return "resolved issue #\(id) (\(resolved.successful == true ? "successful" : "failed"))"
                }
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List issues, newest first.")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Argument(help: "The ledger file (default: data/ledger.json).") var file: String?
        @Flag(help: "Only issues not yet resolved.") var open = false
        @Option(help: "Only the issues of this project (case-insensitive).") var project: String?
        @Option(help: "Only the issues of this category (case-insensitive).") var category: String?
        @Option(help: "text: a table; json: the issues as the ledger file holds them.") var format: Format = .text
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption

        func run() throws {
            let path = try ledger.resolve(file)
            let issues = try LedgerStore.load(path).ledger.issues
                .filter { !open || $0.isOpen }
                .filter { i in project.map { i.project?.lowercased() == $0.lowercased() } ?? true }
                .filter { i in category.map { i.category.lowercased() == $0.lowercased() } ?? true }
                .sorted { (ISODate.seconds($0.openedAt) ?? 0, $0.id) > (ISODate.seconds($1.openedAt) ?? 0, $1.id) }
            if format == .json {
                let json = JSONWriter.string(.array(issues.map(\.json)))
                print(json, terminator: json.hasSuffix("\n") ? "" : "\n")
                return
            }
            var table = TextTable(
                ["#", "Category", "Project", "Opened", "Resolved", "Outcome", "Solution"],
                alignments: [.right, .left, .left, .left, .left, .left, .left])
            for issue in issues {
                let outcome = issue.isOpen ? "open" : issue.successful.map { $0 ? "successful" : "failed" } ?? "-"
                table.add([
                    String(issue.id), issue.category, issue.project ?? "-", issue.openedAt, issue.resolvedAt ?? "-",
                    outcome, issue.solution ?? "",
                ])
            }
            let filtered = open || project != nil || category != nil
            print(issues.isEmpty ? (filtered ? "no issues match" : "no issues") : table.render(indent: ""))
        }
    }
}
