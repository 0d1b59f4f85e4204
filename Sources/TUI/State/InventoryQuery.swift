import Model

/// The Inventory's columns, in display order; each can be the sort key.
public enum InventoryColumn: Int, CaseIterable, Sendable {
    case name, owner, level, dockerfileType, imageSize, cachedBuild, multiArch, status

    public var title: String {
        switch self {
        case .name: "Project"
        case .owner: "Owner"
        case .level: "Level"
        case .dockerfileType: "Dockerfile"
        case .imageSize: "Image"
        case .cachedBuild: "Cached"
        case .multiArch: "Arch"
        case .status: "Status"
        }
    }
}

/// Filter text and sort order of the Inventory, with the resulting row order cached: rows are
/// recomputed when the query or the ledger changes, not per frame.
public struct InventoryQuery: Sendable {
    public private(set) var filter = ""
    public private(set) var sortColumn: InventoryColumn = .name
    public private(set) var descending = false
    /// Project indexes in display order, after filter and sort.
    public private(set) var order: [Int] = []

    public init(data: LedgerData) { order = Self.compute(data, filter: filter, sort: sortColumn, descending: descending) }

    public mutating func setFilter(_ text: String, data: LedgerData) {
        let narrowing = text.hasPrefix(filter)
        filter = text
        if narrowing {
            // A longer filter only removes rows; the sorted order of the rest stands.
            let needle = text.lowercased()
            order = order.filter { data.searchText[$0].contains(needle) }
        } else {
            order = Self.compute(data, filter: filter, sort: sortColumn, descending: descending)
        }
    }

    public mutating func sort(by column: InventoryColumn, descending: Bool, data: LedgerData) {
        sortColumn = column
        self.descending = descending
        order = Self.compute(data, filter: filter, sort: sortColumn, descending: descending)
    }

    public mutating func refresh(_ data: LedgerData) {
        order = Self.compute(data, filter: filter, sort: sortColumn, descending: descending)
    }

    static func compute(_ data: LedgerData, filter: String, sort: InventoryColumn, descending: Bool) -> [Int] {
        let needle = filter.lowercased()
        var rows = needle.isEmpty ? Array(data.ledger.projects.indices)
            : data.ledger.projects.indices.filter { data.searchText[$0].contains(needle) }
        let keys = rows.map { SortKey.of(data, project: $0, column: sort) }
        // Sort positions, then map back; unknown values go last in either direction.
        let positions = rows.indices.sorted { a, b in
            if keys[a].isUnknown != keys[b].isUnknown { return !keys[a].isUnknown }
            let order = SortKey.compare(keys[a], keys[b])
            if order == .same { return rows[a] < rows[b] }
            return descending ? order == .after : order == .before
        }
        rows = positions.map { rows[$0] }
        return rows
    }
}

/// A comparable value of one project in one column.
enum SortKey {
    case text(String), number(Double), unknown

    var isUnknown: Bool { if case .unknown = self { return true } else { return false } }

    enum Order { case before, same, after }

    static func compare(_ a: SortKey, _ b: SortKey) -> Order {
        switch (a, b) {
        case (.text(let x), .text(let y)): x == y ? .same : (x < y ? .before : .after)
        case (.number(let x), .number(let y)): x == y ? .same : (x < y ? .before : .after)
        default: .same
        }
    }

    static func of(_ data: LedgerData, project index: Int, column: InventoryColumn) -> SortKey {
        let p = data.ledger.projects[index]
        let d = p.docker
        switch column {
        case .name: return .text(p.name.lowercased())
        case .owner: return p.owner.map { .text($0.lowercased()) } ?? .unknown
        case .level: return .number(Double(data.report.projectLevels[index]))
        case .dockerfileType: return d?.dockerfileType.map { .text($0.rawValue) } ?? .unknown
        case .imageSize: return d?.imageSizeMB.map { .number($0) } ?? .unknown
        case .cachedBuild: return d?.buildTimeCachedS.map { .number($0) } ?? .unknown
        case .multiArch: return d?.platforms.map { .number(Double($0.count)) } ?? .unknown
        case .status:
            // Most missed targets first, then on target, then no Docker, then archived.
            if !p.isActive { return .number(2) }
            let a = ProjectAssessment.of(p, in: data.ledger)
            return .number(a.status == .noData ? 1 : -Double(a.misses.count))
        }
    }
}
