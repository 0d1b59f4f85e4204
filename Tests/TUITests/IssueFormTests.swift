import Model
import Testing

@testable import TUI

/// Logging, resolving, editing and deleting issues through update: the ledger that results,
/// the save effect, and what the screen shows.
@Suite struct IssueFormTests {
    let issues = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo()))
    /// The fixture clock, as the forms write it.
    let now = "2026-11-26T00:00:00Z"

    static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test func theLogFormOpensWithDefaultsAndEnterAtOnceLogs() {
        let form = Fixtures.press(.char("n"), on: issues)
        var screen = Fixtures.screen(form)
        #expect(screen.line(2) == " Log an issue  (Enter saves, Esc cancels)")
        #expect(screen.line(3) == "   Category                 Image size >500MB▏")
        #expect(
            screen.line(4).hasPrefix(
                "                               ←→ Image size >500MB · Build failures (multi-stage) · "))
        #expect(screen.line(5) == "   Project (empty: none)    -")
        #expect(screen.line(6) == "   Opened (ISO 8601)        \(now)")
        #expect(screen.line(7) == "   Notes                    -")
        #expect(screen.line(29) == " Enter save  Esc cancel  ↑↓ field  ←→ choose  ^U clear  ^G go to field")

        let (logged, effects) = Fixtures.press([.enter], form)
        let issue = Model.Issue(id: 14, category: "Image size >500MB", openedAt: now)
        #expect(logged.ledger.issues.last == issue)
        #expect(logged.ledger.issues.count == 14)
        #expect(effects == [.save(logged.ledger)])
        #expect(logged.mode == .browse)
        #expect(logged.saveState == .saving)
        screen = Fixtures.screen(logged)
        // Newest first, with the cursor on it.
        #expect(
            screen.line(4)
                == "  14  2026-11-26  Image size >500MB             -                    0 h  -                ○ open")
        #expect(screen.style(4, 1).selected)
        #expect(
            screen.line(28)
                == " ledger.json · 33 projects (30 active) · saving…                                   logged issue #14"
        )
    }

    @Test func theProjectIsPickedByTypeAheadAndNotesAreKept() {
        let keys: [Key] = [.char("n"), .down] + Self.type("pay") + [.right]
        let form = Fixtures.press(keys, issues).0
        guard case .form(let f) = form.mode else {
            Issue.record("no form")
            return
        }
        #expect(f[.issue(.project)] == "payout-scheduler")
        #expect(Fixtures.screen(form).line(4) == "   Project (empty: none)    payout-scheduler▏")
        let (logged, effects) = Fixtures.press([.down, .down] + Self.type("seen on main") + [.enter], form)
        #expect(
            logged.ledger.issues.last
                == Model.Issue(
                    id: 14, category: "Image size >500MB", project: "payout-scheduler",
                    openedAt: now, notes: "seen on main"))
        #expect(effects == [.save(logged.ledger)])
    }

    @Test func aNewCategoryCanBeTypedAndJoinsCommonIssues() {
        // Typing replaces the default category instead of appending to it.
        let keys: [Key] = [.char("n")] + Self.type("Registry auth") + [.enter]
        let (logged, effects) = Fixtures.press(keys, issues)
        #expect(logged.ledger.issues.last?.category == "Registry auth")
        #expect(logged.ledger.issueCategories.last == "Registry auth")
        #expect(effects.count == 1)
        let screen = Fixtures.screen(Fixtures.press(.end, on: logged))
        #expect(screen.lines.contains(" Registry auth                         1     1               -  ○ open"))
    }

    @Test func badDatesAndUnknownProjectsStayInTheFormWithTheReason() {
        let keys: [Key] =
            [.char("n"), .down] + Self.type("ghost") + [.down, .ctrl("u")] + Self.type("yesterday") + [.enter]
        let (state, effects) = Fixtures.press(keys, issues)
        #expect(effects.isEmpty)
        #expect(state.ledger.issues.count == 13)
        guard case .form(let form) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(
            form.errors == [
                .issue(.project): "no project named \"ghost\"",
                .issue(.openedAt): "must be an ISO 8601 date or time (e.g. 2026-11-02T10:00:00Z), got \"yesterday\"",
            ])
        let screen = Fixtures.screen(state)
        #expect(screen.line(4) == "   Project (empty: none)    ghost▏            ✖ no project named \"ghost\"")
        // The focus goes to the first wrong field; a reason too long to fit beside it is shown whole below it.
        #expect(form.focus == 1)
        #expect(
            screen.line(28)
                == " ledger.json · 33 projects (30 active) · no changes           2 fields are wrong: nothing saved yet"
        )
        let fixed = Fixtures.press(
            [.ctrl("u")] + Self.type("crm") + [.right, .down, .ctrl("u")] + Self.type("2026-11-25") + [.enter], state)
        #expect(fixed.0.ledger.issues.last?.project == "crm-sync")
        #expect(fixed.0.ledger.issues.last?.openedAt == "2026-11-25")
        #expect(fixed.1 == [.save(fixed.0.ledger)])
    }

    @Test func resolveSuggestsEarlierSolutionsOfTheCategory() {
        // The cursor starts on #13, open, "Build failures (multi-stage)".
        let form = Fixtures.press(.char("r"), on: issues)
        var screen = Fixtures.screen(form)
        #expect(
            screen.line(2)
                == " Resolve issue #13 · Build failures (multi-stage) · payout-scheduler  (Enter saves, Esc cancels)")
        #expect(screen.line(3) == "   Solution                 ▏")
        #expect(screen.line(4) == "                               ←→ Pin builder and runtime to the same Python minor")
        #expect(screen.line(5) == "   Successful               yes")
        #expect(screen.line(6) == "   Resolved (ISO 8601)      \(now)")
        let (resolved, effects) = Fixtures.press([.right, .enter], form)
        let issue = resolved.ledger.issues.first { $0.id == 13 }
        #expect(issue?.solution == "Pin builder and runtime to the same Python minor")
        #expect(issue?.successful == true)
        #expect(issue?.resolvedAt == now)
        #expect(effects == [.save(resolved.ledger)])
        #expect(resolved.message == "resolved issue #13")
        screen = Fixtures.screen(resolved)
        #expect(
            screen.line(4)
                == "  13  2026-11-24  Build failures (multi-stage)  payout-schedul…   38.8 h  Pin builder an…  ● worked"
        )
        // Common Issues: (22 h + 38.8 h) / 2, nothing open any more.
        let common = Fixtures.screen(Fixtures.press(.end, on: resolved)).lines
        #expect(common.contains(" Build failures (multi-stage)          2     0          30.4 h  ● resolved"))
    }

    @Test func aResolutionBeforeTheOpeningStaysInTheFormWithTheReason() {
        let keys: [Key] =
            [.char("r")] + Self.type("restart") + [.down, .right, .down, .ctrl("u")] + Self.type("2026-11-20") + [
                .enter
            ]
        let (state, effects) = Fixtures.press(keys, issues)
        #expect(effects.isEmpty)
        #expect(state.ledger.issues.first { $0.id == 13 }?.isOpen == true)
        guard case .form(let form) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(form[.issue(.successful)] == "no")
        #expect(
            form.errors == [
                .issue(.resolvedAt): "must not be before openedAt (2026-11-24T09:10:00Z), got \"2026-11-20\""
            ])
        let screen = Fixtures.screen(state)
        #expect(
            screen.line(5)
                == "   Resolved (ISO 8601)      2026-11-20▏       ✖ must not be before openedAt (2026-11-24T09:10:00Z),…"
        )
        #expect(screen.line(6) == "   ✖ must not be before openedAt (2026-11-24T09:10:00Z), got \"2026-11-20\"")
        // An empty solution is refused too.
        let empty = Fixtures.press([.up, .up, .ctrl("u"), .enter], state).0
        guard case .form(let again) = empty.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(again.errors[.issue(.solution)] == "say what was done")
    }

    @Test func resolvingAResolvedIssueSaysHowToChangeIt() {
        let s = Fixtures.press(.down, .down, .char("r"), on: issues)
        #expect(s.mode == .browse)
        #expect(s.message == "issue #11 is already resolved (e edits its resolution)")
    }

    @Test func keysNeedAnIssueUnderTheCursor() {
        let onCommon = Fixtures.press([.down], issues, times: 13).0
        #expect(onCommon.selectedIssue == nil)
        for key in ["r", "e", "d"] {
            let s = Fixtures.press(.char(Character(key)), on: onCommon)
            #expect(s.mode == .browse)
            #expect(s.message == "move the cursor onto an issue in the Issue Log first")
        }
        // n on a Common Issues row starts with its category (the second most frequent).
        let form = Fixtures.press([.down, .char("n")], onCommon).0
        guard case .form(let f) = form.mode else {
            Issue.record("no form")
            return
        }
        #expect(f[.issue(.category)] == "CI cache misses")
    }

    @Test func editChangesTheIssueAndItsResolution() {
        // #11 is resolved: the form has its resolution too.
        let form = Fixtures.press(.down, .down, .char("e"), on: issues)
        let screen = Fixtures.screen(form)
        #expect(
            screen.line(2) == " Edit issue #11 · Registry rate limits · kafka-connectors  (Enter saves, Esc cancels)")
        #expect(screen.line(6) == "   Opened (ISO 8601)        2026-10-28T11:00:00Z")
        #expect(screen.line(8) == "   Solution                 Mirror base images to ghcr.io")
        #expect(screen.line(9) == "   Successful               yes")
        #expect(screen.line(10) == "   Resolved (ISO 8601)      2026-10-28T15:00:00Z")
        let keys: [Key] =
            [.down, .down, .down, .ctrl("u")] + Self.type("pulls hit the anonymous limit") + [
                .down, .down, .right, .enter,
            ]
        let (edited, effects) = Fixtures.press(keys, form)
        let before = issues.ledger.issues.first { $0.id == 11 }!
        var after = before
        after.notes = "pulls hit the anonymous limit"
        after.successful = false
        #expect(edited.ledger.issues.first { $0.id == 11 } == after)
        #expect(effects == [.save(edited.ledger)])
        #expect(edited.message == "resolved issue #11")
        #expect(edited.selectedIssue.map { edited.ledger.issues[$0].id } == 11)

        // Moving the opening after the resolution is refused on the resolution date.
        let bad = Fixtures.press([.char("e"), .down, .down, .ctrl("u")] + Self.type("2026-10-29") + [.enter], edited).0
        guard case .form(let f) = bad.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(
            f.errors == [.issue(.resolvedAt): "must not be before openedAt (2026-10-29), got \"2026-10-28T15:00:00Z\""])

        // Undo puts the issue back as it was; redo makes the edit again; both are saved.
        let (undone, undoEffects) = Fixtures.press([.char("u")], edited)
        #expect(undone.ledger.issues.first { $0.id == 11 } == before)
        #expect(undoEffects == [.save(undone.ledger)])
        let (redone, redoEffects) = Fixtures.press([.ctrl("r")], undone)
        #expect(redone.ledger.issues.first { $0.id == 11 } == after)
        #expect(redoEffects == [.save(redone.ledger)])
    }

    @Test func editFollowsTheIssueWhenItsOpeningMoves() {
        // #1 is the oldest; opened on 2026-11-20 it becomes the second newest, and the cursor goes with it.
        let keys: [Key] =
            [.char("e"), .down, .down, .ctrl("u")] + Self.type("2026-11-20T08:00:00Z")
            + [.down, .down, .down, .down, .ctrl("u")] + Self.type("2026-11-20T09:00:00Z") + [.enter]
        let onOldest = Fixtures.press([.down], issues, times: 12).0
        #expect(onOldest.selectedIssue == 0)
        let moved = Fixtures.press(keys, onOldest).0
        #expect(moved.ledger.issues[0].openedAt == "2026-11-20T08:00:00Z")
        #expect(moved.scrollState(.issues).cursor == 1)
        #expect(moved.selectedIssue == 0)
    }

    @Test func deleteAsksFirstAndUndoBringsItBack() {
        var s = Fixtures.press(.char("d"), on: issues)
        #expect(
            s.mode
                == .confirm(
                    Confirmation(
                        "Delete issue #13 · Build failures (multi-stage) · payout-scheduler? (u undoes it)",
                        .deleteIssue(12))))
        #expect(
            Fixtures.screen(s).line(28)
                == " Delete issue #13 · Build failures (multi-stage) · payout-scheduler? (u undoes it)  (y/n)")
        let (kept, none) = Fixtures.press([.char("n")], s)
        #expect(kept.ledger == issues.ledger)
        #expect(none.isEmpty)
        let (deleted, effects) = Fixtures.press([.char("y")], s)
        #expect(deleted.ledger.issues.map(\.id) == Array(1...12))
        #expect(effects == [.save(deleted.ledger)])
        #expect(deleted.message == "deleted issue #13")
        #expect(Fixtures.screen(deleted).line(4).hasPrefix("  12  2026-11-17  Image size >500MB"))
        s = Fixtures.press(.char("u"), on: deleted)
        #expect(s.ledger == issues.ledger)
        #expect(s.message == "undid: deleted issue #13")
        s = Fixtures.press(.ctrl("r"), on: s)
        #expect(s.ledger == deleted.ledger)
    }

    @Test func undoAndRedoOfALoggedIssue() {
        let logged = Fixtures.press(.char("n"), .enter, on: issues)
        let (undone, effects) = Fixtures.press([.char("u")], logged)
        #expect(undone.ledger == issues.ledger)
        #expect(effects == [.save(issues.ledger)])
        #expect(undone.message == "undid: logged issue #14")
        let (redone, redoEffects) = Fixtures.press([.ctrl("r")], undone)
        #expect(redone.ledger == logged.ledger)
        #expect(redoEffects == [.save(logged.ledger)])
    }

    @Test func readOnlyRefusesBeforeTheFormOpens() {
        var s = issues
        s.saveState = .readOnly("held by pid 42")
        for key in ["n", "r", "e", "d"] {
            let (next, effects) = Fixtures.press([.char(Character(key))], s)
            #expect(next.mode == .browse)
            #expect(effects.isEmpty)
            #expect(next.message == "this dashboard is read-only: nothing can be edited here")
        }
    }
}

extension Fixtures {
    /// One key pressed `times` times.
    static func press(_ keys: [Key], _ state: AppState, times: Int) -> (AppState, [Effect]) {
        press(Array((0..<times).map { _ in keys }.joined()), state)
    }
}

@Suite struct IssueOutcomeKeptTests {
    /// An old resolved issue that never said whether the fix worked keeps "unknown" when edited.
    @Test func editingKeepsAnUnknownOutcome() {
        var ledger = Fixtures.demo()
        let index = ledger.issues.count
        ledger.issues.append(
            Model.Issue(
                id: 99, category: "CI cache misses", openedAt: "2026-11-01T10:00:00Z",
                resolvedAt: "2026-11-01T12:00:00Z", solution: "retry", successful: nil))
        var s = Fixtures.state(ledger)
        s = Fixtures.tab(.issues, s)
        s.mode = .form(IssueForms.edit(s, issue: index))
        let (saved, effects) = Fixtures.press([.enter], s)
        // Nothing else was changed either, so nothing is saved (UnchangedFormTests).
        #expect(effects.isEmpty)
        #expect(saved.ledger.issues[index].successful == nil)
        #expect(saved.ledger.issues[index] == ledger.issues[index])
    }
}
