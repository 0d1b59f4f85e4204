/// Everything a key can ask for: the global actions, and each tab's own, which its component
/// (Tabs/) handles.
public enum Action: Equatable, Sendable {
    case quit, help, close
    case nextTab, previousTab
    case showTab(Tab)
    case moveUp, moveDown, pageUp, pageDown, moveTop, moveBottom
    case undo, redo
    /// Enter: open what the row under the cursor stands for (Esc comes back).
    case open
    /// Scorecards: only the metrics not met, worst first, or all of them.
    case toggleNotMet
    /// `E` in a project's detail: the full form for that project.
    case editShownProject
    /// A tab's own keys, handled by its component (Tabs/).
    case inventory(InventoryAction)
    case issues(IssuesAction)
    case quality(QualityAction)
    case log(LogAction)
    case conflicts(ConflictsAction)
    /// `/` on a page that is a document: search it (Update/Search.swift).
    case search(SearchAction)
    case submitForm, cancelForm
    case form(FormAction)
    case confirmYes, confirmNo
    /// The question's second choice, where it has one (k: keep a deleted project's issues).
    case confirmKeep
    /// Changed on disk: reload and drop the unsaved edits.
    case confirmDrop
    /// Changed on disk: keep mine and overwrite the file (asks a second time).
    case confirmOverwrite
    /// Read the file again (after another program wrote it, or to drop what could not be saved).
    case reload
}

extension Action {
    /// Whether the action changes the ledger (refused, and not offered, when read-only).
    /// Every case is listed: a new action does not compile until it says whether it edits.
    public var edits: Bool {
        switch self {
        case .undo, .redo, .editShownProject: true
        case .inventory(let a): a.edits
        case .issues, .quality, .log: true
        case .conflicts(let a): a.edits
        case .quit, .help, .close, .nextTab, .previousTab, .showTab, .moveUp, .moveDown, .pageUp, .pageDown, .moveTop,
            .moveBottom, .open, .toggleNotMet, .search, .submitForm, .cancelForm, .form, .confirmYes, .confirmNo,
            .confirmKeep, .confirmDrop, .confirmOverwrite, .reload:
            false
        }
    }
}

/// Where a binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case global = "Everywhere"
    case tables = "Tables and pages"
    case inventory = "Inventory"
    case columnChooser = "Column chooser (c on the Inventory)"
    case issues = "Issues"
    case scorecard = "Scorecards"
    case quality = "Quality"
    case log = "Log"
    case conflicts = "Conflicts"
    case overlay = "Help and project detail"
    case filterInput = "Typing a filter"
    case searchInput = "Typing a search"
    case cellEdit = "Editing a cell in place (e on the Inventory)"
    case form = "Forms"
    case fieldSearch = "Going to a field (Ctrl-G in a form)"
    case confirm = "Questions (y/n)"
}

/// One row of the keymap: the keys, what they do, and the line the help screen shows.
public struct Binding: Sendable {
    public let keys: [Key]
    /// How the keys are written in the help and hint line.
    public let label: String
    public let action: Action
    public let help: String
    public let context: KeyContext
    /// Shown in the hint line at the bottom of the screen: (key as written there, what it does).
    public let hint: (key: String, text: String)?

    init(
        _ keys: [Key], _ label: String, _ action: Action, _ help: String, _ context: KeyContext,
        hint: (key: String, text: String)? = nil
    ) {
        self.keys = keys
        self.label = label
        self.action = action
        self.help = help
        self.context = context
        self.hint = hint
    }
}

