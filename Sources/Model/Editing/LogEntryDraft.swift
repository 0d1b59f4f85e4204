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

    /// (field id, label) in form order.
    public var fields: [(id: String, label: String)] {
        switch self {
        case .templateUpdates:
            [
                ("date", "Date"), ("version", "Version"), ("change", "Change"), ("reason", "Reason"),
                ("projectsAffected", "Projects affected"),
            ]
        case .baseImageUpdates:
            [
                ("date", "Date"), ("from", "From"), ("to", "To"), ("reason", "Reason"),
                ("projectsUpdated", "Projects updated"),
            ]
        case .versionHistory:
            [("version", "Version"), ("date", "Date"), ("changes", "Changes"), ("author", "Author")]
        case .changelog:
            [("date", "Date"), ("title", "Title"), ("body", "Body")]
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
    public func newDraft(in ledger: Ledger, today: String) -> [String: String] {
        var texts = Dictionary(uniqueKeysWithValues: fields.map { ($0.id, "") })
        texts["date"] = today
        if self == .baseImageUpdates, let last = ledger.maintenance.baseImageUpdates.last { texts["from"] = last.to }
        return texts
    }

    /// The edit that appends the row, or the reason per field.
    public func build(_ texts: [String: String], in ledger: Ledger) -> Result<LedgerEdit, FieldErrors> {
        func text(_ id: String) -> String { (texts[id] ?? "").trimmingCharacters(in: .whitespaces) }
        var errors: [String: String] = [:]
        if !ISODate.isDay(text("date")) { errors["date"] = "must be a date YYYY-MM-DD, got \"\(text("date"))\"" }
        func count(_ id: String) -> Int? {
            let t = text(id)
            if t.isEmpty { return nil }
            guard let n = Int(t), n >= 0 else {
                errors[id] = "must be a whole number >= 0, got \"\(t)\""
                return nil
            }
            return n
        }
        func required(_ id: String) {
            if text(id).isEmpty { errors[id] = "must not be empty" }
        }
        let index = rowCount(in: ledger)
        let edit: LedgerEdit
        switch self {
        case .templateUpdates:
            required("change")
            edit = .insertTemplateUpdate(
                TemplateUpdate(
                    date: text("date"), version: text("version"), change: text("change"),
                    reason: text("reason"), projectsAffected: count("projectsAffected")), at: index)
        case .baseImageUpdates:
            required("to")
            edit = .insertBaseImageUpdate(
                BaseImageUpdate(
                    date: text("date"), from: text("from"), to: text("to"),
                    reason: text("reason"), projectsUpdated: count("projectsUpdated")), at: index)
        case .versionHistory:
            required("version")
            edit = .insertVersion(
                VersionEntry(
                    version: text("version"), date: text("date"), changes: text("changes"), author: text("author")),
                at: index)
        case .changelog:
            required("title")
            edit = .insertChangelog(
                ChangelogEntry(date: text("date"), title: text("title"), body: texts["body"] ?? ""), at: index)
        }
        return errors.isEmpty ? .success(edit) : .failure(FieldErrors(byField: errors))
    }
}
