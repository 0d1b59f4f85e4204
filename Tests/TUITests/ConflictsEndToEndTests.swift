import Foundation
import Model
import Testing

/// The real binary in tmux on a ledger fresh from a merge with conflicts: it opens on the
/// Conflicts view, both are settled from the keyboard, and the saved file has no `conflicts`.
@Suite(.serialized) struct ConflictsEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func settleMergeConflictsFromTheKeyboard() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dl-conflicts-e2e-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.json").path
        try LedgerStore.save(conflictedLedger(), to: path)

        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "conflicts")
        defer { t("kill-server") }
        t.openDashboard(inFolder: folder.path)
        var pane = t.waitFor("2 fields the merge could not decide")
        #expect(pane.contains(" Conflicts "))
        #expect(pane.contains(" projects[\"ledger-api\"].owner  payments"))

        // The owner: theirs. feature-flags (deleted by theirs, edited by ours): keep ours.
        t("send-keys", "-t", t.session, "Right")
        t.waitFor("dave    ▸ theirs")
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("settled projects[\"ledger-api\"].owner with theirs")
        t("send-keys", "-t", t.session, "Enter")
        pane = IssueEndToEndTests.waitUntil(t, "all settled and saved") {
            $0.contains("all merge conflicts settled: `git add ledger.json`")
        }
        #expect(pane.contains("No merge conflicts."))
        // The save runs in the background: wait for the file to lose its conflicts.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? LedgerStore.load(path).ledger.conflicts.isEmpty) != true { usleep(50_000) }

        let saved = try LedgerStore.load(path).ledger
        #expect(saved.conflicts.isEmpty)
        #expect(saved.project(named: "ledger-api")?.owner == "dave")
        #expect(saved.project(named: "feature-flags")?.docker?.layers == 3)
        #expect(
            !String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).contains("\"conflicts\"")
        )
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
