import Foundation
import Model

/// Filter, sort order and archived rows of the Inventory, with the resulting row order cached:
/// rows are recomputed when the query or the ledger changes, not per frame. A column's order is
/// computed the first time it is sorted by and kept until the ledger changes, so sorting again
/// (or the other way) only reads it; a filter keystroke filters the sorted list, keeping its
/// order (IncrementalFilter: a longer filter narrows the last result, Backspace goes back to one
/// kept).
public struct InventoryQuery: Sendable {
    public private(set) var sortColumn: InventoryColumn = .name
    public private(set) var descending = false
    /// Archived projects are left out (`x`).
    public private(set) var hidesArchived = false
    /// Project indexes in display order, after filter and sort.
    public private(set) var order: [Int] = []
    /// The filter over every project shown, in sort order.
    private var filtering = IncrementalFilter(rows: [])
    /// Sort orders by column for the ledger `refresh` last saw; shared by copies of the query.
    private var orders = ColumnOrders()

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
        resort(data)
    }

    public mutating func setHidesArchived(_ hides: Bool, data: LedgerData) {
        hidesArchived = hides
        resort(data)
    }

    /// After the ledger changed: every cached order is stale.
    public mutating func refresh(_ data: LedgerData) {
        orders = ColumnOrders()
        resort(data)
    }

    /// After an edit of one project (the same projects otherwise): that project leaves its
    /// place and is put back where the sort puts it now, found by binary search, so an edit
    /// costs a few sort keys, not a sort of every project. The same order `refresh` makes; the
    /// other columns' orders are computed again when sorted by.
    public mutating func refresh(_ data: LedgerData, changedProject index: Int) {
        orders = ColumnOrders()
        let less = Self.ordering(data, by: sortColumn, descending: descending)
        var rows = filtering.allRows
        rows.removeAll { $0 == index }
        if !hidesArchived || data.ledger.projects[index].isActive {
            rows.insert(index, at: Self.place(of: index, in: rows, less))
        }
        // The kept filter results were for the old ledger: filtered once again (nothing to do
        // without a filter).
        filtering.reset(rows: rows, index: data.filterIndex)
        order = filtering.rows
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

    /// The sort's order as a comparison, keys worked out as asked for (a few, for one edited
    /// project): ascending or descending, ties in the file's order, unknown values last either way.
    static func ordering(_ data: LedgerData, by column: InventoryColumn, descending: Bool) -> (Int, Int) -> Bool {
        { a, b in
            let (ka, kb) = (SortKey.of(data, project: a, column: column), SortKey.of(data, project: b, column: column))
            if ka.isUnknown != kb.isUnknown { return !ka.isUnknown }
            let order = SortKey.compare(ka, kb)
            if order == .same { return a < b }
            return descending ? order == .after : order == .before
        }
    }

    private mutating func resort(_ data: LedgerData) {
        let all = orders.order(of: sortColumn, data).rows(descending: descending)
        let projects = data.ledger.projects
        filtering.reset(rows: hidesArchived ? all.filter { projects[$0].isActive } : all, index: data.filterIndex)
        order = filtering.rows
    }
}

/// One column's order over every project: ascending, ties in the file's order, unknown values
/// last; `runStarts` marks where each value's run of ties begins, so the descending order is
/// read from it (runs reversed, ties still in file order, unknown still last) without sorting.
struct ColumnOrder: Sendable {
    let ascending: [Int]
    let runStarts: [Int]
    /// How many of `ascending` have a known value (they come first).
    let known: Int

    init(_ data: LedgerData, column: InventoryColumn) {
        let keys = data.ledger.projects.indices.map { SortKey.of(data, project: $0, column: column) }
        let rows = keys.indices.sorted { a, b in
            if keys[a].isUnknown != keys[b].isUnknown { return !keys[a].isUnknown }
            let order = SortKey.compare(keys[a], keys[b])
            return order == .same ? a < b : order == .before
        }
        var starts: [Int] = []
        for (i, row) in rows.enumerated() where !keys[row].isUnknown {
            if i == 0 || SortKey.compare(keys[rows[i - 1]], keys[row]) != .same { starts.append(i) }
        }
        ascending = rows
        runStarts = starts
        known = rows.prefix { !keys[$0].isUnknown }.count
    }

    func rows(descending: Bool) -> [Int] {
        guard descending else { return ascending }
        var out: [Int] = []
        out.reserveCapacity(ascending.count)
        var end = known
        for start in runStarts.reversed() {
            out.append(contentsOf: ascending[start..<end])
            end = start
        }
        out.append(contentsOf: ascending[known...])
        return out
    }
}

/// The orders computed so far for one ledger, shared by every copy of the query that holds it
/// (a new ledger gets a new, empty box; see `InventoryQuery.refresh`).
final class ColumnOrders: @unchecked Sendable {
    private let lock = NSLock()
    private var byColumn: [InventoryColumn: ColumnOrder] = [:]

    func order(of column: InventoryColumn, _ data: LedgerData) -> ColumnOrder {
        lock.lock()
        defer { lock.unlock() }
        if let known = byColumn[column] { return known }
        let computed = ColumnOrder(data, column: column)
        byColumn[column] = computed
        return computed
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
        // Unknown values are placed by the caller (always last); a column never mixes text and numbers.
        case (.unknown, _), (_, .unknown), (.text, .number), (.number, .text): .same
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
        case .platforms: return d?.platforms.map { .number(Double($0.count)) } ?? .unknown
        // Flags: "no" first (what holds the ledger back), then "yes"; unknown and not applicable last.
        case .nonRoot, .multiStage, .minimalBase, .secretsFree, .healthcheck, .buildx, .ghaCache, .ciMultiArch:
            guard InventoryCells.applies(column, to: p) else { return .unknown }
            return InventoryCells.flag(column, of: p).map { .number($0 ? 1 : 0) } ?? .unknown
        // Counts: most first when sorted descending, like sizes.
        case .critical: return d?.vulnerabilities?.critical.map { .number(Double($0)) } ?? .unknown
        case .high: return d?.vulnerabilities?.high.map { .number(Double($0)) } ?? .unknown
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
