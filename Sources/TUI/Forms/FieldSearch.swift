/// The "go to field" line of a form (Ctrl-G): typing a field's name moves the focus to the
/// first field whose label matches as you type; Up/Down go through the other matches, Enter
/// stays there, Esc goes back to the field the search started from.
public struct FieldSearch: Equatable, Sendable {
    public var text = ""
    /// The focus when the search opened, for Esc.
    public let from: Int
}

extension Form {
    /// The fields whose label matches `text`, best first: those starting with it, then those
    /// with a word starting with it, then those containing it; greyed-out fields are left out.
    func fields(matching text: String) -> [Int] {
        let needle = String(text.lowercased().drop { $0 == " " })
        guard !needle.isEmpty else { return [] }
        var starts: [Int] = []
        var words: [Int] = []
        var contains: [Int] = []
        for (i, field) in fields.enumerated() where !field.disabled {
            let label = field.label.lowercased()
            if label.hasPrefix(needle) {
                starts.append(i)
            } else if label.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: {
                $0.hasPrefix(needle)
            }) {
                words.append(i)
            } else if label.contains(needle) {
                contains.append(i)
            }
        }
        return starts + words + contains
    }

    /// What the search line says after the text: the field found and how many match.
    public var searchResult: String {
        guard let search else { return "" }
        if search.text.isEmpty { return "type a field's name" }
        let matches = fields(matching: search.text)
        guard let k = matches.firstIndex(of: focus) else {
            let greyed = fields.contains { $0.disabled && $0.label.lowercased().contains(search.text.lowercased()) }
            return greyed ? "only greyed-out fields match" : "no field matches"
        }
        return "\(fields[focus].label)" + (matches.count > 1 ? " (\(k + 1) of \(matches.count), ↑↓ next)" : "")
    }

    mutating func openSearch() {
        search = FieldSearch(from: focus)
    }

    /// A character typed on the search line: the focus follows the best match.
    mutating func typeSearch(_ c: Character) {
        guard var search else { return }
        search.text.append(c)
        self.search = search
        focus = fields(matching: search.text).first ?? search.from
    }

    mutating func performSearch(_ action: FormAction) {
        guard var search else { return }
        switch action {
        case .searchKeep:
            self.search = nil
        case .searchBack:
            focus = search.from
            self.search = nil
        case .deleteBackward, .clearField:
            if action == .clearField { search.text = "" } else if !search.text.isEmpty { search.text.removeLast() }
            self.search = search
            focus = fields(matching: search.text).first ?? search.from
        case .next, .previous:
            let matches = fields(matching: search.text)
            guard !matches.isEmpty else { return }
            let step = action == .next ? 1 : -1
            guard let k = matches.firstIndex(of: focus) else {
                focus = step > 0 ? matches[0] : matches[matches.count - 1]
                return
            }
            focus = matches[(k + step + matches.count) % matches.count]
        case .pageDown, .pageUp, .optionNext, .optionPrevious, .cursorStart, .cursorEnd, .deleteForward, .goToField:
            break
        }
    }
}
