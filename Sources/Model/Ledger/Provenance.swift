/// Where a fact of a project came from: a scan of its repository, a scanner's output, or a
/// person. Scans and imports never overwrite what a person typed (`manual`).
public struct FactSource: Equatable, Sendable {
    public enum Origin: String, CaseIterable, Sendable {
        case scan, trivy, grype, inspect, hadolint, manual
    }

    public var from: Origin
    /// `Dockerfile:14`, `.github/workflows/ci.yml:31`, or the imported file's name.
    public var file: String?
    /// The day the fact was read (`YYYY-MM-DD`).
    public var at: String?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(from: Origin, file: String? = nil, at: String? = nil) {
        self.from = from
        self.file = file
        self.at = at
    }

    /// Facts older than this many days are shown as stale.
    public static let staleAfterDays = 90.0

    public func isStale(asOf now: Double) -> Bool {
        guard from != .manual, let at, let seconds = ISODate.seconds(at) else { return false }
        return (now - seconds) / ISODate.secondsPerDay > Self.staleAfterDays
    }
}

/// Hadolint findings counted by level (`docker.lint`).
public struct LintCounts: Equatable, Sendable {
    public var error: Int?
    public var warning: Int?
    public var info: Int?
    public var style: Int?
    public var scannedAt: String?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(error: Int? = nil, warning: Int? = nil, info: Int? = nil, style: Int? = nil, scannedAt: String? = nil) {
        self.error = error
        self.warning = warning
        self.info = info
        self.style = style
        self.scannedAt = scannedAt
    }
}

extension FactSource {
    init(reading r: inout ObjectReader) {
        from = r.enumeration("from", Origin.self) ?? .manual
        if r.raw("from") == nil { r.report("from", "is required") }
        file = r.string("file")
        at = r.string("at")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("from", from)
        w.set("file", file)
        w.set("at", at)
        return w.value
    }
}

extension LintCounts {
    init(reading r: inout ObjectReader) {
        error = r.integer("error")
        warning = r.integer("warning")
        info = r.integer("info")
        style = r.integer("style")
        scannedAt = r.string("scannedAt")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("error", error)
        w.set("warning", warning)
        w.set("info", info)
        w.set("style", style)
        w.set("scannedAt", scannedAt)
        return w.value
    }
}

extension FactSource {
    /// How the detail shows a source: `scan Dockerfile:14 · 2026-11-27`, `trivy · 12 d ago`,
    /// `manual`; `· stale` when older than 90 days.
    public func summary(asOf now: Double) -> String {
        var text: String
        switch from {
        case .manual: return "manual"
        case .scan: text = ["scan", file].compactMap { $0 }.joined(separator: " ") + (at.map { " · \($0)" } ?? "")
        case .trivy, .grype, .inspect, .hadolint:
            text = from.rawValue
            if let at, let seconds = ISODate.seconds(at) {
                let days = max(0, Int(((now - seconds) / ISODate.secondsPerDay).rounded(.down)))
                text += days == 0 ? " · today" : " · \(days) d ago"
            }
        }
        return isStale(asOf: now) ? text + " · stale" : text
    }
}

extension Project {
    /// The source of a field: its own entry, or that of the fact it belongs to
    /// (`docker.vulnerabilities.high` → `docker.vulnerabilities`). `sources` is keyed by the
    /// paths the file writes, which are also those of facts that are no field (`docker.lint`).
    public func source(of field: ProjectFieldID) -> FactSource? {
        if let own = sources[field.path] { return own }
        // Only a fact inside a group (`docker.vulnerabilities`) covers its parts; the group
        // itself (`docker`: "uses Docker") says nothing about its other fields.
        var path = Substring(field.path)
        while let dot = path.lastIndex(of: "."), path[..<dot].contains(".") {
            path = path[..<dot]
            if let parent = sources[String(path)] { return parent }
        }
        return nil
    }

    /// Some fact read by a scan or import is older than 90 days.
    public func hasStaleFacts(asOf now: Double) -> Bool { sources.values.contains { $0.isStale(asOf: now) } }

    /// Every known fact was typed by hand: none came from a scan or an import.
    public var isManualOnly: Bool { !sources.values.contains { $0.from != .manual } }
}
