import Foundation
import Model

/// Filter, sort order and archived rows of the Inventory, with the resulting row order cached:
/// rows are recomputed when the query or the ledger changes, not per frame. A column's order is
/// computed the first time it is sorted by and kept, updated for each edit of, add or delete of
/// one project, so sorting again (or the other way, or by it again after an edit) only reads
/// it; a filter keystroke filters the sorted list, keeping its
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

    /// What an edit did to the rows, for the kept orders to follow it.
    public enum RowChange: Equatable, Sendable {
        /// No project changed (only issues): nothing the Inventory shows or sorts by did.
        case unchanged
        /// The project at this index changed in place.
        case replaced(Int)
        /// A project was added at this index (those from it on moved up by one).
        case inserted(Int)
        /// The project at this index was removed (those after it moved down by one).
        case removed(Int)
    }

    /// After the ledger changed: every cached order is stale.
    public mutating func refresh(_ data: LedgerData) {
        orders = ColumnOrders()
        resort(data)
    }

    /// After an edit of at most one project (`change`; nil: anything else, as `refresh`): every
    /// column's kept order takes that project out and puts it back where it sorts now, found by
    /// binary search, so an edit, an add or a delete costs a few sort keys per column, not a
    /// sort of every project, and sorting by another column afterwards still only reads its
    /// order. The same orders `refresh` makes.
    public mutating func refresh(_ data: LedgerData, after change: RowChange?) {
        guard let change else { return refresh(data) }
        if change == .unchanged { return }
        orders = orders.updated { order, column in order.follow(change, data, column: column) }
        // The kept filter results were for the old ledger: filtered once again (nothing to do
        // without a filter).
        resort(data)
    }

    /// The columns whose order is kept now (computed once, then updated by each edit).
    var keptOrderColumns: Set<InventoryColumn> { orders.columns }

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
/// An edit updates it (`follow`) instead of sorting again.
struct ColumnOrder: Sendable {
    private(set) var ascending: [Int]
    private(set) var runStarts: [Int]
    /// How many of `ascending` have a known value (they come first).
    private(set) var known: Int

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

    /// Follows an edit: `data` is the ledger's after it.
    mutating func follow(_ change: InventoryQuery.RowChange, _ data: LedgerData, column: InventoryColumn) {
        switch change {
        case .unchanged: return
        case .replaced(let index):
            remove(project: index)
            insert(project: index, data, column: column)
        case .inserted(let index):
            shiftProjects(from: index, by: 1)
            insert(project: index, data, column: column)
        case .removed(let index):
            remove(project: index)
            shiftProjects(from: index + 1, by: -1)
        }
    }

    /// Takes project `project` out (its index as the order has it); the runs after it move up.
    mutating func remove(project: Int) {
        guard let position = ascending.firstIndex(of: project) else { return }
        ascending.remove(at: position)
        guard position < known else { return }
        known -= 1
        // The run holding it: the last one starting at or before it.
        let run = Self.firstIndex(in: runStarts) { $0 > position } - 1
        let end = run + 1 < runStarts.count ? runStarts[run + 1] : known + 1
        if end - runStarts[run] == 1 {
            // It was alone in its run: the run goes.
            runStarts.remove(at: run)
            for k in run..<runStarts.count { runStarts[k] -= 1 }
        } else {
            for k in (run + 1)..<runStarts.count { runStarts[k] -= 1 }
        }
    }

    /// Puts project `project` (an index into `data`'s projects) where the column sorts it now:
    /// among the known values by its key, ties in file order; among the unknown ones by index.
    mutating func insert(project: Int, _ data: LedgerData, column: InventoryColumn) {
        let key = SortKey.of(data, project: project, column: column)
        if key.isUnknown {
            let position = known + Self.firstIndex(in: ascending[known...]) { $0 > project }
            ascending.insert(project, at: position)
            return
        }
        func keyOf(_ position: Int) -> SortKey { SortKey.of(data, project: ascending[position], column: column) }
        // The first known row that sorts after it.
        var low = 0
        var high = known
        while low < high {
            let mid = (low + high) / 2
            let order = SortKey.compare(keyOf(mid), key)
            if order == .before || (order == .same && ascending[mid] < project) { low = mid + 1 } else { high = mid }
        }
        let position = low
        let joinsPrevious = position > 0 && SortKey.compare(keyOf(position - 1), key) == .same
        let joinsNext = position < known && SortKey.compare(keyOf(position), key) == .same
        ascending.insert(project, at: position)
        known += 1
        // The runs starting at or after its place move down by one, but for a run it now starts.
        let next = Self.firstIndex(in: runStarts) { $0 >= position }
        if joinsPrevious {
            for k in next..<runStarts.count { runStarts[k] += 1 }
        } else if joinsNext {
            for k in (next + 1)..<runStarts.count { runStarts[k] += 1 }
        } else {
            for k in next..<runStarts.count { runStarts[k] += 1 }
            runStarts.insert(position, at: next)
        }
    }

    /// Every project index from `first` on moves by `step` (a project added or removed before
    /// them); their order does not change.
    mutating func shiftProjects(from first: Int, by step: Int) {
        for k in ascending.indices where ascending[k] >= first { ascending[k] += step }
    }

    /// The first position (from 0) in `sorted` where `after` holds, it holding from there on; the
    /// count when it never does.
    private static func firstIndex(in sorted: some RandomAccessCollection<Int>, where after: (Int) -> Bool) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if after(sorted[sorted.index(sorted.startIndex, offsetBy: mid)]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// The orders computed so far for one ledger, shared by every copy of the query that holds it
/// (a new ledger gets a new box: empty, or the orders updated for an edit; see
/// `InventoryQuery.refresh`).
final class ColumnOrders: @unchecked Sendable {
    private let lock = NSLock()
    private var byColumn: [InventoryColumn: ColumnOrder] = [:]

    /// A new box with every order computed so far changed by `change` (this one is left as
    /// it is: a copy of the query for the previous ledger may still read it).
    func updated(_ change: (inout ColumnOrder, InventoryColumn) -> Void) -> ColumnOrders {
        lock.lock()
        var orders = byColumn
        lock.unlock()
        for column in orders.keys { change(&orders[column]!, column) }
        let box = ColumnOrders()
        box.byColumn = orders
        return box
    }

    var columns: Set<InventoryColumn> {
        lock.lock()
        defer { lock.unlock() }
        return Set(byColumn.keys)
    }

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