/// The one keymap (gitui's key table, brick's generated help): update looks keys up here and
/// the help screen and hint line are generated from it.
public enum Keymap {
    public static let bindings: [Binding] =
        [
            Binding(
                [.escape], "Esc", .close, "Go back to where Enter was pressed (close help or detail)", .overlay,
                hint: ("Esc", "back")),
            Binding(
                [.char("E")], "E", .editShownProject, "In a project's detail: edit the project in the full form",
                .overlay),
            Binding([.tab], "Tab", .nextTab, "Next tab", .global),
            Binding([.backTab], "Shift-Tab", .previousTab, "Previous tab", .global),
        ]
        + Tab.allCases.compactMap { tab in
            tab.key.map { key in
                Binding(
                    [.char(key)], String(key), .showTab(tab), "Show the \(tab.title) tab", .global,
                    hint: tab == .coverage ? (tabKeys, "tabs") : nil)
            }
        } + [
            Binding([.char("u")], "u", .undo, "Undo the last edit (saved at once)", .global, hint: ("u", "undo")),
            Binding([.ctrl("r")], "Ctrl-R", .redo, "Redo what was undone", .global),
            Binding([.char("?"), .function(1)], "?", .help, "Show this help", .global, hint: ("?", "help")),
            Binding([.char("q"), .ctrl("c")], "q", .quit, "Quit (also Ctrl-C)", .global, hint: ("q", "quit")),
            Binding(
                [.ctrl("l"), .function(5)], "Ctrl-L/F5", .reload,
                "Reload the file from disk (asks first if a change is not saved)", .global),
            Binding([.down, .char("j")], "Down/j", .moveDown, "Next row", .tables, hint: ("↑↓", "move")),
            Binding([.up, .char("k")], "Up/k", .moveUp, "Previous row", .tables),
            Binding([.pageDown, .ctrl("f")], "PgDn", .pageDown, "One page down", .tables),
            Binding([.pageUp, .ctrl("b")], "PgUp", .pageUp, "One page up", .tables),
            Binding([.home, .char("g")], "Home/g", .moveTop, "First row", .tables),
            Binding([.end, .char("G")], "End/G", .moveBottom, "Last row", .tables),
            Binding(
                [.enter], "Enter", .open, "Open the row: a metric's projects, a team's scorecard, an issue's project",
                .tables, hint: ("Enter", "open")),
            Binding(
                [.char("/")], "/", .search(.start),
                "Search the page (every tab but the Inventory, which filters; help and detail too)", .tables,
                hint: ("/", "find")),
            Binding(
                [.char("f")], "f", .toggleNotMet, "Show only the metrics not met, worst first (again: all)", .scorecard,
                hint: ("f", "not met")),
            Binding(
                [.enter], "Enter", .inventory(.openDetail),
                "Open the selected project (every field, level, missed targets)", .inventory, hint: ("Enter", "detail")),
            Binding(
                [.char("/")], "/", .inventory(.filter),
                "Filter: words, nonroot:no, owner:data, level<3, image>250, stale (terms below)", .inventory,
                hint: ("/", "filter")),
            Binding([.escape], "Esc", .inventory(.clearFilter), "Clear the filter", .inventory),
            Binding(
                [.char("s")], "s", .inventory(.sortByCursor), "Sort by the column under the column cursor",
                .inventory, hint: ("s", "sort")),
            Binding(
                [.char("S")], "S", .inventory(.reverseSortByCursor),
                "Sort by the column under the column cursor, the other way round", .inventory),
            Binding(
                [.char("e")], "e", .inventory(.editCell),
                "Edit the value under the column cursor in place (Enter saves, Esc cancels)", .inventory,
                hint: ("e", "edit")),
            Binding(
                [.char("E")], "E", .inventory(.edit), "Edit the whole project in a form (every field)", .inventory),
            Binding(
                [.char("c")], "c", .inventory(.chooseColumns),
                "Choose the columns (remembered in .dockledger/ui.json beside the ledger)", .inventory,
                hint: ("c", "columns")),
            Binding(
                [.char("<"), .char(","), .left], "</Left", .inventory(.columnLeft),
                "Column cursor one column left (its header is highlighted)", .inventory, hint: ("<>", "column")),
            Binding(
                [.char(">"), .char("."), .right], ">/Right", .inventory(.columnRight), "Column cursor one column right",
                .inventory),
            Binding(
                [.char("x")], "x", .inventory(.toggleArchived),
                "Hide or show archived projects (the line above the table says when they are hidden)", .inventory,
                hint: ("x", "archived")),
            Binding(
                [.enter], "Enter", .inventory(.applyFilter), "Keep the filter and go back to the table", .filterInput,
                hint: ("Enter", "keep")),
            Binding(
                [.escape], "Esc", .inventory(.clearFilter), "Clear the filter", .filterInput, hint: ("Esc", "clear")),
            Binding(
                [.ctrl("u")], "Ctrl-U", .inventory(.clearFilterText), "Clear the filter text and keep typing",
                .filterInput),
            Binding(
                [.enter, .down], "Enter/Down", .search(.next),
                "Next match (after the last, the first again); typing jumps to the first", .searchInput,
                hint: ("Enter", "next")),
            Binding([.up], "Up", .search(.previous), "Previous match", .searchInput),
            Binding(
                [.ctrl("u")], "Ctrl-U", .search(.clearText), "Clear the search text and keep typing", .searchInput),
            Binding(
                [.escape], "Esc", .search(.close), "Close the search; the cursor stays on the match", .searchInput,
                hint: ("Esc", "close")),
            Binding(
                [.char("a")], "a", .inventory(.add), "Add a project (a form; Enter saves, Esc cancels)", .inventory,
                hint: ("a", "add")),
            Binding(
                [.char("R")], "R", .inventory(.rescan),
                "Rescan the selected project's repository (facts from its Dockerfiles, compose, CI)", .inventory),
            Binding(
                [.char("d")], "d", .inventory(.delete),
                "Delete the selected project (asks y/n; with issues, y deletes them too, k keeps them)", .inventory),
            Binding(
                [.char("n")], "n", .issues(.log), "Log an issue (a form; Enter at once logs it with the defaults)",
                .issues, hint: ("n", "log")),
            Binding(
                [.char("r")], "r", .issues(.resolve), "Resolve the selected open issue", .issues, hint: ("r", "resolve")
            ),
            Binding([.char("e")], "e", .issues(.edit), "Edit the selected issue", .issues, hint: ("e", "edit")),
            Binding(
                [.char("d")], "d", .issues(.delete), "Delete the selected issue (asks y/n)", .issues,
                hint: ("d", "delete")),
            Binding(
                [.char("n")], "n", .quality(.logOversizedIssue),
                "Log an \"Image size >500MB\" issue for the selected (or first) flagged image",
                .quality, hint: ("n", "log size issue")),
            Binding(
                [.char("n")], "n", .log(.addEntry), "Add an entry to the table under the cursor", .log,
                hint: ("n", "new entry")),
            Binding(
                [.right, .char("l")], "Right/l", .conflicts(.pickNext),
                "Pick the next side (base, ours, theirs) for the conflict", .conflicts,
                hint: ("←→", "pick")),
            Binding([.left, .char("h")], "Left/h", .conflicts(.pickPrevious), "Pick the previous side", .conflicts),
            Binding(
                [.enter], "Enter", .conflicts(.apply),
                "Put the picked value in place and drop the conflict (u undoes it)", .conflicts,
                hint: ("Enter", "apply")),
            Binding(
                [.char(" "), .enter], "Space/Enter", .inventory(.toggleColumn),
                "Turn the column under the cursor on or off", .columnChooser, hint: ("Space/Enter", "on/off")),
            Binding([.char("c")], "c", .close, "Close the column chooser", .columnChooser),
            // A cell edited in place: typed characters go into it; the forms' keys edit the text.
            Binding(
                [.enter], "Enter", .submitForm, "Save the value (one undoable edit; a wrong value is not saved)",
                .cellEdit, hint: ("Enter", "save")),
            Binding([.escape], "Esc", .cancelForm, "Cancel: nothing changes", .cellEdit, hint: ("Esc", "cancel")),
            Binding(
                [.right], "Right", .form(.optionNext), "Next choice (yes/no/unknown), or move the text cursor",
                .cellEdit, hint: ("←→", "choose")),
            Binding([.left], "Left", .form(.optionPrevious), "Previous choice, or move the text cursor", .cellEdit),
            Binding(
                [.ctrl("u")], "Ctrl-U", .form(.clearField), "Clear the value (empty means unknown)", .cellEdit,
                hint: ("^U", "clear")),
            // Forms: typed characters go into the focused field; these keys do the rest.
            Binding(
                [.enter], "Enter", .submitForm, "Save (the form stays open while a field is wrong)", .form,
                hint: ("Enter", "save")),
            Binding(
                [.escape], "Esc", .cancelForm, "Cancel (asks first when a value was changed)", .form,
                hint: ("Esc", "cancel")),
            Binding([.down, .tab], "Down/Tab", .form(.next), "Next field", .form, hint: ("↑↓", "field")),
            Binding([.up, .backTab], "Up/Shift-Tab", .form(.previous), "Previous field", .form),
            Binding([.pageDown], "PgDn", .form(.pageDown), "Eight fields down", .form),
            Binding([.pageUp], "PgUp", .form(.pageUp), "Eight fields up", .form),
            Binding(
                [.right], "Right", .form(.optionNext),
                "Next choice (yes/no/unknown, types) or suggestion; in a text field, move the cursor", .form,
                hint: ("←→", "choose")),
            Binding(
                [.left], "Left", .form(.optionPrevious),
                "Previous choice or suggestion; in a text field, move the cursor", .form),
            Binding([.home, .ctrl("a")], "Home/Ctrl-A", .form(.cursorStart), "Cursor to the start of the text", .form),
            Binding([.end, .ctrl("e")], "End/Ctrl-E", .form(.cursorEnd), "Cursor to the end of the text", .form),
            Binding([.delete], "Delete", .form(.deleteForward), "Delete the character under the cursor", .form),
            Binding([.backspace], "Backspace", .form(.deleteBackward), "Delete the character before the cursor", .form),
            Binding(
                [.ctrl("u")], "Ctrl-U", .form(.clearField), "Clear the field (empty means unknown)", .form,
                hint: ("^U", "clear")),
            Binding(
                [.ctrl("g")], "Ctrl-G", .form(.goToField),
                "Go to a field by typing its name (the focus follows as you type)", .form, hint: ("^G", "go to field")),
            Binding(
                [.enter], "Enter", .form(.searchKeep), "Stay on the field found", .fieldSearch, hint: ("Enter", "stay")),
            Binding(
                [.escape], "Esc", .form(.searchBack), "Back to the field the search started from", .fieldSearch,
                hint: ("Esc", "back")),
            Binding(
                [.down, .tab], "Down/Tab", .form(.next), "Next field that matches", .fieldSearch,
                hint: ("↑↓", "other matches")),
            Binding([.up, .backTab], "Up/Shift-Tab", .form(.previous), "Previous field that matches", .fieldSearch),
            Binding([.backspace], "Backspace", .form(.deleteBackward), "Delete the last character typed", .fieldSearch),
            Binding([.ctrl("u")], "Ctrl-U", .form(.clearField), "Clear what was typed", .fieldSearch),
            Binding([.char("y"), .char("Y")], "y", .confirmYes, "Yes", .confirm, hint: ("y", "yes")),
            Binding([.char("n"), .char("N"), .escape], "n/Esc", .confirmNo, "No", .confirm, hint: ("n", "no")),
            Binding(
                [.char("k"), .char("K")], "k", .confirmKeep,
                "Delete the project but keep its issues, marked \"(deleted project)\"", .confirm,
                hint: ("k", "keep its issues")),
            Binding(
                [.char("d"), .char("D")], "d", .confirmDrop,
                "Changed on disk: reload the file and drop my unsaved edit (y re-applies it)", .confirm,
                hint: ("d", "drop mine")),
            Binding(
                [.char("o"), .char("O")], "o", .confirmOverwrite,
                "Changed on disk: keep my version and overwrite the file (asks again)", .confirm,
                hint: ("o", "overwrite")),
        ]

