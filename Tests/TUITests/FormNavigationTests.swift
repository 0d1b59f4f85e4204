import Model
import Testing

@testable import TUI

/// In a form, Ctrl-G then a field's name moves the focus to it as you type; Esc on a form whose
/// values changed asks before dropping them, on an unchanged one it closes at once.
@Suite struct FormNavigationTests {
    let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))

    func form(_ s: AppState) -> TUI.Form? { InventoryEditingTests.form(s) }
    func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    @Test func ctrlGThenANameMovesTheFocusAsYouTypeAndEnterStaysThere() {
        let editing = Fixtures.press(.char("E"), on: inventory)
        let searching = Fixtures.press([.ctrl("g")] + keys("non"), editing).0
        #expect(form(searching)?.focusedField?.id == .project(.nonRoot))
        #expect(searching.keyContexts == [.fieldSearch])
        let screen = Fixtures.screen(searching)
        #expect(screen.line(28) == " Go to field: non▏  Runs as non-root")
        #expect(screen.line(29).hasPrefix(" Enter stay  Esc back  ↑↓ other matches"))
        // Enter stays on the field; typing goes into it again.
        let kept = Fixtures.press([.enter, .right], searching).0
        #expect(form(kept)?.search == nil)
        #expect(form(kept)?.focusedField?.id == .project(.nonRoot))
        #expect(form(kept)?[.project(.nonRoot)] == "no")
    }

    @Test func labelsMatchByStartThenByWordThenAnywhereAndDownGoesThroughThem() {
        let editing = Fixtures.press(.char("E"), on: inventory)
        let build = Fixtures.press([.ctrl("g")] + keys("build"), editing).0
        guard let f = form(build) else { return }
        let matches = f.fields(matching: "build").map { f.fields[$0].label }
        #expect(matches.first == "Build context (MB)")
        #expect(matches.contains("Build time cached (s)"))
        #expect(Fixtures.screen(build).line(28).contains("Build context (MB) (1 of "))
        let next = Fixtures.press(.down, on: build)
        #expect(form(next).map { $0.fields[$0.focus].label } == matches[1])
        let wrapped = Fixtures.press(.up, .up, on: next)
        #expect(form(wrapped).map { $0.fields[$0.focus].label } == matches.last)
    }

    @Test func escOnTheSearchLineGoesBackToTheFieldItStartedFrom() {
        let editing = Fixtures.press(.char("E"), .down, .down, on: inventory)
        let start = form(editing)?.focus
        let back = Fixtures.press([.ctrl("g")] + keys("image") + [.escape], editing).0
        #expect(form(back)?.focus == start)
        #expect(form(back)?.search == nil)
        // Nothing was changed: a second Esc closes the form at once.
        let closed = Fixtures.press(.escape, on: back)
        #expect(closed.mode == .browse)
        #expect(closed.message == "cancelled: nothing changed")
    }

    @Test func aNameNoFieldHasSaysSoAndBackspaceFindsAgain() {
        let editing = Fixtures.press(.char("E"), on: inventory)
        let none = Fixtures.press([.ctrl("g")] + keys("zzz"), editing).0
        #expect(Fixtures.screen(none).line(28).contains("no field matches"))
        #expect(form(none)?.focus == form(editing)?.focus)
        let again = Fixtures.press([.ctrl("u")] + keys("own"), none).0
        #expect(form(again)?.focusedField?.id == .project(.owner))
    }

    @Test func greyedOutFieldsAreNotJumpedTo() {
        // A project without Docker: the Docker fields are greyed out.
        let s = Fixtures.press([.char("a")] + keys("new-one"), inventory).0
        let searching = Fixtures.press([.ctrl("g")] + keys("image size"), s).0
        #expect(form(searching)?.focusedField?.id == .project(.name))
        #expect(Fixtures.screen(searching).line(28).contains("only greyed-out fields match"))
    }

    @Test func escOnAChangedFormAsksAndNGoesBackToIt() {
        let changed = Fixtures.press([.char("E"), .down] + keys("-x"), inventory).0
        #expect(form(changed)?.isChanged == true)
        let asked = Fixtures.press(.escape, on: changed)
        guard case .confirm(let question) = asked.mode else {
            Issue.record("no question: \(asked.mode)")
            return
        }
        #expect(question.action == .discardForm(form(changed)!))
        let screen = Fixtures.screen(asked)
        #expect(screen.line(28) == " Discard your changes to this form?  (y/n)")
        // The form stays on screen under the question.
        #expect(screen.line(2).hasPrefix(" Edit project admin-console"))
        let back = Fixtures.press(.char("n"), on: asked)
        #expect(back.mode == changed.mode)
        let backByEsc = Fixtures.press(.escape, on: asked)
        #expect(backByEsc.mode == changed.mode)
        let (dropped, effects) = Fixtures.press([.escape, .char("y")], changed)
        #expect(dropped.mode == .browse)
        #expect(dropped.ledger == inventory.ledger)
        #expect(effects.isEmpty)
        #expect(dropped.message == "discarded: nothing saved")
    }

    @Test func aValueChangedAndChangedBackIsUnchanged() {
        let s = Fixtures.press([.char("E"), .down] + keys("x") + [.backspace, .escape], inventory).0
        #expect(s.mode == .browse)
    }

    @Test func issueFormsAskToo() {
        let issues = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo()))
        let logging = Fixtures.press(.char("n"), on: issues)
        #expect(Fixtures.press(.escape, on: logging).mode == .browse)
        let typed = Fixtures.press([.ctrl("g")] + keys("notes") + [.enter] + keys("slow"), logging).0
        #expect(form(typed)?.focusedField?.label.lowercased().contains("notes") == true)
        guard case .confirm = Fixtures.press(.escape, on: typed).mode else {
            Issue.record("Esc on a changed issue form did not ask")
            return
        }
    }
}
