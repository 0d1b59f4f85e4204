import Model

/// The filter's part of the Inventory's summary: the text as typed (with a cursor while typing)
/// and, when it is not a filter, a line under it saying why, in the error role; the rows stay the
/// last good filter's meanwhile.
enum InventoryFilterLine {
    static func spans(_ state: AppState) -> [Span] {
        let q = state.inventory
        let typing = state.mode == .filter
        guard typing || !q.filter.isEmpty else { return [] }
        return [Span(" · filter: ", .dim), Span(q.filter + (typing ? "▏" : ""), .key)]
    }

    /// "✖ level<x: "x" is not a level (0-4) · showing the last good filter's rows".
    static func error(_ state: AppState) -> Line? {
        guard let error = state.inventory.filterError else { return nil }
        return Line([Span("✖ " + error.description, .error), Span(" · showing the last good filter's rows", .dim)])
    }
}
