/// Which document the body shows in the current mode, and how much room it has. Shared by
/// update (to scroll) and render (to draw), so both agree on the layout.
enum Pages {
    static func document(_ state: AppState) -> Document {
        let width = self.width(state)
        switch state.mode {
        case .help: return HelpView.document()
        case .detail(let project, _): return ProjectDetail.document(state, project: project, width: width)
        case .page(let page, _): return page.document(state, width: width)
        case .browse, .filter, .form, .confirm: return state.tab.component.document(state, width: width)
        }
    }

    /// The screen row the body starts on: under the title and tab bars, and the overlay's title.
    static func top(_ state: AppState) -> Int { 2 + (overlayTitle(state) == nil ? 0 : 1) }

    /// The body less the overlay's title line.
    static func height(_ state: AppState) -> Int {
        max(1, state.bodyHeight - (overlayTitle(state) == nil ? 0 : 1))
    }

    /// One column of margin on each side.
    static func width(_ state: AppState) -> Int { max(1, state.size.columns - 2) }

    static func overlayTitle(_ state: AppState) -> String? {
        switch state.mode {
        case .help: return "Help: keys"
        case .detail(let project, _):
            guard project < state.ledger.projects.count else { return "Project" }
            return "Project " + state.ledger.projects[project].name
        case .page(let page, _): return page.title(state)
        case .form(let form): return form.isInline ? nil : form.title
        case .confirm: return state.mode.shownForm?.title
        case .browse, .filter: return nil
        }
    }

    static func scroll(_ state: AppState) -> ScrollState {
        switch state.mode {
        case .help(let s): s
        case .detail(_, let s): s
        case .page(_, let s): s
        case .browse, .filter, .form, .confirm: state.scrollState(state.tab)
        }
    }
}

extension AppState {
    /// Stores the scroll of whatever page is showing.
    mutating func setPageScroll(_ s: ScrollState) {
        switch mode {
        case .help: mode = .help(s)
        case .detail(let project, _): mode = .detail(project: project, s)
        case .page(let page, _): mode = .page(page, s)
        case .browse, .filter, .form, .confirm: scroll[tab] = s
        }
    }
}
