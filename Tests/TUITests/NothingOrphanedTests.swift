import Model
import Testing

@testable import TUI

/// Records stay linked through renames and deletes, and no state leaves the dashboard stuck.
@Suite struct NothingOrphanedTests {
    let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))

    func row(of name: String, _ s: AppState) -> Int {
        s.inventory.order.firstIndex { s.ledger.projects[$0].name == name }!
    }

    func on(_ name: String) -> AppState {
        var s = inventory
        s.scroll[.inventory] = ScrollState(cursor: row(of: name, s), top: 0)
        return s
    }

    @Test func renamingAProjectInTheFormRenamesItInItsIssuesAsOneUndoableEdit() {
        var s = Fixtures.press(.char("E"), on: on("payout-scheduler"))
        s = Fixtures.press([.ctrl("u")] + "payouts".map { Key.char($0) }, s).0
        let (renamed, effects) = Fixtures.press([.enter], s)
        #expect(effects == [.save(renamed.ledger)])
        #expect(renamed.ledger.issues.filter { $0.project == "payout-scheduler" }.isEmpty)
        #expect(renamed.ledger.issues.contains { $0.project == "payouts" })
        #expect(renamed.message == "renamed project payout-scheduler to payouts (and in 1 issue)")
        let undone = Fixtures.press(.char("u"), on: renamed)
        #expect(undone.ledger == inventory.ledger)
    }

    @Test func deletingAProjectWithIssuesSaysHowManyAndOffersToKeepThem() {
        let asked = Fixtures.press(.char("d"), on: on("crm-sync"))
        guard case .confirm(let question) = asked.mode else {
            Issue.record("no question")
            return
        }
        #expect(
            question.prompt.hasPrefix(
                "Delete project crm-sync? It has 1 open issue: y deletes them too, k keeps them marked"))
        let kept = Fixtures.press(.char("k"), on: asked)
        #expect(kept.ledger.project(named: "crm-sync") == nil)
        #expect(kept.ledger.issues.contains { $0.project == "crm-sync (deleted project)" })
        #expect(kept.ledger.issues.count == inventory.ledger.issues.count)
        let deleted = Fixtures.press(.char("y"), on: asked)
        #expect(deleted.ledger.issues.count == inventory.ledger.issues.count - 1)
        #expect(!deleted.ledger.issues.contains { $0.project?.hasPrefix("crm-sync") == true })
        #expect(Fixtures.press(.char("u"), on: deleted).ledger == inventory.ledger)
        #expect(Fixtures.press(.char("u"), on: kept).ledger == inventory.ledger)
    }

    @Test func ctrlUClearsTheFilterLineLikeAFormField() {
        let typed = Fixtures.press([.char("/")] + "non-root".map { Key.char($0) }, inventory).0
        let cleared = Fixtures.press([.ctrl("u")] + "data".map { Key.char($0) }, typed).0
        #expect(cleared.inventory.filter == "data")
        #expect(cleared.mode == .filter)
    }

    @Test func aReloadKeyIsAlwaysThereAndAsksWhenAChangeIsNotSaved() {
        #expect(Keymap.action(for: .ctrl("l"), in: [.global])?.action == .reload)
        #expect(Keymap.action(for: .function(5), in: [.global])?.action == .reload)
        #expect(Keymap.helpGroups.contains { $0.bindings.contains { $0.label == "Ctrl-L/F5" } })
        #expect(Fixtures.press([.ctrl("l")], inventory).1 == [.reload])
        var stuck = inventory
        stuck.saveState = .failed("No space left on device")
        let asked = Fixtures.press([.ctrl("l")], stuck)
        #expect(asked.1.isEmpty)
        guard case .confirm(let question) = asked.0.mode else {
            Issue.record("no question")
            return
        }
        #expect(question.action == .reload)
        #expect(Fixtures.press([.char("y")], asked.0).1 == [.reload])
        // After "n" the way out is named, not a dead end.
        #expect(Fixtures.press(.char("n"), on: asked.0).message?.contains("Ctrl-L reloads") == true)
        // Changed on disk: Ctrl-L offers the three ways out (re-apply, drop, overwrite).
        stuck.saveState = .conflict
        guard case .confirm(let onDisk) = Fixtures.press(.ctrl("l"), on: stuck).mode else {
            Issue.record("no question")
            return
        }
        #expect(onDisk.action == .changedOnDisk)
    }

    @Test func aResizeReclampsEveryTabNotOnlyTheOneShowing() {
        var s = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo(), columns: 80, rows: 24))
        s = Fixtures.press([.end], s).0
        let small = s.scrollState(.issues)
        #expect(small.top > 0)
        s = Fixtures.tab(.coverage, s)
        s = update(s, .resize(Size(columns: 160, rows: 60))).0
        let issuesDocument = Tab.issues.component.document(s, width: Pages.width(s))
        #expect(s.scrollState(.issues).top <= max(0, issuesDocument.lineCount - s.bodyHeight))
        #expect(s.scrollState(.issues).top == 0, "the whole tab fits at 160x60")
    }
}
