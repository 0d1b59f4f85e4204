import Model

/// A mouse event as update sees it, like a key: a click on a tab shows it, on a row selects
/// it (a second click on the selected row does what Enter does there, so a double click
/// opens), on a table's header does what the table says (the Inventory sorts by that column);
/// the wheel moves three rows. Forms take the wheel to move between fields. While a question
/// or the filter line waits for the keyboard, the mouse does nothing.
enum Mouse {
    static let wheelStep = 3

    /// The help screen's lines about the mouse (it has no keymap rows), each fitting 80 columns.
    static let help = [
        "Mouse: a click shows a tab, selects a row, or on an Inventory header sorts by",
        "that column; a second click on a row (or a double click) does what Enter does;",
        "the wheel moves 3 rows. Shift-drag selects text as usual.",
    ]

    static func event(_ event: MouseEvent, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        guard !s.isTooSmall else { return (s, []) }
        switch s.mode {
        case .confirm, .filter:
            return (s, [])
        case .form:
            return (inForm(event, s), [])
        case .browse, .help, .detail, .page:
            break
        }
        switch event.kind {
        case .wheelUp, .wheelDown:
            for _ in 0..<wheelStep { s = Update.move(event.kind == .wheelUp ? .up : .down, s) }
            return (s, [])
        case .press:
            return click(HitTest.target(row: event.row, column: event.column, s), s)
        }
    }

    private static func click(_ target: HitTest.Target?, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        switch target {
        case .tab(let tab): return Update.perform(.showTab(tab), s)
        case .previousTab: return Update.perform(.previousTab, s)
        case .nextTab: return Update.perform(.nextTab, s)
        case .row(let row):
            let document = Pages.document(s)
            if row == Pages.scroll(s).cursor {
                // What Enter does here (opens the row, the Inventory's detail, ...).
                guard let enter = Keymap.action(for: .enter, in: s.keyContexts) else { return (s, []) }
                return Update.perform(enter.action, s)
            }
            var scroll = Pages.scroll(s)
            scroll.cursor = row
            s.setPageScroll(Scrolling.reveal(scroll, in: document, height: Pages.height(s)))
            return (s, [])
        case .formField:
            // Only while a form shows, which `inForm` handles.
            return (s, [])
        case .header(let table, let column):
            let tables = Pages.document(s).tableBlocks
            guard tables.indices.contains(table), let action = tables[table].headerAction(column) else {
                return (s, [])
            }
            return Update.perform(action, s)
        case nil:
            return (s, [])
        }
    }

    /// In a form: a click on a field focuses it (greyed-out ones stay out of reach), the wheel
    /// moves one field.
    private static func inForm(_ event: MouseEvent, _ state: AppState) -> AppState {
        guard case .form(var form) = state.mode, form.search == nil else { return state }
        var s = state
        switch event.kind {
        case .wheelUp: form.perform(.previous)
        case .wheelDown: form.perform(.next)
        case .press:
            guard case .formField(let i) = HitTest.target(row: event.row, column: event.column, s),
                !form.fields[i].disabled
            else { return s }
            form.focus = i
        }
        s.mode = .form(form)
        return s
    }
}
