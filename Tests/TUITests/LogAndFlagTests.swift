import Model
import Testing

@testable import TUI

/// `n` on the Log tab (each of the four tables) and on the Quality tab's oversized images.
@Suite struct LogAndFlagTests {
    let demo = Fixtures.state(Fixtures.demo())

    static func type(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// The Log tab with the cursor `down` rows from the top (0: the schedule metric).
    func log(down: Int) -> AppState {
        Fixtures.press([.down], Fixtures.tab(.log, demo), times: down).0
    }

    @Test func templateUpdateUnderTheCursor() {
        let form = Fixtures.press(.char("n"), on: log(down: 1))
        let screen = Fixtures.screen(form)
        #expect(screen.line(2) == " Add to Dockerfile Template Updates  (Enter saves, Esc cancels)")
        #expect(screen.line(3) == "   Table                    Dockerfile Template Updates")
        #expect(screen.line(4) == "   Date                     2026-11-26▏")
        #expect(screen.line(8) == "   Projects affected        -")
        let keys: [Key] =
            [.down] + Self.type("1.4.0") + [.down] + Self.type("Pin uv") + [.down] + Self.type("Faster installs")
            + [.down] + Self.type("7") + [.enter]
        let (added, effects) = Fixtures.press(keys, form)
        #expect(
            added.ledger.maintenance.templateUpdates.last
                == TemplateUpdate(
                    date: "2026-11-26", version: "1.4.0", change: "Pin uv",
                    reason: "Faster installs", projectsAffected: 7))
        #expect(added.ledger.maintenance.templateUpdates.count == 4)
        #expect(effects == [.save(added.ledger)])
        #expect(added.message == "added a template update")
        // The cursor is on the new row.
        #expect(added.scrollState(.log).cursor == 4)
        let after = Fixtures.screen(added)
        #expect(
            after.line(13)
                == " 2026-11-26  1.4.0    Pin uv                             Faster installs                          7"
        )
        #expect(after.style(13, 1).selected)
    }

    @Test func baseImageUpdateFromTheScheduleRowPutsTheScheduleBackOnTrack() {
        let form = Fixtures.press(.char("n"), on: log(down: 0))
        guard case .form(let f) = form.mode else {
            Issue.record("no form")
            return
        }
        #expect(f.purpose == .addLogEntry(.baseImageUpdates))
        // The new "from" is the last update's "to".
        #expect(f[.log(.from)] == "python:3.12.6-slim")
        let (added, effects) = Fixtures.press([.down, .down] + Self.type("python:3.13-slim") + [.enter], form)
        #expect(
            added.ledger.maintenance.baseImageUpdates.last
                == BaseImageUpdate(date: "2026-11-26", from: "python:3.12.6-slim", to: "python:3.13-slim"))
        #expect(effects == [.save(added.ledger)])
        let screen = Fixtures.screen(added)
        #expect(screen.line(2) == " Base images (quarterly): last 2026-11-26 · due 2027-02-26 · ● on schedule")
        #expect(screen.line(6) == " Days since last base image update    0 d   ≤92 d  ● met")
    }

    @Test func versionUnderTheCursor() {
        let form = Fixtures.press(.char("n"), on: log(down: 7))
        let keys: [Key] =
            Self.type("1.5.0") + [.down, .down] + Self.type("Issue log in the dashboard") + [.down]
            + Self.type("Ana Ruiz") + [.enter]
        // The focus starts on the first field after the table: here Version.
        let (added, effects) = Fixtures.press(keys, form)
        #expect(
            added.ledger.versionHistory.last
                == VersionEntry(
                    version: "1.5.0", date: "2026-11-26", changes: "Issue log in the dashboard", author: "Ana Ruiz"))
        #expect(effects == [.save(added.ledger)])
        #expect(added.message == "added version 1.5.0")
        #expect(added.scrollState(.log).cursor == 12)
    }

    @Test func changelogEntryNeedsATitleAndShowsFirst() {
        let form = Fixtures.press(.end, .char("n"), on: Fixtures.tab(.log, demo))
        var (state, effects) = Fixtures.press([.enter], form)
        #expect(effects.isEmpty)
        guard case .form(let f) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(f.errors == [.log(.title): "must not be empty"])
        #expect(f.focus == 2)
        (state, effects) = Fixtures.press(
            Self.type("Issues from the keyboard") + [.down] + Self.type("n logs, r resolves.") + [.enter], state)
        #expect(
            state.ledger.changelog.last
                == ChangelogEntry(date: "2026-11-26", title: "Issues from the keyboard", body: "n logs, r resolves."))
        #expect(effects == [.save(state.ledger)])
        // Newest first: the cursor is on the new entry's title row, at the top of the changelog.
        let newest = RowRef.logEntry(.changelog, state.ledger.changelog.count - 1)
        let rows = Pages.document(state).tables.first { $0.table.rowCount > 0 && $0.table.ref(0) == newest }!
        #expect(state.scrollState(.log).cursor == rows.firstRow)
        #expect(rows.table.row(0).map(\.text) == ["2026-11-26", "Issues from the keyboard"])
    }

    @Test func badDatesAndCountsStayInTheForm() {
        let keys: [Key] =
            [.char("n"), .ctrl("u")] + Self.type("soon") + [.down, .down, .down, .down] + Self.type("-2") + [.enter]
        let (state, effects) = Fixtures.press(keys, log(down: 4))
        #expect(effects.isEmpty)
        guard case .form(let f) = state.mode else {
            Issue.record("the form closed")
            return
        }
        #expect(
            f.errors == [
                .log(.date): "must be a date YYYY-MM-DD, got \"soon\"", .log(.to): "must not be empty",
                .log(.projectsUpdated): "must be a whole number >= 0, got \"-2\"",
            ])
        #expect(
            Fixtures.screen(state).line(4)
                == "   Date                     soon▏             ✖ must be a date YYYY-MM-DD, got \"soon\"")
    }

    @Test func theTableCanBeChosenInTheFormWhenItHasNoRowsToSelect() {
        let empty = Fixtures.tab(.log, Fixtures.state(Fixtures.empty()))
        var s = Fixtures.press(.char("n"), .up, .left, on: empty)
        guard case .form(let f) = s.mode else {
            Issue.record("no form")
            return
        }
        #expect(f.purpose == .addLogEntry(.templateUpdates))
        #expect(f.title == "Add to Dockerfile Template Updates")
        #expect(
            f.fields.map(\.id) == [
                .logTable, .log(.date), .log(.version), .log(.change), .log(.reason), .log(.projectsAffected),
            ])
        #expect(f.focus == 0)
        s = Fixtures.press([.down, .down, .down] + Self.type("First template") + [.enter], s).0
        #expect(
            s.ledger.maintenance.templateUpdates == [
                TemplateUpdate(date: "2026-11-26", version: "", change: "First template", reason: "")
            ])
    }

    @Test func undoAndRedoOfALogEntry() {
        let added = Fixtures.press([.char("n"), .down, .down] + Self.type("python:3.13-slim") + [.enter], log(down: 4))
            .0
        let (undone, effects) = Fixtures.press([.char("u")], added)
        #expect(undone.ledger == demo.ledger)
        #expect(effects == [.save(demo.ledger)])
        #expect(undone.message == "undid: added a base image update")
        #expect(Fixtures.press(.ctrl("r"), on: undone).ledger == added.ledger)
    }

    // MARK: Quality: images over 500 MB without an open issue

    @Test func qualityListsOversizedImagesWithoutAnOpenIssue() {
        let screen = Fixtures.screen(Fixtures.tab(.quality, demo))
        #expect(screen.line(15) == " Images over 500 MB without an open issue (n logs one)")
        #expect(screen.line(16) == " Project                   Image size  Owner")
        #expect(screen.line(17) == " model-serving                1840 MB  ml")
        // Largest first.
        #expect(screen.line(18) == " legacy-billing               1120 MB  payments")
        #expect(screen.line(19) == " feature-store                 655 MB  ml")
        #expect(screen.line(29) == " n log size issue  ↑↓ move  Enter open  / find  1-9 tabs  u undo  ? help  q quit")
    }

    @Test func nLogsASizeIssueForTheFirstFlaggedImage() {
        let form = Fixtures.press(.char("3"), .char("n"), on: demo)
        let screen = Fixtures.screen(form)
        #expect(screen.line(2) == " Log an issue for model-serving  (Enter saves, Esc cancels)")
        #expect(screen.line(3) == "   Category                 Image size >500MB▏")
        #expect(screen.line(5) == "   Project (empty: none)    model-serving")
        let (logged, effects) = Fixtures.press([.enter], form)
        #expect(
            logged.ledger.issues.last
                == Model.Issue(
                    id: 14, category: "Image size >500MB", project: "model-serving", openedAt: "2026-11-26T00:00:00Z"))
        #expect(effects == [.save(logged.ledger)])
        #expect(logged.tab == .quality)
        #expect(logged.report.oversizedWithoutIssue == ["legacy-billing", "feature-store"])
        #expect(Fixtures.screen(logged).line(17) == " legacy-billing               1120 MB  payments")
        // Resolving it flags the image again.
        let resolved = Fixtures.press([.char("6"), .char("r")] + Self.type("slim it") + [.enter], logged).0
        #expect(resolved.report.oversizedWithoutIssue == ["model-serving", "legacy-billing", "feature-store"])
    }

    @Test func nLogsForTheSelectedFlaggedImage() {
        // Image Quality has 3 rows and the size distribution 4: row 8 is the second flagged image.
        let s = Fixtures.press([.down], Fixtures.tab(.quality, demo), times: 8).0
        let form = Fixtures.press(.char("n"), on: s)
        guard case .form(let f) = form.mode else {
            Issue.record("no form")
            return
        }
        #expect(f[.issue(.project)] == "legacy-billing")
        #expect(f[.issue(.category)] == "Image size >500MB")
    }

    @Test func nothingToFlagSaysSo() {
        let s = Fixtures.press(.char("3"), .char("n"), on: Fixtures.state(Fixtures.empty()))
        #expect(s.mode == .browse)
        #expect(s.message == "nothing to log: no image over 500 MB lacks an open issue")
        #expect(Fixtures.screen(s).lines.contains(" none: no image over 500 MB lacks an open issue"))
    }
}
