import Foundation

/// The issue form's text before it becomes an issue: category, project, when, notes.
public struct IssueDraft: Equatable, Sendable {
    public var category: String
    /// Empty: not tied to a project.
    public var project: String
    public var openedAt: String
    public var notes: String

    /// A draft that logs at once with the defaults: the first category, no project, now.
    public init(category: String = Issue.seedCategories[0], project: String = "", openedAt: String, notes: String = "")
    {
        self.category = category
        self.project = project
        self.openedAt = openedAt
        self.notes = notes
    }

    public init(editing issue: Issue) {
        self.init(
            category: issue.category, project: issue.project ?? "", openedAt: issue.openedAt, notes: issue.notes ?? "")
    }

    /// The issue (keeping the rest of `base`, e.g. its resolution), or the reason per field:
    /// `category`, `project`, `openedAt`, `resolvedAt`.
    public func build(id: Int, base: Issue? = nil, in ledger: Ledger) -> Result<Issue, FieldErrors<IssueField.ID>> {
        var issue = base ?? Issue(id: id, category: "", openedAt: "")
        issue.id = id
        issue.category = category.trimmingCharacters(in: .whitespaces)
        issue.openedAt = openedAt.trimmingCharacters(in: .whitespaces)
        let trimmedNotes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        issue.notes = trimmedNotes.isEmpty ? (base?.notes == nil ? nil : "") : notes
        var errors: [IssueField.ID: String] = [:]
        let name = project.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            issue.project = nil
        } else if let known = ledger.project(named: name) {
            issue.project = known.name
        } else if name == base?.project {
            issue.project = name // a project since deleted keeps its old issues
        } else {
            errors[.project] = "no project named \"\(name)\""
        }
        return IssueDraft.check(issue, errors)
    }

    static func check(_ issue: Issue, _ known: [IssueField.ID: String]) -> Result<Issue, FieldErrors<IssueField.ID>> {
        var errors = known
        for problem in LedgerValidator.validate(issue, at: JSONPath("issue")) {
            // The only key that is no field is the id, which the ledger hands out: should it ever
            // be wrong, the reason still refuses the draft, shown on the first field.
            guard let field = IssueField.forDiagnosticPath(problem.path)?.id else {
                errors[.category] = errors[.category] ?? "\(problem.path.dropFirst("issue.".count)) \(problem.message)"
                continue
            }
            errors[field] = errors[field] ?? problem.message
        }
        return errors.isEmpty ? .success(issue) : .failure(FieldErrors(byField: errors))
    }
}

/// The resolve form: what was done, whether it worked, when.
public struct ResolutionDraft: Equatable, Sendable {
    public var solution: String
    /// nil: not known (kept when editing an old issue that never said).
    public var successful: Bool?
    public var resolvedAt: String

    public init(solution: String = "", successful: Bool? = true, resolvedAt: String) {
        self.solution = solution
        self.successful = successful
        self.resolvedAt = resolvedAt
    }

    /// The resolved issue, or the reason per field: `solution`, `resolvedAt`.
    public func resolve(_ issue: Issue) -> Result<Issue, FieldErrors<IssueField.ID>> {
        var resolved = issue
        resolved.solution = solution.trimmingCharacters(in: .whitespaces)
        resolved.successful = successful
        resolved.resolvedAt = resolvedAt.trimmingCharacters(in: .whitespaces)
        var errors: [IssueField.ID: String] = [:]
        if resolved.solution?.isEmpty ?? true { errors[.solution] = "say what was done" }
        return IssueDraft.check(resolved, errors)
    }
}

extension Ledger {
    /// The categories a form offers: the seed's five, then those already used, in first use order.
    public var issueCategories: [String] {
        var seen = Set(Issue.seedCategories)
        var result = Issue.seedCategories
        for issue in issues where seen.insert(issue.category).inserted { result.append(issue.category) }
        return result
    }

    /// Earlier solutions of a category, most used first, to suggest when resolving.
    public func solutions(forCategory category: String) -> [String] {
        var uses: [String: Int] = [:]
        for issue in issues where issue.category == category {
            guard let solution = issue.solution?.trimmingCharacters(in: .whitespaces), !solution.isEmpty else {
                continue
            }
            uses[solution, default: 0] += 1
        }
        return uses.keys.sorted { (uses[$0]!, $1) > (uses[$1]!, $0) }
    }

    /// Project names starting with (then containing) `text`, case-insensitively, for type-ahead.
    public func projectNames(matching text: String, limit: Int = 8) -> [String] {
        let needle = text.lowercased()
        if needle.isEmpty { return Array(projects.prefix(limit).map(\.name)) }
        var prefixed: [String] = []
        var containing: [String] = []
        for project in projects {
            let name = project.name.lowercased()
            if name.hasPrefix(needle) {
                prefixed.append(project.name)
            } else if name.contains(needle) {
                containing.append(project.name)
            }
            if prefixed.count >= limit { break }
        }
        return Array((prefixed + containing).prefix(limit))
    }
}
