/// Where the Inventory's column cursor is among the columns on screen: the ones chosen (`c`)
/// that fit the width (`TableFit` leaves out the last ones first).
enum InventoryColumns {
    /// The columns drawn now, left to right.
    static func visible(_ state: AppState) -> [InventoryColumn] {
        let shown = state.columns.shown
        let table = Table(nil, InventoryTab.columns(state, cursor: nil), count: 0) { _ in [] }
        return TableFit.fit(table, width: Pages.width(state)).columns.map { shown[$0] }
    }

    /// The column the cursor is on: the chosen one, or when it is not drawn (turned off, or no
    /// room at this width) the nearest drawn column left of it.
    static func cursor(_ state: AppState) -> InventoryColumn {
        let visible = visible(state)
        let wanted = state.columns.cursor
        if visible.contains(wanted) { return wanted }
        let all = InventoryColumn.allCases
        let place = all.firstIndex(of: wanted) ?? 0
        return visible.last { all.firstIndex(of: $0)! < place } ?? visible.first ?? .name
    }

    /// The drawn column `step` places from the cursor, stopping at either end.
    static func step(_ step: Int, from state: AppState) -> InventoryColumn {
        let visible = visible(state)
        guard let here = visible.firstIndex(of: cursor(state)) else { return .name }
        return visible[max(0, min(visible.count - 1, here + step))]
    }
}
