import Testing

@testable import Model
@testable import TUI

/// After an edit of one project the dashboard updates only what that project changes: the
/// report, the search text and the Inventory's order equal what a full computation makes.
@Suite struct IncrementalDataTests {
    @Test(arguments: InventoryColumn.allCases)
    func editsOfOneProjectKeepEverythingEqualToAFullComputation(column: InventoryColumn) {
        var ledger = Fixtures.demo()
        var data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        var query = InventoryQuery(data: data)
        query.sort(by: column, descending: (InventoryColumn.allCases.firstIndex(of: column) ?? 0) % 2 == 1, data: data)
        query.setFilter(column == .owner ? "a" : "", data: data)
        let edits: [(Int, (inout Project) -> Void)] = [
            (0, { $0.docker = nil }),
            (3, { $0.status = .archived }),
            (5, { $0.owner = "zzz-team" }),
            (5, { $0.docker?.imageSizeMB = 12 }),
            (7, { $0.docker?.nonRoot = false }),
            (0, { $0.docker = DockerSetup() }),
            (3, { $0.status = nil }),
            (9, { $0.name = "aaa-first" }),
            (11, { $0.docker?.buildTimeCachedS = nil }),
            (2, { $0.docker?.platforms = ["linux/amd64", "linux/arm64", "linux/s390x"] }),
        ]
        for (step, (index, change)) in edits.enumerated() {
            var p = ledger.projects[index]
            change(&p)
            let edit = LedgerEdit.replaceProject(p, at: index)
            edit.apply(to: &ledger)
            data = data.updated(to: ledger, by: edit, asOf: Fixtures.asOf)
            query.refresh(data, after: .replaced(index))

            let fresh = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
            var freshQuery = InventoryQuery(data: fresh)
            freshQuery.sort(by: column, descending: query.descending, data: fresh)
            freshQuery.setFilter(query.filter, data: fresh)
            #expect(data.report.metrics == fresh.report.metrics, "step \(step)")
            #expect(data.report.standings == fresh.report.standings, "step \(step)")
            #expect(data.report.projectLevels == fresh.report.projectLevels, "step \(step)")
            for text in ["a", "zzz", "nonroot:no", "image>100", "level>=2", "status:archived", "stale"] {
                let filter = try! ProjectFilter.parse(text)
                let all = Array(ledger.projects.indices)
                #expect(
                    data.filterIndex.matching(filter, among: all) == fresh.filterIndex.matching(filter, among: all),
                    "step \(step) \(text)")
            }
            #expect(data.oversizedWithoutIssue == fresh.oversizedWithoutIssue, "step \(step)")
            #expect(query.order == freshQuery.order, "step \(step) \(column)")
        }
    }

    @Test func anEditOfAnythingElseComputesEverythingAgain() {
        var ledger = Fixtures.demo()
        let data = LedgerData(ledger: ledger, asOf: Fixtures.asOf)
        let edit = LedgerEdit.batch([.removeProject(at: 4), .removeProject(at: 2)], summary: "two")
        #expect(edit.projectCountChange == nil && edit.inPlaceChange == nil)
        edit.apply(to: &ledger)
        let updated = data.updated(to: ledger, by: edit, asOf: Fixtures.asOf)
        #expect(updated.report.metrics == LedgerData(ledger: ledger, asOf: Fixtures.asOf).report.metrics)
        #expect(updated.report.counts.projects == data.report.counts.projects - 2)
    }

    /// Through the keys: an edit in the form, then undo and redo, each leaving the report and
    /// the Inventory's order as a fresh start on the same ledger has them.
    @Test func editUndoAndRedoShowWhatAFreshStartShows() {
        var state = Fixtures.tab(.inventory, Fixtures.state(Fixtures.demo()))
        state = Fixtures.press(.down, .down, on: state)
        state = Fixtures.press(.char("e"), on: state)
        state = Fixtures.press(.down, .char("x"), .enter, on: state)
        for keys in [[], [Key.char("u")], [Key.ctrl("r")]] {
            state = Fixtures.press(keys, state).0
            let fresh = Fixtures.tab(.inventory, Fixtures.state(state.ledger))
            #expect(state.report.metrics == fresh.report.metrics)
            #expect(state.report.standings == fresh.report.standings)
            #expect(state.inventory.order == fresh.inventory.order)
        }
    }

    /// The data after `edit`, updated, and computed afresh, with the Inventory sorted by
    /// `column`, for the tests below to compare.
    private func updatedAndFresh(_ edit: LedgerEdit, on before: Ledger, sortedBy column: InventoryColumn = .name)
        -> (updated: AppState, fresh: AppState)
    {
        var state = Fixtures.tab(.inventory, Fixtures.state(before))
        state.inventory.sort(by: column, descending: false, data: state.data)
        var after = before
        edit.apply(to: &after)
        var fresh = Fixtures.tab(.inventory, Fixtures.state(after))
        fresh.inventory.sort(by: column, descending: false, data: fresh.data)
        state.replaceLedger(after, asOf: Fixtures.asOf, by: edit)
        return (state, fresh)
    }

    private func expectEqual(_ updated: AppState, _ fresh: AppState, _ what: String) {
        #expect(updated.report.metrics == fresh.report.metrics, "\(what)")
        #expect(updated.report.standings == fresh.report.standings, "\(what)")
        #expect(updated.report.projectLevels == fresh.report.projectLevels, "\(what)")
        #expect(updated.report.counts == fresh.report.counts, "\(what)")
        #expect(updated.data.issuesNewestFirst == fresh.data.issuesNewestFirst, "\(what)")
        #expect(updated.data.oversizedWithoutIssue == fresh.data.oversizedWithoutIssue, "\(what)")
        #expect(updated.report.commonIssues == fresh.report.commonIssues, "\(what)")
        #expect(updated.data.teams.map(\.team) == fresh.data.teams.map(\.team), "\(what)")
        #expect(updated.inventory.order == fresh.inventory.order, "\(what)")
        let all = Array(updated.ledger.projects.indices)
        for text in ["a", "renamed", "zzz", "nonroot:no", "level>=2", "stale"] {
            let filter = try! ProjectFilter.parse(text)
            #expect(
                updated.data.filterIndex.matching(filter, among: all)
                    == fresh.data.filterIndex.matching(filter, among: all), "\(what) \(text)")
        }
    }

    /// A rename carries the project's issues with it (one batch edit): it changes one project
    /// and those issues in place, so it is updated like an edit of one project.
    @Test(arguments: [InventoryColumn.name, .owner, .status])
    func aRenameWithItsIssuesEqualsAFullComputation(column: InventoryColumn) {
        let ledger = Fixtures.demo()
        let index = ledger.projects.indices.first {
            !ProjectCascade.issues(of: ledger.projects[$0].name, in: ledger).isEmpty
        }!
        var renamed = ledger.projects[index]
        renamed.name = "aaa-renamed"
        renamed.owner = "zzz-team"
        let edit = ProjectCascade.replace(index, with: renamed, in: ledger)
        guard case .batch = edit else {
            Issue.record("the rename of a project with issues is one batch")
            return
        }
        #expect(edit.inPlaceChange?.projects == [index])
        #expect(edit.inPlaceChange?.issues.isEmpty == false)
        let (updated, fresh) = updatedAndFresh(edit, on: ledger, sortedBy: column)
        expectEqual(updated, fresh, "rename, sorted by \(column)")
        // And its undo, the inverse batch, brings back what a fresh start on the old file shows.
        var after = ledger
        let undo = edit.apply(to: &after)
        var undone = updated
        undone.replaceLedger(ledger, asOf: Fixtures.asOf, by: undo)
        var original = Fixtures.tab(.inventory, Fixtures.state(ledger))
        original.inventory.sort(by: column, descending: false, data: original.data)
        expectEqual(undone, original, "undo of the rename, sorted by \(column)")
    }

    /// An issue logged, changed (resolved, or opened on another day) or deleted leaves the
    /// projects' metrics as they are; the counts, tables and newest-first order follow it.
    @Test func anIssueEditEqualsAFullComputation() {
        let ledger = Fixtures.demo()
        let open = ledger.issues.indices.first { ledger.issues[$0].isOpen }!
        var resolved = ledger.issues[open]
        resolved.resolvedAt = "2026-11-25"
        var older = ledger.issues[0]
        older.openedAt = "2001-01-01"
        let logged = Issue(
            id: (ledger.issues.map(\.id).max() ?? 0) + 1, category: "Registry rate limits",
            project: ledger.projects[0].name, openedAt: "2026-11-20")
        for (what, edit) in [
            ("resolved", LedgerEdit.replaceIssue(resolved, at: open)),
            ("opened earlier", .replaceIssue(older, at: 0)),
            ("both", .batch([.replaceIssue(resolved, at: open), .replaceIssue(older, at: 0)], summary: "two")),
            ("logged", .insertIssue(logged, at: ledger.issues.count)),
            ("logged first", .insertIssue(logged, at: 0)),
            ("deleted", .removeIssue(at: open)),
        ] {
            #expect(edit.inPlaceChange?.projects == [], "\(what)")
            let (updated, fresh) = updatedAndFresh(edit, on: ledger)
            expectEqual(updated, fresh, what)
        }
    }

    @Test func onlyReplacementsChangeInPlace() {
        let p = Project(name: "x")
        #expect(LedgerEdit.replaceProject(p, at: 3).inPlaceChange == InPlaceChange(projects: [3], issues: []))
        #expect(
            LedgerEdit.batch(
                [.replaceProject(p, at: 5), .replaceProject(p, at: 2), .replaceProject(p, at: 5)], summary: ""
            )
            .inPlaceChange == InPlaceChange(projects: [2, 5], issues: []))
        #expect(
            LedgerEdit.batch(
                [.replaceProject(p, at: 0), .replaceIssue(Issue(id: 1, category: "c", openedAt: ""), at: 1)],
                summary: ""
            )
            .inPlaceChange == InPlaceChange(projects: [0], issues: [1]))
        #expect(
            LedgerEdit.batch([.replaceProject(p, at: 0), .removeIssue(at: 1)], summary: "").inPlaceChange
                == InPlaceChange(projects: [0], issues: [], addsOrRemovesIssues: true))
        #expect(LedgerEdit.batch([.replaceProject(p, at: 0), .removeProject(at: 1)], summary: "").inPlaceChange == nil)
        #expect(LedgerEdit.insertProject(p, at: 0).inPlaceChange == nil)
        #expect(LedgerEdit.removeProject(at: 0).inPlaceChange == nil)
    }
}
