import Model
import Testing

@testable import TUI

/// Mouse events fed into update like keys: tabs, rows, a second click, the wheel, headers.
@Suite struct MouseTests {
    func click(_ row: Int, _ column: Int, _ state: AppState) -> AppState {
        update(state, .mouse(MouseEvent(.press, row: row, column: column))).0
    }

    func wheel(_ kind: MouseEvent.Kind, _ state: AppState) -> AppState {
        update(state, .mouse(MouseEvent(kind, row: 10, column: 10))).0
    }

    /// The screen column where `text` starts on `row`.
    func column(of text: String, row: Int, _ state: AppState) -> Int {
        let line = Fixtures.screen(state).line(row)
        return TextWidth.of(String(line[..<line.range(of: text)!.lowerBound]))
    }

    @Test(arguments: [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24)])
    func aClickOnATabShowsIt(size: Size) {
        let start = Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows)
        for tab in Tab.allCases where tab.isShown(in: start) {
            let label = " \(tab.key.map { String($0) } ?? "") "
            // The digit of each label, wherever the bar put it.
            let x = column(of: label, row: 1, start) + 1
            #expect(click(1, x, start).tab == tab, "\(tab) at \(x)")
        }
        // The gap between two labels and the title bar do nothing.
        #expect(click(0, 5, Fixtures.tab(.quality, start)).tab == .quality)
    }

    @Test func aClickSelectsARowAndASecondClickOpensIt() {
        let start = Fixtures.state(Fixtures.demo())
        // Coverage: the third metric row, "Non-root execution", is on screen line 8.
        #expect(Fixtures.screen(start).line(8).hasPrefix(" Non-root execution"))
        let selected = click(8, 5, start)
        #expect(selected.mode == .browse)
        #expect(selected.selectedRef(on: .coverage) == .metric(.coverageNonRoot))
        let opened = click(8, 5, selected)
        guard case .page(.metric(let d), _) = opened.mode else {
            Issue.record("no metric page: \(opened.mode)")
            return
        }
        #expect(d.id == .coverageNonRoot)
        // On the page: the first row (feature-store, line 7) is selected; a click opens it.
        let detail = click(7, 3, opened)
        guard case .detail(let p, _) = detail.mode else {
            Issue.record("no detail: \(detail.mode)")
            return
        }
        #expect(detail.ledger.projects[p].name == "feature-store")
        #expect(Fixtures.press(.escape, .escape, on: detail).mode == .browse)
    }

    @Test func aSecondClickOnTheInventoryOpensTheDetailAsEnterDoes() {
        let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        let row = Fixtures.screen(inventory).lines.firstIndex { $0.hasPrefix(" auth-proxy ") }!
        let opened = click(row, 2, click(row, 2, inventory))
        #expect(opened.mode == .detail(project: inventory.ledger.projectIndex(named: "auth-proxy")!, ScrollState()))
    }

    @Test func clicksOutsideRowsDoNothing() {
        let start = Fixtures.state(Fixtures.demo())
        for (row, column) in [(0, 3), (2, 3), (4, 3), (28, 3), (29, 3)] {
            let after = click(row, column, start)
            #expect(after.mode == .browse && after.scrollState(.coverage) == start.scrollState(.coverage), "\(row)")
        }
        // A header without an action (Coverage's tables do not sort).
        let header = click(5, 3, start)
        #expect(header.mode == .browse && header.scrollState(.coverage) == start.scrollState(.coverage))
    }

    @Test func theWheelMovesThreeRowsAndStopsAtTheEnds() {
        let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        let down = wheel(.wheelDown, inventory)
        #expect(down.scrollState(.inventory).cursor == 3)
        #expect(wheel(.wheelUp, wheel(.wheelUp, down)).scrollState(.inventory).cursor == 0)
        var bottom = inventory
        for _ in 0..<20 { bottom = wheel(.wheelDown, bottom) }
        #expect(bottom.scrollState(.inventory).cursor == inventory.inventory.order.count - 1)
    }

    @Test func aClickAfterScrollingLandsOnTheRowShownThere() {
        let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        var s = inventory
        for _ in 0..<10 { s = wheel(.wheelDown, s) }
        let screen = Fixtures.screen(s)
        #expect(s.scrollState(.inventory).top > 0)
        let row = 10
        let name = screen.line(row).split(separator: " ").first.map(String.init)!
        let clicked = click(row, 3, s)
        #expect(clicked.selectedProjectName == name)
        // The kept header on the first body line is a header, not the row under it.
        #expect(screen.line(2).hasPrefix(" Project"))
        // (A click on the Inventory's header sorts by that column: Project, now the other way.)
        let onHeader = click(2, 3, s)
        #expect(onHeader.inventory.sortColumn == .name && onHeader.inventory.descending)
        #expect(onHeader.selectedProjectName == s.selectedProjectName)
    }

    @Test(arguments: [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24), Size(columns: 160, rows: 48)])
    func aClickOnAnInventoryHeaderSortsByItsColumnAndAgainTheOtherWay(size: Size) {
        let inventory = Fixtures.tab(
            .inventory, Fixtures.state(Fixtures.demo(), columns: size.columns, rows: size.rows))
        let header = Fixtures.screen(inventory).lines.firstIndex { $0.hasPrefix(" Project") }!
        let level = column(of: "Level", row: header, inventory)
        let sorted = click(header, level + 1, inventory)
        #expect(sorted.inventory.sortColumn == .level)
        let again = click(header, level + 1, sorted)
        #expect(again.inventory.sortColumn == .level)
        #expect(again.inventory.descending != sorted.inventory.descending)
        #expect(Fixtures.screen(again).line(header).contains("Level " + (again.inventory.descending ? "▼" : "▲")))
    }

    @Test func aQuestionOrTheFilterLineIgnoresTheMouse() {
        let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        let asked = Fixtures.press(.char("d"), on: inventory)
        #expect(click(1, 4, asked).mode == asked.mode)
        let filtering = Fixtures.press(.char("/"), on: inventory)
        #expect(click(6, 4, filtering).mode == .filter)
    }

    @Test func theWheelMovesBetweenFormFields() {
        let form = Fixtures.press(.char("2"), .char("E"), on: Fixtures.state(Fixtures.demo()))
        let down = wheel(.wheelDown, form)
        #expect(InventoryEditingTests.form(down)?.focus == 1)
        // A click on a field's line focuses it; a heading does nothing.
        let screen = Fixtures.screen(down)
        let nonRoot = screen.lines.firstIndex { $0.hasPrefix("   Runs as non-root") }!
        #expect(InventoryEditingTests.form(click(nonRoot, 5, down))?.focusedField?.id == .project(.nonRoot))
        let heading = screen.lines.firstIndex { $0 == " Docker" }!
        #expect(InventoryEditingTests.form(click(heading, 5, down))?.focus == 1)
        // A greyed-out field (a project without Docker) stays out of reach.
        let adding = Fixtures.press(.char("2"), .char("a"), on: Fixtures.state(Fixtures.demo()))
        let greyed = Fixtures.screen(adding).lines.firstIndex { $0.hasPrefix("   Runs as non-root") }!
        #expect(InventoryEditingTests.form(click(greyed, 5, adding))?.focus == 0)
    }

    @Test func decodingKeepsPressesAndWheelAndDropsTheRest() {
        let bits = MouseDecoder.Bits(press: 0b10, wheelUp: 0b1000, wheelDown: 0b1_0000)
        #expect(
            MouseDecoder.event(buttons: 0b10, row: 3, column: 4, bits: bits) == MouseEvent(.press, row: 3, column: 4))
        #expect(MouseDecoder.event(buttons: 0b1000, row: 0, column: 0, bits: bits)?.kind == .wheelUp)
        #expect(MouseDecoder.event(buttons: 0b1_0000, row: 0, column: 0, bits: bits)?.kind == .wheelDown)
        #expect(MouseDecoder.event(buttons: 0b1, row: 3, column: 4, bits: bits) == nil)
        #expect(MouseDecoder.event(buttons: 0b10, row: -1, column: 4, bits: bits) == nil)
    }

    @Test func theHelpSaysWhatTheMouseDoesWithinEightyColumns() {
        #expect(Mouse.help.allSatisfy { TextWidth.of($0) <= 78 })
        let help = Fixtures.press(.char("?"), .end, on: Fixtures.state(Fixtures.demo(), columns: 80, rows: 24))
        #expect(Fixtures.screen(help).lines.contains(" " + Mouse.help[0]))
    }

    @Test func aTooSmallTerminalIgnoresTheMouse() {
        let tiny = Fixtures.state(Fixtures.demo(), columns: 40, rows: 10)
        #expect(click(1, 3, tiny).tab == .coverage)
    }
}
