/// The column chooser's page: each Inventory column with a box saying whether it is on, what it
/// shows, and why a column that is on is not drawn (no room at this width).
enum ColumnChooserView {
    static func document(_ state: AppState, width: Int) -> Document {
        let visible = Set(InventoryColumns.visible(state))
        let all = InventoryColumn.allCases
        let table = Table(
            nil,
            [
                Column("On", width: 3, minimum: -1), Column("Column", width: 11, minimum: -1),
                Column("Shows", minimum: 12), Column("", minimum: 0, dropOrder: 1),
            ],
            count: all.count
        ) { i in
            let column = all[i]
            let on = state.columns.isShown(column)
            let note: Cell =
                if !column.canHide {
                    Cell("always shown", .dim)
                } else if on && !visible.contains(column) {
                    Cell("no room at \(state.size.columns) columns", .dim)
                } else {
                    Cell("")
                }
            return [Cell(on ? "[x]" : "[ ]", on ? .key : .dim), Cell(column.title), Cell(column.label), note]
        }
        let intro = [
            Line("Space or Enter turns a column on or off; remembered in .dockledger/ui.json.", .dim),
            Line("Columns that are on give way, last first, when the terminal is narrow.", .dim),
        ]
        return Document([.text(intro), .gap, .table(table)])
    }
}
