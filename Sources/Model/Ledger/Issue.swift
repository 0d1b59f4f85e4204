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
    /// The id is the ledger's (the next free number), never typed; every other key is an
    /// `IssueField`'s, and a key no field knows is kept as it was.
    static let idKey = "id"

    init(reading r: inout ObjectReader) {
        self.init(id: r.integer(Self.idKey) ?? 0, category: "", openedAt: "")
        if r.raw(Self.idKey) == nil { r.report(Self.idKey, "is required") }
        for field in IssueField.all { field.decode(&r, into: &self) }
        unknownKeys = r.unknownKeys
    }

    public var json: JSONValue {
        var w = ObjectWriter(unknownKeys: unknownKeys)
        w.set(Self.idKey, id)
        for field in IssueField.all { field.encode(self, into: &w) }
        return w.value
    }
}
