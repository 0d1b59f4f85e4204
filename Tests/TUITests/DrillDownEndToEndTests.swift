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
        t.waitFor("Non-root execution: the projects behind it")
        // The rows themselves: curses may draw the title before them under load.
        var pane = t.waitFor(" ml-notebooks    ml            1  unknown  · unknown")
        #expect(pane.contains(" feature-store   ml            2       no  ○ behind"))
        #expect(pane.contains(" legacy-billing  payments      1       no  ○ behind"))
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("Project feature-store  (Esc goes back)")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor("2 failing · 1 unknown · 21 meet it")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor(" Coverage Statistics")
        t("send-keys", "-t", t.session, "8")
        t.waitFor(" Team      Active  Docker")
        pane = t.waitFor(" web ")
        #expect(pane.contains(" ml             4   75.0%"))
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}

/// The real binary in tmux: Enter on a size bucket, a registry and a base image update lists
/// their projects, Enter opens one, Esc comes back step by step.
@Suite(.serialized) struct RowDrillEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func bucketsRegistriesAndBaseImageUpdatesOpenTheirProjects() throws {
        let t = EndToEndTests.Tmux(tmux: EndToEndTests.tmuxPath!, name: "rowdrill")
        defer { t("kill-server") }
        let copy = try InventoryEndToEndTests.copyOfDemo()
        t.openDashboard(inFolder: (copy as NSString).deletingLastPathComponent)
        t.waitFor("Coverage Statistics")
        // Quality: three image quality rows, then the size buckets; the fourth is >500 MB.
        t("send-keys", "-t", t.session, "3", "j", "j", "j", "j", "j", "j", "Enter")
        // Wait for the row itself: curses may draw the title before the rows under load.
        t.waitFor("Image size >500 MB (Needs optimization): the projects in it")
        t.waitFor(" model-serving   ml            3     1840 MB")
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("Project model-serving  (Esc goes back)")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor(" 4 projects in it")
        t("send-keys", "-t", t.session, "Escape")
        t.waitFor("Images over 500 MB without an open issue")
        // CI/CD: End goes to the last row, the last architecture; the registries are above it.
        t("send-keys", "-t", t.session, "4", "G", "k", "k", "k", "k", "k", "Enter")
        t.waitFor("Registry ghcr.io: the projects pushing to it")
        t.waitFor("5 pushing to it")
        t("send-keys", "-t", t.session, "Escape", "7", "j", "j", "j", "j", "Enter")
        t.waitFor("Base image update 2026-01-12: the projects on its images")
        t.waitFor(" Still on python:3.11-slim")
        // A version names no projects, and says so.
        t("send-keys", "-t", t.session, "Escape", "G", "Enter")
        t.waitFor("names no projects: nothing to open")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
