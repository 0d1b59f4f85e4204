import Foundation
import Model
import Testing

@testable import TUI

/// The whole edit cycle on the Inventory, driven through update as the run loop drives it.
@Suite struct InventoryEditingTests {
    let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))

    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// Moves the form's focus down to the field `id`.
    static func focus(_ id: ProjectFieldID, _ state: AppState) -> AppState {
        var s = state
        for _ in 0..<60 {
            guard case .form(let form) = s.mode, form.focusedField?.id != .project(id) else { break }
            s = Fixtures.press(.down, on: s)
        }
        return s
    }

    static func form(_ s: AppState) -> TUI.Form? {
        if case .form(let form) = s.mode { return form }
        return nil
    }

    /// Adds a project through the form: name, Docker on, image size.
    func addProject(_ name: String, size: String, to state: AppState) -> (AppState, [Effect]) {
        var s = Fixtures.press([.char("a")] + Self.keys(name), state).0
        s = Self.focus(.usesDocker, s)
        s = Fixtures.press(.right, on: s)
        s = Self.focus(.imageSizeMB, s)
        return Fixtures.press(Self.keys(size) + [.enter], s)
    }

    @Test func addingAProjectSavesItAndUpdatesEveryTab() {
        let (s, effects) = addProject("billing-worker", size: "180", to: inventory)
        #expect(s.mode == .browse)
        let added = s.ledger.project(named: "billing-worker")
        #expect(added?.docker?.imageSizeMB == 180)
        #expect(effects == [.save(s.ledger)])
        #expect(s.saveState == .saving)
        #expect(s.report.counts.projects == 34)
        #expect(s.report.metric(.coverageImageSize).denominator == 24)
        // The cursor follows the new row.
        #expect(s.selectedProjectName == "billing-worker")
        let screen = Fixtures.screen(s)
        #expect(
            screen.line(28)
                == " ledger.json · 34 projects (31 active) · saving…                       added project billing-worker"
        )
        #expect(screen.lines.contains { $0.hasPrefix(" billing-worker") })
    }

    @Test func undoAndRedoRestoreAndSaveEachTime() {
        let (added, _) = addProject("billing-worker", size: "180", to: inventory)
        let (undone, undoEffects) = Fixtures.press([.char("u")], added)
        #expect(undone.ledger == inventory.ledger)
        #expect(undoEffects == [.save(inventory.ledger)])
        #expect(undone.message == "undid: added project billing-worker")
        let (redone, redoEffects) = Fixtures.press([.ctrl("r")], undone)
        #expect(redone.ledger == added.ledger)
        #expect(redoEffects == [.save(added.ledger)])
        #expect(Fixtures.press([.char("u"), .char("u")], undone).0.message == "nothing to undo")
        #expect(Fixtures.press([.ctrl("r")], redone).0.message == "nothing to redo")
    }

    @Test func badValuesStayInTheFormBesideTheirFields() {
        var s = Fixtures.press([.char("a")] + Self.keys("Etl-Runner"), inventory).0
        s = Self.focus(.createdAt, s)
        s = Fixtures.press(Self.keys("2026-02-30"), s).0
        s = Self.focus(.usesDocker, s)
        s = Fixtures.press(.right, on: s)
        s = Self.focus(.imageSizeMB, s)
        s = Fixtures.press(Self.keys("-5"), s).0
        s = Self.focus(.cacheHitRate, s)
        s = Fixtures.press(Self.keys("1.5"), s).0
        let (after, effects) = Fixtures.press([.enter], s)
        #expect(effects.isEmpty)
        #expect(after.ledger == inventory.ledger)
        guard let form = Self.form(after) else {
            Issue.record("the form closed")
            return
        }
        #expect(
            form.errors == [
                .project(.name): "another project is already named \"etl-runner\"",
                .project(.createdAt): "must be a date YYYY-MM-DD, got \"2026-02-30\"",
                .project(.imageSizeMB): "must be >= 0, got -5",
                .project(.cacheHitRate): "is a rate and must be between 0 and 1, got 1.5",
            ])
        #expect(form.focusedField?.id == .project(.name))
        #expect(after.message == "4 fields are wrong: nothing saved yet")
        let screen = Fixtures.screen(after)
        #expect(
            screen.lines.contains(
                "   Name                       Etl-Runner▏       ✖ another project is already named \"etl-runner\""))
        // Fixing a field clears its reason.
        let fixed = Fixtures.press([.ctrl("u")] + Self.keys("etl-two"), after).0
        #expect(Self.form(fixed)?.errors[.project(.name)] == nil)
    }

    @Test func notANumberIsNamed() {
        var s = Fixtures.press([.char("a")] + Self.keys("x"), inventory).0
        s = Self.focus(.usesDocker, s)
        s = Fixtures.press(.right, on: s)
        s = Self.focus(.layers, s)
        s = Fixtures.press(Self.keys("many") + [.enter], s).0
        #expect(Self.form(s)?.errors == [.project(.layers): "not a whole number: \"many\""])
    }

    @Test func editingChangesTheSelectedProjectAndKeepsTheCursorOnIt() {
        var s = Fixtures.press(.down, .down, on: inventory) // campaign-2025 (archived)
        let name = s.selectedProjectName!
        s = Fixtures.press(.char("E"), on: s)
        #expect(Self.form(s)?.title == "Edit project \(name)")
        #expect(Self.form(s)?[.project(.status)] == "archived")
        s = Self.focus(.owner, s)
        let (edited, effects) = Fixtures.press([.ctrl("u")] + Self.keys("growth") + [.enter], s)
        #expect(edited.ledger.project(named: name)?.owner == "growth")
        #expect(edited.ledger.project(named: name)?.status == .archived)
        #expect(edited.ledger.projects.count == inventory.ledger.projects.count)
        #expect(effects.count == 1)
        #expect(edited.selectedProjectName == name)
        #expect(edited.message == "changed project \(name)")
    }

    @Test func deleteAsksFirst() {
        let s = Fixtures.press(.down, on: inventory) // auth-proxy
        let asked = Fixtures.press(.char("d"), on: s)
        #expect(Fixtures.screen(asked).line(28) == " Delete project auth-proxy? (u undoes it)  (y/n)")
        let (kept, keptEffects) = Fixtures.press([.char("n")], asked)
        #expect(kept.ledger == inventory.ledger && keptEffects.isEmpty && kept.mode == .browse)
        let (deleted, effects) = Fixtures.press([.char("y")], asked)
        #expect(deleted.ledger.project(named: "auth-proxy") == nil)
        #expect(effects == [.save(deleted.ledger)])
        // The cursor stays on the same row, now the next project.
        #expect(deleted.selectedProjectName == "campaign-2025")
        #expect(Fixtures.press(.char("u"), on: deleted).ledger == inventory.ledger)
    }

    @Test func escCancelsWithoutAChange() {
        // Something was typed: Esc asks first (FormNavigationTests), y drops it.
        let (s, effects) = Fixtures.press([.char("a")] + Self.keys("zzz") + [.escape, .char("y")], inventory)
        #expect(s.mode == .browse && effects.isEmpty && s.ledger == inventory.ledger)
        #expect(s.message == "discarded: nothing saved")
    }

    @Test func dockerFieldsFollowUsesDockerAndChoicesCycle() {
        var s = Fixtures.press(.char("a"), on: inventory)
        let dockerFieldsDisabled = Self.form(s)!.fields.filter {
            if case .project(let id) = $0.id { id.path.hasPrefix("docker.") } else { false }
        }.allSatisfy { $0.disabled }
        #expect(dockerFieldsDisabled)
        s = Self.focus(.status, s)
        // With Docker off, Down goes from "Uses Docker" straight to the CI fields.
        s = Fixtures.press(.down, .down, on: s)
        #expect(Self.form(s)?.focusedField?.id == .project(.ciEnabled))
        s = Fixtures.press(.up, .right, on: s)
        #expect(Self.form(s)?[.project(.usesDocker)] == "yes")
        s = Fixtures.press(.down, on: s)
        #expect(Self.form(s)?.focusedField?.id == .project(.dockerfileType))
        s = Fixtures.press(.right, on: s)
        #expect(Self.form(s)?[.project(.dockerfileType)] == "production")
        s = Fixtures.press(.down, .right, on: s)
        #expect(Self.form(s)?[.project(.multiStage)] == "yes")
        s = Fixtures.press(.right, on: s)
        #expect(Self.form(s)?[.project(.multiStage)] == "no")
        s = Fixtures.press(.right, on: s)
        #expect(Self.form(s)?[.project(.multiStage)] == "")
        #expect(Fixtures.screen(s).lines.contains { $0.hasPrefix("   Multi-stage build          ‹ unknown ›") })
        s = Fixtures.press(.char("y"), on: s)
        #expect(Self.form(s)?[.project(.multiStage)] == "yes")
    }

    @Test func readOnlyRefusesEditsAndSaysWhy() {
        var s = inventory
        s.saveState = .readOnly("locked by pid 42 (dashboard)")
        for key: Key in [.char("a"), .char("e"), .char("E"), .char("d"), .char("u"), .ctrl("r")] {
            let (next, effects) = Fixtures.press([key], s)
            #expect(effects.isEmpty && next.mode == .browse && next.ledger == s.ledger)
            #expect(next.message == "this dashboard is read-only: nothing can be edited here")
        }
        #expect(
            Fixtures.screen(s).line(28)
                == " ledger.json · 33 projects (30 active) · read-only: locked by pid 42 (dashboard)           row 1/33"
        )
        // The footer offers no key it would refuse.
        #expect(!Fixtures.screen(s).line(29).contains("a add"))
        #expect(!Fixtures.screen(s).line(29).contains("u undo"))
    }

    @Test func saveOutcomesShowInTheStatusBar() {
        let (added, _) = addProject("svc", size: "10", to: inventory)
        let saved = update(added, .storage(.saved(at: "12:34:56"))).0
        #expect(Fixtures.screen(saved).line(28).hasPrefix(" ledger.json · 34 projects (31 active) · saved 12:34:56"))
        let failed = update(added, .storage(.saveFailed("No space left on device"))).0
        #expect(
            Fixtures.screen(failed).line(28)
                == " ledger.json · 34 projects (31 active) · NOT SAVED: No space le… not saved: No space left on device"
        )
        // The edit stays in memory, and quitting asks first.
        #expect(failed.ledger == added.ledger)
        let (asking, effects) = Fixtures.press([.char("q")], failed)
        #expect(effects.isEmpty)
        #expect(
            asking.mode
                == .confirm(
                    Confirmation(
                        "The last change is NOT saved (NOT SAVED: No space left on device). Quit anyway?", .quitUnsaved)
                ))
        #expect(Fixtures.press([.char("y")], asking).1 == [.quit])
    }

    @Test func aFileChangedOnDiskOffersThreeWaysOut() {
        let (added, _) = addProject("svc", size: "10", to: inventory)
        let conflict = update(added, .storage(.changedOnDisk)).0
        #expect(conflict.saveState == .conflict)
        guard case .confirm(let question) = conflict.mode else {
            Issue.record("no question")
            return
        }
        #expect(question.action == .changedOnDisk)
        #expect(
            question.prompt == "Changed on disk: y reload, re-apply my edit · d reload, drop it · o overwrite · n later"
        )
        // Further edits are refused until it is settled; Ctrl-L asks the same question again.
        let declined = Fixtures.press(.char("n"), on: conflict)
        #expect(declined.message == "not saved: ledger.json changed on disk; Ctrl-L asks again")
        #expect(
            Fixtures.press(.char("a"), on: declined).message
                == "the file changed on disk: Ctrl-L offers to reload (re-applying your edit or not) or overwrite")
        #expect(Fixtures.press(.ctrl("l"), on: declined).mode == conflict.mode)

        var fromDisk = Fixtures.demo()
        fromDisk.projects.append(Project(name: "written-elsewhere"))

        // d: reload and drop.
        let (dropping, dropEffects) = Fixtures.press([.char("d")], conflict)
        #expect(dropEffects == [.reload])
        let dropped = update(dropping, .storage(.reloaded(fromDisk))).0
        #expect(dropped.ledger == fromDisk)
        #expect(dropped.saveState == .unchanged)
        #expect(!dropped.history.canUndo)
        #expect(dropped.unsaved.edits.isEmpty && dropped.unsaved.base == nil)
        #expect(dropped.message == "reloaded ledger.json from disk")

        // y: reload and re-apply: the file's change and mine, saved, and mine undoable.
        let (reapplying, reapplyEffects) = Fixtures.press([.char("y")], conflict)
        #expect(reapplyEffects == [.reloadToReapply])
        let (reapplied, saveEffects) = update(reapplying, .storage(.reloadedToReapply(fromDisk)))
        #expect(reapplied.ledger.projectIndex(named: "written-elsewhere") != nil)
        #expect(reapplied.ledger.projectIndex(named: "svc") != nil)
        #expect(saveEffects == [.save(reapplied.ledger)])
        #expect(reapplied.saveState == .saving)
        #expect(reapplied.message == "reloaded ledger.json and re-applied your edit")
        #expect(reapplied.history.canUndo)

        // o: asks a second time; only y then overwrites with mine.
        let asking = Fixtures.press(.char("o"), on: conflict)
        guard case .confirm(let second) = asking.mode else {
            Issue.record("no second question")
            return
        }
        #expect(second.action == .overwrite)
        let (kept, noEffects) = Fixtures.press([.char("n")], asking)
        #expect(noEffects.isEmpty)
        #expect(kept.saveState == .conflict)
        let (overwriting, overwriteEffects) = Fixtures.press([.char("y")], asking)
        #expect(overwriteEffects == [.overwrite(added.ledger)])
        #expect(overwriting.saveState == .saving)
    }

    @Test func reapplyingSaysWhyAnEditNoLongerFits() {
        // My edit changed a project that the other program changed too: the file wins, and why.
        var s = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        let index = 0
        var mine = s.ledger.projects[index]
        mine.owner = "me"
        s = Update.commit(.replaceProject(mine, at: index), s).0
        let conflict = update(s, .storage(.changedOnDisk)).0
        var fromDisk = Fixtures.demo()
        fromDisk.projects[index].owner = "them"
        let reapplying = Fixtures.press([.char("y")], conflict).0
        let (after, effects) = update(reapplying, .storage(.reloadedToReapply(fromDisk)))
        #expect(effects.isEmpty)
        #expect(after.ledger == fromDisk)
        #expect(
            after.message
                == "reloaded ledger.json without your edit: cannot re-apply \"changed project \(mine.name)\": it was changed on disk too"
        )
    }

    @Test func theHelpListsTheFormKeys() {
        let help = Fixtures.screen(
            Fixtures.press(.char("?"), on: Fixtures.state(Fixtures.demo(), columns: 100, rows: 200)))
        #expect(help.lines.contains(" Forms"))
        #expect(help.lines.contains { $0.hasPrefix(" Ctrl-U") && $0.contains("Clear the field (empty means unknown)") })
    }
}

