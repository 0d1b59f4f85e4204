import Model

/// The frame around the body: title bar, tab bar, status bar and the hint line.
enum Chrome {
    static func titleBar<S: Screen>(_ state: AppState, into screen: inout S) {
        let w = state.size.columns
        let m = state.ledger.meta
        let right = "as of \(ISODate.day(fromSeconds: state.report.asOf)) "
        let left = TextWidth.truncate(
            " dockledger │ \(m.title) · \(m.sapId) v\(m.ledgerVersion)",
            to: max(0, w - TextWidth.of(right) - 2))
        screen.put(String(repeating: " ", count: w), row: 0, column: 0, style: Style(.title))
        screen.put(left, row: 0, column: 0, style: Style(.title))
        screen.put(right, row: 0, column: w - TextWidth.of(right), style: Style(.title))
    }

    static func statusBar<S: Screen>(_ state: AppState, rowCount: Int, into screen: inout S) {
        let w = state.size.columns
        let y = state.size.rows - 2
        let c = state.report.counts
        let saved = state.saveState.summary
        let left =
            " \(state.fileName) · \(c.projects) project\(c.projects == 1 ? "" : "s") (\(c.active) active) · \(saved)"
        let right = (state.message ?? position(state, rowCount: rowCount)) + " "
        screen.put(String(repeating: " ", count: w), row: y, column: 0, style: Style(.statusBar))
        screen.put(
            TextWidth.truncate(left, to: max(0, w - TextWidth.of(right) - 1)), row: y, column: 0,
            style: Style(.statusBar))
        screen.put(
            right, row: y, column: max(0, w - TextWidth.of(right)),
            style: Style(state.message == nil ? .statusBar : .error))
    }

    /// A y/n question over the status bar, where the eye already is.
    /// A question over the status bar; one too long for the line takes the last body line too,
    /// so no part of it (the keys that answer it) is cut off.
    static func question<S: Screen>(_ text: String, _ state: AppState, into screen: inout S) {
        let w = state.size.columns
        var lines = TextWidth.of(text) + 1 <= w ? [text] : Wrap.lines(text, width: w - 2)
        if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
        for (i, line) in lines.enumerated() {
            let y = state.size.rows - 1 - lines.count + i
            screen.put(String(repeating: " ", count: w), row: y, column: 0, style: Style(.error))
            screen.put(TextWidth.truncate(" " + line, to: w), row: y, column: 0, style: Style(.error))
        }
    }

    /// A line being typed (the form's "go to field"), over the status bar: prompt, text with
    /// its cursor, and what it found.
    static func inputLine<S: Screen>(
        _ prompt: String, _ text: String, after result: String, _ state: AppState, into screen: inout S
    ) {
        let w = state.size.columns
        let y = state.size.rows - 2
        screen.put(String(repeating: " ", count: w), row: y, column: 0, style: Style(.statusBar))
        let typed = " " + prompt + text + "▏"
        screen.put(TextWidth.truncate(typed, to: w), row: y, column: 0, style: Style(.statusBar))
        let x = TextWidth.of(typed) + 2
        if x < w { screen.put(TextWidth.truncate(result, to: w - x), row: y, column: x, style: Style(.statusBar)) }
    }

    /// "row 3/33" of the page showing.
    static func position(_ state: AppState, rowCount: Int) -> String {
        guard rowCount > 0 else { return "" }
        return "row \(Pages.scroll(state).cursor + 1)/\(rowCount)"
    }

    /// The hint line. "? help" and "q quit" are kept at the right end whatever the width;
    /// the other hints fill the line from the left, most specific first, as far as they fit.
    static func hintLine<S: Screen>(_ state: AppState, into screen: inout S) {
        let y = state.size.rows - 1
        let hints = Keymap.hints(
            in: state.hintContexts, writable: state.saveState.isWritable, accepting: state.questionAccepts)
        let isPinned = { (h: (key: String, text: String, action: Action)) in h.action == .help || h.action == .quit }
        let pinned = hints.filter(isPinned).map { (key: $0.key, text: $0.text) }
        let rest = hints.filter { !isPinned($0) }.map { (key: $0.key, text: $0.text) }
        func width(_ h: (key: String, text: String)) -> Int { TextWidth.of(h.key) + 1 + TextWidth.of(h.text) + 2 }
        let pinnedWidth = pinned.reduce(0) { $0 + width($1) }
        var x = 1
        if let search = state.activeSearch { x = searchLine(search, row: y, into: &screen) }
        for hint in rest {
            guard x + width(hint) + pinnedWidth <= state.size.columns else { break }
            x = drawHint(hint, at: x, row: y, into: &screen)
        }
        for hint in pinned where x + width(hint) <= state.size.columns + 2 {
            x = drawHint(hint, at: x, row: y, into: &screen)
        }
    }

    /// "/text▏ 3 of 12" (or "no match") where the hints start; returns where they go on.
    private static func searchLine<S: Screen>(_ search: PageSearch, row y: Int, into screen: inout S) -> Int {
        let typed = "/" + search.text + "▏"
        screen.put(typed, row: y, column: 1, style: Style(.key))
        var x = 1 + TextWidth.of(typed) + 1
        if !search.text.isEmpty {
            let found = search.count == 0 ? "no match" : "\(search.ordinal) of \(search.count)"
            screen.put(found, row: y, column: x, style: Style(search.count == 0 ? .error : .hint))
            x += TextWidth.of(found) + 1
        }
        return x + 1
    }

    private static func drawHint<S: Screen>(
        _ hint: (key: String, text: String), at x: Int, row y: Int, into screen: inout S
    ) -> Int {
        screen.put(hint.key, row: y, column: x, style: Style(.key))
        screen.put(hint.text, row: y, column: x + TextWidth.of(hint.key) + 1, style: Style(.hint))
        return x + TextWidth.of(hint.key) + 1 + TextWidth.of(hint.text) + 2
    }
}
