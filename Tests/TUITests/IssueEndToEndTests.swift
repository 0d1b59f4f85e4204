import Foundation
import Model
import Testing

/// The real binary in tmux, on a copy of the demo ledger: an issue logged and resolved from
/// the keyboard, the tables on screen, and the file the background save wrote.
@Suite(.serialized) struct IssueEndToEndTests {
    typealias Tmux = EndToEndTests.Tmux

    /// Polls the pane until `condition` holds (saves finish in the background).
    @discardableResult
    static func waitUntil(_ t: Tmux, _ what: String, timeout: Double = 10, _ condition: (String) -> Bool) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = t.pane()
            if condition(last) { return last }
            usleep(50_000)
        }
        Issue.record("pane never showed \(what); it showed:\n\(last)")
        return last
    }

    /// The pane line starting with `prefix`, its cells split on runs of spaces.
    static func cells(startingWith prefix: String, in pane: String) -> [String]? {
        guard let line = pane.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) else { return nil }
        return line.split(separator: "  ", omittingEmptySubsequences: true).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test(.enabled(if: EndToEndTests.tmuxPath != nil, "tmux is not installed"))
    func logAndResolveAnIssueFromTheKeyboard() throws {
        // Never the repository's data file: a copy in a folder of our own.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dl-issue-e2e-\(getpid())")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("ledger.json").path
        try FileManager.default.copyItem(atPath: Fixtures.demoPath, toPath: path)

        let t = Tmux(tmux: EndToEndTests.tmuxPath!, name: "issues")
        defer { t("kill-server") }
        t.openDashboard(inFolder: folder.path)
        t.waitFor("Coverage Statistics")

        // Log: a new category typed over the default, the project by type-ahead, Enter.
        t("send-keys", "-t", t.session, "6", "n")
        t.waitFor(" Log an issue  (Enter saves, Esc cancels)")
        t("send-keys", "-t", t.session, "-l", "Registry auth failures")
        t("send-keys", "-t", t.session, "Down")
        t("send-keys", "-t", t.session, "-l", "pay")
        t("send-keys", "-t", t.session, "Right")
        t.waitFor("   Project (empty: none)    payout-scheduler▏")
        t("send-keys", "-t", t.session, "Enter")
        var pane = Self.waitUntil(t, "the logged issue saved") {
            $0.contains("logged issue #14") && $0.contains("· saved ")
        }
        var row = Self.cells(startingWith: "  14  ", in: pane)
        #expect(row?.dropFirst(2).first == "Registry auth failures")
        #expect(row?.last == "○ open")
        #expect(
            Self.cells(startingWith: " Registry auth failures", in: pane) == [
                "Registry auth failures", "1", "1", "-", "○ open",
            ])

        // Resolve it: the cursor followed the new issue to the top of the log.
        t("send-keys", "-t", t.session, "r")
        t.waitFor(" Resolve issue #14 · Registry auth failures · payout-scheduler")
        t("send-keys", "-t", t.session, "-l", "Use a robot account")
        t("send-keys", "-t", t.session, "Enter")
        pane = Self.waitUntil(t, "the resolution saved") {
            $0.contains("resolved issue #14") && $0.contains("· saved ")
        }
        row = Self.cells(startingWith: "  14  ", in: pane)
        #expect(row?.last == "● worked")
        #expect(row?.contains { $0.hasPrefix("Use a robot") } == true)
        // Common Issues: once, nothing open, resolved within the minute (0 h).
        #expect(
            Self.cells(startingWith: " Registry auth failures", in: pane) == [
                "Registry auth failures", "1", "0", "0 h", "● resolved",
            ])

        // The file on disk has both edits, and the previous version is kept beside it.
        let saved = try LedgerStore.load(path).ledger
        let issue = try #require(saved.issues.first { $0.id == 14 })
        #expect(issue.category == "Registry auth failures")
        #expect(issue.project == "payout-scheduler")
        #expect(issue.solution == "Use a robot account")
        #expect(issue.successful == true)
        #expect(issue.resolutionHours.map { $0 >= 0 && $0 < 1 } == true)
        #expect(saved.issues.count == 14)
        #expect(FileManager.default.fileExists(atPath: path + ".bak"))

        t("send-keys", "-t", t.session, "q")
        t.waitFor("exited=0")
    }
}
