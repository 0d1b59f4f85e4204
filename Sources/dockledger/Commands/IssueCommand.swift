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
            let options = ["issue.openedAt": "--opened-at", "issue.resolvedAt": "--resolved-at", "issue.category": "--category"]
            throw .refused(problems.map { p in "\(options[p.path] ?? p.path): \(p.message)" }.joined(separator: "\n"))
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log", abstract: "Log an issue; prints its id.",
            discussion: "The seed's categories: \(Model.Issue.seedCategories.map { "\"\($0)\"" }.joined(separator: ", ")); any other is a new category.")

        @Option(help: "What kind of problem.") var category: String
        @Option(help: "The project it happened in (a name from the inventory).") var project: String?
        @Option(help: "Free text.") var notes: String?
        @Option(name: .customLong("opened-at"), help: "When it happened (ISO 8601; default now).") var openedAt: String?
        @Option(help: "The ledger file (default: data/ledger.json).") var ledger: String?

        func run() throws {
            try scriptedEdit(ledger, as: "dockledger issue") { (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                var projectName: String?
                if let project {
                    guard let known = l.project(named: project) else { throw .refused("--project: no project named \"\(project)\"") }
                    projectName = known.name
                }
                let issue = Model.Issue(id: l.nextIssueID, category: category.trimmingCharacters(in: .whitespaces), project: projectName,
                                        openedAt: openedAt ?? IssueCommand.now(), notes: notes)
                try IssueCommand.check(issue)
                l.issues.append(issue)
                return "logged issue #\(issue.id): \(issue.category)\(projectName.map { " in \($0)" } ?? "")"
            }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resolve", abstract: "Record how an issue was resolved.")

        @Argument(help: "The issue's id.") var id: Int
        @Option(help: "What was done.") var solution: String
        @Flag(exclusivity: .exclusive, help: "Whether the solution worked.") var outcome: Outcome
        @Option(name: .customLong("resolved-at"), help: "When (ISO 8601; default now).") var resolvedAt: String?
        @Option(help: "The ledger file (default: data/ledger.json).") var ledger: String?

        enum Outcome: EnumerableFlag {
            case successful, failed
        }

        func run() throws {
            try scriptedEdit(ledger, as: "dockledger issue") { (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.issues.firstIndex(where: { $0.id == id }) else { throw .refused("no issue #\(id)") }
                var issue = l.issues[index]
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

        @Flag(help: "Only issues not yet resolved.") var open = false
        @Option(help: "The ledger file (default: data/ledger.json).") var ledger: String?

        func run() throws {
            let path = try LedgerLocation.resolve(ledger)
            let issues = try LedgerStore.load(path).ledger.issues
                .filter { !open || $0.isOpen }
                .sorted { (ISODate.seconds($0.openedAt) ?? 0, $0.id) > (ISODate.seconds($1.openedAt) ?? 0, $1.id) }
            var table = TextTable(["#", "Category", "Project", "Opened", "Resolved", "Outcome", "Solution"],
                                  alignments: [.right, .left, .left, .left, .left, .left, .left])
            for issue in issues {
                let outcome = issue.isOpen ? "open" : issue.successful.map { $0 ? "successful" : "failed" } ?? "-"
                table.add([String(issue.id), issue.category, issue.project ?? "-", issue.openedAt, issue.resolvedAt ?? "-",
                           outcome, issue.solution ?? ""])
            }
            print(issues.isEmpty ? (open ? "no open issues" : "no issues") : table.render(indent: ""))
        }
    }
}
