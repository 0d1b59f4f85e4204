import Model

/// A modal form: one field per line, the focused one edited from the keyboard. Forms hold
/// text only; what the text means is decided when the form is submitted (by a Model draft),
/// and the draft's reasons come back as `errors` shown beside their fields.
public struct Form: Equatable, Sendable {
    /// What a form line edits: a field of one of Model's field tables, or the log form's choice
    /// of table. Values, reasons and the focus are found by it, never by label.
    public enum FieldID: Hashable, Sendable {
        case project(ProjectFieldID)
        case issue(IssueField.ID)
        case log(LogField.ID)
        /// The log form's first line: which table the entry goes to.
        case logTable
    }

    public struct Field: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            /// Free text.
            case text
            /// One of fixed options, cycled with Left/Right (space too).
            case choice([String])
            /// Free text with suggestions: Left/Right cycle the options that match what was
            /// typed (type-ahead); any other text may be typed. A value the user did not type
            /// (a default, an edited record's value) is a pick: typing replaces it, Backspace edits it.
            case combo(Options)
        }

        public let id: FieldID
        public let label: String
        public let kind: Kind
        public var value: String
        /// A heading drawn above the field (the start of a group).
        public let heading: String?
        /// Greyed out and skipped by the focus (e.g. Docker fields while "Uses Docker" is no).
        public var disabled = false
        /// What the user typed in a combo, which the suggestions are matched against.
        var typed: String
        /// Where typing goes in a text field: how many characters stand before the cursor.
        /// (Combos and choices edit at the end: Left/Right pick options there.)
        public internal(set) var cursor: Int

        public init(_ id: FieldID, _ label: String, _ kind: Kind = .text, value: String = "", heading: String? = nil) {
            self.id = id
            self.label = label
            self.kind = kind
            self.value = value
            self.heading = heading
            // A combo starts with every option suggested, whatever its value.
            if case .combo = kind { typed = "" } else { typed = value }
            cursor = value.count
        }

        /// Replaces the text, leaving the cursor at its end.
        mutating func setText(_ text: String) {
            value = text
            typed = text
            cursor = text.count
        }

        /// The options a combo offers for what was typed; all options of a choice.
        public var suggestions: [String] {
            switch kind {
            case .text: return []
            case .choice(let options): return options
            case .combo(let options): return options.matching(typed)
            }
        }
    }

    /// What submitting the form will do.
    public let purpose: FormPurpose
    public let title: String
    public var fields: [Field]
    public var focus: Int
    /// Reasons by field from the last submit; a field's reason clears when it is edited.
    public var errors: [FieldID: String] = [:]
    /// The "go to field" line while it is open (Ctrl-G): typing there moves the focus.
    public var search: FieldSearch?
    /// The values the form opened with: Esc asks before dropping anything else.
    let initialValues: [FieldID: String]

    public init(purpose: FormPurpose, title: String, fields: [Field], focus: Int = 0) {
        self.purpose = purpose
        self.title = title
        self.fields = fields
        self.focus = min(focus, max(0, fields.count - 1))
        initialValues = Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// Whether any value differs from what the form opened with.
    public var isChanged: Bool { fields.contains { initialValues[$0.id] != $0.value } }

    public subscript(_ id: FieldID) -> String {
        get { fields.first { $0.id == id }?.value ?? "" }
        set {
            guard let i = fields.firstIndex(where: { $0.id == id }) else { return }
            fields[i].setText(newValue)
        }
    }

    /// Field values by field, for the Model drafts.
    public var values: [FieldID: String] {
        Dictionary(uniqueKeysWithValues: fields.map { ($0.id, $0.value) })
    }

    public var focusedField: Field? { fields.indices.contains(focus) ? fields[focus] : nil }

    /// Moves the focus by `step` fields, skipping disabled ones, stopping at the ends.
    mutating func moveFocus(_ step: Int) {
        var i = focus
        while true {
            let next = i + step
            guard fields.indices.contains(next) else { return }
            i = next
            if !fields[i].disabled {
                focus = i
                return
            }
        }
    }

    /// Applies a form action from the keymap; one that does not apply to the focused field
    /// (e.g. Backspace on a choice) changes nothing.
    mutating func perform(_ action: FormAction) {
        if search != nil {
            performSearch(action)
            return
        }
        switch action {
        case .goToField: openSearch()
        case .searchKeep, .searchBack: break
        case .next: moveFocus(1)
        case .previous: moveFocus(-1)
        case .pageDown: moveFocus(8)
        case .pageUp: moveFocus(-8)
        case .optionNext: if !moveCursor(by: 1) { cycle(1) }
        case .optionPrevious: if !moveCursor(by: -1) { cycle(-1) }
        case .cursorStart: _ = moveCursor(by: -Int.max / 2)
        case .cursorEnd: _ = moveCursor(by: Int.max / 2)
        case .deleteBackward:
            guard var field = focusedField, field.kind.isTyped else { return }
            if field.kind == .text {
                guard field.cursor > 0 else { return }
                var chars = Array(field.value)
                chars.remove(at: field.cursor - 1)
                field.value = String(chars)
                field.typed = field.value
                field.cursor -= 1
            } else {
                guard !field.value.isEmpty else { return }
                field.setText(String(field.value.dropLast()))
            }
            replaceFocused(field)
        case .deleteForward:
            guard var field = focusedField, field.kind == .text, field.cursor < field.value.count else { return }
            var chars = Array(field.value)
            chars.remove(at: field.cursor)
            field.value = String(chars)
            field.typed = field.value
            replaceFocused(field)
        case .clearField:
            guard var field = focusedField, field.kind.isTyped else { return }
            field.setText("")
            replaceFocused(field)
        }
    }

    /// A typed character: into a text field, or for a choice the first option starting with it.
    mutating func type(_ c: Character) {
        guard var field = focusedField, !field.disabled else { return }
        if field.kind == .text {
            var chars = Array(field.value)
            chars.insert(c, at: min(field.cursor, chars.count))
            field.value = String(chars)
            field.typed = field.value
            field.cursor += 1
        } else if field.kind.isTyped {
            if field.typed.isEmpty { field.value = "" }
            field.setText(field.value + String(c))
        } else if c == " " {
            cycle(1)
            return
        } else if let match = field.suggestions.first(where: { $0.lowercased().hasPrefix(String(c).lowercased()) }) {
            field.value = match
        }
        replaceFocused(field)
    }

    /// Left/Right in a text field: moves its cursor (false for other kinds, which cycle).
    private mutating func moveCursor(by step: Int) -> Bool {
        guard var field = focusedField, field.kind == .text else { return false }
        field.cursor = min(max(0, field.cursor + step), field.value.count)
        fields[focus] = field
        return true
    }

    /// Left/Right: the next option of a choice, or the next suggestion of a combo.
    private mutating func cycle(_ step: Int) {
        guard var field = focusedField else { return }
        let options = field.suggestions
        guard !options.isEmpty else { return }
        let current = options.firstIndex(of: field.value)
        let next: Int
        if let current {
            next = (current + step + options.count) % options.count
        } else {
            next = step > 0 ? 0 : options.count - 1
        }
        field.value = options[next]
        field.cursor = field.value.count
        if case .choice = field.kind { field.typed = field.value }
        replaceFocused(field)
    }

    private mutating func replaceFocused(_ field: Field) {
        fields[focus] = field
        errors[field.id] = nil
    }
}

extension Form.Field.Kind {
    /// Whether characters typed go into the value.
    var isTyped: Bool {
        if case .choice = self { return false }
        return true
    }
}

/// What the form keys of the keymap do to the focused field.
public enum FormAction: Equatable, Sendable {
    case next, previous, pageDown, pageUp, optionNext, optionPrevious, cursorStart, cursorEnd, deleteBackward,
        deleteForward, clearField
    /// Ctrl-G: open the "go to field" line.
    case goToField
    /// On the "go to field" line: Enter stays on the field found, Esc goes back to where it was.
    case searchKeep, searchBack
}

/// What a form's Enter does.
public enum FormPurpose: Equatable, Sendable {
    case addProject
    /// Editing the project at this index of the ledger's projects.
    case editProject(Int)
    case logIssue
    case editIssue(Int)
    case resolveIssue(Int)
    case addLogEntry(LogTable)
    /// One Inventory cell edited in place (`e`): a field of the project at this index.
    case editCell(project: Int, column: InventoryColumn)
}

extension Form {
    /// Drawn over its cell in the table, not over the whole body.
    public var isInline: Bool {
        if case .editCell = purpose { return true }
        return false
    }
}
