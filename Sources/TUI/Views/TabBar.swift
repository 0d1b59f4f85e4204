import Model

/// The tab bar, from the tab table. When the labels (" 1 Coverage ") do not all fit, the current
/// tab keeps its whole label and the others share what is left evenly, their titles cut with
/// "…" down to the key alone; when even that does not fit, the tabs farthest from the current
/// one are left out and "‹" / "›" at the edges say that more tabs are there.
enum TabBar {
    struct Entry: Equatable {
        /// The digit that shows it, if it has one.
        let key: String?
        let title: String
    }

    struct Layout: Equatable {
        /// The labels drawn, in order, and which one is the current tab.
        let labels: [String]
        let current: Int
        let hiddenBefore: Bool
        let hiddenAfter: Bool
    }

    /// Columns between two labels.
    static let gap = 1

    static func draw<S: Screen>(_ state: AppState, into screen: inout S) {
        let shown = Tab.allCases.filter { $0.isShown(in: state) }
        let tabs = shown.map { Entry(key: $0.key.map { String($0) }, title: $0.title) }
        // One column kept free at each edge for the "‹" / "›" marks.
        let layout = layout(tabs, current: shown.firstIndex(of: state.tab) ?? 0, width: state.size.columns - 2)
        if layout.hiddenBefore { screen.put("‹", row: 1, column: 0, style: Style(.dim)) }
        var x = 1
        for (i, label) in layout.labels.enumerated() {
            screen.put(label, row: 1, column: x, style: Style(i == layout.current ? .tabActive : .tabInactive))
            x += TextWidth.of(label) + gap
        }
        if layout.hiddenAfter { screen.put("›", row: 1, column: state.size.columns - 1, style: Style(.dim)) }
    }

    static func layout(_ tabs: [Entry], current: Int, width: Int) -> Layout {
        var shown = Array(tabs.indices)
        while true {
            let room = width - gap * (shown.count - 1)
            if let texts = fitted(tabs, shown, current: current, room: room)
                ?? (shown.count == 1 ? [label(tabs[current])] : nil)
            {
                return Layout(
                    labels: texts, current: shown.firstIndex(of: current)!,
                    hiddenBefore: shown.first! > 0, hiddenAfter: shown.last! < tabs.count - 1)
            }
            // Leave out the tab farthest from the current one.
            if current - shown.first! >= shown.last! - current { shown.removeFirst() } else { shown.removeLast() }
        }
    }

    /// Whole labels when they fit in `room`; else the current one whole and the others cut to
    /// share the rest evenly (the shorter ones first, so what they leave goes to the longer);
    /// nil when not even their keys fit.
    private static func fitted(_ tabs: [Entry], _ shown: [Int], current: Int, room: Int) -> [String]? {
        let whole = shown.map { label(tabs[$0]) }
        if whole.reduce(0, { $0 + TextWidth.of($1) }) <= room { return whole }
        var budget = room - TextWidth.of(label(tabs[current]))
        let others = shown.filter { $0 != current }.sorted {
            TextWidth.of(label(tabs[$0])) < TextWidth.of(label(tabs[$1]))
        }
        var texts = [current: label(tabs[current])]
        for (n, i) in others.enumerated() {
            guard let text = shortened(tabs[i], toFit: budget / (others.count - n)) else { return nil }
            texts[i] = text
            budget -= TextWidth.of(text)
        }
        return shown.map { texts[$0]! }
    }

    /// The label cut to at most `width` columns: the title cut with "…" while a letter of it
    /// still shows, then the key alone; nil when not even that fits.
    private static func shortened(_ tab: Entry, toFit width: Int) -> String? {
        let whole = label(tab)
        if TextWidth.of(whole) <= width { return whole }
        let titleRoom = width - (TextWidth.of(whole) - TextWidth.of(tab.title))
        if titleRoom >= 2 { return label(tab, title: TextWidth.truncate(tab.title, to: titleRoom)) }
        if let key = tab.key, TextWidth.of(key) + 2 <= width { return " \(key) " }
        return nil
    }

    /// " 1 Coverage ", or " Coverage " for a tab without a key.
    private static func label(_ tab: Entry, title: String? = nil) -> String {
        " " + (tab.key.map { $0 + " " } ?? "") + (title ?? tab.title) + " "
    }
}
