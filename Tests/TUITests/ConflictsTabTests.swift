import Foundation
import Model
import Testing

@testable import TUI

/// A ledger fresh from a merge with two conflicts: ledger-api's owner (ours "erin", theirs
/// "dave") and feature-flags, edited by ours and deleted by theirs.
func conflictedLedger() -> Ledger {
    let demo = Fixtures.demo()
    var ours = demo
    var theirs = demo
    ours.projects[ours.projectIndex(named: "ledger-api")!].owner = "erin"
    theirs.projects[theirs.projectIndex(named: "ledger-api")!].owner = "dave"
    ours.projects[ours.projectIndex(named: "feature-flags")!].docker?.layers = 3
    theirs.projects.remove(at: theirs.projectIndex(named: "feature-flags")!)
    let merged = LedgerMerge.merge(base: demo.json, ours: ours.json, theirs: theirs.json)
    return Ledger.decode(merged.document).ledger
}

@Suite struct ConflictsTabTests {
    @Test func aLedgerWithConflictsOpensOnTheConflictsView() {
        let s = Fixtures.state(conflictedLedger())
        #expect(s.tab == .conflicts)
        let screen = Fixtures.screen(s)
        #expect(screen.line(1).hasSuffix("9 Score…   Conflicts"))
        #expect(screen.line(2) == " 2 fields the merge could not decide; ours is in place until you pick.")
        #expect(screen.line(6).hasPrefix(" projects[\"ledger-api\"].owner  payments"))
        #expect(screen.line(6).hasSuffix("erin                       dave    ▸ ours"))
        #expect(screen.lines.contains("   theirs dave"))
        // Without conflicts the tab is not in the bar and Tab skips it.
        let plain = Fixtures.state(Fixtures.demo())
        #expect(!Fixtures.screen(plain).line(1).contains("Conflicts"))
        #expect(Fixtures.press(.backTab, on: plain).tab == .scorecard)
        #expect(Fixtures.press(.tab, on: s).tab == .coverage)
    }

    @Test func pickApplyUndoAndTheLastOneSaysGitAdd() throws {
        var s = Fixtures.state(conflictedLedger())
        s = Fixtures.press(.right, on: s)
        #expect(Fixtures.screen(s).line(6).hasSuffix("▸ theirs"))
        var (after, effects) = Fixtures.press([.enter], s)
        #expect(after.ledger.project(named: "ledger-api")?.owner == "dave")
        #expect(after.ledger.conflicts.map(\.path.description) == ["projects[\"feature-flags\"]"])
        #expect(after.message == "settled projects[\"ledger-api\"].owner with theirs")
        #expect(effects.count == 1)
        // u brings the conflict back with ours in place.
        let undone = Fixtures.press(.char("u"), on: after)
        #expect(undone.ledger.conflicts.count == 2)
        #expect(undone.ledger.project(named: "ledger-api")?.owner == "erin")
        // Theirs deleted feature-flags: picking theirs deletes it; the last one drops the key.
        (after, effects) = Fixtures.press([.right, .enter], after)
        #expect(after.ledger.project(named: "feature-flags") == nil)
        #expect(after.ledger.conflicts.isEmpty)
        #expect(after.message == "all merge conflicts settled: `git add ledger.json` to mark the merge resolved")
        guard case .save(let saved)? = effects.first else {
            Issue.record("no save")
            return
        }
        guard case .object(let object) = try JSONParser.parse(LedgerStore.encode(saved)) else { return }
        #expect(object["conflicts"] == nil)
        #expect(
            Fixtures.screen(after).line(2)
                == " No merge conflicts. If this file came from a merge, `git add ledger.json` marks it resolved.")
    }

    @Test func aPickThatWouldMakeTheLedgerInvalidIsRefused() {
        var ledger = conflictedLedger()
        // Someone added another project named feature-flags since: taking base back would clash.
        ledger.projects.append(Project(name: "Feature-Flags"))
        ledger.conflicts[1].ours = nil
        var s = Fixtures.state(ledger)
        s = Fixtures.press(.down, .left, .enter, on: s)
        #expect(s.ledger.conflicts.count == 2)
        #expect(s.message?.hasPrefix("cannot take base for projects[\"feature-flags\"]: ") == true)
    }
}
