import ArgumentParser
import Model

/// Scripted inventory edits, so a CI job can record its own facts. Same validation, locking
/// and crash-safe save as the dashboard.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project",
        abstract: "Add, change or remove a project from a script.",
        subcommands: [Add.self, Set.self, Rename.self, Remove.self])

    /// `--help` text listing every field option, generated from the field table.
    static let fieldHelp: String = {
        var lines = ["FIELDS (give any number; an empty value makes a field unknown):"]
        for group in ProjectField.Group.allCases {
            lines.append("  \(group.rawValue):")
            for field in ProjectField.all where field.group == group && field.id != .name {
                let option = "    --\(field.option) \(valueHint(field.kind))"
                lines.append(
                    option.padding(toLength: max(44, option.count + 2), withPad: " ", startingAt: 0) + field.label)
            }
        }
        return lines.joined(separator: "\n")
    }()

    private static func valueHint(_ kind: ProjectField.Kind) -> String {
        switch kind {
        case .text, .requiredText: "<text>"
        case .day: "<YYYY-MM-DD>"
        case .choice(let options): "<" + options.filter { !$0.isEmpty }.joined(separator: "|") + ">"
        case .flag: "<yes|no>"
        case .number: "<number>"
        case .wholeNumber: "<count>"
        case .rate: "<0-1|NN%>"
        case .list: "<a,b,...>"
        }
    }

    /// Applies `--option value` pairs to a project. Returns the changed fields and every
    /// problem found, so the user sees them all at once.
    static func apply(_ arguments: [String], to project: inout Project) -> (
        changed: [ProjectFieldID], problems: [String]
    ) {
        var problems: [String] = []
        var changed: [ProjectFieldID] = []
        var saidNoDocker = false
        var dockerFacts: [String] = []
        var i = 0
        while i < arguments.count {
            let argument = arguments[i]
            guard argument.hasPrefix("--") else {
                problems.append("unexpected argument \"\(argument)\"")
                i += 1
                continue
            }
            var option = String(argument.dropFirst(2))
            var value: String
            if let eq = option.firstIndex(of: "=") {
                value = String(option[option.index(after: eq)...])
                option = String(option[..<eq])
            } else if i + 1 < arguments.count {
                value = arguments[i + 1]
                i += 1
            } else {
                problems.append("--\(option) needs a value")
                break
            }
            i += 1
            guard let field = ProjectField.forOption(option) else {
                problems.append("unknown field --\(option) (see `dockledger project set --help`)")
                continue
            }
            if value == "unknown" { value = "" }
            do {
                try field.set(value, in: &project)
                changed.append(field.id)
                if field.id == .usesDocker, project.docker == nil { saidNoDocker = true }
                if field.needsDocker, !value.isEmpty { dockerFacts.append("--" + field.option) }
            } catch {
                problems.append("--\(option): \(error.reason)")
            }
        }
        // A later Docker fact would quietly bring the Docker group back.
        if saidNoDocker, !dockerFacts.isEmpty {
            problems.append("--docker no: a project without Docker has no \(dockerFacts.joined(separator: ", "))")
        }
        return (changed, problems)
    }

    /// Fields given on the command line are a person's (or their CI job's) values: marked
    /// `manual` so scans and imports keep them; a field made unknown loses its source.
    static func markManual(_ fields: [ProjectFieldID], in project: inout Project) {
        let day = ISODate.day(fromSeconds: Day.now())
        for id in fields where id != .name {
            let known = !ProjectField[id].text(of: project).isEmpty
            project.sources[id.path] = known ? FactSource(from: .manual, at: day) : nil
        }
    }

    /// Validates the changed project; refuses with the option problems and every field that is
    /// wrong, named by its option.
    static func check(_ project: Project, in ledger: Ledger, at index: Int?, optionProblems: [String])
        throws(ScriptedEdit.Failure)
    {
        var lines = optionProblems
        if case .failure(let errors) = ProjectDraft(editing: project).build(in: ledger, replacing: index) {
            // In the order of the fields' paths, as before they were typed.
            lines += errors.byField.sorted { $0.key.path < $1.key.path }.map { id, reason in
                "\(id == .name ? "NAME" : "--" + ProjectField[id].option): \(reason)"
            }
        }
        if !lines.isEmpty { throw .refused(lines.joined(separator: "\n")) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a project.", discussion: ProjectCommand.fieldHelp)

        @Argument(help: "The project's name (unique, case-insensitive).") var name: String
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption
        @Argument(parsing: .allUnrecognized, help: .hidden) var fields: [String] = []

        func run() throws {
            var project = Project(name: name)
            let (changed, problems) = ProjectCommand.apply(fields, to: &project)
            ProjectCommand.markManual(changed, in: &project)
            try scriptedEdit(ledger.resolve(), as: "dockledger project", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                try ProjectCommand.check(project, in: l, at: nil, optionProblems: problems)
                l.projects.append(project)
                return "added \(project.name) (level \(AdoptionLevel.of(project)))"
            }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Change fields of a project.", discussion: ProjectCommand.fieldHelp)

        @Argument(help: "The project's name.") var name: String
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption
        @Argument(parsing: .allUnrecognized, help: .hidden) var fields: [String] = []

        func run() throws {
            guard !fields.isEmpty else { throw CLIError("nothing to set; give field options (see --help)") }
            try scriptedEdit(ledger.resolve(), as: "dockledger project", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.projectIndex(named: name) else { throw .refused("no project named \"\(name)\"") }
                var project = l.projects[index]
                let (changed, problems) = ProjectCommand.apply(fields, to: &project)
                ProjectCommand.markManual(changed, in: &project)
                try ProjectCommand.check(project, in: l, at: index, optionProblems: problems)
                // A new --name renames the project in its issues too.
                ProjectCascade.replace(index, with: project, in: l).apply(to: &l)
                return
                    "changed \(project.name): \(changed.map(\.path).joined(separator: ", ")) (level \(AdoptionLevel.of(project)))"
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rename", abstract: "Rename a project, and in the issues that name it.")

        @Argument(help: "The project's name now.") var old: String
        @Argument(help: "Its new name (unique, case-insensitive).") var new: String
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption

        func run() throws {
            try scriptedEdit(ledger.resolve(), as: "dockledger project", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.projectIndex(named: old) else { throw .refused("no project named \"\(old)\"") }
                var project = l.projects[index]
                let was = project.name
                project.name = new
                try ProjectCommand.check(project, in: l, at: index, optionProblems: [])
                let issues = ProjectCascade.issues(of: was, in: l).count
                ProjectCascade.replace(index, with: project, in: l).apply(to: &l)
                return "renamed \(was) to \(project.name) (and in \(issues) issue\(issues == 1 ? "" : "s"))"
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm", abstract: "Remove a project.",
            discussion:
                "A project that issues name needs --issues keep (they stay, marked \"(deleted project)\") or --issues delete."
        )

        enum IssuesChoice: String, ExpressibleByArgument, CaseIterable {
            case keep, delete
        }

        @Argument(help: "The project's name.") var name: String
        @Option(help: "What becomes of the issues that name the project: keep or delete.") var issues: IssuesChoice?
        @OptionGroup var ledger: LedgerOption
        @OptionGroup var wait: WaitOption

        func run() throws {
            try scriptedEdit(ledger.resolve(), as: "dockledger project", wait: wait) {
                (l: inout Ledger) throws(ScriptedEdit.Failure) -> String in
                guard let index = l.projectIndex(named: name) else { throw .refused("no project named \"\(name)\"") }
                let removed = l.projects[index].name
                if let count = ProjectCascade.issueCount(of: removed, in: l), issues == nil {
                    throw .refused(
                        "\(removed) has \(count): say --issues keep (marked \"(deleted project)\") or --issues delete")
                }
                ProjectCascade.delete(index, issuesOf: issues == .delete ? .delete : .keep, in: l).apply(to: &l)
                return "removed \(removed)"
                    + (issues.map { $0 == .keep ? ", kept its issues" : " and its issues" } ?? "")
            }
        }
    }
}