/// The background saver against real files.
@Suite struct BackgroundSaverTests {
    static func wait(_ saver: BackgroundSaver) -> [StorageEvent] {
        saver.waitUntilIdle()
        return saver.takeOutcomes()
    }

    @Test func savesReportConflictsAndFailures() throws {
        let folder = NSTemporaryDirectory() + "saver-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/ledger.json"
        var ledger = Fixtures.oneProject()
        let fingerprint = try LedgerStore.save(ledger, to: path)
        let saver = BackgroundSaver(session: LedgerSession(path: path, fingerprint: fingerprint))

        ledger.projects.append(Project(name: "second"))
        saver.submit(ledger, through: 1)
        guard case .saved? = Self.wait(saver).first else {
            Issue.record("not saved")
            return
        }
        #expect(try LedgerStore.load(path).ledger == ledger)

        // Another program writes the file: the next save is refused, the file kept.
        var theirs = ledger
        theirs.projects.append(Project(name: "theirs"))
        try LedgerStore.save(theirs, to: path)
        ledger.projects.append(Project(name: "mine"))
        saver.submit(ledger, through: 1)
        #expect(Self.wait(saver) == [.changedOnDisk])
        #expect(try LedgerStore.load(path).ledger == theirs)
        #expect(saver.reload() == .reloaded(theirs))

    }

