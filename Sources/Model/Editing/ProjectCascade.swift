/// Edits to a project that keep its issues attached: a rename renames it in its issues, a
/// delete deletes its issues or keeps them marked as belonging to a deleted project. Each is
/// one undoable edit, used by the dashboard and the command line alike.
public enum ProjectCascade {
    /// What a deleted project's issues become.
    public enum IssuesOfDeleted: Sendable {
        /// Kept, their project shown as "NAME (deleted project)".
        case keep
        case delete
    }

    /// The mark a kept issue of a deleted project carries in its project field.
    public static func deletedMark(_ name: String) -> String { name + " (deleted project)" }

    /// The indices of the issues that name the project (case-insensitive, as names are unique).
    public static func issues(of name: String, in ledger: Ledger) -> [Int] {
        let key = name.lowercased()
        return ledger.issues.indices.filter { ledger.issues[$0].project?.lowercased() == key }
    }

    /// Warnings, not errors: issues whose project is not in the inventory (a project deleted
    /// with its issues kept, or a hand edit). The file stays valid; new issues must name a
    /// project that exists, in the dashboard and the command line alike.
    public static func orphanWarnings(in ledger: Ledger) -> [String] {
        let names = Set(ledger.projects.map { $0.name.lowercased() })
        return ledger.issues.enumerated().compactMap { i, issue in
            guard let project = issue.project, !project.isEmpty, !names.contains(project.lowercased()) else {
                return nil
            }
            return "issues[\(i)].project: issue #\(issue.id) names \"\(project)\", which is not in the inventory"
        }
    }

    /// "1 open issue", "3 issues (1 open)": what a delete would touch, in words.
    public static func issueCount(of name: String, in ledger: Ledger) -> String? {
        let found = issues(of: name, in: ledger)
        guard !found.isEmpty else { return nil }
        let open = found.filter { ledger.issues[$0].isOpen }.count
        if open == found.count { return "\(open) open issue\(open == 1 ? "" : "s")" }
        return "\(found.count) issue\(found.count == 1 ? "" : "s")" + (open > 0 ? " (\(open) open)" : "")
    }

    /// Replaces project `index` with `project`; when the name changes, its issues follow.
    public static func replace(_ index: Int, with project: Project, in ledger: Ledger) -> LedgerEdit {
        let old = ledger.projects[index].name
        let replace = LedgerEdit.replaceProject(project, at: index)
        guard old != project.name else { return replace }
        let renamed = issues(of: old, in: ledger).map { i -> LedgerEdit in
            var issue = ledger.issues[i]
            issue.project = project.name
            return .replaceIssue(issue, at: i)
        }
        guard !renamed.isEmpty else { return replace }
        return .batch(
            [replace] + renamed,
            summary:
                "renamed project \(old) to \(project.name) (and in \(renamed.count) issue\(renamed.count == 1 ? "" : "s"))"
        )
    }

    /// Deletes project `index`, doing `issuesOf` to its issues.
    public static func delete(_ index: Int, issuesOf: IssuesOfDeleted, in ledger: Ledger) -> LedgerEdit {
        let name = ledger.projects[index].name
        let found = issues(of: name, in: ledger)
        let remove = LedgerEdit.removeProject(at: index)
        guard !found.isEmpty else { return remove }
        let n = found.count
        switch issuesOf {
        case .keep:
            let marked = found.map { i -> LedgerEdit in
                var issue = ledger.issues[i]
                issue.project = deletedMark(name)
                return .replaceIssue(issue, at: i)
            }
            return .batch(
                marked + [remove], summary: "deleted project \(name), kept its \(n) issue\(n == 1 ? "" : "s")")
        case .delete:
            // Highest index first, so the others keep their places.
            let removals = found.sorted(by: >).map { LedgerEdit.removeIssue(at: $0) }
            return .batch(
                removals + [remove], summary: "deleted project \(name) and its \(n) issue\(n == 1 ? "" : "s")")
        }
    }
}
