import Testing

@testable import TUI

/// The tab table: every tab has a component, and a tab's own keys reach only its component.
@Suite struct TabComponentTests {
    @Test func aTabsOwnKeysAreBoundOnlyWhereThatTabShows() {
        for binding in Keymap.bindings {
            let owner: Tab? =
                switch binding.action {
                case .inventory: .inventory
                case .issues: .issues
                case .quality: .quality
                case .log: .log
                default: nil
                }
            guard let owner else { continue }
            // The filter's keys apply while typing it, and the column chooser's while it shows,
            // which only the Inventory starts.
            let contexts =
                [owner.component.keyContext].compactMap { $0 }
                + (owner == .inventory ? [.filterInput, .columnChooser] : [])
            #expect(
                contexts.contains(binding.context), "\(binding.label) of \(owner.title) is bound in \(binding.context)")
        }
    }

    @Test func theKeysOfTheCurrentTabComeFromItsComponent() {
        let demo = Fixtures.state(Fixtures.demo())
        for tab in Tab.allCases {
            let state = Fixtures.tab(tab, demo)
            #expect(state.keyContexts == [tab.component.keyContext].compactMap { $0 } + [.tables, .global])
        }
    }
}