    /// "1-7": the digit keys of the tabs always in the bar (Conflicts comes and goes with merges).
    static var tabKeys: String {
        let keys = Tab.allCases.filter { $0 != .conflicts }.compactMap(\.key)
        return keys.count > 1 ? "\(keys.first!)-\(keys.last!)" : keys.map(String.init).joined()
    }

    /// The action for a key in the given contexts, most specific first.
    public static func action(for key: Key, in contexts: [KeyContext]) -> Binding? {
        for context in contexts {
            if let b = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return b }
        }
        return nil
    }

    /// What the help screen lists: every binding, grouped by context in table order.
    public static var helpGroups: [(context: KeyContext, bindings: [Binding])] {
        KeyContext.allCases.compactMap { context in
            let list = bindings.filter { $0.context == context }
            return list.isEmpty ? nil : (context, list)
        }
    }

    /// The hint line: "? help  q quit ..." for the bindings that apply, from the table.
    /// `writable`: false leaves out the keys that edit, which a read-only dashboard refuses.
    /// `accepting`: whether the action does something now (a question takes only its own answers).
    /// Each hint comes with its binding's action, which is what it is (the line pins help and quit).
    public static func hints(
        in contexts: [KeyContext], writable: Bool = true, accepting: (Action) -> Bool = { _ in true }
    ) -> [(key: String, text: String, action: Action)] {
        var out: [(key: String, text: String, action: Action)] = []
        var claimed: Set<Key> = []
        for context in contexts {
            let here = bindings.filter { $0.context == context }
            // A key a more specific context binds does something else here: no hint for it.
            for b in here
            where (writable || !b.action.edits) && !b.keys.allSatisfy(claimed.contains) && accepting(b.action) {
                if let hint = b.hint { out.append((hint.key, hint.text, b.action)) }
            }
            claimed.formUnion(here.flatMap(\.keys))
        }
        return out
    }
}
