import Foundation
import Model
import Testing

@testable import TUI

/// Every tab, at 100x30 and 80x24, on the demo ledger and on edge ledgers: each screen is
/// compared line by line with `Expected/screens.txt` (reviewed by eye in tmux). Set
/// DOCKLEDGER_RECORD=1 to rewrite that file after an intended change, then review the diff.
@Suite struct TabScreenTests {
    static let ledgers: [(String, Ledger)] = [
        ("demo", Fixtures.demo()), ("empty", Fixtures.empty()), ("unknown", Fixtures.allUnknown()),
        ("one", Fixtures.oneProject()),
    ]
    static let sizes = [Size(columns: 100, rows: 30), Size(columns: 80, rows: 24)]
    static let expectedPath = Fixtures.packageRoot.appendingPathComponent("Tests/TUITests/Expected/screens.txt").path

    static func rendered() -> [(name: String, lines: [String])] {
        ledgers.flatMap { name, ledger in
            sizes.flatMap { size in
                Tab.allCases.map { tab in
                    let state = Fixtures.tab(tab, Fixtures.state(ledger, columns: size.columns, rows: size.rows))
                    return ("\(name) \(size.columns)x\(size.rows) \(tab.title)", Fixtures.screen(state).lines)
                }
            }
        }
    }

    static func expected() -> [String: [String]] {
        guard let text = try? String(contentsOfFile: expectedPath, encoding: .utf8) else { return [:] }
        var screens: [String: [String]] = [:]
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("=== ") {
                current = String(line.dropFirst(4))
                screens[current!] = []
            } else if let c = current {
                screens[c]!.append(line)
            }
        }
        return screens
    }

    @Test func everyTabAtEverySizeMatchesTheReviewedScreens() throws {
        let screens = Self.rendered()
        if ProcessInfo.processInfo.environment["DOCKLEDGER_RECORD"] == "1" {
            let text =
                screens.map { "=== \($0.name)\n" + $0.lines.joined(separator: "\n") }.joined(separator: "\n") + "\n"
            try text.write(toFile: Self.expectedPath, atomically: true, encoding: .utf8)
            return
        }
        let expected = Self.expected()
        #expect(expected.count == screens.count)
        for screen in screens {
            guard let lines = expected[screen.name] else {
                Issue.record("no expected screen \(screen.name)")
                continue
            }
            for (i, line) in screen.lines.enumerated() {
                #expect(line == (i < lines.count ? lines[i] : ""), "\(screen.name), line \(i)")
            }
        }
    }

    // A few lines spelled out here, so the meaning of the screens is visible in the test itself.

    @Test func coverageAt100x30() {
        let screen = Fixtures.screen(Fixtures.state(Fixtures.demo()))
        #expect(
            screen.line(0)
                == " dockledger │ Ledger: Docker Operations · SAP-011 v1.4.0                           as of 2026-11-26"
        )
        #expect(
            screen.line(1)
                == "  1 Coverage   2 Invento…   3 Quality   4 CI/CD   5 ROI   6 Issues   7 Log   8 Teams   9 Scorecard")
        #expect(screen.line(5) == " Metric                Value  Target  Status         Known")
        #expect(screen.line(6) == " Projects with Docker  84.6%    ≥70%  ● met          22/26")
        #expect(screen.line(7) == " Multi-stage builds    91.3%   ≥100%  ◐ progressing  21/23")
        #expect(
            screen.line(28)
                == " ledger.json · 33 projects (30 active) · no changes                                        row 1/12"
        )
        #expect(screen.line(29) == " ↑↓ move  Enter open  / find  1-9 tabs  u undo  ? help  q quit")
    }

    @Test func statusCellsAreColouredByRole() {
        let screen = Fixtures.screen(Fixtures.tab(.quality, Fixtures.state(Fixtures.demo())))
        #expect(screen.line(4) == " Image size (MB)      28 MB  1840 MB  338.2 MB  ≤250 MB  ◐ progressing   n=23")
        #expect(screen.style(ofFirst: "◐ progressing", inRow: 4)?.role == .statusProgressing)
        #expect(screen.line(5) == " Build context (MB)  0.8 MB   140 MB   17.5 MB   ≤20 MB  ● met           n=21")
        #expect(screen.style(ofFirst: "● met", inRow: 5)?.role == .statusMet)
        #expect(screen.line(26) == " Vulnerability scans passing  45.8%   ≥100%  ○ behind       11/24")
        #expect(screen.style(ofFirst: "○ behind", inRow: 26)?.role == .statusBehind)
        let empty = Fixtures.screen(Fixtures.tab(.quality, Fixtures.state(Fixtures.empty())))
        #expect(empty.line(4) == " Image size (MB)       -    -    -  ≤250 MB  · no data    n=0")
        #expect(empty.style(ofFirst: "· no data", inRow: 4)?.role == .statusNoData)
    }

    @Test func inventoryAt80x24KeepsProjectOwnerLevelAndStatusFirst() {
        let screen = Fixtures.screen(Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo(), columns: 80, rows: 24)))
        #expect(screen.line(3) == " Project ▲               Owner         Level  Status           Non-root")
        #expect(screen.line(4) == " admin-console           web              L2  ◐ 1 progressing  ● yes")
        #expect(screen.line(6) == " campaign-2025           web              L2  archived         ● yes")
    }

    @Test func emptyInventory() {
        let screen = Fixtures.screen(Fixtures.tab(.inventory, Fixtures.state(Fixtures.empty())))
        #expect(screen.line(2) == " 0 of 0 projects · sorted by Project ▲")
        #expect(screen.line(4) == " no projects yet")
        #expect(screen.line(28) == " ledger.json · 0 projects (0 active) · no changes")
    }

    @Test func logShowsTheOverdueBaseImageSchedule() {
        let screen = Fixtures.screen(Fixtures.tab(.log, Fixtures.state(Fixtures.demo())))
        #expect(screen.line(2) == " Base images (quarterly): last 2026-08-20 · due 2026-11-20 · ○ overdue")
        #expect(screen.style(ofFirst: "○ overdue", inRow: 2)?.role == .statusBehind)
    }

    @Test func wideCharactersKeepColumnsAligned() {
        let s = Fixtures.press(.char("2"), .end, on: Fixtures.state(Fixtures.demo()))
        let screen = Fixtures.screen(s)
        let rows = (4...27).map(screen.line)
        let wide = rows.first { $0.contains("配送") }!
        let plain = rows.first { $0.contains("sms-adapter") }!
        func column(of needle: String, in line: String) -> Int {
            TextWidth.of(String(line[..<line.range(of: needle)!.lowerBound]))
        }
        #expect(column(of: "L2", in: wide) == column(of: "L0", in: plain))
        #expect(wide == " 配送-tracker 🚚         mobile           L2  ● met            ● yes     ● yes            28 MB")
        // In the cell grid, the level sits in the same cell on both rows.
        let wideRow = 4 + rows.firstIndex(of: wide)!
        let plainRow = 4 + rows.firstIndex(of: plain)!
        let levelColumn = column(of: "L0", in: plain)
        #expect(screen.cells[wideRow][levelColumn].text == "L")
        #expect(screen.cells[wideRow][levelColumn + 1].text == "2")
        #expect(screen.cells[plainRow][levelColumn].text == "L")
    }
}
