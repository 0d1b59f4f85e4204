import Foundation
import Testing

/// The real binary, in a real terminal (tmux) and without one.
@Suite(.serialized) struct EndToEndTests {
    /// The dockledger executable next to this test bundle (same build folder).
    static var binary: String {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        if folder.pathExtension == "xctest" { folder = folder.deletingLastPathComponent() }
        let sibling = folder.appendingPathComponent("dockledger").path
        if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        return Fixtures.packageRoot.appendingPathComponent(".build/debug/dockledger").path
    }

    static let tmuxPath = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ argv: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> Spawn.Result
    {
        Spawn.run(argv, in: Fixtures.packageRoot.path, environment: environment)
    }

    @Test func withoutATerminalItExits2WithOneLine() {
        let result = Self.run([Self.binary, "data/ledger.json"])
        #expect(result.status == 2)
        #expect(result.out == "")
        #expect(
            result.err
                == "dockledger: the dashboard needs a terminal: stdin and stdout must be a tty (for text output use `dockledger report`)\n"
        )
        #expect(!result.err.contains("\u{1B}"))
    }

    @Test func aLedgerThatDoesNotLoadExits1BeforeCurses() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dl-bad-\(getpid()).json").path
        try "{\n  \"format\": \"dockledger\",\n  oops\n}\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = Self.run([Self.binary, path])
        #expect(result.status == 1)
        #expect(result.err.hasPrefix("dockledger: \(path):3:"))
        #expect(!result.err.contains("\u{1B}"))
    }

    /// A tmux server of our own (its own socket), so nothing else running tmux is touched.
    struct Tmux {
        let tmux: String
        let name: String
        var socket: String { "dockledger-e2e-\(getpid())-\(name)" }
        var session = "dash"

        func callAsFunction(_ arguments: String...) {
            _ = EndToEndTests.run([tmux, "-L", socket] + arguments)
        }

        init(tmux: String, name: String, session: String = "dash") {
            self.tmux = tmux
            self.name = name
            self.session = session
        }

        /// Opens the dashboard on `ledger.json` in `folder`, in a 100x30 UTF-8 terminal; the
        /// shell then prints the exit status and stays, so a test can read it.
        func openDashboard(inFolder folder: String) {
            self(
                "new-session", "-d", "-s", session, "-x", "100", "-y", "30", "-c", folder,
                "-e", "LANG=C.UTF-8", "-e", "TERM=xterm-256color",
                "\(EndToEndTests.binary) ledger.json; echo exited=$?; sleep 30")
        }

        func pane() -> String { EndToEndTests.run([tmux, "-L", socket, "capture-pane", "-p", "-t", session]).out }

        /// Waits until the pane shows `text` (the binary draws asynchronously).
        @discardableResult
        func waitFor(_ text: String, timeout: Double = 10) -> String {
            let deadline = Date().addingTimeInterval(timeout)
            var last = ""
            while Date() < deadline {
                last = pane()
                if last.contains(text) { return last }
                usleep(50_000)
            }
            Issue.record("pane never showed \"\(text)\"; it showed:\n\(last)")
            return last
        }
    }

    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed"))
    func dashboardInTmux() throws {
        let t = Tmux(tmux: Self.tmuxPath!, name: "dashboard")
        defer { t("kill-server") }
        // A copy: the dashboard takes the write lock, and a dashboard someone has open on the
        // repository's demo ledger must not make this test read-only.
        let copy = try InventoryEndToEndTests.copyOfDemo()
        t.openDashboard(inFolder: (copy as NSString).deletingLastPathComponent)
        var pane = t.waitFor("Coverage Statistics")
        #expect(pane.contains(" Projects with Docker  84.6%    ≥70%  ● met          22/26"))
        let tabs: [(String, String)] = [
            ("2", " auth-proxy              platform         L3  ● met            ● yes     ● yes            74 MB"),
            ("3", " Images over 500 MB without an open issue"),
            ("4", " Registry Usage"),
            ("5", " ROI by Adoption Level"),
            ("6", " Issue Log (newest first)"),
            ("7", " Version History"),
            ("1", " Adoption by Level"),
        ]
        for (key, text) in tabs {
            t("send-keys", "-t", t.session, key)
            t.waitFor(text)
        }
        t("send-keys", "-t", t.session, "2", "j", "j", "j", "j", "Enter")
        pane = t.waitFor("Project chora-compose  (Esc closes)")
        #expect(pane.contains(" Level 4 (Production)"))
        t("resize-window", "-t", t.session, "-x", "80", "-y", "24")
        pane = t.waitFor(" ledger.json · 33 projects (30 active) · no changes                    row 1/")
        t("send-keys", "-t", t.session, "Escape")
        pane = t.waitFor(" Project ▲               Owner         Level  Status           Non-root")
        t("resize-window", "-t", t.session, "-x", "50", "-y", "12")
        t.waitFor("terminal too small (need 72x16)")
        t("resize-window", "-t", t.session, "-x", "100", "-y", "30")
        t.waitFor(" Project ▲               Owner         Level  Status           Non-root  Multi-stage      Image")
        t("send-keys", "-t", t.session, "q")
        pane = t.waitFor("exited=0")
        #expect(!pane.contains("Coverage Statistics"), "the screen is restored after quitting")
    }

    @Test(.enabled(if: tmuxPath != nil, "tmux is not installed"))
    func unknownTermInATerminalExits2() throws {
        let t = Tmux(tmux: Self.tmuxPath!, name: "badterm")
        defer { t("kill-server") }
        t(
            "new-session", "-d", "-s", t.session, "-x", "100", "-y", "10", "-c", Fixtures.packageRoot.path,
            "TERM=no-such-terminal \(Self.binary) data/ledger.json; echo exited=$?; sleep 30")
        let pane = t.waitFor("exited=")
        #expect(
            pane.contains("dockledger: the dashboard needs a terminal: unknown terminal type TERM=no-such-terminal"))
        #expect(pane.contains("exited=2"))
    }
}
