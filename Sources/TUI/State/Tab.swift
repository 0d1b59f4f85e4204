/// The seven tabs, in the ledger document's order; each has a number key.
public enum Tab: Int, CaseIterable, Sendable {
    case coverage, inventory, quality, ciCd, roi, issues, log

    public var number: Int { rawValue + 1 }

    public var title: String {
        switch self {
        case .coverage: "Coverage"
        case .inventory: "Inventory"
        case .quality: "Quality"
        case .ciCd: "CI/CD"
        case .roi: "ROI"
        case .issues: "Issues"
        case .log: "Log"
        }
    }

    public var next: Tab { Tab(rawValue: (rawValue + 1) % Tab.allCases.count)! }
    public var previous: Tab { Tab(rawValue: (rawValue + Tab.allCases.count - 1) % Tab.allCases.count)! }
}
