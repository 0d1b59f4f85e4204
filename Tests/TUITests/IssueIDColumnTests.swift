import Model
import Testing

@testable import TUI

/// The Issue Log's # column fits the longest id: at 10,000 issues it showed "99…".
@Suite struct IssueIDColumnTests {
    @Test(arguments: [80, 160]) func longIdsAreShownWhole(columns: Int) {
        let issues = [7, 12345, 999].map { id in
            Issue(id: id, category: "CI cache misses", project: "api", openedAt: "2026-11-0\(id % 9 + 1)")
        }
        let ledger = Ledger(projects: [Project(name: "api")], issues: issues)
        var state = AppState(ledger: ledger, fileName: "l.json", asOf: 0, size: Size(columns: columns, rows: 24))
        state = update(state, .key(.char("6"))).0
        var screen = CellScreen(columns: columns, rows: 24)
        render(state, into: &screen)
        let rows = screen.lines.filter { $0.contains("CI cache misses") && $0.contains("2026-11-") }
        #expect(rows.count == 3)
        #expect(rows.contains { $0.hasPrefix(" 12345  ") })
        #expect(rows.contains { $0.hasPrefix("     7  ") })
        #expect(!screen.lines.joined().contains("12…"))
    }
}
