import Model

/// What the run loop must do besides drawing: effects keep update pure (no curses, no disk).
public enum Effect: Equatable, Sendable {
    case quit
    /// Write this ledger crash-safely, in the background; the outcome comes back as a StorageEvent.
    case save(Ledger)
    /// Read the file again (after it changed on disk).
    case reload
    /// Read the file again, then replay the unsaved edits on it (`StorageEvent.reloadedToReapply`).
    case reloadToReapply
    /// Write this ledger over what another program wrote (the user said yes twice).
    case overwrite(Ledger)
    /// Read a project's repository in the background; the facts come back as `.rescanned`.
    case rescan(project: String, folder: String)
    /// Remember the dashboard's settings in `.dockledger/ui.json`; a failure comes back as
    /// `Event.settingsNotSaved`.
    case saveSettings(UISettings)
}

/// The pure heart of the dashboard (bubbletea's update): a state and an event in, the next
/// state and its effects out.
public func update(_ state: AppState, _ event: Event) -> (AppState, [Effect]) {
    var s = state
    switch event {
    case .resize(let size):
        s.size = size
        // The width changes how many rows a wrapped table has, on every tab.
        s.reclampScrolls()
        s.setPageScroll(Scrolling.reveal(Pages.scroll(s), in: Pages.document(s), height: Pages.height(s)))
        return (s, [])
    case .key(let key):
        s.message = nil
        return Update.key(key, s)
    case .mouse(let event):
        s.message = nil
        return Mouse.event(event, s)
    case .storage(.reloadedToReapply(let fromDisk)):
        return Update.reapply(on: fromDisk, s)
    case .storage(let event):
        return (Update.storage(event, s), [])
    case .rescanned(let project, let facts):
        return Rescan.finish(project: project, facts, s)
    case .trend(.loaded(let points)):
        s.gitTrend = points
        return (s, [])
    case .trend(.failed(let reason)):
        s.message = "trend without git history: \(reason)"
        return (s, [])
    case .settingsNotSaved(let reason):
        // Said once: the columns still change, they are just not remembered.
        if !s.settingsFailureSaid {
            s.settingsFailureSaid = true
            s.message = "columns not remembered: \(reason)"
        }
        return (s, [])
    }
}

enum Update {
    static func key(_ key: Key, _ state: AppState) -> (AppState, [Effect]) {
        var s = state
        if s.isTooSmall {
            return key == .char("q") ? (s, [.quit]) : (s, [])
        }
        if s.mode == .filter, let edited = InventoryTab.typeFilter(key, s) { return (edited, []) }
        if let searched = Search.type(key, s) { return (searched, []) }
        guard let binding = Keymap.action(for: key, in: s.keyContexts) else {
            // In a form, what the keymap does not claim is text for the focused field.
            if case .form(var form) = s.mode, case .char(let c) = key {
                if form.search != nil { form.typeSearch(c) } else { form.type(c) }
                s.mode = .form(Forms.refreshed(form, s))
            } else if case .char(let c) = key, let jumped = TypeToJump.jump(c, s) {
                return (jumped, [])
            }
            return (s, [])
        }
        return perform(binding.action, s)
    }

    /// The current tab's component first, then the global actions.
    static func perform(_ action: Action, _ state: AppState) -> (AppState, [Effect]) {
        if let handled = state.tab.component.perform(action, state) { return handled }
        var s = state
        switch action {
        case .quit:
            switch s.saveState {
            case .failed, .conflict:
                s.mode = .confirm(
                    Confirmation("The last change is NOT saved (\(s.saveState.summary)). Quit anyway?", .quitUnsaved))
                return (s, [])
            case .readOnly, .unchanged, .saving, .saved:
                return (s, [.quit])
            }
        case .help:
            if case .help = s.mode { s.goBack() } else { s.push(.help(ScrollState())) }
        case .close:
            s.goBack()
        case .nextTab:
            s.closeAll()
            s.tab = s.tab.next(in: s)
        case .previousTab:
            s.closeAll()
            s.tab = s.tab.previous(in: s)
        case .showTab(let tab):
            s.closeAll()
            s.tab = tab
        case .open:
            s = Navigation.open(s)
        case .search(let searchAction):
            s = Search.perform(searchAction, s)
        case .toggleNotMet:
            s.scorecardNotMetOnly.toggle()
            s.setPageScroll(ScrollState())
        case .moveUp: s = move(.up, s)
        case .moveDown: s = move(.down, s)
        case .pageUp: s = move(.pageUp, s)
        case .pageDown: s = move(.pageDown, s)
        case .moveTop: s = move(.top, s)
        case .moveBottom: s = move(.bottom, s)
        case .inventory, .issues, .quality, .log, .conflicts:
            // Another tab's key (its component was asked first): the keymap offers a tab's
            // keys only while it shows, so no key leads here.
            break
        case .undo:
            return undo(s)
        case .redo:
            return redo(s)
        case .submitForm:
            return Forms.submit(s)
        case .cancelForm:
            // A cell edited in place is one value: Esc cancels it without asking.
            guard case .form(let form) = s.mode, form.isChanged, !form.isInline else {
                s.mode = .browse
                s.message = "cancelled: nothing changed"
                break
            }
            s.mode = .confirm(Confirmation("Discard your changes to this form?", .discardForm(form)))
        case .form(let formAction):
            guard case .form(var form) = s.mode else { break }
            form.perform(formAction)
            s.mode = .form(Forms.refreshed(form, s))
        case .confirmYes:
            return answeredYes(s)
        case .confirmNo:
            s = answeredNo(s)
        case .confirmKeep:
            return answeredKeep(s)
        case .confirmDrop:
            return answeredDrop(s)
        case .confirmOverwrite:
            s = answeredOverwrite(s)
        case .editShownProject:
            return editShownProject(s)
        case .reload:
            return reloadAsked(s)
        }
        return (s, [])
    }

    static func move(_ motion: Motion, _ state: AppState) -> AppState {
        var s = state
        s.setPageScroll(Scrolling.move(Pages.scroll(s), motion, in: Pages.document(s), height: Pages.height(s)))
        return s
    }
}
