import Foundation
import Model
import Testing

/// Editing the inventory through the real binary in tmux, then reading what it saved.
@Suite(.serialized) struct InventoryEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    /// A copy of the demo ledger in a fresh folder: the repository's file is never edited.
    static func copyOfDemo() throws -> String {
        let folder = NSTemporaryDirectory() + "dl-e2e-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/ledger.json"
        try FileManager.default.copyItem(atPath: Fixtures.demoPath, toPath: path)
        return path
    }

    static func start(_ t: Tmux, _ path: String, window: String? = nil) {
        let command = "\(EndToEndTests.binary) \(path); echo exited=$?; sleep 30"
        if let window {
            t("new-window", "-d", "-t", t.session, "-n", window, command)
        } else {
            t(
                "new-session", "-d", "-s", t.session, "-x", "100", "-y", "30", "-e", "LANG=C.UTF-8", "-e",
                "TERM=xterm-256color", command)
        }
    }

    /// The column chooser's choice outlives the dashboard (in .dockledger/ui.json beside the
    /// ledger); a ui.json that does not read is said in the status line and the defaults used.
    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func chosenColumnsAreRememberedBesideTheLedger() throws {
        let path = try Self.copyOfDemo()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "columns")
        defer { t("kill-server") }
        Self.start(t, path)
        t.waitFor("Coverage Statistics")
        // Owner off in the chooser, archived projects hidden, quit.
        t("send-keys", "-t", t.session, "2", "c", "Down", "Space", "Escape", "x")
        t.waitFor("3 archived hidden (x)")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
        let saved = try String(contentsOfFile: folder + "/.dockledger/ui.json", encoding: .utf8)
        #expect(saved.contains("\"owner\"") && saved.contains("\"hideArchived\": true"))
        #expect(try LedgerStore.load(path).ledger == Fixtures.demo())

        t("kill-server")
        Self.start(t, path)
        t.waitFor("Coverage Statistics")
        t("send-keys", "-t", t.session, "2")
        // The rows themselves: under load curses may draw the line above the table first.
        t.waitFor("30 of 33 projects")
        t.waitFor(" Project ▲               Level  Status           Non-root")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")

        try "{ not json".write(toFile: folder + "/.dockledger/ui.json", atomically: true, encoding: .utf8)
        t("kill-server")
        Self.start(t, path)
        t.waitFor("ignored .dockledger/ui.json")
        t("send-keys", "-t", t.session, "2")
        t.waitFor("33 of 33 projects")
        t.waitFor(" Project ▲               Owner         Level  Status")
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func addEditDeleteAndUndoFromTheKeyboard() throws {
        let path = try Self.copyOfDemo()
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "inventory")
        defer { t("kill-server") }
        Self.start(t, path)
        t.waitFor("Coverage Statistics")
        // Add: name, Docker on (6th field), image size (11 fields further), save.
        t("send-keys", "-t", t.session, "2", "a")
        t.waitFor("Add a project  (Enter saves, Esc cancels)")
        t("send-keys", "-t", t.session, "-l", "e2e-service")
        for _ in 0..<5 { t("send-keys", "-t", t.session, "Down") }
        t("send-keys", "-t", t.session, "Right")
        for _ in 0..<11 { t("send-keys", "-t", t.session, "Down") }
        t("send-keys", "-t", t.session, "-l", "--", "-5")
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("✖ must be >= 0, got -5")
        t("send-keys", "-t", t.session, "BSpace", "BSpace", "1", "8", "0", "Enter")
        var pane = t.waitFor("added project e2e-service")
        t.waitFor("· saved ")
        #expect(
            pane.contains(
                " e2e-service             -                L1  ○ 1 behind       · ?       · ?             180 MB"))

        // Edit its owner.
        t("send-keys", "-t", t.session, "E")
        t.waitFor("Edit project e2e-service")
        t("send-keys", "-t", t.session, "Down")
        t("send-keys", "-t", t.session, "-l", "platform")
        t("send-keys", "-t", t.session, "Enter")
        t.waitFor("changed project e2e-service")

        // Delete another project, then undo the delete.
        t("send-keys", "-t", t.session, "g", "d")
        t.waitFor("Delete project admin-console? (u undoes it)  (y/n)")
        t("send-keys", "-t", t.session, "y")
        t.waitFor("deleted project admin-console")
        t("send-keys", "-t", t.session, "u")
        pane = t.waitFor("undid: deleted project admin-console")
        t.waitFor("· saved ")
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")

        let saved = try LedgerStore.load(path).ledger
        let added = saved.project(named: "e2e-service")
        #expect(added?.docker?.imageSizeMB == 180)
        #expect(added?.owner == "platform")
        #expect(saved.project(named: "admin-console") != nil)
        #expect(saved.projects.count == 34)
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"), "the lock is released on quit")
        #expect(FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func aSecondDashboardIsReadOnlyAndNamesTheFirst() throws {
        let path = try Self.copyOfDemo()
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "twowriters")
        defer { t("kill-server") }
        Self.start(t, path)
        t.waitFor("· no changes")
        Self.start(t, path, window: "second")
        let target = t.session + ":second"
        var pane = ""
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            pane = EndToEndTests.run([EndToEndTests.tmuxPath!, "-L", t.socket, "capture-pane", "-p", "-t", target]).out
            if pane.contains("read-only: locked by pid") { break }
            usleep(50_000)
        }
        #expect(pane.contains("read-only: locked by pid"))
        #expect(pane.contains("(dashboard)"))
        t("send-keys", "-t", target, "2", "a")
        usleep(300_000)
        pane = EndToEndTests.run([EndToEndTests.tmuxPath!, "-L", t.socket, "capture-pane", "-p", "-t", target]).out
        #expect(!pane.contains("Add a project"))
    }
}
