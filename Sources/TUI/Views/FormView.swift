import Model

/// Draws a form over the body: a heading per group, one line per field (label, value, and the
/// reason beside it when it is wrong), the focused line highlighted and kept in view.
struct FormView<S: Screen> {
    let form: Form
    let top: Int
    let height: Int
    let width: Int

    /// Wide enough for the form's longest label ("Health check latency (ms)" was cut), but
    /// never more than half the screen.
    var labelWidth: Int {
        let longest = form.fields.map { TextWidth.of($0.label) }.max() ?? 0
        return max(28, min(longest + 5, width / 2))
    }

    /// The drawn lines: headings, fields and, under the focused field, its whole reason when it
    /// does not fit beside the value, and its suggestions when it has options.
    private enum Row {
        case heading(String)
        case field(Int)
        case reason(Int)
        case suggestions([String])
    }

    private var rows: [Row] {
        var rows: [Row] = []
        for (i, field) in form.fields.enumerated() {
            if let heading = field.heading { rows.append(.heading(heading)) }
            rows.append(.field(i))
            if i == form.focus, let reason = form.errors[field.id],
                reasonColumn(i) + TextWidth.of("✖ " + reason) > width
            {
                rows.append(.reason(i))
            }
            if i == form.focus, case .combo = field.kind {
                let suggestions = field.suggestions
                if !suggestions.isEmpty { rows.append(.suggestions(suggestions)) }
            }
        }
        return rows
    }

    /// The first drawn line: the focused field (and the heading above it) kept in view without
    /// stored scroll state.
    private func firstRow(_ rows: [Row]) -> Int {
        let focusRow =
            rows.firstIndex {
                if case .field(let i) = $0 { return i == form.focus }
                return false
            } ?? 0
        return max(0, min(focusRow - height / 2, rows.count - height))
    }

    /// The field drawn on screen row `y` (for a click), nil on a heading or past the fields.
    func field(atRow y: Int) -> Int? {
        let rows = self.rows
        let line = firstRow(rows) + y - top
        guard y >= top, y < top + height, rows.indices.contains(line), case .field(let i) = rows[line] else {
            return nil
        }
        return i
    }

    func draw(into screen: inout S) {
        let rows = self.rows
        guard height > 0 else { return }
        let first = firstRow(rows)
        for r in 0..<min(height, rows.count - first) {
            let y = top + r
            switch rows[first + r] {
            case .heading(let text):
                screen.put(TextWidth.truncate(" " + text, to: width), row: y, column: 0, style: Style(.sectionTitle))
            case .field(let i):
                drawField(i, row: y, into: &screen)
            case .reason(let i):
                let reason = form.errors[form.fields[i].id] ?? ""
                screen.put(TextWidth.truncate("   ✖ " + reason, to: width), row: y, column: 0, style: Style(.error))
            case .suggestions(let suggestions):
                // Start at the value chosen, so Left/Right visibly walk the list.
                let field = form.fields[form.focus]
                let chosen = suggestions.firstIndex(of: field.value) ?? 0
                let options = (suggestions[chosen...] + suggestions[..<chosen]).prefix(6).map {
                    $0.isEmpty ? "(none)" : $0
                }.joined(separator: " · ")
                screen.put(
                    TextWidth.truncate("   ←→ " + options, to: width - labelWidth), row: y, column: labelWidth,
                    style: Style(.dim))
            }
        }
    }

    private func drawField(_ i: Int, row y: Int, into screen: inout S) {
        let field = form.fields[i]
        let focused = i == form.focus
        if focused {
            screen.put(
                String(repeating: " ", count: width), row: y, column: 0, style: Style(.selection, selected: true))
        }
        let label = TextWidth.fit("   " + field.label, to: labelWidth - 1, alignRight: false)
        screen.put(label, row: y, column: 0, style: Style(field.disabled ? .dim : .normal, selected: focused))
        let (shown, role) = shownValue(i)
        screen.put(shown, row: y, column: labelWidth, style: Style(role, selected: focused))
        if let reason = form.errors[field.id] {
            let x = reasonColumn(i)
            screen.put(
                TextWidth.truncate("✖ " + reason, to: max(0, width - x)), row: y, column: x, style: Style(.error))
        }
    }

    /// The rest of the line: a long value (notes, a registry path) shows whole on a wide screen.
    private var valueWidth: Int { max(8, width - labelWidth - 2) }

    /// The value as drawn: the focused one with its cursor or arrows, an empty one as "-".
    private func shownValue(_ i: Int) -> (String, Role) {
        let field = form.fields[i]
        let focused = i == form.focus
        var value: String
        var role: Role = field.disabled ? .dim : .normal
        switch field.kind {
        case .choice:
            value = field.value.isEmpty ? "unknown" : field.value
            if field.value.isEmpty { role = .dim }
            if focused { value = "‹ " + value + " ›" }
        case .text where focused:
            // The cursor where typing goes; a long value shows the part around the cursor.
            let chars = Array(field.value)
            let before = String(chars[..<min(field.cursor, chars.count)])
            let after = String(chars[min(field.cursor, chars.count)...])
            var head = before
            while TextWidth.of(head) + 1 > valueWidth - 1, !head.isEmpty { head.removeFirst() }
            value = (head.count < before.count ? "…" + head.dropFirst() : head) + "▏" + after
        case .text, .combo:
            value = field.value
            if focused {
                value += "▏"
            } else if value.isEmpty {
                value = "-"
                role = .dim
            }
        }
        return (TextWidth.truncate(value, to: valueWidth), role)
    }

    /// Where a field's reason starts, beside its value.
    private func reasonColumn(_ i: Int) -> Int {
        labelWidth + max(TextWidth.of(shownValue(i).0), min(valueWidth, 16)) + 2
    }
}
