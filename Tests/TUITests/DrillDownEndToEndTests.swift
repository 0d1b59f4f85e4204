import Foundation
import Testing

/// The real binary in tmux: from the Coverage tab to the projects failing non-root in two keys,
/// and to the worst team in one.
@Suite(.serialized) struct DrillDownEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func nonRootHoldoutsInTwoKeysAndTheWorstTeamInOne() throws {
        let t = EndToEndTests.Tmux(tmux: EndToEndTests.tmuxPath!, name: "drill")
        defer { t("kill-server") }
        let copy = try InventoryEndToEndTests.copyOfDemo()
        t.openDashboard(inFolder: (copy as NSString).deletingLastPathComponent)
        t.waitFor("Coverage Statistics")
        t("send-keys", "-t", t.session, "n", "Enter")
        var pane = t.waitFor("Non-root execution: the projects behind it")
        #expect(pane.contains(" feature-store   ml            2       no  ○ behind"))
        #expect(pane.contains(" legacy-billing  payments      1       no  ○ behind"))
        #expect(pane.contains(" ml-notebooks    ml            1  unknown  · unknown"))
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("Project feature-store  (Esc goes back)")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor("2 failing · 1 unknown · 21 meet it")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor(" Coverage Statistics")
        t("send-keys", "-t", t.session, "8")
        pane = t.waitFor(" Team      Active  Docker")
        #expect(pane.contains(" ml             4   75.0%"))
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
