/// The four tables of the Log tab, and a draft row for each: one field table per kind drives
/// the dashboard's `n` form, and `build` validates the row before it becomes an edit.
public enum LogTable: String, CaseIterable, Sendable {
    case templateUpdates, baseImageUpdates, versionHistory, changelog

    public var title: String {
        switch self {
        case .templateUpdates: "Dockerfile Template Updates"
        case .baseImageUpdates: "Base Image Updates"
        case .versionHistory: "Version History"
        case .changelog: "Changelog"
        }
    }

    public func rowCount(in ledger: Ledger) -> Int {
        switch self {
        case .templateUpdates: ledger.maintenance.templateUpdates.count
        case .baseImageUpdates: ledger.maintenance.baseImageUpdates.count
        case .versionHistory: ledger.versionHistory.count
        case .changelog: ledger.changelog.count
        }
    }

    /// Defaults for a new row: today's date, and for base images the last "to" as the new "from".
    public func newDraft(in ledger: Ledger, today: String) -> [LogField.ID: String] {
        var texts = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, "") })
        texts[.date] = today
        if self == .baseImageUpdates, let last = ledger.maintenance.baseImageUpdates.last { texts[.from] = last.to }
        return texts
    }

    /// The edit that appends the row, or the reason per field (each field checked by its kind).
    public func build(_ texts: [LogField.ID: String], in ledger: Ledger) -> Result<LedgerEdit, FieldErrors<LogField.ID>>
    {
        var errors: [LogField.ID: String] = [:]
        for field in fields {
            if let reason = field.problem(with: texts[field.id] ?? "") { errors[field.id] = reason }
        }
        func text(_ id: LogField.ID) -> String { (texts[id] ?? "").trimmingCharacters(in: .whitespaces) }
        func count(_ id: LogField.ID) -> Int? { Int(text(id)).flatMap { $0 >= 0 ? $0 : nil } }
        let index = rowCount(in: ledger)
        let edit: LedgerEdit
        switch self {
        case .templateUpdates:
            edit = .insertTemplateUpdate(
                TemplateUpdate(
                    date: text(.date), version: text(.version), change: text(.change),
                    reason: text(.reason), projectsAffected: count(.projectsAffected)), at: index)
        case .baseImageUpdates:
            edit = .insertBaseImageUpdate(
                BaseImageUpdate(
                    date: text(.date), from: text(.from), to: text(.to),
                    reason: text(.reason), projectsUpdated: count(.projectsUpdated)), at: index)
        case .versionHistory:
            edit = .insertVersion(
                VersionEntry(
                    version: text(.version), date: text(.date), changes: text(.changes), author: text(.author)),
                at: index)
        case .changelog:
            edit = .insertChangelog(
                ChangelogEntry(date: text(.date), title: text(.title), body: texts[.body] ?? ""), at: index)
        }
        return errors.isEmpty ? .success(edit) : .failure(FieldErrors(byField: errors))
    }
}
