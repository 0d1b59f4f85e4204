/// The tabs, in the ledger document's order. `component` is the one table from a tab to the
/// component that draws it and handles its keys (Tabs/); its switch has no default, so a new
/// case does not compile until it has a component.
public enum Tab: Int, CaseIterable, Sendable {
    case coverage, inventory, quality, ciCd, roi, issues, log, teams, scorecard, conflicts

    var component: any TabComponent.Type {
        switch self {
        case .coverage: CoverageTab.self
        case .inventory: InventoryTab.self
        case .quality: QualityTab.self
        case .ciCd: CiCdTab.self
        case .roi: RoiTab.self
        case .issues: IssuesTab.self
        case .log: LogTab.self
        case .teams: TeamsTab.self
        case .scorecard: ScorecardTab.self
        case .conflicts: ConflictsTab.self
        }
    }

    public var number: Int { rawValue + 1 }

    public var title: String { component.title }

    /// The digit key that shows the tab: 1-9 for the first nine tabs; later tabs have none
    /// (Tab and Shift-Tab reach every tab).
    public var key: Character? { number <= 9 ? Character(String(number)) : nil }

    /// Whether the tab bar shows it: Conflicts only while the ledger has merge conflicts (or it is open).
    func isShown(in state: AppState) -> Bool {
        self != .conflicts || !state.ledger.conflicts.isEmpty || state.tab == .conflicts
    }

    /// The next (or previous) tab the tab bar shows.
    func next(in state: AppState) -> Tab { step(1, state) }
    func previous(in state: AppState) -> Tab { step(Tab.allCases.count - 1, state) }

    private func step(_ by: Int, _ state: AppState) -> Tab {
        var tab = Tab(rawValue: (rawValue + by) % Tab.allCases.count)!
        while !tab.isShown(in: state) { tab = Tab(rawValue: (tab.rawValue + by) % Tab.allCases.count)! }
        return tab
    }

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
