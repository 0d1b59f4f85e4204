import Foundation

/// One field of a log row (the four tables of the Log tab), described once: the `n` form draws
/// one line per field of `LogTable.fields`, and `LogTable.build` validates each text by its kind.
/// The id's raw value is the row's JSON key, so a reason found on submit names its field.
public struct LogField: Sendable, Equatable {
    public enum ID: String, Sendable, CaseIterable {
        case date, version, change, reason, projectsAffected, from, to, projectsUpdated, changes, author, title, body
    }

    public enum Kind: Sendable, Equatable {
        /// Free text, trimmed.
        case text
        /// Text that must not be empty.
        case requiredText
        /// A day YYYY-MM-DD (today on a new row).
        case day
        /// A whole number >= 0, or empty for unknown.
        case count
        /// Free text kept exactly as typed (the changelog body).
        case verbatim
    }

    public let id: ID
    public let label: String
    public let kind: Kind

    init(_ id: ID, _ label: String, _ kind: Kind = .text) {
        self.id = id
        self.label = label
        self.kind = kind
    }

    /// The reason `text` cannot be this field's value, or nil when it can.
    func problem(with text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .text, .verbatim: return nil
        case .requiredText: return trimmed.isEmpty ? "must not be empty" : nil
        case .day: return ISODate.isDay(trimmed) ? nil : "must be a date YYYY-MM-DD, got \"\(trimmed)\""
        case .count:
            if trimmed.isEmpty { return nil }
            if let n = Int(trimmed), n >= 0 { return nil }
            return "must be a whole number >= 0, got \"\(trimmed)\""
        }
    }
}

extension LogTable {
    /// The row's fields in form order.
    public var fields: [LogField] {
        switch self {
        case .templateUpdates:
            [
                LogField(.date, "Date", .day), LogField(.version, "Version"),
                LogField(.change, "Change", .requiredText), LogField(.reason, "Reason"),
                LogField(.projectsAffected, "Projects affected", .count),
            ]
        case .baseImageUpdates:
            [
                LogField(.date, "Date", .day), LogField(.from, "From"), LogField(.to, "To", .requiredText),
                LogField(.reason, "Reason"), LogField(.projectsUpdated, "Projects updated", .count),
            ]
        case .versionHistory:
            [
                LogField(.version, "Version", .requiredText), LogField(.date, "Date", .day),
                LogField(.changes, "Changes"), LogField(.author, "Author"),
            ]
        case .changelog:
            [
                LogField(.date, "Date", .day), LogField(.title, "Title", .requiredText),
                LogField(.body, "Body", .verbatim),
            ]
        }
    }
}
