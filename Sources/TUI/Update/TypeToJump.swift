/// A letter no key is bound to jumps to the next row whose first cell starts with it (as in
/// file managers): on Coverage, `n` then Enter lists the projects behind "Non-root execution".
enum TypeToJump {
    static func jump(_ letter: Character, _ state: AppState) -> AppState? {
        guard letter.isLetter else { return nil }
        switch state.mode {
        case .browse, .page, .detail: break
        case .help, .filter, .form, .confirm: return nil
        }
        let document = Pages.document(state)
        let count = document.rowCount
        guard count > 0 else { return nil }
        let cursor = Pages.scroll(state).cursor
        let key = String(letter).lowercased()
        for step in 1...count {
            let row = (cursor + step) % count
            guard let first = document.firstCell(ofRow: row), first.lowercased().hasPrefix(key) else { continue }
            var s = state
            var scroll = Pages.scroll(s)
            scroll.cursor = row
            s.setPageScroll(Scrolling.reveal(scroll, in: document, height: Pages.height(s)))
            return s
        }
        var s = state
        s.message = "no row starts with \"\(letter)\""
        return s
    }
}

extension Document {
    /// The text of a selectable row's first cell.
    func firstCell(ofRow row: Int) -> String? {
        var remaining = row
        for case .table(let t) in blocks {
            if remaining < t.rowCount { return t.row(remaining).first?.text }
            remaining -= t.rowCount
        }
        return nil
    }
}
