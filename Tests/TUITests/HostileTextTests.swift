import Model
import Testing

@testable import TUI

/// A ledger cannot drive the terminal: every text field full of escape sequences, C1 controls
/// and bidi overrides is drawn with them made visible, on every tab and in the detail.
@Suite struct HostileTextTests {
    static let evil = "x\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{202E}gnp.exe\u{2066}\r\n\u{7F}"

    static func ledger() -> Ledger {
        var ledger = Fixtures.oneProject()
        ledger.projects[0].name = "evil" + evil
        ledger.projects[0].owner = evil
        ledger.projects[0].docker?.baseImage = evil
        ledger.projects[0].docker?.registry = RegistryUsage(name: evil, imagesPushed: 1, totalSizeMB: 1)
        ledger.issues = [
            Issue(
                id: 1, category: evil, project: evil, openedAt: "2026-11-01", resolvedAt: "2026-11-02",
                solution: evil, successful: true, notes: evil)
        ]
        ledger.maintenance.templateUpdates = [
            TemplateUpdate(date: "2026-11-01", version: evil, change: evil, reason: evil)
        ]
        ledger.maintenance.baseImageUpdates = [BaseImageUpdate(date: "2026-11-01", from: evil, to: evil, reason: evil)]
        ledger.versionHistory.append(VersionEntry(version: evil, date: "2026-11-01", changes: evil, author: evil))
        ledger.changelog.append(ChangelogEntry(date: "2026-11-01", title: evil, body: evil + "\n" + evil))
        ledger.meta.title = evil
        return ledger
    }

    static func assertClean(_ screen: CellScreen, _ what: String) {
        for (r, row) in screen.cells.enumerated() {
            for cell in row {
                for scalar in cell.text.unicodeScalars where Hostile.isControl(scalar) {
                    Issue.record("\(what): U+\(String(scalar.value, radix: 16)) on line \(r)")
                }
            }
        }
    }

    @Test func noControlCharacterReachesTheScreenOnAnyTab() {
        let base = Fixtures.state(Self.ledger())
        for tab in Tab.allCases {
            Self.assertClean(Fixtures.screen(Fixtures.tab(tab, base)), tab.title)
        }
        let detail = Fixtures.press(.char("2"), .enter, on: base)
        Self.assertClean(Fixtures.screen(detail), "detail")
        let screen = Fixtures.screen(Fixtures.tab(.inventory, base))
        #expect(screen.line(4).hasPrefix(" evilx^[]0;pwned^G^[[2…  x^[]0;pwned…     L3"))
    }

    @Test func hostileTextIsShownCaretEscaped() {
        let screen = Fixtures.screen(
            Fixtures.press(.char("2"), .enter, on: Fixtures.state(Self.ledger(), columns: 120, rows: 60)))
        #expect(
            screen.lines.contains(" Owner (team)                              x^[]0;pwned^G^[[2J�31m�gnp.exe�^M^J^?"))
    }
}
