/// The maintenance log, version history and changelog of SAP-011 sections 9, 11 and 12.
/// Text fields default to empty so that a half-filled row from a hand-written file still loads.

public struct TemplateUpdate: Equatable, Sendable {
    public var date: String
    public var version: String
    public var change: String
    public var reason: String
    public var projectsAffected: Int?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        date: String, version: String = "", change: String = "", reason: String = "", projectsAffected: Int? = nil
    ) {
        self.date = date
        self.version = version
        self.change = change
        self.reason = reason
        self.projectsAffected = projectsAffected
    }
}

public struct BaseImageUpdate: Equatable, Sendable {
    public var date: String
    public var from: String
    public var to: String
    public var reason: String
    public var projectsUpdated: Int?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(date: String, from: String = "", to: String = "", reason: String = "", projectsUpdated: Int? = nil) {
        self.date = date
        self.from = from
        self.to = to
        self.reason = reason
        self.projectsUpdated = projectsUpdated
    }
}

public struct Maintenance: Equatable, Sendable {
    public var templateUpdates: [TemplateUpdate] = []
    public var baseImageUpdates: [BaseImageUpdate] = []
    public var unknownKeys: [String: JSONValue] = [:]

    public init(templateUpdates: [TemplateUpdate] = [], baseImageUpdates: [BaseImageUpdate] = []) {
        self.templateUpdates = templateUpdates
        self.baseImageUpdates = baseImageUpdates
    }
}

public struct VersionEntry: Equatable, Sendable {
    public var version: String
    public var date: String
    public var changes: String
    public var author: String
    public var unknownKeys: [String: JSONValue] = [:]

    public init(version: String, date: String, changes: String = "", author: String = "") {
        self.version = version
        self.date = date
        self.changes = changes
        self.author = author
    }
}

public struct ChangelogEntry: Equatable, Sendable {
    public var date: String
    public var title: String
    public var body: String
    public var unknownKeys: [String: JSONValue] = [:]

    public init(date: String, title: String = "", body: String = "") {
        self.date = date
        self.title = title
        self.body = body
    }
}

/// A snapshot of metric values on a day, for the trend on the Coverage tab.
public struct HistorySnapshot: Equatable, Sendable {
    public var date: String
    /// Values by metric id as the file writes it (an unknown id is kept for the validator to name).
    public var metrics: [String: Double]
    public var unknownKeys: [String: JSONValue] = [:]

    public func value(of id: MetricID) -> Double? { metrics[id.rawValue] }

    public init(date: String, metrics: [String: Double]) {
        self.date = date
        self.metrics = metrics
    }
}

// MARK: - JSON mapping

extension TemplateUpdate {
    init(reading r: inout ObjectReader) {
        date = r.string("date") ?? ""
        version = r.string("version") ?? ""
        change = r.string("change") ?? ""
        reason = r.string("reason") ?? ""
        projectsAffected = r.integer("projectsAffected")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("date", date)
        w.set("version", version)
        w.set("change", change)
        w.set("reason", reason)
        w.set("projectsAffected", projectsAffected)
        return w.value
    }
}

extension BaseImageUpdate {
    init(reading r: inout ObjectReader) {
        date = r.string("date") ?? ""
        from = r.string("from") ?? ""
        to = r.string("to") ?? ""
        reason = r.string("reason") ?? ""
        projectsUpdated = r.integer("projectsUpdated")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("date", date)
        w.set("from", from)
        w.set("to", to)
        w.set("reason", reason)
        w.set("projectsUpdated", projectsUpdated)
        return w.value
    }
}

extension Maintenance {
    init(reading r: inout ObjectReader) {
        templateUpdates = r.list("templateUpdates") { TemplateUpdate(reading: &$0) }
        baseImageUpdates = r.list("baseImageUpdates") { BaseImageUpdate(reading: &$0) }
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("templateUpdates", json: .array(templateUpdates.map(\.json)))
        w.set("baseImageUpdates", json: .array(baseImageUpdates.map(\.json)))
        return w.value
    }
}

extension VersionEntry {
    init(reading r: inout ObjectReader) {
        version = r.string("version") ?? ""
        date = r.string("date") ?? ""
        changes = r.string("changes") ?? ""
        author = r.string("author") ?? ""
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("version", version)
        w.set("date", date)
        w.set("changes", changes)
        w.set("author", author)
        return w.value
    }
}

extension ChangelogEntry {
    init(reading r: inout ObjectReader) {
        date = r.string("date") ?? ""
        title = r.string("title") ?? ""
        body = r.string("body") ?? ""
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("date", date)
        w.set("title", title)
        w.set("body", body)
        return w.value
    }
}

extension HistorySnapshot {
    init(reading r: inout ObjectReader) {
        date = r.string("date") ?? ""
        metrics = r.numberMap("metrics", describing: "metric id to value") ?? [:]
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("date", date)
        w.set("metrics", json: .object(metrics.mapValues(JSONValue.number)))
        return w.value
    }
}
