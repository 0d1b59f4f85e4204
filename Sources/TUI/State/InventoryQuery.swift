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

/// Filter and sort order of the Inventory, with the resulting row order cached: rows are
/// recomputed when the query or the ledger changes, not per frame. Sorting happens only when
/// the sort or the ledger changes; a filter keystroke filters the sorted list, keeping its order
/// (IncrementalFilter: a longer filter narrows the last result, Backspace goes back to one kept).
public struct InventoryQuery: Sendable {
    public private(set) var sortColumn: InventoryColumn = .name
    public private(set) var descending = false
    /// Project indexes in display order, after filter and sort.
    public private(set) var order: [Int] = []
    /// The filter over every project in sort order.
    private var filtering = IncrementalFilter(rows: [])

    /// The filter as typed.
    public var filter: String { filtering.text }
    /// Why the typed filter is not one (the rows shown are then the last good filter's).
    public var filterError: FilterError? { filtering.error }

    public init(data: LedgerData) { refresh(data) }

    public mutating func setFilter(_ text: String, data: LedgerData) {
        filtering.setText(text, index: data.filterIndex)
        order = filtering.rows
    }

    public mutating func sort(by column: InventoryColumn, descending: Bool, data: LedgerData) {
        sortColumn = column
        self.descending = descending
        refresh(data)
    }

    public mutating func refresh(_ data: LedgerData) {
        filtering.reset(rows: Self.sort(data, by: sortColumn, descending: descending), index: data.filterIndex)
        order = filtering.rows
    }

    static func sort(_ data: LedgerData, by column: InventoryColumn, descending: Bool) -> [Int] {
        let rows = Array(data.ledger.projects.indices)
        let keys = rows.map { SortKey.of(data, project: $0, column: column) }
        // Unknown values go last in either direction; ties keep the file's order.
        return rows.sorted { a, b in
            if keys[a].isUnknown != keys[b].isUnknown { return !keys[a].isUnknown }
            let order = SortKey.compare(keys[a], keys[b])
            if order == .same { return a < b }
            return descending ? order == .after : order == .before
        }
    }
}

/// A comparable value of one project in one column.
enum SortKey {
    case text(String)
    case number(Double)
    case unknown

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
            // Worst first: most behind, then most progressing, then on target, no Docker, archived.
            if !p.isActive { return .number(2) }
            let a = ProjectAssessment.of(p, in: data.ledger)
            switch a.status {
            case .noData: return .number(1)
            case .met: return .number(0)
            case .progressing: return .number(-1_000 - Double(a.worstCount))
            case .behind: return .number(-1_000_000 - Double(a.worstCount))
            }
        }
    }
}
