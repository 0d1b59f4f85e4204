/// Validates an edited ledger against a version of it known to be valid, checking only what the
/// edit could have broken: the projects it added or changed, name uniqueness where a name is new,
/// and everything that is not a project (small beside 100,000 projects). The result is the same
/// verdict `LedgerValidator.validate` gives for the whole ledger, at a fraction of the cost.
enum ChangeValidation {
    static func problems(of ledger: Ledger, since known: Ledger, projects: RecordMatch) -> [Diagnostic] {
        var rest = ledger
        rest.projects = []
        // Unchanged issues are valid (comparing arrays that share storage is immediate).
        if ledger.issues == known.issues { rest.issues = [] }
        var out = LedgerValidator.validate(rest)

        let root = JSONPath().key("projects")
        let changed = projects.changed
        for i in changed { out += LedgerValidator.validate(ledger.projects[i], at: root.index(i)) }
        if !namesStayUnique(ledger, changed: changed, known: known, projects: projects) {
            out += duplicateNames(in: ledger)
        }
        return out
    }

    /// True when no changed project can share a name with another: each takes a name (ignoring
    /// case) that an old project no longer matched had. Unchanged projects keep their distinct
    /// old names, so they cannot collide with it. Otherwise the caller checks every name.
    private static func namesStayUnique(_ ledger: Ledger, changed: [Int], known: Ledger, projects: RecordMatch) -> Bool
    {
        guard !changed.isEmpty else { return true }
        var freed = Set(projects.unmatchedOld.map { known.projects[$0].name.lowercased() })
        for i in changed where freed.remove(ledger.projects[i].name.lowercased()) == nil { return false }
        return true
    }

    /// The whole-ledger name check, worded as the validator words it.
    private static func duplicateNames(in ledger: Ledger) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var seen: [String: Int] = [:]
        seen.reserveCapacity(ledger.projects.count)
        for (i, project) in ledger.projects.enumerated() {
            let key = project.name.lowercased()
            if let first = seen[key] {
                out.append(
                    Diagnostic(
                        JSONPath().key("projects").index(i).key("name"),
                        "duplicate name \"\(project.name)\" (also projects[\(first)])"))
            } else {
                seen[key] = i
            }
        }
        return out
    }
}
