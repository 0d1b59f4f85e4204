import Foundation
import Testing

/// The real binary in tmux, clicked: tmux passes the mouse reports it is sent (`send-keys -H`,
/// in the X10 encoding curses turns on, mode 1000) to the dashboard, which decodes them through
/// curses like a real terminal's.
@Suite(.serialized) struct MouseEndToEndTests {
    /// A press (button 0), wheel up (64) or down (65) at a 0-based screen cell: ESC [ M and
    /// three bytes, each the value plus 32 (cells counted from 1).
    /// A click is a press and a release (button 3), as a terminal sends it.
    static func report(button: Int, row: Int, column: Int) -> [String] {
        let press = [0x1b, 0x5b, 0x4d, 32 + button, 33 + column, 33 + row]
        let release = button == 0 ? [0x1b, 0x5b, 0x4d, 32 + 3, 33 + column, 33 + row] : []
        return (press + release).map { String(format: "%02x", $0) }
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func clickATabARowTwiceAndScrollWithTheWheel() throws {
        let t = EndToEndTests.Tmux(tmux: EndToEndTests.tmuxPath!, name: "mouse")
        defer { t("kill-server") }
        func send(_ button: Int, _ row: Int, _ column: Int) {
            _ = EndToEndTests.run(
                [t.tmux, "-L", t.socket, "send-keys", "-t", t.session, "-H"]
                    + Self.report(button: button, row: row, column: column))
        }
        /// The screen cell where `text` starts in the pane.
        func cell(of text: String, in pane: String) -> (row: Int, column: Int) {
            let lines = pane.components(separatedBy: "\n")
            let row = lines.firstIndex { $0.contains(text) }!
            let prefix = lines[row][..<lines[row].range(of: text)!.lowerBound]
            return (row, prefix.count)
        }
        let copy = try InventoryEndToEndTests.copyOfDemo()
        t.openDashboard(inFolder: (copy as NSString).deletingLastPathComponent)
        var pane = t.waitFor("Coverage Statistics")
        // The tab bar: a click on "8 Teams" shows the Teams tab.
        let teams = cell(of: " 8 ", in: pane)
        send(0, teams.row, teams.column + 1)
        pane = t.waitFor(" Team      Active  Docker")
        // A row: the first click selects it, the second opens it.
        let data = cell(of: " data ", in: pane)
        send(0, data.row, data.column + 2)
        t.waitFor("row 2/6")
        send(0, data.row, data.column + 2)
        pane = t.waitFor("Team data: every metric on its projects")
        // The wheel moves three rows down.
        send(65, 10, 10)
        t.waitFor("row 4/36")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor(" Team      Active  Docker")
        let coverage = cell(of: " 1 ", in: t.pane())
        send(0, coverage.row, coverage.column + 1)
        pane = t.waitFor("Coverage Statistics")
        let nonRoot = cell(of: " Non-root execution ", in: pane)
        // A quick double click: both clicks in one burst, which curses queues behind one
        // KEY_MOUSE; the second opens the row the first selected.
        _ = EndToEndTests.run(
            [t.tmux, "-L", t.socket, "send-keys", "-t", t.session, "-H"]
                + Self.report(button: 0, row: nonRoot.row, column: 3)
                + Self.report(button: 0, row: nonRoot.row, column: 3))
        t.waitFor("Non-root execution: the projects behind it")
        t.waitFor("2 failing · 1 unknown · 21 meet it")
        // The Inventory: a click on the Level header sorts by it, a second one the other way.
        t("send-keys", "-t", t.session, "Escape", "2")
        pane = t.waitFor("sorted by Project ▲")
        let level = cell(of: "Level", in: pane)
        send(0, level.row, level.column + 1)
        t.waitFor("sorted by Level ▲")
        send(0, level.row, level.column + 1)
        t.waitFor("sorted by Level ▼")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
