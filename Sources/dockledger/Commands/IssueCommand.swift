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

    /// Refuses an issue that does not validate, with the reasons.
    static func check(_ issue: Model.Issue) throws(ScriptedEdit.Failure) {
        let problems = LedgerValidator.validate(issue, at: JSONPath("issue"))
        if !problems.isEmpty {
            let options = [
                "issue.openedAt": "--opened-at", "issue.resolvedAt": "--resolved-at", "issue.category": "--category",
            ]
            throw .refused(problems.map { p in "\(options[p.path] ?? p.path): \(p.message)" }.joined(separator: "\n"))
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "Log an issue; prints its id.",
            discussion:
                "The seed's categories: \(Model.Issue.seedCategories.map { "\"\($0)\"" }.joined(separator: ", ")); any other is a new category."
        )

        @Option(help: "What kind of problem.") var category: String
        @Option(help: "The project it happened in (a name from the inventory).") var project: String?
        @Option(help: "Free text.") var notes: String?
        @Option(name: .customLong("opened-at"), help: "When it happened (ISO 8601; default now).") var openedAt: String?
        @Argument(help: "The ledger file (default: data/ledger.json).") var file: String?
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption

        func run() throws {
            try scriptedEdit(ledger.resolve(file), as: "dockledger issue", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                var projectName: String?
                if let project {
                    guard let known = l.project(named: project) else {
                        throw .refused("--project: no project named \"\(project)\"")
                    }
                    projectName = known.name
                }
                let issue = Model.Issue(
                    id: l.nextIssueID, category: category.trimmingCharacters(in: .whitespaces), project: projectName,
                    openedAt: openedAt ?? IssueCommand.now(), notes: notes)
                try IssueCommand.check(issue)
                l.issues.append(issue)
                return "logged issue #\(issue.id): \(issue.category)\(projectName.map { " in \($0)" } ?? "")"
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resolve", abstract: "Record how an issue was resolved.",
            usage:
                "dockledger issue resolve <id> --solution <solution> (--successful | --failed) [--resolved-at <resolved-at>] [--force] [--ledger <file>]"
        )

        @Argument(help: "The issue's id.") var id: Int
        @Option(help: "What was done.") var solution: String
        @Flag(exclusivity: .exclusive, help: "Whether the solution worked: one of the two is required.") var outcome:
            Outcome?
        @Option(name: .customLong("resolved-at"), help: "When (ISO 8601; default now).") var resolvedAt: String?
        @Flag(help: "Replace the resolution of an issue that is already resolved.") var force = false
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption

        enum Outcome: EnumerableFlag {
            case successful, failed
        }

        func validate() throws {
            if outcome == nil { throw ValidationError("say whether the solution worked: --successful or --failed") }
            if solution.trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("--solution: say what was done")
            }
        }

        func run() throws {
            let outcome = self.outcome ?? .successful
            try scriptedEdit(ledger.resolve(), as: "dockledger issue", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.issues.firstIndex(where: { $0.id == id }) else { throw .refused("no issue #\(id)") }
                var issue = l.issues[index]
                if let earlier = issue.resolvedAt, !force {
                    // Never silently: the earlier solution, outcome and time would be lost.
                    let how = issue.successful.map { $0 ? "successful" : "failed" } ?? "outcome unknown"
                    throw .refused(
                        "issue #\(id) was already resolved at \(earlier) (\(how)): \"\(issue.solution ?? "")\"; "
                            + "add --force to replace that resolution")
                }
                issue.resolvedAt = resolvedAt ?? IssueCommand.now()
                issue.solution = solution
                issue.successful = outcome == .successful
                try IssueCommand.check(issue)
                l.issues[index] = issue
                return "resolved issue #\(id) (\(outcome == .successful ? "successful" : "failed"))"
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
