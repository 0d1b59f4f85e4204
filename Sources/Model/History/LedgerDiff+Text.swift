/// The diff as text (a changelog) and as JSON (for scripts).
extension LedgerDiff {
    public func text(old oldName: String, new newName: String) -> String {
        var lines = ["ledger changes \(oldName) → \(newName)"]
        if isEmpty { return lines[0] + ": none\n" }
        if !projectsAdded.isEmpty || !projectsRemoved.isEmpty || !changes.isEmpty {
            lines.append("")
            lines.append("Projects")
            lines += projectsAdded.map { "  + \($0) added" }
            lines += projectsRemoved.map { "  - \($0) removed" }
            lines += changes.filter { $0.project != nil }.map {
                "  \($0.project!): \($0.field) \(Self.shown($0.old)) → \(Self.shown($0.new))"
            }
        }
        let settings = changes.filter { $0.project == nil }
        if !settings.isEmpty {
            lines.append("")
            lines.append("Settings")
            lines += settings.map { "  \($0.field) \(Self.shown($0.old)) → \(Self.shown($0.new))" }
        }
        if !issuesLogged.isEmpty || !issuesResolved.isEmpty || !issuesRemoved.isEmpty {
            lines.append("")
            lines.append("Issues")
            lines += issuesLogged.map { "  logged #\($0.id) \($0.category)\($0.project.map { " (\($0))" } ?? "")" }
            lines += issuesResolved.map { issue in
                let outcome = issue.successful.map { $0 ? "successfully" : "unsuccessfully" } ?? ""
                return "  resolved #\(issue.id) \(issue.category)" + (outcome.isEmpty ? "" : " \(outcome)")
                    + (issue.solution.map { ": \($0)" } ?? "")
            }
            lines += issuesRemoved.map { "  removed #\($0.id) \($0.category)" }
        }
        if !logAdded.isEmpty || !logRemoved.isEmpty {
            lines.append("")
            lines.append("Log")
            lines += logAdded.map { "  + \($0)" }
            lines += logRemoved.map { "  - \($0)" }
        }
        if !metrics.isEmpty {
            lines.append("")
            lines.append("Metrics")
            lines += metrics.map { move in
                let status =
                    move.old.status == move.new.status
                    ? move.new.status.word : "\(move.old.status.word) → \(move.new.status.word)"
                return "  \(move.new.id) \(move.old.formattedValue) → \(move.new.formattedValue) (\(status))"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func json(old oldName: String, new newName: String) -> JSONValue {
        func value(_ v: JSONValue?) -> JSONValue { v ?? .null }
        func number(_ v: Double?) -> JSONValue { v.map(JSONValue.number) ?? .null }
        func issue(_ i: Issue) -> JSONValue {
            .object([
                "id": .number(Double(i.id)), "category": .string(i.category),
                "project": i.project.map(JSONValue.string) ?? .null,
            ])
        }
        return .object([
            "old": .string(oldName), "new": .string(newName),
            "projectsAdded": .array(projectsAdded.map(JSONValue.string)),
            "projectsRemoved": .array(projectsRemoved.map(JSONValue.string)),
            "changes": .array(
                changes.map {
                    .object([
                        "project": $0.project.map(JSONValue.string) ?? .null, "field": .string($0.field),
                        "old": value($0.old), "new": value($0.new),
                    ])
                }),
            "issuesLogged": .array(issuesLogged.map(issue)),
            "issuesResolved": .array(issuesResolved.map(issue)),
            "issuesRemoved": .array(issuesRemoved.map(issue)),
            "logAdded": .array(logAdded.map(JSONValue.string)),
            "logRemoved": .array(logRemoved.map(JSONValue.string)),
            "metrics": .array(
                metrics.map {
                    .object([
                        "id": .string("\($0.new.id)"), "label": .string($0.new.label),
                        "oldValue": number($0.old.value), "newValue": number($0.new.value),
                        "oldStatus": .string($0.old.status.rawValue), "newStatus": .string($0.new.status.rawValue),
                    ])
                }),
        ])
    }

    /// A value as it reads in a sentence: strings bare, unset as "unknown".
    static func shown(_ value: JSONValue?) -> String {
        switch value {
        case nil: "unknown"
        case .string(let s)?: s
        case let v?: JSONWriter.compact(v)
        }
    }
}
