import Model

/// Draws the whole dashboard for a state. Reads the engine's report; computes nothing.
public func render<S: Screen>(_ state: AppState, into screen: inout S) {
    screen.clear()
    if state.isTooSmall {
        TooSmallView.draw(state, into: &screen)
        screen.present()
        return
    }
    Chrome.titleBar(state, into: &screen)
    TabBar.draw(state, into: &screen)
    let top = Pages.top(state)
    if let title = Pages.overlayTitle(state) {
        var closing = state.backStack.isEmpty ? "  (Esc closes)" : "  (Esc goes back)"
        if state.mode.shownForm != nil { closing = "  (Enter saves, Esc cancels)" }
        screen.put(
            TextWidth.truncate(" " + title + closing, to: state.size.columns), row: top - 1, column: 0,
            style: Style(.sectionTitle))
    }
    let document = Pages.document(state)
    if let form = state.mode.shownForm, !form.isInline {
        FormView(form: form, top: top, height: Pages.height(state), width: state.size.columns).draw(into: &screen)
    } else {
        var isHelp = false
        if case .help = state.mode { isHelp = true }
        let search = state.activeSearch
        DocumentView<S>(
            document: document, scroll: Pages.scroll(state), top: top, height: Pages.height(state),
            left: 1, width: Pages.width(state), showsSelection: !isHelp, highlight: search?.text,
            currentLine: search?.current
        )
        .draw(into: &screen)
        if case .form(let form) = state.mode { CellEditView.draw(form, state, top: top, into: &screen) }
    }
    Chrome.statusBar(state, rowCount: document.rowCount, into: &screen)
    if case .confirm(let question) = state.mode {
        Chrome.question(question.prompt + state.questionKeys, state, into: &screen)
    }
    if case .form(let form) = state.mode, let search = form.search {
        Chrome.inputLine("Go to field: ", search.text, after: form.searchResult, state, into: &screen)
    }
    Chrome.hintLine(state, into: &screen)
    screen.present()
}

enum TooSmallView {
    static func draw<S: Screen>(_ state: AppState, into screen: inout S) {
        let need = AppState.minimumSize
        let lines = [
            "terminal too small (need \(need.columns)x\(need.rows))",
            "now \(state.size.columns)x\(state.size.rows) · q quits",
        ]
        let y0 = max(0, state.size.rows / 2 - 1)
        for (i, line) in lines.enumerated() where y0 + i < state.size.rows {
            let text = TextWidth.truncate(line, to: state.size.columns)
            let x = max(0, (state.size.columns - TextWidth.of(text)) / 2)
            screen.put(text, row: y0 + i, column: x, style: Style(i == 0 ? .error : .dim))
        }
    }
}