    /// An outside write, then the changed-on-disk choices driven through update and the saver,
    /// as the run loop does: re-apply keeps both changes; overwrite only after the second yes.
    @Test func reapplyKeepsBothChangesAndOverwriteNeedsTwoYeses() throws {
        let folder = NSTemporaryDirectory() + "saver-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/ledger.json"
        let start = Fixtures.demo()
        let fingerprint = try LedgerStore.save(start, to: path)
        let saver = BackgroundSaver(session: LedgerSession(path: path, fingerprint: fingerprint))
        func run(_ state: AppState, _ effects: [Effect]) -> AppState {
            var s = state
            for effect in effects {
                switch effect {
                case .save(let ledger): saver.submit(ledger, through: s.unsaved.recorded)
                case .overwrite(let ledger):
                    saver.adoptDiskVersion()
                    saver.submit(ledger, through: s.unsaved.recorded)
                case .reloadToReapply:
                    let (after, more) = update(s, .storage(saver.reload(toReapply: true)))
                    s = run(after, more)
                case .reload: s = update(s, .storage(saver.reload())).0
                case .quit, .rescan, .saveSettings: break
                }
            }
            for outcome in Self.wait(saver) { s = update(s, .storage(outcome)).0 }
            return s
        }
        func outsideWrite(_ name: String) throws {
            var theirs = try LedgerStore.load(path).ledger
            theirs.projects.append(Project(name: name))
            try LedgerStore.save(theirs, to: path)
        }

        var s = Fixtures.tab(.inventory, Fixtures.state(start))
        try outsideWrite("theirs")
        var (after, effects) = Update.commit(.insertProject(Project(name: "mine"), at: 0), s)
        s = run(after, effects)
        #expect(s.saveState == .conflict)
        (after, effects) = Fixtures.press([.char("y")], s)
        s = run(after, effects)
        var onDisk = try LedgerStore.load(path).ledger
        #expect(onDisk.projectIndex(named: "theirs") != nil)
        #expect(onDisk.projectIndex(named: "mine") != nil)
        guard case .saved = s.saveState else {
            Issue.record("not saved: \(s.saveState)")
            return
        }

        // Overwrite: the first o only asks; the file changes only after the second yes.
        try outsideWrite("theirs-again")
        (after, effects) = Update.commit(.insertProject(Project(name: "mine-again"), at: 0), s)
        s = run(after, effects)
        #expect(s.saveState == .conflict)
        (after, effects) = Fixtures.press([.char("o")], s)
        #expect(effects.isEmpty)
        s = run(after, effects)
        onDisk = try LedgerStore.load(path).ledger
        #expect(onDisk.projectIndex(named: "theirs-again") != nil)
        #expect(onDisk.projectIndex(named: "mine-again") == nil)
        (after, effects) = Fixtures.press([.char("y")], s)
        s = run(after, effects)
        onDisk = try LedgerStore.load(path).ledger
        #expect(onDisk.projectIndex(named: "theirs-again") == nil)
        #expect(onDisk.projectIndex(named: "mine-again") != nil)
        #expect(onDisk == s.ledger)
    }

