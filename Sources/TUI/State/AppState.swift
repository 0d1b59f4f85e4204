import Model

/// Everything the dashboard shows, as a value: update makes a new one from an event, views
/// draw one. No curses, no disk.
public struct AppState: Sendable {
    public private(set) var data: LedgerData
    /// The file name shown in the status bar.
    public var fileName: String
    public var saveState: SaveState = .unchanged
    /// Undo and redo of every committed edit.
    public var history = EditHistory()
    /// The edits not on disk yet, to replay them if another program writes the file.
    public var unsaved = UnsavedEdits()
    /// The clock's day and instant, for form defaults ("now"); set by the run loop.
    public var now: Double
    public var tab: Tab = .coverage
    /// Cursor and scroll of each tab, kept while switching tabs.
    public var scroll: [Tab: ScrollState] = [:]
    public var mode: Mode = .browse
    /// The overlays under the current one, oldest first: Esc goes back to the last.
    public var backStack: [Mode] = []
    /// Scorecards show only the metrics not met, worst first.
    public var scorecardNotMetOnly = false
    public var inventory: InventoryQuery
    /// The `/` search of the page showing (not the Inventory's filter); see `activeSearch`.
    public var search: PageSearch?
    /// The Inventory's columns that are on and its column cursor.
    public var columns = InventoryLayout()
    /// A failed write of `.dockledger/ui.json` was said in the status line (said once only).
    var settingsFailureSaid = false
    public var size: Size
    /// The side picked for each merge conflict, by its path; ours when none.
    public var conflictPicks: [LedgerPath: MergeConflict.Side] = [:]
    /// Trend points from the ledger's git history, once read in the background.
    public var gitTrend: [TrendPoint] = []
    /// A one-line message for the status bar, cleared by the next key.
    public var message: String?

    /// The smallest terminal the layout works in.
    public static let minimumSize = Size(columns: 72, rows: 16)

    public init(ledger: Ledger, fileName: String, asOf: Double, size: Size) {
        let data = LedgerData(ledger: ledger, asOf: asOf)
        self.data = data
        self.fileName = fileName
        self.size = size
        // A ledger from a merge that could not decide everything opens where it is settled.
        if !ledger.conflicts.isEmpty { tab = .conflicts }
        now = asOf
        inventory = InventoryQuery(data: data)
    }

    public var ledger: Ledger { data.ledger }
    public var report: LedgerReport { data.report }
    /// The trend: the file's history snapshots and the git points, by date.
    public var trendPoints: [TrendPoint] { Trend.merge(snapshots: report.trend, git: gitTrend) }

    /// Replaces the ledger (after an edit or reload): the only place the report is recomputed.
    /// `edit`: what made `ledger` from the one shown, when known; an edit that replaces
    /// projects in place or changes issues then updates only what it changes.
    public mutating func replaceLedger(_ ledger: Ledger, asOf: Double, by edit: LedgerEdit? = nil) {
        let before = data.ledger.projects.count
        data = data.updated(to: ledger, by: edit, asOf: asOf)
        inventory.refresh(data, after: Self.rowChange(by: edit, from: before, to: ledger.projects.count))
        refreshPages()
    }

    /// What `edit` did to the Inventory's rows, when it touched at most one project; nil when
    /// anything else may have changed (every order is then computed again).
    private static func rowChange(by edit: LedgerEdit?, from before: Int, to after: Int) -> InventoryQuery.RowChange? {
        if let change = edit?.projectCountChange {
            switch change.kind {
            case .inserted where after == before + 1: return .inserted(change.index)
            case .removed where after == before - 1: return .removed(change.index)
            case .inserted, .removed: return nil
            }
        }
        guard after == before, let changed = edit?.inPlaceChange?.projects, changed.count <= 1 else { return nil }
        // No project changed (only issues): nothing the Inventory shows or sorts by did.
        guard let index = changed.first else { return .unchanged }
        return .replaced(index)
    }

    public var isTooSmall: Bool {
        size.columns < AppState.minimumSize.columns || size.rows < AppState.minimumSize.rows
    }

    /// Rows between the tab bar and the status bar.
    public var bodyHeight: Int { max(1, size.rows - 4) }

    public func scrollState(_ tab: Tab) -> ScrollState { scroll[tab] ?? ScrollState() }

    /// The keymap contexts that apply now, most specific first: the mode's, or while browsing
    /// the current tab's own (declared by its component) before the table and global keys.
    public var keyContexts: [KeyContext] {
        if activeSearch != nil { return [.searchInput] }
        switch mode {
        case .filter: return [.filterInput]
        // A cell edited in place has Enter and Esc of its own; its text keys are the forms'.
        case .form(let form):
            return form.search != nil ? [.fieldSearch] : form.isInline ? [.cellEdit, .form] : [.form]
        case .confirm: return [.confirm]
        case .help, .detail: return [.overlay, .tables, .global]
        case .page(let page, _): return (page.keyContext.map { [$0] } ?? []) + [.overlay, .tables, .global]
        case .browse: return (tab.component.keyContext.map { [$0] } ?? []) + [.tables, .global]
        }
    }

    /// The contexts whose hints the hint line shows: a cell edited in place shows its own only
    /// (moving between fields means nothing there).
    public var hintContexts: [KeyContext] {
        if case .form(let form) = mode, form.isInline { return [.cellEdit] }
        return keyContexts
    }

    /// What `.dockledger/ui.json` keeps of this state.
    public var settings: UISettings {
        UISettings(hiddenColumns: columns.hidden, hidesArchived: inventory.hidesArchived)
    }

    /// Takes the settings read from `.dockledger/ui.json` at start.
    public mutating func apply(_ settings: UISettings) {
        columns = InventoryLayout(hidden: settings.hiddenColumns)
        inventory.setHidesArchived(settings.hidesArchived, data: data)
    }

    /// The project under the Inventory cursor, as an index into the ledger's projects.
    public var selectedProject: Int? {
        let cursor = scrollState(.inventory).cursor
        return cursor < inventory.order.count ? inventory.order[cursor] : nil
    }
}
