import Foundation
import Model
import Testing

/// Another program writes the file (not through the lock: a copy, an editor, a checkout) at the
/// moment a key commits an edit: the edit lands on the version the dashboard follows, and the
/// file ends up with both changes (the key used to be handled first and its save overwrote the
/// outside write while the screen showed it).
@Suite(.serialized) struct OutsideWriteEndToEndTests {
    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func anEditAtTheMomentOfAnOutsideWriteKeepsBoth() throws {
        let t = EndToEndTests.Tmux(tmux: EndToEndTests.tmuxPath!, name: "outside")
        defer { t("kill-server") }
        let copy = try InventoryEndToEndTests.copyOfDemo()
        let folder = (copy as NSString).deletingLastPathComponent
        let other = folder + "/other.json"
        try FileManager.default.copyItem(atPath: copy, toPath: other)
        let set = EndToEndTests.run([
            EndToEndTests.binary, "project", "set", "auth-proxy", "--owner", "outside", "--ledger", other,
        ])
        #expect(set.status == 0, "\(set.err)")
        t(
            "new-session", "-d", "-s", "dash", "-x", "100", "-y", "30", "-c", folder, "-e", "LANG=C.UTF-8",
            "-e", "TERM=xterm-256color", "\(EndToEndTests.binary) ledger.json; sleep 30")
        t.waitFor("Coverage Statistics")
        t("send-keys", "-t", "dash", "2")
        t.waitFor(" admin-console")
        t("send-keys", "-t", "dash", "d")
        t.waitFor("Delete project admin-console?")
        // The outside write and the answer together, before the dashboard's next look at the file.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: other))
        try bytes.write(to: URL(fileURLWithPath: copy + ".new"))
        #expect(rename(copy + ".new", copy) == 0)
        t("send-keys", "-t", "dash", "y")
        t.waitFor("saved")
        let deadline = Date().addingTimeInterval(5)
        var onDisk = try LedgerStore.load(copy).ledger
        while Date() < deadline, onDisk.projectIndex(named: "admin-console") != nil {
            usleep(50_000)
            onDisk = try LedgerStore.load(copy).ledger
        }
        #expect(onDisk.projectIndex(named: "admin-console") == nil, "my delete is saved")
        #expect(onDisk.projects.first { $0.name == "auth-proxy" }?.owner == "outside", "their change is kept")
    }
}
