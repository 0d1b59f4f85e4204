/// One occurrence of a Docker problem; resolved once `resolvedAt` is set.
public struct Issue: Equatable, Sendable {
    /// The seed's five categories, offered first in forms and always listed in Common Issues.
    public static let seedCategories = [
        "Image size >500MB",
        "Build failures (multi-stage)",
        "Health check failures",
        "Volume permission errors",
        "CI cache misses",
    ]

    public var id: Int
    public var category: String
    public var project: String?
    public var openedAt: String
    public var resolvedAt: String?
    public var solution: String?
    public var successful: Bool?
    public var notes: String?
    public var unknownKeys: [String: JSONValue] = [:]

    public init(
        id: Int, category: String, project: String? = nil, openedAt: String, resolvedAt: String? = nil,
        solution: String? = nil, successful: Bool? = nil, notes: String? = nil
    ) {
        self.id = id
        self.category = category
        self.project = project
        self.openedAt = openedAt
        self.resolvedAt = resolvedAt
        self.solution = solution
        self.successful = successful
        self.notes = notes
    }

    public var isOpen: Bool { resolvedAt == nil }
}

extension Issue {
    init(reading r: inout ObjectReader) {
        id = r.integer("id") ?? 0
        if r.raw("id") == nil { r.report("id", "is required") }
        category = r.string("category") ?? ""
        if r.raw("category") == nil { r.report("category", "is required") }
        project = r.string("project")
        openedAt = r.string("openedAt") ?? ""
        if r.raw("openedAt") == nil { r.report("openedAt", "is required") }
        resolvedAt = r.string("resolvedAt")
        solution = r.string("solution")
        successful = r.bool("successful")
        notes = r.string("notes")
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set("id", id)
        w.set("category", category)
        w.set("project", project)
        w.set("openedAt", openedAt)
        w.set("resolvedAt", resolvedAt)
        w.set("solution", solution)
        w.set("successful", successful)
        w.set("notes", notes)
        return w.value
    }
}
