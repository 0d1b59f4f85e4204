import Foundation
import Model
import Testing

/// The Inventory filter and the page search through the real binary in tmux.
@Suite(.serialized) struct FilterEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func typingNonRootNoOnTheInventoryListsTheOffenders() throws {
        let path = try InventoryEndToEndTests.copyOfDemo()
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "filters")
        defer { t("kill-server") }
        InventoryEndToEndTests.start(t, path)
        t.waitFor("Coverage Statistics")
        t("send-keys", "-t", t.session, "2", "/")
        t("send-keys", "-t", t.session, "-l", "nonroot:no")
        var pane = t.waitFor("3 of 33 projects · sorted by Project ▲ · filter: nonroot:no▏")
        #expect(pane.contains(" feature-store "))
        #expect(pane.contains(" legacy-billing "))
        #expect(pane.contains(" old-monolith "))
        #expect(!pane.contains(" admin-console "))
        // A bad term says why and keeps the rows.
        t("send-keys", "-t", t.session, "-l", " level<x")
        pane = t.waitFor("✖ level<x: \"x\" is not a level (0-4)")
        // " level" is text no project contains; its empty result is the last good one.
        #expect(pane.contains("0 of 33 projects"))
        t("send-keys", "-t", t.session, "BSpace")
        t("send-keys", "-t", t.session, "-l", "3")
        pane = t.waitFor("filter: nonroot:no level<3▏")
        #expect(!pane.contains("✖"))
        #expect(pane.contains("3 of 33 projects"))
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("filter: nonroot:no level<3\n")
        // Search on another tab: Coverage, then Enter on the match opens its projects.
        t("send-keys", "-t", t.session, "1", "/")
        t("send-keys", "-t", t.session, "-l", "non-root")
        t.waitFor("/non-root▏ 1 of 1")
        t("send-keys", "-t", t.session, "Escape", "Enter")
        t.waitFor("Non-root execution: the projects behind it")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
