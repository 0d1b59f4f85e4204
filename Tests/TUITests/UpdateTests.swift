import Model
import Testing

@testable import TUI

@Suite struct UpdateTests {
    let demo = Fixtures.state(Fixtures.demo())

    @Test func numberKeysTabAndShiftTabSwitchTabs() {
        #expect(Fixtures.press(.char("4"), on: demo).tab == .ciCd)
        #expect(Fixtures.press(.tab, .tab, on: demo).tab == .inventory.next)
        #expect(Fixtures.press(.backTab, on: demo).tab == .scorecard)
        #expect(Fixtures.press(.char("7"), .tab, on: demo).tab == .teams)
        #expect(Fixtures.press(.char("9"), .tab, on: demo).tab == .coverage)
    }

    @Test func qQuitsFromAnywhere() {
        #expect(Fixtures.press([.char("q")], demo).1 == [.quit])
        #expect(Fixtures.press([.char("?"), .char("q")], demo).1 == [.quit])
        #expect(Fixtures.press([.ctrl("c")], demo).1 == [.quit])
    }

    @Test func selectionMovesAndScrollsWithHeadersKept() {
        var s = Fixtures.tab(.inventory, demo)
        s = Fixtures.press(.down, .char("j"), on: s)
        #expect(s.scrollState(.inventory).cursor == 2)
        s = Fixtures.press(.char("k"), on: s)
        #expect(s.scrollState(.inventory).cursor == 1)
        s = Fixtures.press(.end, on: s)
        #expect(s.scrollState(.inventory).cursor == 32)
        let screen = Fixtures.screen(s)
        // The header stays on the first body line; the last project is on the last one.
        #expect(
            screen.line(2)
                == " Project ▲               Owner         Level  Status           Non-root  Multi-stage      Image")
        #expect(
            screen.line(27)
                == " 配送-tracker 🚚         mobile           L2  ● met            ● yes     ● yes            28 MB")
        #expect(screen.style(27, 1) == Style(.normal, selected: true))
        #expect(
            screen.line(28)
                == " ledger.json · 33 projects (30 active) · no changes                                       row 33/33"
        )
        s = Fixtures.press(.char("g"), on: s)
        #expect(s.scrollState(.inventory) == ScrollState(cursor: 0, top: 0))
        s = Fixtures.press(.pageDown, on: s)
        #expect(s.scrollState(.inventory).cursor == 24)
        s = Fixtures.press(.pageUp, .up, on: s)
        #expect(s.scrollState(.inventory).cursor == 0)
    }

    @Test func eachTabKeepsItsOwnSelection() {
        var s = Fixtures.press(.char("2"), .down, .down, .char("3"), .down, on: demo)
        #expect(s.scrollState(.quality).cursor == 1)
        s = Fixtures.press(.char("2"), on: s)
        #expect(s.scrollState(.inventory).cursor == 2)
    }

    @Test func enterOpensTheSelectedProjectAndEscClosesIt() {
        var s = Fixtures.press(.char("2"), .down, .down, .down, .down, .enter, on: demo)
        // Sorted by name: admin-console, auth-proxy, campaign-2025, checkout-web, chora-compose.
        guard case .detail(let project, _) = s.mode else {
            Issue.record("no detail")
            return
        }
        #expect(s.ledger.projects[project].name == "chora-compose")
        let screen = Fixtures.screen(s)
        #expect(screen.line(2) == " Project chora-compose  (Esc closes)")
        #expect(screen.line(3) == " Level 4 (Production)")
        #expect(screen.line(4) == " ● has everything level 4 asks for")
        s = Fixtures.press(.escape, on: s)
        #expect(s.mode == .browse)
        #expect(s.tab == .inventory)
    }

    @Test func enterOutsideTheInventoryOpensTheProjectsBehindTheMetric() {
        guard case .page(.metric(let drill), _) = Fixtures.press(.char("3"), .enter, on: demo).mode else {
            Issue.record("Enter on Quality's first row opens no metric page")
            return
        }
        #expect(drill.id == .qualityImageSizeMB)
    }

    @Test func filterNarrowsAndEscClears() {
        var s = Fixtures.press(.char("2"), .char("/"), .char("W"), .char("e"), .char("b"), on: demo)
        #expect(s.mode == .filter)
        #expect(s.inventory.filter == "Web")
        let names = s.inventory.order.map { s.ledger.projects[$0].name }
        #expect(
            names == [
                "admin-console", "campaign-2025", "checkout-web", "docs-site", "feature-flags",
                "image-resizer", "notification-service", "poc-graphql",
            ])
        var screen = Fixtures.screen(s)
        #expect(screen.line(2) == " 8 of 33 projects · sorted by Project ▲ · filter: Web▏")
        #expect(screen.line(29) == " Enter keep  Esc clear")
        s = Fixtures.press(.backspace, .enter, on: s)
        #expect(s.mode == .browse)
        #expect(s.inventory.filter == "We")
        screen = Fixtures.screen(s)
        #expect(screen.line(2) == " 9 of 33 projects · sorted by Project ▲ · filter: We")
        s = Fixtures.press(.escape, on: s)
        #expect(s.inventory.filter == "")
        #expect(s.inventory.order.count == 33)
    }

    @Test func filterMatchesBaseImageAndRegistry() {
        let byImage = Fixtures.press(
            .char("2"), .char("/"), .char("a"), .char("l"), .char("p"), .char("i"), .char("n"), .char("e"), on: demo)
        #expect(
            byImage.inventory.order.allSatisfy {
                byImage.ledger.projects[$0].docker?.baseImage?.contains("alpine") == true
            })
        #expect(!byImage.inventory.order.isEmpty)
        let byRegistry = Fixtures.press(.char("2"), .char("/"), .char("e"), .char("c"), .char("r"), on: demo)
        #expect(!byRegistry.inventory.order.isEmpty)
    }

    @Test func sortByTheColumnCursorReversesAndKeepsTheSelection() {
        var s = Fixtures.press(.char("2"), .down, on: demo)
        let selected = s.selectedProject
        s = Fixtures.press(.char(">"), .char("s"), on: s)
        #expect(s.inventory.sortColumn == .owner)
        #expect(s.selectedProject == selected)
        s = Fixtures.press(.char(">"), .right, .char(">"), .char(">"), .char(">"), .char("s"), on: s)
        #expect(s.inventory.sortColumn == .imageSize)
        #expect(!s.inventory.descending)
        s = Fixtures.press(.char("S"), on: s)
        #expect(s.inventory.descending)
        #expect(s.ledger.projects[s.inventory.order[0]].name == "model-serving")
        // Unknown sizes go last whichever way.
        #expect(s.ledger.projects[s.inventory.order.last!].docker?.imageSizeMB == nil)
        let screen = Fixtures.screen(s)
        #expect(
            screen.line(3)
                == " Project                 Owner         Level  Status           Non-root  Multi-stage    Image ▼")
    }

    @Test func tooSmallShowsTheNeedAndRecovers() {
        var s = update(demo, .resize(Size(columns: 50, rows: 12))).0
        let small = Fixtures.screen(s)
        #expect(small.line(5) == "         terminal too small (need 72x16)")
        #expect(small.line(6) == "               now 50x12 · q quits")
        #expect(Fixtures.press([.char("2")], s).0.tab == .coverage)
        s = update(s, .resize(Size(columns: 80, rows: 24))).0
        let screen = Fixtures.screen(s)
        #expect(screen.line(1) == "  1 Coverage   2 Inv…   3 Qu…   4 CI…   5 ROI   6 Is…   7 Log   8 Te…   9 Sco…")
        #expect(screen.line(22) == " ledger.json · 33 projects (30 active) · no changes                    row 1/12")
    }

    @Test func resizeKeepsTheSelectionVisible() {
        var s = Fixtures.press(.char("2"), .end, on: demo)
        s = update(s, .resize(Size(columns: 80, rows: 18))).0
        let screen = Fixtures.screen(s)
        #expect(screen.line(15).hasPrefix(" 配送-tracker 🚚"))
    }

    @Test func pagesWithoutRowsScrollByLine() {
        let document = Document([.text((0..<10).map { Line("line \($0)") })])
        var scroll = Scrolling.move(ScrollState(), .down, in: document, height: 4)
        #expect(scroll.top == 1)
        scroll = Scrolling.move(scroll, .bottom, in: document, height: 4)
        #expect(scroll.top == 6)
        scroll = Scrolling.move(scroll, .pageUp, in: document, height: 4)
        #expect(scroll.top == 3)
    }
}
