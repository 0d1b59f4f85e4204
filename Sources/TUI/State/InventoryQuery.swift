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
/// recomputed when the query or the ledger changes, not per frame. Sorting happens only when
/// the sort or the ledger changes; a filter keystroke filters the sorted list, keeping its order.
public struct InventoryQuery: Sendable {
    public private(set) var filter = ""
    public private(set) var sortColumn: InventoryColumn = .name
    public private(set) var descending = false
    /// Project indexes in display order, after filter and sort.
    public private(set) var order: [Int] = []
    /// Every project in sort order, before the filter.
    private var sorted: [Int] = []

    public init(data: LedgerData) { refresh(data) }

    public mutating func setFilter(_ text: String, data: LedgerData) {
        // A longer filter only removes rows from those shown now.
        let base = text.hasPrefix(filter) ? order : sorted
        filter = text
        order = Self.matching(base, filter, data)
    }

    public mutating func sort(by column: InventoryColumn, descending: Bool, data: LedgerData) {
        sortColumn = column
        self.descending = descending
        refresh(data)
    }

    public mutating func refresh(_ data: LedgerData) {
        sorted = Self.sort(data, by: sortColumn, descending: descending)
        order = Self.matching(sorted, filter, data)
    }

    /// How many projects the order was made for.
    var projectCount: Int { sorted.count }

    /// After an edit of one project (the same projects otherwise): that project leaves its
    /// place and is put back where the sort puts it now, found by binary search, so an edit
    /// costs a few sort keys, not a sort of every project. The same order `refresh` makes.
    public mutating func refresh(_ data: LedgerData, changedProject index: Int) {
        let less = Self.ordering(data, by: sortColumn, descending: descending)
        sorted.removeAll { $0 == index }
        sorted.insert(index, at: Self.place(of: index, in: sorted, less))
        if filter.isEmpty {
            order = sorted
            return
        }
        order.removeAll { $0 == index }
        if !Self.matching([index], filter, data).isEmpty {
            order.insert(index, at: Self.place(of: index, in: order, less))
        }
    }

    /// The first position whose project sorts after `index` (the rows are in `less` order).
    private static func place(of index: Int, in rows: [Int], _ less: (Int, Int) -> Bool) -> Int {
        var low = 0
        var high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if less(rows[mid], index) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    static func matching(_ rows: [Int], _ filter: String, _ data: LedgerData) -> [Int] {
        guard !filter.isEmpty else { return rows }
        let needle = filter.lowercased()
        return rows.filter { data.searchText[$0].contains(needle) }
    }

    static func sort(_ data: LedgerData, by column: InventoryColumn, descending: Bool) -> [Int] {
        let rows = Array(data.ledger.projects.indices)
        let keys = rows.map { SortKey.of(data, project: $0, column: column) }
        return rows.sorted { a, b in precedes(a, keys[a], b, keys[b], descending: descending) }
    }

    /// The sort's order with keys worked out as asked for (a few, for one edited project).
    static func ordering(_ data: LedgerData, by column: InventoryColumn, descending: Bool) -> (Int, Int) -> Bool {
        { a, b in
            precedes(
                a, SortKey.of(data, project: a, column: column), b, SortKey.of(data, project: b, column: column),
                descending: descending)
        }
    }

    /// Unknown values go last in either direction; ties keep the file's order.
    private static func precedes(_ a: Int, _ ka: SortKey, _ b: Int, _ kb: SortKey, descending: Bool) -> Bool {
        if ka.isUnknown != kb.isUnknown { return !ka.isUnknown }
        let order = SortKey.compare(ka, kb)
        if order == .same { return a < b }
        return descending ? order == .after : order == .before
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
            let a = data.report.standings.summary(of: index, level: data.report.projectLevels[index])
            switch a.status {
            case .noData: return .number(1)
            case .met: return .number(0)
            case .progressing: return .number(-1_000 - Double(a.count))
            case .behind: return .number(-1_000_000 - Double(a.count))
            }
        }
    }
}
