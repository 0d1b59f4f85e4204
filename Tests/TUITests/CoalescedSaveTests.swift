import Foundation
import Model
import Testing

@testable import TUI

/// Saves run in the background and coalesce: a save that finishes may hold only the first of
/// the edits made so far. Those after it must stay unsaved, so that when their save then finds
/// the file changed on disk, "reload and re-apply" replays them too.
@Suite struct CoalescedSaveTests {
    static func add(_ name: String, _ state: AppState) -> AppState {
        Update.commit(.insertProject(Project(name: name), at: state.ledger.projects.count), state).0
    }

    @Test func aSaveOfTheFirstEditLeavesTheLaterOnesToReapply() {
        let start = Fixtures.state(Fixtures.demo())
        let first = Self.add("svc-a", start)
        let savedByFirst = first.ledger
        let throughFirst = first.unsaved.recorded
        // The second edit is made while the first one's save is still running.
        let second = Self.add("svc-b", first)

        // The first save is written; the second is still on its way.
        let written = update(second, .storage(.saved(at: "12:00:00", through: throughFirst))).0
        #expect(written.unsaved.edits.count == 1)
        #expect(written.unsaved.base.map { $0 == savedByFirst } == true)
        #expect(written.saveState == .saving)

        // Another program writes the file (it read the first save); the second save finds it.
        var theirs = savedByFirst
        theirs.projects.append(Project(name: "written-elsewhere"))
        let conflict = update(written, .storage(.changedOnDisk)).0
        let (reapplying, effects) = Fixtures.press([.char("y")], conflict)
        #expect(effects == [.reloadToReapply])
        let (reapplied, saves) = update(reapplying, .storage(.reloadedToReapply(theirs)))
        #expect(reapplied.message == "reloaded ledger.json and re-applied your edit")
        for name in ["svc-a", "svc-b", "written-elsewhere"] {
            #expect(reapplied.ledger.projectIndex(named: name) != nil, "\(name) is missing")
        }
        #expect(saves == [.save(reapplied.ledger)])
    }

    @Test func aSaveHoldingEveryEditLeavesNothingUnsaved() {
        let two = Self.add("svc-b", Self.add("svc-a", Fixtures.state(Fixtures.demo())))
        let written = update(two, .storage(.saved(at: "12:00:00", through: two.unsaved.recorded))).0
        #expect(written.unsaved.edits.isEmpty && written.unsaved.base == nil)
        #expect(written.saveState == .saved(at: "12:00:00"))
        // A late report of an older save claims nothing newer.
        let third = Self.add("svc-c", written)
        let late = update(third, .storage(.saved(at: "12:00:01", through: two.unsaved.recorded))).0
        #expect(late.unsaved.edits.count == 1)
        #expect(late.saveState == .saving)
    }

    /// The saver reports, with each save, the last edit the written ledger held.
    @Test func theSaverReportsTheEditsItWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coalesced-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.json").path
        try LedgerStore.save(Fixtures.demo(), to: path)
        let loaded = try LedgerStore.load(path)
        let saver = BackgroundSaver(session: LedgerSession(path: path, fingerprint: loaded.fingerprint))
        var ledger = loaded.ledger
        for n in 1...3 {
            ledger.projects.append(Project(name: "svc-\(n)"))
            saver.submit(ledger, through: n)
        }
        saver.waitUntilIdle()
        let outcomes = saver.takeOutcomes()
        guard case .saved(_, let through)? = outcomes.last else {
            Issue.record("no save reported: \(outcomes)")
            return
        }
        #expect(through == 3)
        #expect(try LedgerStore.load(path).ledger.projects.map(\.name) == ledger.projects.map(\.name))
    }
}
