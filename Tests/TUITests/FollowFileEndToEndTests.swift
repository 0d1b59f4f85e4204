import Foundation
import Testing

/// An open dashboard follows its file: a scripted edit that waits for the lock gets it lent by
/// the writer, and both the writer and a read-only viewer reload what it saved.
@Suite(.serialized) struct FollowFileEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func aWaitingScriptedEditIsPickedUpByTheWriterAndTheViewer() throws {
        let t = EndToEndTests.Tmux(tmux: EndToEndTests.tmuxPath!, name: "follow")
        defer { t("kill-server") }
        let copy = try InventoryEndToEndTests.copyOfDemo()
        let folder = (copy as NSString).deletingLastPathComponent
        for session in ["dash", "viewer"] {
            t(
                "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", folder, "-e", "LANG=C.UTF-8",
                "-e", "TERM=xterm-256color", "\(EndToEndTests.binary) ledger.json; sleep 30")
            // The writer first, so the viewer opens read-only.
            if session == "dash" { t.waitFor("Coverage Statistics") }
        }
        let viewer = EndToEndTests.Tmux(tmux: t.tmux, name: "follow", session: "viewer")
        viewer.waitFor("read-only: locked by")
        t("send-keys", "-t", "dash", "2")
        t("send-keys", "-t", "viewer", "2")
        t.waitFor(" model-serving")
        let refused = EndToEndTests.run([
            EndToEndTests.binary, "project", "set", "model-serving", "--image-size-mb", "175", "--ledger", copy,
        ])
        #expect(refused.status == 1, "without --wait the open dashboard's lock refuses at once")
        let waited = EndToEndTests.run([
            EndToEndTests.binary, "project", "set", "model-serving", "--image-size-mb", "175",
            "--ledger", copy, "--wait", "10",
        ])
        #expect(waited.status == 0, "\(waited.err)")
        for pane in [
            t.waitFor("ledger.json changed on disk: reloaded"), viewer.waitFor("ledger.json changed on disk: reloaded"),
        ] {
            #expect(
                pane.contains(
                    " model-serving           ml               L3  ○ 7 behind       ● yes     ● yes           175 MB"))
        }
        // The writer took its lock back: a second edit without --wait is refused again.
        let after = EndToEndTests.run([
            EndToEndTests.binary, "project", "set", "model-serving", "--layers", "9", "--ledger", copy,
        ])
        #expect(after.status == 1)
    }
}
