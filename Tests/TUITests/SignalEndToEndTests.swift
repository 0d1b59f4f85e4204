import Foundation
import Model
import Testing

/// How the real dashboard ends when it is told to (TERM, HUP, INT), when it crashes (QUIT
/// stands in for a crash) and where it cannot draw (TERM=dumb, a non-UTF-8 locale).
@Suite(.serialized) struct SignalEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    /// A copy of the demo ledger with enough projects that a save takes a while, so a signal
    /// right after Enter arrives while the save is still running.
    static func bigLedger() throws -> String {
        let path = try InventoryEndToEndTests.copyOfDemo()
        var ledger = try LedgerStore.load(path).ledger
        let demo = ledger.projects
        for i in 0..<2000 {
            var p = demo[i % demo.count]
            p.name = "copy-\(i)-" + p.name
            ledger.projects.append(p)
        }
        try LedgerStore.save(ledger, to: path)
        return path
    }

    func alternateScreen(_ t: Tmux) -> String {
        EndToEndTests.run([t.tmux, "-L", t.socket, "display", "-p", "-t", t.session, "#{alternate_on}"]).out
    }

    func start(_ t: Tmux, _ path: String, environment: [String] = ["LANG=C.UTF-8", "TERM=xterm-256color"]) {
        t(
            "new-session", "-d", "-s", t.session, "-x", "100", "-y", "30", "-c",
            (path as NSString).deletingLastPathComponent)
        for pair in environment {
            t(
                "set-environment", "-t", t.session, String(pair.split(separator: "=")[0]),
                String(pair.split(separator: "=")[1]))
        }
        t(
            "send-keys", "-t", t.session,
            "env " + environment.joined(separator: " ") + " \(EndToEndTests.binary) ledger.json; echo exited=$?",
            "Enter")
    }

    /// The dashboard this pane's shell started (other tests run dockledger at the same time).
    func dashboardPID(_ t: Tmux) -> Int32? {
        let shell = EndToEndTests.run([t.tmux, "-L", t.socket, "display", "-p", "-t", t.session, "#{pane_pid}"]).out
        let out = EndToEndTests.run([
            "/usr/bin/pgrep", "-P", shell.trimmingCharacters(in: .whitespacesAndNewlines), "-x", "dockledger",
        ]).out
        return Int32(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test(
        .enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"),
        arguments: [(SIGTERM, 143), (SIGHUP, 129)])
    func aCommittedEditIsSavedBeforeASignalEndsTheDashboard(signal: Int32, status: Int) throws {
        let path = try Self.bigLedger()
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "signal-\(signal)")
        defer { t("kill-server") }
        start(t, path)
        t.waitFor("Coverage Statistics", timeout: 30)
        let pid = try #require(dashboardPID(t))
        // Log an issue with the defaults (Enter at once), then the signal while it saves.
        t("send-keys", "-t", t.session, "6", "n", "Enter")
        usleep(100_000)
        kill(pid, signal)
        t.waitFor("exited=\(status)", timeout: 30)
        #expect(alternateScreen(t).hasPrefix("0"), "the terminal left the alternate screen")
        #expect(try LedgerStore.load(path).ledger.issues.count == 14)
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func aCrashRestoresTheTerminalAndSaysSoInOneLine() throws {
        let path = try InventoryEndToEndTests.copyOfDemo()
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "crash")
        defer { t("kill-server") }
        start(t, path)
        t.waitFor("Coverage Statistics")
        let pid = try #require(dashboardPID(t))
        let sent = Date()
        kill(pid, SIGQUIT)
        let pane = t.waitFor("exited=131", timeout: 10)
        #expect(Date().timeIntervalSince(sent) < 5, "no backtrace prompt waiting for a key")
        #expect(pane.contains("dockledger: the dashboard stopped on an internal error; the terminal is restored"))
        #expect(alternateScreen(t).hasPrefix("0"))
        // The kernel released the lock: the next writer takes it over.
        #expect(try CLIProbe.lockIsFree(path))
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func aDumbTerminalIsRefusedWithOneLine() throws {
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "dumb")
        defer { t("kill-server") }
        start(t, try InventoryEndToEndTests.copyOfDemo(), environment: ["LANG=C.UTF-8", "TERM=dumb"])
        let pane = t.waitFor("exited=2")
        #expect(pane.contains("TERM=dumb cannot"))
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func aNonUTF8LocaleDrawsASCIIGlyphs() throws {
        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "ascii")
        defer { t("kill-server") }
        start(t, try InventoryEndToEndTests.copyOfDemo(), environment: ["LANG=C", "LC_ALL=C", "TERM=xterm-256color"])
        let pane = t.waitFor("Coverage Statistics")
        #expect(pane.contains("* met"))
        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}

/// Whether a ledger's lock can be taken now (its holder is gone).
enum CLIProbe {
    static func lockIsFree(_ path: String) throws -> Bool {
        (try? LedgerLock.acquire(for: path, command: "probe")) != nil
    }
}
