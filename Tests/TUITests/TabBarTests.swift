import Model
import Testing

@testable import TUI

/// The tab bar at the minimum width and with more tabs than fit: the current tab is always
/// whole, the others are shortened, and nothing is cut at the edge.
@Suite struct TabBarTests {
    /// The first seven tabs, always in the bar.
    static let seven = Tab.allCases.prefix(7).map { TabBar.Entry(key: $0.key.map { String($0) }, title: $0.title) }
    /// The seven, an eighth "Teams" tab and a "Conflicts" view.
    static let nine =
        Array(seven) + [TabBar.Entry(key: "8", title: "Teams"), TabBar.Entry(key: "9", title: "Conflicts")]

    static func width(_ layout: TabBar.Layout) -> Int {
        layout.labels.reduce(0) { $0 + TextWidth.of($1) } + TabBar.gap * (layout.labels.count - 1)
    }

    @Test func nineTabsAt72ColumnsShowTheCurrentTabWhole() {
        let screen = Fixtures.screen(Fixtures.tab(.log, Fixtures.state(Fixtures.demo(), columns: 72, rows: 24)))
        #expect(screen.line(1) == "  1 Co…   2 In…   3 Qu…   4 CI…   5 R…   6 Is…   7 Log   8 Te…   9 Sc…")
        #expect(screen.style(ofFirst: "7 Log", inRow: 1)?.role == .tabActive)
        let coverage = Fixtures.screen(Fixtures.state(Fixtures.demo(), columns: 72, rows: 24))
        #expect(coverage.line(1) == "  1 Coverage   2 In…   3 Q…   4 C…   5 R…   6 I…   7 L…   8 T…   9 Sc…")
    }

    @Test func theCurrentTabIsWholeAndEveryLabelFitsAtEveryWidth() {
        for tabs in [Self.seven, Self.nine] {
            for width in 20...120 {
                for current in tabs.indices {
                    let layout = TabBar.layout(tabs, current: current, width: width)
                    let whole = " \(tabs[current].key!) \(tabs[current].title) "
                    #expect(layout.labels[layout.current] == whole)
                    #expect(
                        Self.width(layout) <= max(width, TextWidth.of(whole)),
                        "\(tabs.count) tabs at \(width), current \(current)")
                }
            }
        }
    }

    @Test func nineTabsFitAt80ColumnsWithoutLeavingOneOut() {
        for current in Self.nine.indices {
            let layout = TabBar.layout(Self.nine, current: current, width: 78)
            #expect(layout.labels.count == 9)
            #expect(!layout.hiddenBefore && !layout.hiddenAfter)
            // Every tab still shows its key.
            for (i, label) in layout.labels.enumerated() { #expect(label.hasPrefix(" \(Self.nine[i].key!)")) }
        }
        #expect(
            TabBar.layout(Self.nine, current: 8, width: 78).labels
                == [
                    " 1 Co… ", " 2 Inv… ", " 3 Qu… ", " 4 CI… ", " 5 ROI ", " 6 Is… ", " 7 Log ", " 8 Te… ",
                    " 9 Conflicts ",
                ])
    }

    @Test func whenNotEvenTheKeysFitTheBarScrollsToTheCurrentTab() {
        let layout = TabBar.layout(Self.nine, current: 8, width: 30)
        #expect(layout.hiddenBefore && !layout.hiddenAfter)
        #expect(layout.labels.last == " 9 Conflicts ")
        #expect(Self.width(layout) <= 30)
    }

    @Test func theTabKeysHintComesFromTheTabTable() {
        #expect(Keymap.tabKeys == "1-9")
        #expect(Keymap.hints(in: [.global]).contains { $0.key == Keymap.tabKeys && $0.text == "tabs" })
    }
}
