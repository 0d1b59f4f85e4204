/// Cursor movement over a page's selectable rows, keeping the cursor visible: the first row
/// of a table brings its title into view, the first row of the page scrolls to the very top
/// and the last one as far down as the page goes, so text around the tables is reachable.
enum Motion: Equatable {
    case up, down, pageUp, pageDown, top, bottom
}

enum Scrolling {
    static func move(_ s: ScrollState, _ motion: Motion, in document: Document, height: Int) -> ScrollState {
        let count = document.rowCount
        let maxTop = max(0, document.lineCount - height)
        guard count > 0 else {
            // Nothing to select: move the page itself.
            let page = max(1, height - 1)
            let top: Int =
                switch motion {
                case .up: s.top - 1
                case .down: s.top + 1
                case .pageUp: s.top - page
                case .pageDown: s.top + page
                case .top: 0
                case .bottom: maxTop
                }
            return ScrollState(cursor: 0, top: min(max(0, top), maxTop))
        }
        let page = max(1, height - 2)
        let cursor: Int =
            switch motion {
            case .up: s.cursor - 1
            case .down: s.cursor + 1
            case .pageUp: s.cursor - page
            case .pageDown: s.cursor + page
            case .top: 0
            case .bottom: count - 1
            }
        return reveal(ScrollState(cursor: min(max(0, cursor), count - 1), top: s.top), in: document, height: height)
    }

    /// Adjusts `top` so the cursor's row is on screen and not under a kept header.
    static func reveal(_ s: ScrollState, in document: Document, height: Int) -> ScrollState {
        let count = document.rowCount
        let maxTop = max(0, document.lineCount - height)
        guard count > 0 else { return ScrollState(cursor: 0, top: min(max(0, s.top), maxTop)) }
        let cursor = min(max(0, s.cursor), count - 1)
        guard let place = document.place(ofRow: cursor) else { return s }
        var top = s.top
        if place.indexInTable == 0 {
            top = min(top, place.tableStart)
        } else if place.line <= top {
            // The line at `top` is covered by the kept header; show the row below it.
            top = place.line - 1
        }
        if place.line >= top + height { top = place.line - height + 1 }
        if cursor == 0 { top = 0 }
        if cursor == count - 1 { top = max(top, min(maxTop, place.line - 1)) }
        return ScrollState(cursor: cursor, top: min(max(0, top), maxTop))
    }
}
