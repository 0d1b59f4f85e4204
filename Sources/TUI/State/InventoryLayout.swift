/// Which Inventory columns are on (chosen with `c`) and which one the column cursor is on
/// (`<`/`>`; `s`, `S` and `e` act on it). Columns that are on still give way, last first, when
/// the terminal is too narrow for all of them.
public struct InventoryLayout: Equatable, Sendable {
    /// Columns turned off in the chooser (everything is on at first).
    public private(set) var hidden: Set<InventoryColumn> = []
    public var cursor: InventoryColumn = .name

    public init(hidden: Set<InventoryColumn> = []) {
        self.hidden = hidden.filter(\.canHide)
    }

    /// The columns that are on, in display order.
    public var shown: [InventoryColumn] { InventoryColumn.allCases.filter { !hidden.contains($0) } }

    public func isShown(_ column: InventoryColumn) -> Bool { !hidden.contains(column) }

    /// Turns a column on or off (the project name stays on).
    public mutating func toggle(_ column: InventoryColumn) {
        guard column.canHide else { return }
        if hidden.contains(column) { hidden.remove(column) } else { hidden.insert(column) }
    }
}
