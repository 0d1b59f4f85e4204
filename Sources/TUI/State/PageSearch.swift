/// The `/` search of a page that is a document (every tab but the Inventory, which filters;
/// help, the project detail, drill-down pages): the text typed, and the match the cursor is on.
public struct PageSearch: Equatable, Sendable {
    public var text = ""
    /// The page it searches; the search ends when another page shows.
    public let scope: SearchScope
    /// The document line where the search started: typing looks for the first match from here.
    public let origin: Int
    /// The document line of the match shown, its place among the matches (from 1) and their number.
    public var current: Int?
    public var ordinal = 0
    public var count = 0

    public init(scope: SearchScope, origin: Int) {
        self.scope = scope
        self.origin = origin
    }
}

/// Which page a search belongs to.
public enum SearchScope: Equatable, Sendable {
    case tab(Tab)
    case help
    case detail(project: Int)
    case page(Page)
}

extension AppState {
    /// The page showing, when it can be searched (not while a form, a question or the filter has the keys).
    var searchScope: SearchScope? {
        switch mode {
        case .browse: .tab(tab)
        case .help: .help
        case .detail(let project, _): .detail(project: project)
        case .page(let page, _): .page(page)
        case .filter, .form, .confirm: nil
        }
    }

    /// The search being typed on the page showing, if any.
    public var activeSearch: PageSearch? {
        guard let search, search.scope == searchScope else { return nil }
        return search
    }
}
