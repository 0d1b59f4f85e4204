import Model

/// A cell being edited in place (`e`): drawn over the cell under the Inventory's cursor, as wide
/// as the column or the text, with the text cursor (or, for a choice, the ←→ that cycle it).
enum CellEditView {
    static func draw<S: Screen>(_ form: Form, _ state: AppState, top: Int, into screen: inout S) {
        guard case .editCell(_, let column) = form.purpose, let field = form.focusedField else { return }
        let document = Pages.document(state)
        let scroll = Pages.scroll(state)
        guard let place = document.place(ofRow: scroll.cursor) else { return }
        let y = top + place.line - scroll.top
        guard y >= top, y < top + Pages.height(state) else { return }
        let table = InventoryTab.table(state)
        let fit = TableFit.fit(table, width: Pages.width(state))
        let shown = state.columns.shown
        // Over its cell; over the row's first cell when its column has no room (after a resize).
        var x = 1
        var width = fit.widths.first ?? 0
        var left = 1
        for (k, index) in fit.columns.enumerated() {
            if shown[index] == column {
                x = left
                width = fit.widths[k]
                break
            }
            left += fit.widths[k] + TableFit.gap
        }
        let text: String
        if case .choice = field.kind {
            text = "◂ " + (field.value.isEmpty ? "unknown" : field.value) + " ▸"
        } else {
            var chars = Array(field.value)
            chars.insert("▏", at: min(field.cursor, chars.count))
            text = String(chars)
        }
        // Wider than its column when the text needs it, never past the screen's edge.
        let room = max(1, state.size.columns - x)
        let shownWidth = min(room, max(width, TextWidth.of(text) + 1))
        let role: Role = form.errors.isEmpty ? .cellEditor : .error
        screen.put(
            TextWidth.fit(Sanitizer.visible(text), to: shownWidth, alignRight: false), row: y, column: x,
            style: Style(role))
    }
}
