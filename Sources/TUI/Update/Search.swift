import Model

/// `/` on a document page: each typed character jumps to the first match from where the search
/// started, Enter (or Down) to the next one and Up to the one before, wrapping; Esc closes the
/// search and leaves the cursor on the match. A match is a line (a table row, a title, a line of
/// text) containing the text, ignoring case.
enum Search {
    static func perform(_ action: SearchAction, _ state: AppState) -> AppState {
        var s = state
        switch action {
        case .start:
            guard let scope = s.searchScope else { return s }
            s.search = PageSearch(scope: scope, origin: cursorLine(s))
        case .next, .previous:
            guard var search = s.activeSearch, !search.text.isEmpty else { return s }
            let start = search.current ?? search.origin
            search = jump(search, from: start, forward: action == .next, skipStart: search.current != nil, &s)
            s.search = search
        case .clearText:
            guard var search = s.activeSearch else { return s }
            search.text = ""
            search.current = nil
            search.count = 0
            s.search = search
        case .close:
            s.search = nil
        }
        return s
    }

    /// Text typed into the search; nil when no search is open or the key is not text.
    static func type(_ key: Key, _ state: AppState) -> AppState? {
        guard var search = state.activeSearch else { return nil }
        switch key {
        case .char(let c): search.text.append(c)
        case .backspace:
            guard !search.text.isEmpty else { return state }
            search.text.removeLast()
        default: return nil
        }
        var s = state
        if search.text.isEmpty {
            search.current = nil
            search.count = 0
        } else {
            search = jump(search, from: search.origin, forward: true, skipStart: false, &s)
        }
        s.search = search
        return s
    }

    /// Moves to the match after (or before) `line`, or on it unless `skipStart`, wrapping around.
    private static func jump(
        _ search: PageSearch, from line: Int, forward: Bool, skipStart: Bool, _ s: inout AppState
    ) -> PageSearch {
        var search = search
        let document = Pages.document(s)
        let matches = document.lines(containing: search.text)
        search.count = matches.count
        let found: Int?
        if forward {
            found = matches.firstIndex { skipStart ? $0 > line : $0 >= line } ?? (matches.isEmpty ? nil : 0)
        } else {
            found =
                matches.lastIndex { skipStart ? $0 < line : $0 <= line } ?? (matches.isEmpty ? nil : matches.count - 1)
        }
        guard let found else {
            search.current = nil
            search.ordinal = 0
            return search
        }
        search.current = matches[found]
        search.ordinal = found + 1
        reveal(line: matches[found], in: document, &s)
        return search
    }

    /// Puts the cursor on the match when it is a selectable row. Another line (a title, text) is
    /// scrolled into view with the cursor on the first row below it, so the cursor never stays
    /// on a match of fewer characters typed, and Enter after Esc opens what was found.
    private static func reveal(line: Int, in document: Document, _ s: inout AppState) {
        let height = Pages.height(s)
        var scroll = Pages.scroll(s)
        if let row = document.row(atLine: line) ?? document.firstRow(below: line) {
            scroll.cursor = row
            scroll = Scrolling.reveal(scroll, in: document, height: height)
        }
        if line < scroll.top || line >= scroll.top + height {
            let maxTop = max(0, document.lineCount - height)
            scroll.top = min(max(0, line - 1), maxTop)
        }
        s.setPageScroll(scroll)
    }

    /// The document line of the cursor's row (or the top line of a page without rows).
    private static func cursorLine(_ s: AppState) -> Int {
        let scroll = Pages.scroll(s)
        return Pages.document(s).place(ofRow: scroll.cursor)?.line ?? scroll.top
    }
}

/// The search keys (bound in the keymap's `.tables` and `.searchInput` contexts).
public enum SearchAction: Equatable, Sendable {
    case start, next, previous, clearText, close
}

extension Document {
    /// The lines whose text contains `needle`, ignoring case: table titles and rows, text lines.
    func lines(containing needle: String) -> [Int] {
        let needle = needle.lowercased()
        guard !needle.isEmpty else { return [] }
        var out: [Int] = []
        var line = 0
        for block in blocks {
            switch block {
            case .gap: break
            case .text(let lines):
                for (i, l) in lines.enumerated() where l.spans.map(\.text).joined().lowercased().contains(needle) {
                    out.append(line + i)
                }
            case .table(let t):
                if let title = t.title, title.lowercased().contains(needle) { out.append(line) }
                let firstRow = line + (t.title == nil ? 0 : 1) + 1
                for i in 0..<t.rowCount where t.row(i).map(\.text).joined(separator: " ").lowercased().contains(needle)
                {
                    out.append(firstRow + i)
                }
            }
            line += block.lineCount
        }
        return out
    }

    /// The first selectable row drawn below document line `line`.
    func firstRow(below line: Int) -> Int? {
        var start = 0
        var rowsBefore = 0
        for block in blocks {
            if case .table(let t) = block, t.rowCount > 0 {
                let firstRow = start + (t.title == nil ? 0 : 1) + 1
                if firstRow + t.rowCount - 1 > line { return rowsBefore + max(0, line + 1 - firstRow) }
                rowsBefore += t.rowCount
            }
            start += block.lineCount
        }
        return nil
    }

    /// The selectable row drawn on document line `line`, if that line is a table row.
    func row(atLine target: Int) -> Int? {
        var line = 0
        var rowsBefore = 0
        for block in blocks {
            if case .table(let t) = block {
                let firstRow = line + (t.title == nil ? 0 : 1) + 1
                if target >= firstRow && target < firstRow + t.rowCount { return rowsBefore + target - firstRow }
                rowsBefore += t.rowCount
            }
            line += block.lineCount
            if line > target { return nil }
        }
        return nil
    }
}
