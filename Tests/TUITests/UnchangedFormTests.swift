import Model
import Testing

@testable import TUI

/// Enter on a form left as it was: the status bar said "changed project crm-sync", an undo step
/// that undid nothing was recorded and the file was written again.
@Suite struct UnchangedFormTests {
    @Test func savingAnUnchangedProjectFormChangesNothing() {
        let inventory = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        let (saved, effects) = Fixtures.press([.char("E"), .enter], inventory)
        #expect(saved.mode == .browse)
        #expect(effects.isEmpty)
        #expect(saved.message == "nothing changed")
        #expect(!saved.history.canUndo)
        #expect(saved.ledger == inventory.ledger)
    }

    @Test func savingAnUnchangedIssueFormChangesNothing() {
        let issues = Fixtures.tab(.issues, Fixtures.state(Fixtures.demo()))
        let (saved, effects) = Fixtures.press([.char("e"), .enter], issues)
        #expect(effects.isEmpty)
        #expect(saved.message == "nothing changed")
        #expect(!saved.history.canUndo)
    }
}
