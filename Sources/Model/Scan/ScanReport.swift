/// The scan's output: a readable summary of what changed per project, or JSON listing every
/// fact found with its value and source and every change.
public enum ScanReport {
    public static func text(_ scans: [ProjectScan], dryRun: Bool) -> String {
        var lines: [String] = []
        for scan in scans {
            let header =
                scan.created
                ? "\(scan.project) (new project) ← \(scan.repository)" : "\(scan.project) ← \(scan.repository)"
            lines.append(header)
            if let dockerfile = scan.found.productionDockerfile {
                lines.append("  production Dockerfile: \(dockerfile)")
            }
            for change in scan.outcome.changes {
                let from = change.location.map { "  (\($0))" } ?? ""
                lines.append("  \(change.field.label): \(change.old?.description ?? "unknown") → \(change.new)\(from)")
            }
            for kept in scan.outcome.kept { lines.append("  \(kept)") }
            if scan.outcome.changes.isEmpty && scan.outcome.kept.isEmpty { lines.append("  no changes") }
            for note in scan.found.notes { lines.append("  note: \(note)") }
        }
        let changed = scans.filter { !$0.outcome.changes.isEmpty }.count
        let created = scans.filter(\.created).count
        lines.append(
            "\(scans.count) repositor\(scans.count == 1 ? "y" : "ies") scanned, \(changed) project\(changed == 1 ? "" : "s") changed, \(created) new"
                + (dryRun ? " (dry run: nothing written)" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    public static func json(_ scans: [ProjectScan], dryRun: Bool) -> JSONValue {
        func source(_ location: SourceLocation?) -> JSONValue { location.map { .string($0.description) } ?? .null }
        let projects: [JSONValue] = scans.map { scan in
            .object([
                "project": .string(scan.project),
                "repository": .string(scan.repository),
                "created": .bool(scan.created),
                "productionDockerfile": scan.found.productionDockerfile.map(JSONValue.string) ?? .null,
                "facts": .array(
                    scan.found.facts.map { fact in
                        .object([
                            "field": .string(fact.field.rawValue), "value": fact.value.json,
                            "source": source(fact.location),
                        ])
                    }),
                "changes": .array(
                    scan.outcome.changes.map { change in
                        .object([
                            "field": .string(change.field.rawValue), "old": change.old?.json ?? .null,
                            "new": change.new.json, "source": source(change.location),
                        ])
                    }),
                "keptManual": .array(
                    scan.outcome.kept.map { kept in
                        .object([
                            "field": .string(kept.field.rawValue), "kept": kept.kept?.json ?? .null,
                            "found": kept.found.json, "source": source(kept.location),
                        ])
                    }),
                "notes": .array(scan.found.notes.map(JSONValue.string)),
            ])
        }
        return .object(["dryRun": .bool(dryRun), "projects": .array(projects)])
    }
}
