/// The column chooser (`c` on the Inventory): one row per column, in display order; Space or
/// Enter turns the one under the cursor on or off, and the choice is remembered in
/// `.dockledger/ui.json` (the run loop writes it).
enum ColumnChooser {
    static func toggle(_ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard case .page(.columns, let scroll) = s.mode else { return (s, []) }
        let all = InventoryColumn.allCases
        let column = all[max(0, min(all.count - 1, scroll.cursor))]
        guard column.canHide else {
            s.message = "the project name is always shown"
            return (s, [])
        }
        s.columns.toggle(column)
        s.message = "\(column.title) \(s.columns.isShown(column) ? "shown" : "hidden")"
        return (s, [.saveSettings(s.settings)])
    }
}