    @Test func aFailedWriteIsReportedAndTheFileKept() throws {
        let folder = NSTemporaryDirectory() + "saver-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        // A name the file system takes, but whose temporary sibling is too long: every save fails.
        let path = folder + "/" + String(repeating: "l", count: 240) + ".json"
        let ledger = Fixtures.oneProject()
        try Data(LedgerStore.encode(ledger)).write(to: URL(fileURLWithPath: path))
        let saver = BackgroundSaver(session: LedgerSession(path: path, fingerprint: FileFingerprint.of(path)))
        var changed = ledger
        changed.projects.append(Project(name: "lost?"))
        saver.submit(changed, through: 1)
        guard case .saveFailed(let reason)? = Self.wait(saver).first else {
            Issue.record("no failure")
            return
        }
        #expect(reason.hasPrefix("cannot create a temporary file"))
        #expect(try LedgerStore.load(path).ledger == ledger)
    }
}

/// Editing inside a text field: the cursor moves, typing goes where it is.
@Suite struct FormTextCursorTests {
    @Test func typingAndDeletingAtTheCursor() {
        var s = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        s = Fixtures.press(.char("E"), on: s) // admin-console
        s = InventoryEditingTests.focus(.baseImage, s)
        #expect(InventoryEditingTests.form(s)?[.project(.baseImage)] == "node:20-alpine")
        s =
            Fixtures.press(
                [.home, .right, .right, .right, .right, .right, .delete, .delete] + InventoryEditingTests.keys("22"), s
            ).0
        #expect(InventoryEditingTests.form(s)?[.project(.baseImage)] == "node:22-alpine")
        #expect(Fixtures.screen(s).lines.contains { $0.hasPrefix("   Base image                 node:22▏-alpine") })
        s =
            Fixtures.press(
                [.end, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace]
                    + InventoryEditingTests.keys("slim"), s
            ).0
        #expect(InventoryEditingTests.form(s)?[.project(.baseImage)] == "node:22-slim")
        let (saved, _) = Fixtures.press([.enter], s)
        #expect(saved.ledger.project(named: "admin-console")?.docker?.baseImage == "node:22-slim")
    }

    @Test func leftAndRightStillCycleChoices() {
        var s = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        s = Fixtures.press(.char("E"), on: s)
        s = InventoryEditingTests.focus(.multiStage, s)
        s = Fixtures.press(.right, on: s)
        #expect(InventoryEditingTests.form(s)?[.project(.multiStage)] == "no")
    }
}
