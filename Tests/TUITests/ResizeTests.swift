import Model
import Testing

@testable import TUI

/// A wider terminal wraps the changelog into fewer rows: a tab's cursor must stay on one of
/// its rows even when the resize happens while another tab shows.
@Suite struct ResizeTests {
    @Test func aCursorPastTheLastRowAfterAResizeIsBroughtBack() {
        let narrow = Fixtures.press(
            .char("7"), .end, .char("1"), on: Fixtures.state(Fixtures.demo(), columns: 72, rows: 20))
        let narrowRows = LogTab.document(narrow, width: Pages.width(narrow)).rowCount
        #expect(narrow.scrollState(.log).cursor == narrowRows - 1)
        let wide = update(narrow, .resize(Size(columns: 160, rows: 48))).0
        let wideRows = LogTab.document(wide, width: Pages.width(wide)).rowCount
        #expect(wideRows < narrowRows)
        #expect(wide.scrollState(.log).cursor == wideRows - 1)
        #expect(Fixtures.screen(Fixtures.press(.char("7"), on: wide)).line(46).hasSuffix("row \(wideRows)/\(wideRows)"))
    }
}
